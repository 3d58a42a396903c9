#!/usr/bin/env python3
"""Writes Sources/ArticleKit/Resources/statements/{fr,en,ru}.txt: the statement lexicons.

Inflected forms are expanded here, once, so that the Swift side only loads word lists.
Run from the repository root: python3 Tools/quotes-lexicon/generate.py
Format of the output: `[section]` headers, then one entry per line; `#` starts a comment.
In [cue-verbs] a line is `lemma: form form …`; in [role-nouns] `class: form form …`.
"""
import os, re

OUT = "Sources/ArticleKit/Resources/statements"

# ---------------------------------------------------------------- French
def fr_er(inf):
    """All simple forms of a regular -er verb, with -cer/-ger/-eler spelling changes."""
    stem = inf[:-2]
    soft = stem
    if stem.endswith("c"):
        soft = stem[:-1] + "ç"
    elif stem.endswith("g"):
        soft = stem + "e"
    forms = {inf}
    for e in ["e", "es", "ent", "ez", "é", "ée", "és", "ées", "ions", "iez", "er", "èrent",
              "erai", "eras", "era", "erons", "erez", "eront", "erais", "erait", "erions", "eriez", "eraient"]:
        forms.add(stem + e)
    for e in ["ons", "ais", "ait", "aient", "a", "as", "ai", "âmes", "âtes", "ant", "ât"]:
        forms.add(soft + e)
    if inf.endswith("eler") and inf not in ("révéler",):   # rappeler → rappelle
        forms |= {stem + "le", stem + "les", stem + "lent", stem + "lera", stem + "leront", stem + "lerait"}
    if "é" in stem[-3:] and inf.endswith("érer"):          # considérer → considère
        i = stem.rfind("é")
        alt = stem[:i] + "è" + stem[i + 1:]
        forms |= {alt + "e", alt + "es", alt + "ent"}
    if inf == "répéter":
        forms |= {"répète", "répètent"}
    return sorted(forms)

def fr_ir(inf):
    """Regular -ir verbs (finir type)."""
    stem = inf[:-2]
    ends = ["ir", "is", "it", "issons", "issez", "issent", "issait", "issaient", "i", "ie", "is", "ies",
            "irent", "ira", "iront", "irait", "issant"]
    return sorted({stem + e for e in ends})

FR_ER = """déclarer affirmer souligner constater indiquer informer annoncer estimer ajouter préciser expliquer
assurer rappeler confirmer démentir insister noter observer répéter raconter confier avouer juger considérer
penser rapporter signaler dénoncer regretter commenter déplorer marteler critiquer déplorer réclamer
prononcer nuancer exhorter évoquer témoigner accuser protester plaider relever lancer raconter confesser
conseiller ironiser tempérer relativiser réagir plaisanter s'exclamer exclamer interroger questionner
poursuivre renchérir mentionner certifier garantir jurer déclarer proclamer notifier spécifier détailler
résumer trancher tweeter clamer réaffirmer réitérer arguer argumenter objecter rétorquer répliquer
insinuer suggérer présumer supposer douter espérer prédire pronostiquer alerter mettre en garde
indigner insurger inquiéter alarmer désoler étonner écrier lamenter vanter glisser lâcher tonner fustiger
souffler murmurer crier hurler concéder continuer enchaîner saluer souhaiter
soupirer grogner pester râler maugréer bougonner railler rigoler esclaffer marmonner ricaner fulminer gronder""".split()
FR_ER = [v for v in FR_ER if v.endswith("er") and "'" not in v and v not in ("mettre", "en", "garde", "démentir", "poursuivre")]
FR_IR = "avertir renchérir réjouir réagir rugir".split()
FR_IRREGULAR = {
    "sourire": "sourit sourient souriait souriaient souri",
    "dire": "dire dis dit disons dites disent disait disaient dirait diraient dira diront dise disent dît dites disant",
    "redire": "redit redisait redira",
    "écrire": "écrire écris écrit écrivons écrivez écrivent écrivait écrivaient écrivit écrivirent écrira écrirait écrite écrits écrites écrivant",
    "reconnaître": "reconnaître reconnaît reconnait reconnaissent reconnaissait reconnut reconnu reconnue reconnus reconnaîtra reconnaissant",
    "admettre": "admettre admet admettent admettait admit admis admise admettant",
    "conclure": "conclure conclut conclu conclue concluent concluait conclura concluant",
    "répondre": "répondre répond répondent répondait répondit répondu répondra répondant",
    "poursuivre": "poursuivre poursuit poursuivent poursuivait poursuivi poursuivra poursuivant",
    "prévenir": "prévenir prévient préviennent prévenait prévint prévenu prévenue prévenant prévient",
    "soutenir": "soutenir soutient soutiennent soutenait soutint soutenu soutenant",
    "maintenir": "maintient maintiennent maintenait maintenu",
    "promettre": "promet promettent promettait promit promis promettant",
    "démentir": "démentir dément démentent démentait démentit démenti démentant",
    "convenir": "convient conviennent convenait convint convenu",
    "croire": "croit croient croyait crut cru croyant",
    "s'interroger": "interroge interrogé",
    "se réjouir": "réjoui réjouit réjouie réjouis réjouissent réjouissait",
    "se féliciter": "félicité félicite félicitée félicitent",
    "lire": "lit",
    "faire savoir": "",
    "se souvenir": "souvient souvenait souvenu",
    "s'émouvoir": "ému émue émeut",
    "défendre": "défend défendent défendait défendu défendue",
}
FR_PHRASES = """fait savoir
faire savoir
faisait savoir
a fait savoir
fera savoir
font savoir
ont fait savoir
mis en garde
met en garde
tient à souligner
tient à préciser
s'est dit
s'est dite
a exprimé l'espoir
a exprimé sa conviction
ont exprimé l'espoir
se dit
se disent
se sont dits
dit-il
dit-elle""".split("\n")

FR = {
    "complementizers": "que qu'",
    "attributions": """selon
d'après
d'apres
aux dires de
de l'avis de
pour""",
    "restricted-attributions": "pour",
    "elisions": "l' d' qu' j' m' n' s' t' c' jusqu' lorsqu' puisqu' quoiqu'",
    "pronouns": """il: m sg
elle: f sg
ils: m pl
elles: f pl
lui: m sg stressed
eux: m pl stressed
on: x sg impersonal""",
    # "ce dernier", "cette dernière": the person mentioned last.
    "latter-words": """dernier: m sg
dernière: f sg""",
    "possessives": "son sa ses leur leurs",
    # Possessives of a plural possessor: a group or an institution, never one person.
    "plural-possessives": "leur leurs",
    "inversions": "-t-il -t-elle -il -elle -ils -elles -t-on -on",
    "determiners": "le la les l' un une des de d' du ce cet cette ces son sa ses leur leurs nombreux nombreuses autres d'autres plusieurs certains certaines quelques tous toutes mme m. mr",
    "prepositions": "de d' du des à au aux en par pour sur dans avec sans sous vers chez entre contre après avant depuis pendant lors devant derrière malgré parmi durant envers via",
    # Whom a statement is made to ("a confié un gréviste à l'AFP"): never the speaker.
    "addressee-prepositions": "à au aux auprès",
    # A statement as a document: its author speaks ("indique le communiqué", "selon le rapport").
    "document-nouns": "communiqué déclaration rapport lettre entretien interview message texte note courrier tribune classement étude enquête sondage télégramme",
    "skippable": """a ai as avons avez ont avait avaient aura auront aurait auraient eu est sont était étaient sera seront fut
vient viennent venait venaient
s' se l' lui leur leurs y en également aussi encore ensuite notamment alors déjà pourtant toutefois ne n' pas bien toujours
enfin donc cependant récemment hier aujourd'hui aujourd’hui mardi lundi mercredi jeudi vendredi samedi dimanche
d'ailleurs ailleurs néanmoins ainsi""",
    "naming": """intitulé intitulée intitulés intitulées appelé appelée appelés appelait appelle appeler nommé nommée nommer
surnommé surnommée surnom baptisé baptisée dénommé dénommée qualifié qualifiée qualifier qualifie traite traité
titre film livre roman chanson album émission opération programme projet magazine loi slogan mot terme expression
nom marque devise vidéo série documentaire pièce tableau ouvrage article rubrique campagne
auteur auteure auteurs romans films livres chansons albums talk-show affaire""",
    "collective-numbers": "deux trois quatre plusieurs",
    "clause-words": "qui où dont lequel laquelle lesquels lesquelles quand lorsque lorsqu' comme puisque si",
    "genitives": "de d' du des",
    "coordinators": "et mais",
    "feminine": "mme madame mlle mademoiselle infirmière déléguée enseignante institutrice chirurgienne pharmacienne présidente directrice procureure avocate conseillère sénatrice députée ambassadrice fondatrice chancelière reine princesse actrice chanteuse dirigeante représentante cheffe patronne gouverneure préfète experte chercheuse professeure fille mère épouse sœur femme veuve élue correspondante chroniqueuse rédactrice magistrate interlocutrice sondeuse vice-présidente",
    "masculine": "m monsieur infirmier délégué enseignant instituteur chirurgien pharmacien président directeur procureur avocat conseiller sénateur député ambassadeur fondateur chancelier roi prince acteur chanteur dirigeant représentant chef patron gouverneur préfet expert chercheur fils père époux frère mari veuf élu correspondant chroniqueur rédacteur magistrat interlocuteur sondeur vice-président",
    "conjunction-heads": "ce parce bien alors pour avant afin tandis ainsi plus moins dès après depuis sans tant pendant sauf vu sorte",
    "abbreviations": "m. mme. mm. dr. st. etc. av. apr. j.-c. p. n° cf. vol. éd. env. gén. col. sgt. pr.",
}
FR_ROLES = """spokesperson: porte-parole porte-paroles représentant représentante représentants représentantes
president: président présidente présidents présidentes vice-président vice-présidente
secretary: secrétaire secrétaires
editor: rédacteur rédactrice rédacteurs
minister: ministre ministres
prosecutor: procureur procureure procureurs
director: directeur directrice directeurs
chief: chef cheffe chefs dirigeant dirigeante dirigeants leader leaders patron patronne responsable responsables
member: député députée députés sénateur sénatrice sénateurs
mayor: maire maires édile édiles bourgmestre
ambassador: ambassadeur ambassadrice
governor: gouverneur gouverneure préfet préfète
judge: juge juges
magistrate: magistrat magistrate magistrats
elected: élu élue élus élues
lawyer: avocat avocate avocats
adviser: conseiller conseillère conseillers
founder: fondateur fondatrice
source: interlocuteur interlocutrice
journalist: journaliste journalistes correspondant correspondante correspondants reporter reporters chroniqueur chroniqueuse éditorialiste
chancellor: chancelier chancelière
monarch: roi reine pape prince princesse
military: général généraux commandant colonel amiral
academic: professeur professeure chercheur chercheuse expert experte analyste docteur économiste politologue sociologue sondeur sondeuse professeurs chercheurs chercheuses experts analystes économistes politologues sociologues sondeurs
officer: commissaire inspecteur policier officier
health: médecin médecins infirmier infirmière infirmiers infirmières chirurgien chirurgienne urgentiste urgentistes pharmacien pharmacienne sage-femme
unionist: syndicaliste syndicalistes délégué déléguée délégués
teacher: enseignant enseignante enseignants instituteur institutrice
org: fédération ministère gouvernement direction agence organisation parti association journal quotidien hebdomadaire site groupe société entreprise compagnie conseil parquet tribunal cour commission syndicat banque armée police chaîne radio télévision institut office service services ong fondation confédération union ambassade mairie préfecture publication""".split("\n")

# ---------------------------------------------------------------- English
def en_verb(base, third=None, past=None, ing=None):
    third = third or (base + "es" if base.endswith(("s", "sh", "ch", "x")) else base + "s")
    if past is None:
        past = base + "d" if base.endswith("e") else (base[:-1] + "ied" if base.endswith("y") and base[-2] not in "aeiou" else base + "ed")
    if ing is None:
        ing = base[:-1] + "ing" if base.endswith("e") and not base.endswith("ee") else base + "ing"
    if base.endswith("y") and base[-2] not in "aeiou":
        third = base[:-1] + "ies"
    return [base, third, past, ing]

EN_VERBS = {
    "say": "say says said saying", "tell": "tell tells told telling", "write": "write writes wrote written writing",
    "think": "think thinks thought thinking", "rule": None, "state": None, "add": None, "announce": None, "claim": None,
    "insist": None, "note": None, "warn": None, "explain": None, "confirm": None, "deny": None, "argue": None,
    "believe": None, "estimate": None, "report": None, "suggest": None, "acknowledge": None, "admit": "admit admits admitted admitting",
    "assert": None, "declare": None, "stress": None, "emphasize": None, "emphasise": None, "remark": None, "reply": None,
    "respond": None, "comment": None, "conclude": None, "predict": None, "promise": None, "reveal": None, "recall": None,
    "indicate": None, "mention": None, "observe": None, "complain": None, "concede": None, "maintain": None, "contend": None,
    "tweet": None, "testify": None, "continue": None, "agree": None, "disclose": None, "affirm": None, "allege": None,
    "caution": None, "assure": None, "boast": None, "charge": None, "joke": None, "speculate": None, "reiterate": None,
    "repeat": None, "recount": None, "exclaim": None, "proclaim": None, "answer": None, "counter": None, "retort": None,
    "ask": None, "urge": None, "hint": None, "signal": None, "criticize": None, "criticise": None,
    "quip": "quip quips quipped quipping", "shout": None, "yell": None, "whisper": None, "scream": None, "murmur": None,
    "explain": None, "recount": None, "describe": None, "vow": None, "pledge": None, "accuse": None,
    # Manner of speaking: the sound or mood of the words ("sighed", "scoffed").
    "sigh": None, "groan": None, "grumble": None, "chuckle": None, "scoff": None, "muse": None, "marvel": "marvel marvels marveled marvelled",
    "lament": None, "gush": None,
    # More of Levin's (1993) manner-of-speaking (37.3) and nonverbal-expression (40.2) verbs that
    # news uses to attribute a quotation ("“…,” he snapped"; "“…,” she laughed").
    "bark": None, "bellow": None, "cry": "cry cries cried crying", "growl": None, "hiss": "hiss hisses hissed hissing",
    "holler": None, "howl": None, "laugh": None, "moan": None, "mumble": None, "mutter": None, "rage": None,
    "roar": None, "snap": "snap snaps snapped snapping", "snarl": None, "snort": None, "stammer": None, "thunder": None,
    "wail": None, "whine": None,
}
EN_BARE = "say says said saying tell tells told add adds added believe believes believed think thinks thought claim claims claimed insist insists insisted argue argues argued warn warns warned estimate estimates estimated rule rules ruled state states stated"
EN = {
    "complementizers": "that",
    "attributions": "according to",
    "restricted-attributions": "",
    "elisions": "",
    "pronouns": """he: m sg
she: f sg
they: x pl
it: n sg
him: m sg stressed
her: f sg stressed""",
    "latter-words": "latter: x sg",
    "possessives": "his her its their",
    "plural-possessives": "their",
    # The possessive of a thing or an institution: "its report" is never a person's.
    "neuter-possessives": "its",
    "inversions": "",
    "determiners": "the a an this that these those his her its their some many several other others all both mr mr. mrs ms dr",
    "prepositions": "of in on at to for with by from about into over under after before during since than as per",
    "addressee-prepositions": "to",
    "document-nouns": "statement report letter interview release memo message note communique communiqué study survey poll ranking telegram",
    # After these a cue word is a noun ("the report said", "a statement"): not a verb of saying.
    "nominalising-determiners": "the a an these those his its their our my your",
    "skippable": """has have had was were is are will would also then later further recently previously earlier again once reportedly
has also had also not however still yesterday today on monday tuesday wednesday thursday friday saturday sunday""",
    "naming": """called named dubbed titled entitled nicknamed name film book novel song album show programme program operation
slogan word term phrase magazine newspaper series documentary play painting article column campaign headline hashtag motto
author authors novels films books songs albums case""",
    "collective-numbers": "two three both",
    "clause-words": "who whom which where whose when while as if because although",
    "genitives": "of",
    "coordinators": "and but",
    "feminine": "mrs ms miss madam lady queen princess actress chairwoman spokeswoman congresswoman businesswoman sister mother daughter wife widow",
    "masculine": "mr sir lord king prince actor chairman spokesman congressman businessman brother father son husband widower",
    "conjunction-heads": "so such than now given provided except",
    "abbreviations": "mr. mrs. ms. dr. st. jr. sr. prof. gen. col. lt. sgt. gov. sen. rep. inc. ltd. co. corp. vs. etc. no. u.s. u.k. a.m. p.m. jan. feb. mar. apr. aug. sept. sep. oct. nov. dec. "
                     # US states as news datelines write them ("OAKLAND, Calif. (AP) —").
                     "ala. ariz. ark. calif. colo. conn. fla. ga. ill. kan. ky. md. mass. mich. minn. mo. mont. neb. nev. n.h. n.j. n.m. n.y. n.c. n.d. okla. pa. r.i. s.c. s.d. tenn. tex. vt. wis. w.va. wyo. d.c.",
}
EN_ROLES = """spokesperson: spokesman spokeswoman spokesperson spokespeople representative representatives
president: president presidents vice-president
secretary: secretary
editor: editor editors
minister: minister ministers premier
prosecutor: prosecutor prosecutors
director: director directors
chief: chief head leader leaders boss official officials executive ceo manager chairman chairwoman chair
member: senator congressman congresswoman lawmaker mp
mayor: mayor
ambassador: ambassador envoy
governor: governor
judge: judge justice
magistrate: magistrate magistrates
lawyer: lawyer attorney
adviser: adviser advisor advisers advisors aide aides
founder: founder
source: source sources
journalist: journalist journalists correspondent correspondents reporter reporters columnist columnists
chancellor: chancellor
monarch: king queen pope prince princess
military: general commander colonel admiral
academic: professor researcher expert analyst scientist doctor economist pollster sociologist professors researchers experts analysts scientists economists pollsters sociologists
officer: officer commissioner inspector detective
health: nurse nurses surgeon surgeons physician physicians paramedic paramedics pharmacist midwife
unionist: unionist delegate delegates steward
teacher: teacher teachers
org: ministry government management agency organization organisation party association newspaper paper daily website site group company council court commission union bank army police network institute office department foundation embassy ngo publication""".split("\n")
EN_PHRASES = """told reporters
shot back
fired back
hit back
told journalists
told the press
pointed out
point out
points out
went on
goes on
said in a statement
expressed hope
expressed confidence
expressed concern""".split("\n")

# ---------------------------------------------------------------- Russian
def ru_past(stem, refl=False):
    s = [stem + e for e in ("л", "ла", "ло", "ли")]
    if refl:
        s += [stem + e for e in ("лся", "лась", "лось", "лись")]
    return s

RU_VERBS = {
    "сказать": ru_past("сказа") + "скажет скажут сказав".split(),
    "говорить": ru_past("говори") + "говорит говорят говоря говорится говорилось".split(),
    "заявить": ru_past("заяви") + ru_past("заявля") + "заявит заявят заявляет заявляют заявляя заявив".split(),
    "сообщить": ru_past("сообщи") + ru_past("сообща", True) + "сообщит сообщат сообщает сообщают сообщается сообщив сообщая".split(),
    "отметить": ru_past("отмети") + ru_past("отмеча") + "отметит отмечает отмечают отмечая отметив".split(),
    "подчеркнуть": ru_past("подчеркну") + ru_past("подчеркива") + ru_past("подчёркива") + "подчеркнет подчеркивает подчеркивают подчёркивает подчёркивают подчеркнув подчеркивая".split(),
    "добавить": ru_past("добави") + ru_past("добавля") + "добавит добавляет добавляют добавив".split(),
    "пояснить": ru_past("поясни") + ru_past("поясня") + "поясняет поясняют пояснив".split(),
    "объяснить": ru_past("объясни") + ru_past("объясня") + "объясняет объясняют объяснив".split(),
    "уточнить": ru_past("уточни") + ru_past("уточня") + "уточняет уточняют уточнив".split(),
    "признать": ru_past("призна", True) + ru_past("признава") + "признает признаёт признают признаются признав".split(),
    "считать": ru_past("счита") + "считает считают считая".split(),
    "полагать": ru_past("полага") + "полагает полагают".split(),
    "утверждать": ru_past("утвержда") + "утверждает утверждают утверждая".split(),
    "подтвердить": ru_past("подтверди") + ru_past("подтвержда") + "подтвердит подтверждает подтверждают подтвердив".split(),
    "опровергнуть": "опроверг опровергла опровергло опровергли опровергает опровергают".split(),
    "напомнить": ru_past("напомни") + ru_past("напомина") + "напомнит напоминает напоминают напомнив".split(),
    "рассказать": ru_past("рассказа") + ru_past("рассказыва") + "расскажет рассказывает рассказывают рассказав".split(),
    "ответить": ru_past("ответи") + ru_past("отвеча") + "ответит отвечает отвечают ответив".split(),
    "продолжить": ru_past("продолжи") + "продолжает продолжают".split(),
    "заметить": ru_past("замети") + ru_past("замеча") + "замечает замечают заметив".split(),
    "указать": ru_past("указа") + ru_past("указыва") + "указывает указывают указав".split(),
    "предупредить": ru_past("предупреди") + ru_past("предупрежда") + "предупреждает предупреждают".split(),
    "обещать": ru_past("пообеща") + ru_past("обеща") + "обещает обещают".split(),
    "написать": ru_past("написа") + "пишет пишут написав".split(),
    "заверить": ru_past("завери") + ru_past("заверя") + "заверяет заверяют".split(),
    "настаивать": ru_past("настаива") + "настаивает настаивают".split(),
    "отрицать": ru_past("отрица") + "отрицает отрицают".split(),
    "констатировать": ru_past("констатирова") + "констатирует констатируют".split(),
    "объявить": ru_past("объяви") + ru_past("объявля") + "объявит объявляет объявляют".split(),
    "прокомментировать": ru_past("прокомментирова") + ru_past("комментирова") + "комментирует".split(),
    "заключить": ru_past("заключи") + "заключает".split(),
    "воскликнуть": ru_past("воскликну"),
    # Shouting, as "crier"/"hurler" and "shout"/"yell" in the French and English lists.
    "крикнуть": ru_past("крикну") + ru_past("выкрикну") + ru_past("закрича") + ru_past("прокрича") + ru_past("крича") + "кричит кричат крикнув выкрикнув".split(),
    "высказаться": ru_past("высказа", True) + "высказывается".split(),
    "передать": "передает передаёт передают передал передала".split(),
    "пообещать": [],
    "уверять": ru_past("уверя") + "уверяет уверяют".split(),
    "посетовать": ru_past("посетова") + "сетует".split(),
    # Manner of speaking: the sound or mood of the words.
    "вздохнуть": ru_past("вздохну") + "вздыхает вздыхают".split(),
    "пошутить": ru_past("пошути") + ru_past("шути") + "шутит шутят".split(),
    "усмехнуться": ru_past("усмехну", True) + "усмехается".split(),
    "возмутиться": ru_past("возмути", True) + ru_past("возмуща", True) + "возмущается возмущаются".split(),
    "оценить": ru_past("оцени") + "оценивает".split(),
    "жаловаться": ru_past("пожалова", True) + "жалуется".split(),
    "поделиться": ru_past("подели", True) + "делится".split(),
    "цитировать": "цитирует цитируют цитировал цитировала".split(),
    "безличные": "отмечается подчеркивается подчёркивается указывается утверждается говорилось заявлялось сообщалось отмечалось отмечено сказано заявлено сообщено подчеркнуто подчёркнуто".split(),
    "выразить мнение": [],
}
RU = {
    "complementizers": "что",
    "attributions": """по словам
по его словам
по её словам
по ее словам
по их словам
по его мнению
по её мнению
по ее мнению
по их мнению
по его данным
по их данным
по данным
по мнению
по информации
по сообщению
по сведениям
согласно
со слов""",
    "restricted-attributions": "",
    "sourcing": "со ссылкой на",
    "elisions": "",
    "pronouns": """он: m sg
она: f sg
они: x pl
оно: n sg""",
    "latter-words": """последний: m sg
последняя: f sg""",
    "possessives": "его её ее их свои своих своим его",
    "plural-possessives": "их",
    "inversions": "",
    "determiners": "этот эта это эти этого этой тот та те господин госпожа г-н г-жа",
    "prepositions": "в во на с со о об обо по к ко у из от до за для при без под над про через между после перед около среди вокруг кроме вместо ради вдоль накануне",
    # The dative of the addressee right after a speech verb ("сказал агентству", "заявил журналистам").
    "addressee-endings": "у ю ам ям",
    # An addressee written as adjective and noun ("сказал Русской службе", "рассказала Новой
    # газете", "заявил Первому каналу"): the adjective's dative endings, then the noun's.
    "addressee-adjective-endings": "ой ому ей ему ым им",
    "addressee-noun-endings": "е у ю ам ям",
    "skippable": "также же ранее тогда уже не ещё еще вновь затем позже тоже вчера сегодня позднее был была было были будет будут",
    "naming": """названием название названия называемый называемая называемые назвал назвала назвали называет называют
прозвище прозвищем фильм фильма фильме книга книги книгу песня песню песни альбом альбома передача передаче передачи
программа программе программы операция операции закон закона законе слово слова термин газета газеты газете журнал
журнала сериал сериала спектакль спектакля статья статье статью лозунг лозунгом акция акции проект проекта
автор автора автором авторы роман романа романов романы фильмов книг песен альбомов шоу ток-шоу телешоу дело делу дела деле""",
    "collective-numbers": "два две оба обе трое",
    "clause-words": "который которая которое которые которого которой которых где когда как чтобы если потому хотя",
    "genitives": "",
    "coordinators": "и но а",
    "feminine": "госпожа г-жа актриса певица журналистка телеведущая ведущая депутатка спортсменка писательница дочь мать жена сестра вдова",
    "masculine": "господин г-н актер актёр певец журналист телеведущий ведущий спортсмен писатель сын отец муж брат вдовец",
    "feminine-verb-endings": "ла лась",
    "masculine-verb-endings": "л лся",
    # A plural verb with no subject is indefinite ("говорят, что", "сообщили, что"): nobody in particular.
    "plural-verb-endings": "ют ят ут ат ли лись ются ятся утся атся",
    # Endings of verb forms (past, present, infinitive): a lowercase word before a name that has
    # none of them is a noun, and the name its genitive complement ("администрации Орлова").
    "verb-endings": "л ла ло ли лся лась лось лись ет ит ут ют ат ят ется ится утся ются атся ятся ть ться ти",
    # Endings of adjectives in the nominative ("известный", "31-летний", "бывшая"): a word before a
    # name with one of them describes the name, it does not govern it as a genitive.
    "nominative-adjective-endings": "ый ий ая яя ые",
    # Endings of finite verb forms (past, present): a description written before a name ends at
    # such a word ("президент России направил телеграмму Ивану Петрову" gives Петров no role).
    "finite-verb-endings": "л ла ло ли лся лась лось лись ет ит ут ют ят ется ится утся ются атся ятся",
    "conjunction-heads": "так потому оттого несмотря после прежде тех",
    "abbreviations": "г. гг. т.е. т.д. т.п. др. им. ул. пр. тыс. млн. млрд. руб. долл. см. стр. ст. н.э.",
    # A person's name met only in another case ("по словам Сергея Лаврова"): `part gender case:
    # from>to …`. The first name, once an ending is replaced and it is found in the first-name
    # gazetteers, gives the gender and the case; the patronymic and the surname then take the
    # nominative ending of that gender from the same case's rules, longest ending first (a bare
    # "а>" last: "Трампа" → "Трамп"; the fleeting vowel first: "Павла" → "Павел").
    # A word no rule fits stays as it is (indeclinable).
    "name-declension": """first m gen: ла>ел а> я>й я>ь
first m dat: лу>ел у> ю>й ю>ь
first m ins: лом>ел ом> ем>й ем>ь ём>ь
first m pre: ле>ел е>
first f gen: ы>а и>а и>я
first f dat: е>а е>я
first f acc: у>а ю>я
first f ins: ой>а ей>я ою>а ею>я
middle m gen: а>
middle m dat: у>
middle m ins: ем>
middle m pre: е>
middle f gen: ы>а
middle f dat: е>а
middle f acc: у>а
middle f ins: ой>а
last m gen: ова>ов ева>ев ёва>ёв ина>ин ына>ын ского>ский цкого>цкий а>
last m dat: ову>ов еву>ев ёву>ёв ину>ин ыну>ын скому>ский цкому>цкий у>
last m ins: овым>ов евым>ев ёвым>ёв иным>ин ыным>ын ским>ский цким>цкий ом>
last m pre: ове>ов еве>ев ёве>ёв ине>ин ыне>ын ском>ский цком>цкий е>
last f gen: овой>ова евой>ева ёвой>ёва иной>ина ыной>ына ской>ская цкой>цкая
last f dat: овой>ова евой>ева ёвой>ёва иной>ина ыной>ына ской>ская цкой>цкая
last f acc: ову>ова еву>ева ёву>ёва ину>ина ыну>ына скую>ская цкую>цкая
last f ins: овой>ова евой>ева ёвой>ёва иной>ина ыной>ына ской>ская цкой>цкая""",

}
def ru_noun(*words):
    """The case forms of Russian nouns (and of the adjectives used as nouns), singular and plural."""
    out = []
    for w in words:
        out.append(w)
        if w.endswith(("ый", "ий", "ой")) and len(w) > 4:
            stem = w[:-2]
            soft = w.endswith("ий") and stem[-1] not in "кгхжчшщ"
            y = "и" if (soft or stem[-1] in "кгхжчшщ") else "ы"
            out += [stem + e for e in (("его", "ему", "им", "ем", "ие", "их", "ими") if soft else
                                       ("ого", "ому", y + "м", "ом", y + "е", y + "х", y + "ми"))]
        elif w[-1] in "ьй":
            out += [w[:-1] + e for e in ("я", "ю", "ем", "е", "и", "ей", "ям", "ями", "ях")]
        elif w.endswith("ия"):
            out += [w[:-1] + e for e in ("и", "ю", "ей", "й", "ям", "ями", "ях")]
        elif w[-1] in "ая":
            y = "и" if (w[-1] == "я" or w[-2] in "кгхжчшщ") else "ы"
            out += [w[:-1] + e for e in (y, "е", "у" if w[-1] == "а" else "ю", "ой" if w[-1] == "а" else "ей", "ам", "ами", "ах")]
        elif w.endswith("ие"):
            # (Soft neuter: "заявление", "заявления", "заявлению", "заявлением", "заявлении".)
            out += [w[:-1] + e for e in ("я", "ю", "ем", "и", "й", "ям", "ями", "ях")]
        elif w[-1] in "ое":
            out += [w[:-1] + e for e in ("а", "у", "ом", "е", "ам", "ами", "ах")]
        else:
            y = "и" if w[-1] in "кгхжчшщ" else "ы"
            plural_gen = "ей" if w[-1] in "жчшщ" else "ов"
            out += [w + e for e in ("а", "у", "ом", "е", y, plural_gen, "ам", "ами", "ах")]
    return " ".join(sorted(set(out)))

RU_ROLE_WORDS = [
    ("spokesperson", ["пресс-секретарь", "представитель", "представительница", "спикер", "официальный"]),
    ("president", ["президент", "вице-президент"]),
    ("minister", ["министр", "премьер-министр", "премьер"]),
    ("chief", ["глава", "руководитель", "начальник", "председатель", "директор", "лидер", "менеджер", "командующий", "тренер", "руководительница", "главврач"]),
    ("secretary", ["секретарь", "генсек"]),
    ("editor", ["редактор", "главред"]),
    ("prosecutor", ["прокурор"]),
    ("mayor", ["мэр", "губернатор"]),
    ("ambassador", ["посол"]),
    ("judge", ["судья"]),
    ("lawyer", ["адвокат", "защитник", "защитница", "юрист"]),
    ("adviser", ["советник", "советница", "помощник", "помощница"]),
    ("member", ["депутат", "сенатор"]),
    ("founder", ["основатель"]),
    ("source", ["источник", "собеседник"]),
    ("journalist", ["журналист", "корреспондент", "репортёр", "репортер", "обозреватель", "колумнист", "журналистка", "корреспондентка"]),
    ("military", ["генерал", "генерал-полковник", "генерал-майор", "генерал-лейтенант", "полковник", "адмирал"]),
    ("academic", ["профессор", "эксперт", "аналитик", "доктор", "экономист", "политолог", "социолог"]),
]
# Institutions a subjectless verb speaks for ("в полиции заявили", "в администрации города
# сообщили"; see locative-speaker-prepositions). Kept apart from the "org" role class: before a
# name that class makes the name an institution ("организация «Мемориал»"), and "при
# администрации Обамы" is a genitive, not an institution called Obama.
RU_INSTITUTION_WORDS = ["полиция", "администрация", "пресс-служба", "мэрия", "прокуратура", "штаб", "пресс-центр",
                        "департамент", "управление", "профсоюз", "ассоциация", "федерация", "союз", "банк", "больница",
                        "университет", "консульство", "завод", "предприятие", "руководство"]
RU_ORG_WORDS = ["министерство", "правительство", "ведомство", "компания", "организация", "служба", "посольство", "агентство"]
RU_ROLES = [f"{c}: " + ru_noun(*words) for c, words in RU_ROLE_WORDS] + [
    "org: " + ru_noun("газета", "издание", "агентство", "министерство", "правительство", "ведомство", "компания", "партия",
                      "организация", "совет", "суд", "сайт", "журнал", "канал", "фонд", "комитет", "служба", "посольство") + " нко",
]
# A role noun's dictionary form, for naming a speaker met in another case ("по словам
# представителя полиции" → "представитель полиции"); the singular case endings it may carry.
RU["role-lemmas"] = " ".join(w for _, words in RU_ROLE_WORDS for w in words if not w.endswith(("ый", "ий", "ой"))) \
    + " " + " ".join(RU_INSTITUTION_WORDS + RU_ORG_WORDS)
FR["institution-nouns"] = EN["institution-nouns"] = ""
RU["institution-nouns"] = ru_noun(*RU_INSTITUTION_WORDS)
# One line per last letter a dictionary form's stem drops (ь, й, а, я; "-" for any other ending),
# then the endings of the singular oblique cases only, so that a plural ("представителей") keeps its form.
RU["role-oblique-endings"] = "ь: я ю ем ём е\nй: я ю ем е\nа: ы и е у ой ою\nя: и е ю ей\nо: а у ом е\nе: я ю ем и\n-: а у ом ем е"
# A statement as a document: its author speaks ("говорится в заявлении", "согласно сообщению").
RU["document-nouns"] = ru_noun("заявление", "сообщение", "доклад", "отчёт", "отчет", "письмо", "обращение", "исследование", "опрос", "рейтинг",
                               "указ", "завещание", "постановление", "телеграмма", "послание", "записка") + " интервью коммюнике пресс-релиз пресс-релиза пресс-релизе пресс-релизом"
RU_PHRASES = ["говорится в", "говорится в заявлении", "говорится в сообщении",
              "выразил уверенность", "выразила уверенность", "выразили уверенность",
              "выразил надежду", "выразила надежду", "выразили надежду", "выразил мнение", "выразила мнение"]

# Role phrases: a role noun and its complement that together name another role ("chef de l'État"
# is the president, "глава региона" the governor). A line is `class: word word …`; the speaker
# resolver and the actor grouper read the class of the phrase instead of the class of its head.
FR_ROLE_PHRASES = [f"{cls}: {head} {rest}" for cls, rest in [
    ("president", "de l'état"), ("president", "d'état"),
    ("minister", "du gouvernement"), ("minister", "de la diplomatie"),
] for head in ("chef", "cheffe")]
EN_ROLE_PHRASES = [f"{cls}: {head} {rest}" for cls, rest in [
    ("president", "of state"), ("minister", "of government"), ("minister", "of the government"),
] for head in ("head", "heads")]
RU_ROLE_PHRASES = [f"{cls}: {head} {rest}" for cls, rest in [
    ("president", "государства"), ("president", "страны"),
    ("minister", "правительства"), ("minister", "кабмина"), ("minister", "мид"), ("minister", "минфина"),
    ("minister", "минобороны"), ("minister", "министерства"),
    ("mayor", "региона"), ("mayor", "области"), ("mayor", "края"), ("mayor", "города"), ("mayor", "субъекта"),
] for head in ru_noun("глава").split()]

# Nouns for a news medium ("le quotidien", "the newspaper", "издание"): said alone, they name the
# medium the article cited last, not any institution ("По данным издания" after "газета «X»").
# Also the words that mark a medium's own name ("The Washington Post", "Daily Mail").
FR["media-nouns"] = "journal journaux quotidien quotidiens hebdomadaire hebdomadaires magazine mensuel média médias chaîne radio télévision site agence publication"
EN["media-nouns"] = "newspaper newspapers paper papers daily weekly magazine outlet outlets broadcaster network channel station website site agency tabloid publication"
RU["media-nouns"] = ru_noun("газета", "издание", "журнал", "агентство", "телеканал", "канал", "радиостанция", "сайт", "портал", "таблоид", "еженедельник", "медиа") + " сми"
# Institution nouns that can name any organisation again ("l'organisation", "the group",
# "ведомство"), where another noun names only its own kind ("the company" is not "the Harbour
# Council").
FR["generic-org-nouns"] = "organisation organisations organisme organismes institution institutions structure structures groupe groupes"
EN["generic-org-nouns"] = "organization organizations organisation organisations group groups body bodies institution institutions"
RU["generic-org-nouns"] = ru_noun("ведомство", "организация", "учреждение", "структура")
MEDIA_NAME_WORDS = "times post journal news herald tribune gazette telegraph guardian mirror express daily press observer independent monde figaro libération parisien echos известия ведомости коммерсантъ газета новости вести"
FR["media-name-words"] = EN["media-name-words"] = RU["media-name-words"] = MEDIA_NAME_WORDS

# Endings of a participle cue set after a comma ("…, saying that", "…, affirmant que", "…,
# заявив, что"): it hangs on the clause before and shares that clause's subject.
FR["participle-endings"] = "ant"
EN["participle-endings"] = "ing"
RU["participle-endings"] = "в вши"
# Endings of an active participle used as an adjective in a clause between commas, which
# describes the subject before it ("драматург, живший в России, отметил"). French and English
# participles are read by participle-endings alone.
FR["participle-adjective-endings"] = EN["participle-adjective-endings"] = ""
RU["participle-adjective-endings"] = "вший вшая вшее вшие вшего вшей вшим вших щий щая щее щие щего щей щим щих"

# Role classes of an office one person holds at a time: "la ministre de la Culture", "the
# mayor", "глава государства" refer back to a person of the article rather than to someone new,
# unlike "un conseiller", "a spokesman" or "представитель полиции".
OFFICE_ROLES = "president minister chief director mayor governor ambassador prosecutor secretary editor chancellor monarch"
FR["office-roles"] = EN["office-roles"] = RU["office-roles"] = OFFICE_ROLES
# A broader role noun refers back to the holder of a narrower role: "le magistrat" to the
# prosecutor or the judge named before, "l'élue" to the mayor, "the magistrate" to the judge.
# One line per broader class: `class: narrower classes`.
BROADER_ROLES = """magistrate: prosecutor judge
elected: mayor member president governor
officer: military"""
FR["broader-roles"] = EN["broader-roles"] = RU["broader-roles"] = BROADER_ROLES

# Role classes that are anonymous by nature ("a source", "собеседник агентства"): never someone
# the article named before.
FR["anonymous-roles"] = EN["anonymous-roles"] = RU["anonymous-roles"] = "source"
# Determiners that introduce someone new ("un ministre", "a minister", "один из министров").
FR["indefinite-determiners"] = "un une des quelques plusieurs certains certaines"
EN["indefinite-determiners"] = "a an some several many"
RU["indefinite-determiners"] = "один одна одно одни некий некая некто"

# Speech verbs whose object is the addressee ("X told Reuters", "told the Gazette"): the noun
# phrase after them is who listened, never the speaker (French and Russian mark the addressee
# with a preposition or the dative instead, see addressee-prepositions and addressee-endings).
# Prepositions of the place a subjectless verb speaks for: Russian says "в полиции заявили", "на
# заводе сообщили" (a plural verb with no subject) for "the police said"; French and English
# name a subject ("on", "officials") instead.
FR["locative-speaker-prepositions"] = EN["locative-speaker-prepositions"] = ""
RU["locative-speaker-prepositions"] = "в во на"

FR["object-addressee-cues"] = ""
EN["object-addressee-cues"] = "tell tells told telling inform informs informed informing"
RU["object-addressee-cues"] = ""

# A partitive names one member of a group ("l'un des grévistes", "one of the strikers", "один из
# бастующих"): the head, then the word that opens the group.
FR["partitive-heads"] = "un une"
FR["partitive-prepositions"] = "des"
EN["partitive-heads"] = "one"
EN["partitive-prepositions"] = "of"
RU["partitive-heads"] = "один одна одно одни"
RU["partitive-prepositions"] = "из"

# The auxiliaries of a passive: "it is said that", "it was reported that" name no speaker; the
# quote stays unattributed instead of falling to whoever "it" could be.
FR["passive-auxiliaries"] = ""
EN["passive-auxiliaries"] = "is was are were been be being"
RU["passive-auxiliaries"] = ""

# What joins a role noun to whom it serves ("a spokeswoman for the company", "an aide to the
# senator", "the head of the agency"): the complement belongs to the speaker's phrase. French "de"/"du" are determiners too
# and already join; Russian uses the genitive.
FR["role-complement-prepositions"] = ""
EN["role-complement-prepositions"] = "of for to"
RU["role-complement-prepositions"] = ""

# Relative pronouns that open a clause between commas after the subject ("Le ministre, qui a reçu
# X, a salué …", "The minister, who met X, said"): names inside it are not the subject.
FR["relative-pronouns"] = "qui dont lequel laquelle lesquels lesquelles"
EN["relative-pronouns"] = "who whom whose which"
RU["relative-pronouns"] = "который которая которое которые которого которой которому которым котором которых которую"

# The preposition of a document's author ("le classement établi par <RSF>", "a study by <the
# institute>"): the author speaks. Russian marks the author with the instrumental or genitive.
FR["agent-prepositions"] = "par"
EN["agent-prepositions"] = "by"
RU["agent-prepositions"] = ""
# Verbs that give their object a quoted predicate, the subject's own words ("a qualifié l'accord
# de « victoire »", "called the deal "a victory"", "назвал соглашение «победой»"), and the word
# that may join object and predicate. A name or a title after them opens with a capital.
FR["evaluative-naming"] = "qualifie qualifient qualifié qualifiait qualifiaient qualifiant traite traitent traité traitait traitant"
EN["evaluative-naming"] = "called calls call calling dubbed describes described describing labelled labeled branded"
RU["evaluative-naming"] = """назвал назвала назвали назвав называет называют называл называла называли называя
охарактеризовал охарактеризовала охарактеризовали охарактеризовав"""
FR["naming-predicate-words"] = "de d' d’"
EN["naming-predicate-words"] = "as"
RU["naming-predicate-words"] = "как"
# Nouns of speech inside an attribution opener ("по словам", "selon ses propos", "in the words
# of"): such an opener reports words whatever opens the claim ("По словам Фёдорова, к тушению
# привлекли 80 человек"), unlike "selon les cas, de … à …".
FR["speech-nouns"] = "propos dires"
EN["speech-nouns"] = "words"
RU["speech-nouns"] = "словам слов словах"

# The preposition of a document's issuer right after the document's noun ("un communiqué du
# ministère", "a statement from the department"); Russian puts the issuer in the genitive
# right after the noun ("заявление министерства"), with no preposition.
FR["author-prepositions"] = "de du des d' d’"
EN["author-prepositions"] = "from of"
RU["author-prepositions"] = ""

# Plural endings of a description's head noun ("les économistes", "analysts", "представители"):
# a plural pronoun refers back to a plural description, a singular one to a singular one. Words
# with a singular ending listed after ("press", "fils", "virus") stay singular. Grammar facts.
FR["plural-noun-endings"] = "s x"
FR["singular-noun-endings"] = "ss us is as"
EN["plural-noun-endings"] = "s"
EN["singular-noun-endings"] = "ss us is ws"
RU["plural-noun-endings"] = "ы и"
RU["singular-noun-endings"] = ""
# Endings only a masculine noun's plural takes in the other cases ("журналистов", "экспертам",
# "очевидцами"): "по мнению журналистов" is a group, never one person. Grammar facts.
FR["masculine-plural-oblique-endings"] = ""
EN["masculine-plural-oblique-endings"] = ""
RU["masculine-plural-oblique-endings"] = "ов ев ей ам ям ами ями ах ях"

# Possessives that may stand for an institution ("its spokesman", "son porte-parole", "её
# пресс-служба"): a spokesperson owned by one speaks for the institution just mentioned.
FR["institution-possessives"] = "son sa ses leur leurs"
EN["institution-possessives"] = "its their"
RU["institution-possessives"] = "его её ее их"

# Definite singular determiners by the gender they mark (m, f, x for either): a definite
# description with no complement ("l'élu", "la parlementaire", "the retired teacher") names again
# the person the sentence before is about. Russian has no article: none.
FR["definite-determiners"] = "m: le ce cet\nf: la cette\nx: l'"
EN["definite-determiners"] = "x: the this"
RU["definite-determiners"] = ""

# Possessives by the gender of their owner: "По его словам" is a man's words, "her campaign" a
# woman's. French "son"/"sa" agree with the possessed noun, not the owner: none.
FR["possessive-genders"] = ""
EN["possessive-genders"] = "m: his\nf: her"
RU["possessive-genders"] = "m: его\nf: её ее"

# Prepositions of an anonymous source's affiliation, part of the source's description ("une
# source au ministère", "a source in the ministry", "источник в ведомстве").
FR["source-complement-prepositions"] = "au aux à dans"
EN["source-complement-prepositions"] = "in at within inside"
RU["source-complement-prepositions"] = "в во при"

def write(lang, verbs, phrases, sections, roles, bare="", role_phrases=()):
    path = os.path.join(OUT, f"{lang}.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write(f"# Statement lexicon ({lang}): generated by Tools/quotes-lexicon/generate.py; edit there.\n")
        f.write("[cue-verbs]\n")
        for lemma, forms in verbs:
            f.write(f"{lemma}: {' '.join(forms)}\n")
        f.write("[cue-phrases]\n")
        for p in phrases:
            if p.strip():
                f.write(p.strip() + "\n")
        f.write("[bare-complement-verbs]\n" + bare + "\n")
        for name, body in sections.items():
            f.write(f"[{name}]\n")
            for line in body.split("\n"):
                if line.strip():
                    f.write(line.strip() + "\n")
        f.write("[role-nouns]\n")
        for r in roles:
            if r.strip():
                f.write(r.strip() + "\n")
        f.write("[role-phrases]\n")
        for r in role_phrases:
            f.write(r + "\n")

# First person plural imperatives are the writer's voice ("Rappelons que …"), not a speaker's cue.
FR_AUTHOR = {"rappelons", "notons", "précisons", "soulignons", "ajoutons", "signalons", "indiquons", "observons",
             "constatons", "remarquons", "disons", "estimons", "pensons", "considérons", "relevons", "expliquons"}
fr_verbs = [(v, [f for f in fr_er(v) if f not in FR_AUTHOR]) for v in FR_ER] + [(v, fr_ir(v)) for v in FR_IR] + \
           [(k, v.split()) for k, v in FR_IRREGULAR.items() if v]
write("fr", fr_verbs, FR_PHRASES, FR, FR_ROLES, role_phrases=FR_ROLE_PHRASES)
en_verbs = [(k, v.split() if v else en_verb(k)) for k, v in EN_VERBS.items()]
write("en", en_verbs, EN_PHRASES, EN, EN_ROLES, EN_BARE, role_phrases=EN_ROLE_PHRASES)
# "Как сообщили в министерстве, …", "как пишет газета, …", "как отмечается в докладе, …": "как"
# before a finite form of a reporting verb opens an attribution, as "selon" does. Every finite
# form of these verbs (not the gerunds in -в/-я, not the infinitive).
RU_AS_VERBS = ["сказать", "заявить", "сообщить", "отметить", "подчеркнуть", "пояснить", "уточнить", "рассказать",
               "написать", "указать", "передать", "говорить", "утверждать", "признать", "напомнить", "безличные"]
RU["attributions"] += "".join(f"\nкак {form}" for verb in RU_AS_VERBS for form in RU_VERBS[verb]
                              if not re.search(r"(в|[^с]я|ть)$", form))
write("ru", [(k, v) for k, v in RU_VERBS.items() if v], RU_PHRASES, RU, RU_ROLES, role_phrases=RU_ROLE_PHRASES)
print("ok")
