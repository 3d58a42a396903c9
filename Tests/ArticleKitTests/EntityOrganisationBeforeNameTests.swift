import Testing
@testable import ArticleKit

/// An institution the gazetteer knows, in the genitive right before a full name ("представитель
/// Роскомнадзора Олег Сумин", "председатель Госдумы Пётр Лавин"), is its own name: the tagger's
/// one span splits into the organisation and the person, as it does for a place.
@Suite struct EntityOrganisationBeforeNameTests {
    @Test(arguments: [
        ("Официальный представитель Роскомнадзора Олег Сумин подтвердил эту информацию.", "Роскомнадзора", "Олег Сумин"),
        ("Вчера председатель Госдумы Пётр Лавин открыл заседание.", "Госдумы", "Пётр Лавин"),
    ])
    func theInstitutionAndThePerson(text: String, organisation: String, person: String) {
        let found = EntityTestSupport.recognize(text, lang: "ru")
        #expect(EntityTestSupport.has(found, organisation, .organisation), "\(found.map(\.text))")
        #expect(EntityTestSupport.has(found, person, .person), "\(found.map(\.text))")
    }
}
