import Testing
@testable import ArticleKit

/// A street named after a person or a place is a place: "rue Victor Hugo", "Martin Luther King
/// Avenue", "на улице Жукова". French and English spans take the thoroughfare noun in; Russian
/// ones the name alone. Invented sentences.
@Suite struct EntityStreetNameTests {
    @Test func frenchStreetsAfterTheirNoun() {
        let found = EntityTestSupport.recognize(
            "Les manifestants se sont réunis rue Victor Hugo puis avenue Jean Jaurès avant de rejoindre le quai de la Tournelle.", lang: "fr")
        #expect(EntityTestSupport.has(found, "rue Victor Hugo", .location))
        #expect(EntityTestSupport.has(found, "avenue Jean Jaurès", .location))
        #expect(EntityTestSupport.has(found, "quai de la Tournelle", .location))
        #expect(!found.contains { $0.type == .person })
    }

    @Test func englishStreetsBeforeTheirNoun() {
        let found = EntityTestSupport.recognize("Protesters gathered on Baker Street and marched down Martin Luther King Avenue to the city hall.", lang: "en")
        #expect(EntityTestSupport.has(found, "Baker Street", .location))
        #expect(EntityTestSupport.has(found, "Martin Luther King Avenue", .location))
        #expect(!found.contains { $0.type == .person })
    }

    @Test func russianStreetNamesInAnyCase() {
        let found = EntityTestSupport.recognize(
            "Участники акции собрались на улице Жукова, затем прошли по проспекту Мира к площади Гагарина. Улица Лорвиль была перекрыта.", lang: "ru")
        for name in ["Жукова", "Мира", "Гагарина", "Лорвиль"] {
            #expect(EntityTestSupport.has(found, name, .location), "\(name)")
        }
        #expect(!found.contains { $0.type == .person })
    }

    /// A name longer than the street keeps its own reading ("The Wall Street Journal").
    @Test func aLongerNameKeepsItsReading() {
        let found = EntityTestSupport.recognize("The Wall Street Journal reported the deal on Monday.", lang: "en")
        #expect(!EntityTestSupport.has(found, "Wall Street", .location))
    }

    /// "à la place de": "place" is not a thoroughfare noun on its own.
    @Test func placeInsteadOfIsNoStreet() {
        let found = EntityTestSupport.recognize("Le ministre Paul Girard a parlé à la place de Claire Vasseur.", lang: "fr")
        #expect(EntityTestSupport.has(found, "Claire Vasseur", .person))
    }
}
