/**
 * The vocabulary's words for the citizen site (src/site/citizen/): what a resident reads about who the organisation
 * shares data with. Gathered into VOCABULARY in ../vocabulary.ts. The Dutch is plain language (B1): short sentences,
 * "wij" and "u", everyday words; test/site-citizen.test.ts measures it with the rule catalogue's readability measure.
 * Placeholders are filled with HTML the caller built (register text escaped), so no phrase holds `<`, `>`, `&` or `"`.
 * Legal statements cite the article: GDPR Art. 6(1)(a)–(f) for the grounds, Art. 7(3) (withdrawing consent), Art. 15
 * (access and a copy), Art. 21(1) (objecting to processing based on Art. 6(1)(e) or (f) only), Art. 26(2) (the essence of a
 * joint-controller arrangement) and 26(3) (rights against each joint controller), Art. 38(4) (contacting the DPO), Art. 77
 * (a complaint to the supervisory authority). The site never tells a resident that sharing itself can be challenged with
 * an Awb objection: only a decision (besluit) can, and the decision letter must say how (Awb art. 3:45).
 */

import type { Bilingual } from '../../types.js';

export const CITIZEN_WORDS = {
  // The shell of every page.
  'citizen.skipLink': { nl: 'Naar de inhoud', en: 'Skip to content' },
  'citizen.navigation': { nl: 'Navigatie', en: 'Navigation' },
  'citizen.home': { nl: 'Overzicht', en: 'Overview' },
  'citizen.back': { nl: 'Terug naar het overzicht', en: 'Back to the overview' },
  // The name of each language in that language, for the link to the page in the other language.
  'citizen.languageName': { nl: 'Nederlands', en: 'English' },
  'citizen.footer': {
    nl: 'Deze pagina’s komen uit het register van {{organisation}}. Ze zijn gemaakt op {{date}}.',
    en: 'These pages come from the register of {{organisation}}. They were made on {{date}}.',
  },
  'citizen.organisationUnknown': { nl: 'de organisatie', en: 'the organisation' },

  // The overview.
  'citizen.title': { nl: 'Met wie deelt {{organisation}} mijn gegevens?', en: 'Who does {{organisation}} share my data with?' },
  'citizen.intro': {
    nl: '{{organisation}} werkt samen met andere organisaties. Soms geven wij daarbij gegevens over u door. Hier leest u met wie wij gegevens delen. U leest ook welke gegevens dat zijn en waarom dat volgens ons mag.',
    en: '{{organisation}} works together with other organisations. Sometimes we pass on data about you. Here you can read who we share data with. You can also read which data these are and why we believe that is allowed.',
  },
  'citizen.overview.partnerships': { nl: 'Samenwerkingsverbanden', en: 'Partnerships' },
  'citizen.overview.partnershipsIntro': {
    nl: 'In deze samenwerkingen delen wij gegevens met andere organisaties.',
    en: 'In these partnerships we share data with other organisations.',
  },
  'citizen.overview.processing': { nl: 'Ons werk waarbij wij gegevens doorgeven', en: 'Our work in which we pass on data' },
  'citizen.overview.processingIntro': {
    nl: 'Bij dit werk geven wij gegevens door aan andere organisaties.',
    en: 'In this work we pass on data to other organisations.',
  },
  'citizen.overview.none': { nl: 'Het register noemt hier niets.', en: 'The register lists nothing here.' },
  'citizen.overview.with': { nl: 'Met: {{names}}', en: 'With: {{names}}' },
  'citizen.overview.to': { nl: 'Naar: {{names}}', en: 'To: {{names}}' },

  // Search (the words reach assets/search.js through data attributes; {{n}} is filled there).
  'citizen.search.heading': { nl: 'Zoeken', en: 'Search' },
  'citizen.search.label': { nl: 'Zoek op naam, organisatie of soort gegevens', en: 'Search by name, organisation or kind of data' },
  'citizen.search.none': { nl: 'Niets gevonden. Alles staat ook in de lijst hieronder.', en: 'Nothing found. Everything is also in the list below.' },
  'citizen.search.one': { nl: '1 resultaat', en: '1 result' },
  'citizen.search.other': { nl: '{{n}} resultaten', en: '{{n}} results' },
  'citizen.search.kind.partnership': { nl: 'samenwerking', en: 'partnership' },
  'citizen.search.kind.processing': { nl: 'ons werk', en: 'our work' },

  // A partnership.
  'citizen.partnership.purpose': { nl: 'Waarvoor is deze samenwerking?', en: 'What is this partnership for?' },
  'citizen.partnership.started': { nl: 'Wij delen hier gegevens sinds {{date}}.', en: 'We have shared data here since {{date}}.' },
  'citizen.partnership.participants': { nl: 'Wie doen mee?', en: 'Who takes part?' },
  'citizen.partnership.participantsIntro': {
    nl: 'Deze organisaties doen mee. Bij elke organisatie staat waarvoor zij verantwoordelijk is.',
    en: 'These organisations take part. Each one says what it is responsible for.',
  },
  'citizen.partnership.self': { nl: '{{name}} (dat zijn wij)', en: '{{name}} (that is us)' },
  'citizen.role.controller': { nl: 'Is zelf verantwoordelijk voor wat zij met uw gegevens doet.', en: 'Is itself responsible for what it does with your data.' },
  'citizen.role.joint-controller': { nl: 'Is samen met andere deelnemers verantwoordelijk.', en: 'Is responsible together with other participants.' },
  'citizen.role.processor': {
    nl: 'Werkt in opdracht. Zij beslist niet zelf wat er met uw gegevens gebeurt.',
    en: 'Works on instructions. It does not decide itself what happens to your data.',
  },
  'citizen.role.processorFor': {
    nl: 'Werkt in opdracht van {{names}}. Zij beslist niet zelf wat er met uw gegevens gebeurt.',
    en: 'Works on instructions from {{names}}. It does not decide itself what happens to your data.',
  },
  'citizen.role.recipient': { nl: 'Krijgt gegevens.', en: 'Receives data.' },
  'citizen.role.unknown': { nl: 'Het register noemt de rol van deze organisatie niet.', en: 'The register does not give this organisation’s role.' },
  // GDPR Art. 26(2): the essence of the joint controllers' arrangement is made available to the data subject.
  'citizen.partnership.arrangement': {
    nl: 'De organisaties die samen verantwoordelijk zijn, hebben afgesproken wie waarvoor zorgt. De kern van die afspraken leest u hier (AVG artikel 26 lid 2): {{link}}',
    en: 'The organisations that are jointly responsible have agreed who takes care of what. You can read the essence of that arrangement here (GDPR Article 26(2)): {{link}}',
  },
  // Without joint controllers there is no Art. 26 arrangement to cite.
  'citizen.partnership.arrangementPlain': {
    nl: 'Hoe de deelnemers hun verantwoordelijkheden verdelen, leest u hier: {{link}}',
    en: 'How the participants divide their responsibilities, you can read here: {{link}}',
  },
  // GDPR Art. 26(3): whatever the arrangement says, the data subject may exercise their rights against each joint controller.
  'citizen.partnership.jointRights': {
    nl: 'U kunt uw rechten gebruiken bij elk van de organisaties die samen verantwoordelijk zijn. Dat geldt wat de afspraken ook zeggen (AVG artikel 26 lid 3).',
    en: 'You can exercise your rights with each of the organisations that are jointly responsible, whatever their arrangement says (GDPR Article 26(3)).',
  },

  // Data flows of a partnership.
  'citizen.flows.heading': { nl: 'Welke gegevens gaan waarheen?', en: 'Which data go where?' },
  'citizen.flows.none': { nl: 'Het register noemt geen gegevens die hier worden gedeeld.', en: 'The register lists no data that are shared here.' },
  'citizen.flow.heading': { nl: 'Van {{from}} naar {{to}}', en: 'From {{from}} to {{to}}' },
  'citizen.flow.data': { nl: 'Welke gegevens?', en: 'Which data?' },
  'citizen.flow.special': { nl: 'Hierbij zijn bijzondere gegevens: {{categories}}.', en: 'These include special data: {{categories}}.' },
  'citizen.flow.criminal': { nl: 'Hierbij zijn gegevens over strafbare feiten.', en: 'These include data about criminal offences.' },
  'citizen.flow.sensitive': { nl: 'Hierbij zijn gevoelige gegevens, zoals over schulden of sociale problemen.', en: 'These include sensitive data, such as about debts or social problems.' },
  'citizen.flow.necessity': { nl: 'Waarom is dit nodig?', en: 'Why is this needed?' },
  'citizen.flow.necessityMissing': { nl: 'Het register zegt niet waarom dit nodig is.', en: 'The register does not say why this is needed.' },
  'citizen.flow.allowed': { nl: 'Waarom mag dit?', en: 'Why is this allowed?' },
  'citizen.flow.onInstruction': { nl: '{{processor}} werkt hier in opdracht van {{controller}}.', en: '{{processor}} works here on instructions from {{controller}}.' },
  'citizen.flow.decisions': { nl: 'Deze gegevens worden gebruikt voor besluiten over mensen.', en: 'These data are used for decisions about people.' },
  // `automated` means the flow feeds automated decision-making or profiling; it does not say a decision is solely automated (Art. 22).
  'citizen.flow.automated': {
    nl: 'Een computer gebruikt deze gegevens ook om een profiel of risicoscore van mensen te maken, of om zelf te beslissen.',
    en: 'A computer also uses these data to make a profile or risk score of people, or to decide on its own.',
  },

  // Why sharing is allowed: the ground of GDPR Art. 6(1), then what the register cites.
  'citizen.ground.public-task': {
    nl: 'Het is nodig voor een taak van de overheid of een taak van algemeen belang (AVG artikel 6 lid 1 onder e).',
    en: 'It is needed for a task of government or a task in the public interest (GDPR Article 6(1)(e)).',
  },
  'citizen.ground.legal-obligation': {
    nl: 'Het is nodig om te doen wat de wet verplicht (AVG artikel 6 lid 1 onder c).',
    en: 'It is needed to do what the law requires (GDPR Article 6(1)(c)).',
  },
  'citizen.ground.consent': {
    nl: 'Het gebeurt alleen als u toestemming geeft (AVG artikel 6 lid 1 onder a).',
    en: 'It only happens if you give your consent (GDPR Article 6(1)(a)).',
  },
  'citizen.ground.consentWithdraw': {
    nl: 'U mag uw toestemming altijd weer intrekken (AVG artikel 7 lid 3).',
    en: 'You may withdraw your consent at any time (GDPR Article 7(3)).',
  },
  'citizen.ground.contract': {
    nl: 'Het is nodig voor een overeenkomst met u (AVG artikel 6 lid 1 onder b).',
    en: 'It is needed for a contract with you (GDPR Article 6(1)(b)).',
  },
  'citizen.ground.vital-interest': {
    nl: 'Het is nodig om iemands leven of gezondheid te beschermen (AVG artikel 6 lid 1 onder d).',
    en: 'It is needed to protect someone’s life or health (GDPR Article 6(1)(d)).',
  },
  'citizen.ground.legitimate-interest': {
    nl: 'Het is nodig voor een gerechtvaardigd belang van de organisatie of van een ander. Dat mag alleen als uw belangen niet zwaarder wegen (AVG artikel 6 lid 1 onder f).',
    en: 'It is needed for a legitimate interest of the organisation or of someone else. That is only allowed if your interests do not weigh more (GDPR Article 6(1)(f)).',
  },
  // GDPR Art. 21(1): the right to object applies only to processing based on Art. 6(1)(e) or (f), never to (a)–(d).
  'citizen.ground.object': {
    nl: 'Bij deze reden mag u bezwaar maken tegen het gebruik van uw gegevens, vanwege uw eigen situatie (AVG artikel 21). Dan moet de organisatie stoppen, tenzij zij dwingende redenen heeft die zwaarder wegen dan uw belangen.',
    en: 'With this reason you may object to the use of your data, on grounds of your own situation (GDPR Article 21). The organisation must then stop, unless it has compelling reasons that weigh more than your interests.',
  },
  'citizen.provision.statute': { nl: 'Het register noemt deze wet: {{provision}}.', en: 'The register names this law: {{provision}}.' },
  'citizen.provision.agreement': {
    nl: 'Het register noemt alleen een afspraak tussen de organisaties: {{provision}}. Een wet noemt het register niet.',
    en: 'The register names only an agreement between the organisations: {{provision}}. It names no law.',
  },
  'citizen.provision.other': { nl: 'Het register noemt: {{provision}}.', en: 'The register names: {{provision}}.' },
  'citizen.provision.link': { nl: 'De tekst van de wet: {{link}}', en: 'The text of the law: {{link}}' },
  'citizen.basis.none': { nl: 'Het register zegt niet waarom dit mag.', en: 'The register does not say why this is allowed.' },

  // Special categories of data (GDPR Art. 9(1)), in everyday words.
  'citizen.special.health': { nl: 'gezondheid', en: 'health' },
  'citizen.special.racial-ethnic-origin': { nl: 'afkomst', en: 'racial or ethnic origin' },
  'citizen.special.political-opinions': { nl: 'politieke mening', en: 'political opinions' },
  'citizen.special.religious-beliefs': { nl: 'geloof of levensovertuiging', en: 'religious or philosophical beliefs' },
  'citizen.special.trade-union': { nl: 'lid zijn van een vakbond', en: 'trade union membership' },
  'citizen.special.genetic': { nl: 'erfelijke gegevens', en: 'genetic data' },
  'citizen.special.biometric': { nl: 'gegevens zoals een vingerafdruk', en: 'biometric data such as a fingerprint' },
  'citizen.special.sex-life-orientation': { nl: 'seksueel leven of seksuele voorkeur', en: 'sex life or sexual orientation' },

  // Decisions and objection.
  'citizen.decisions.heading': { nl: 'Besluiten over mensen', en: 'Decisions about people' },
  'citizen.decisions.yes': {
    nl: 'In deze samenwerking worden besluiten over mensen voorbereid of genomen.',
    en: 'In this partnership decisions about people are prepared or taken.',
  },
  'citizen.decisions.no': {
    nl: 'Het register meldt niet dat deze samenwerking besluiten over mensen neemt.',
    en: 'The register does not report that this partnership takes decisions about people.',
  },
  'citizen.decisions.explained': { nl: 'In de privacyverklaring staat hoe die besluiten worden genomen.', en: 'The privacy notice explains how these decisions are made.' },
  'citizen.decisions.notExplained': {
    nl: 'Het register meldt niet dat de privacyverklaring uitlegt hoe die besluiten worden genomen.',
    en: 'The register does not report that the privacy notice explains how these decisions are made.',
  },
  'citizen.objection': { nl: 'Bent u het niet eens met een besluit? Hier leest u hoe u bezwaar maakt: {{link}}', en: 'Do you disagree with a decision? Here you can read how to object: {{link}}' },
  // Awb art. 3:45: a decision of a public authority that is open to objection or appeal says so, with by whom, where and by when.
  'citizen.objection.letter': {
    nl: 'Krijgt u een besluit van de overheid? Dan staat in de brief of u bezwaar kunt maken, waar en binnen welke tijd.',
    en: 'Do you receive a decision from a public authority? Then the letter says whether you can object, where and by when.',
  },
  'citizen.objection.none': {
    nl: 'Het register noemt geen adres voor bezwaar. Stel uw vraag dan aan het contact hieronder.',
    en: 'The register names no address for objections. Then ask the contact below.',
  },

  // Questions, access and complaints.
  'citizen.contact.heading': { nl: 'Vragen, uw gegevens inzien of een klacht', en: 'Questions, seeing your data, or a complaint' },
  'citizen.contact.notice': { nl: 'Lees de privacyverklaring: {{link}}', en: 'Read the privacy notice: {{link}}' },
  'citizen.contact.ask': {
    nl: 'Hebt u een vraag? Of wilt u weten welke gegevens over u worden gebruikt? U mag die gegevens inzien en er een kopie van krijgen (AVG artikel 15). Neem dan contact op met: {{contact}}',
    en: 'Do you have a question? Or do you want to know which data about you are used? You may see those data and get a copy of them (GDPR Article 15). Then contact: {{contact}}',
  },
  'citizen.contact.missing': {
    nl: 'Het register noemt hier geen contact. Stel uw vraag dan aan de functionaris gegevensbescherming.',
    en: 'The register names no contact here. Then ask the data protection officer.',
  },
  'citizen.contact.missingNoDpo': {
    nl: 'Het register noemt hier geen contact. Stel uw vraag dan aan {{organisation}}.',
    en: 'The register names no contact here. Then ask {{organisation}}.',
  },
  'citizen.contact.general': {
    nl: 'Hebt u een vraag over uw gegevens? Op de pagina van elke samenwerking en elk werk staat bij wie u terecht kunt.',
    en: 'Do you have a question about your data? The page of each partnership and each kind of work says who to contact.',
  },
  'citizen.contact.dpo': {
    nl: 'U kunt ook terecht bij de functionaris gegevensbescherming van {{organisation}}. Dat kan met elke vraag over uw gegevens en uw rechten (AVG artikel 38 lid 4): {{dpo}}',
    en: 'You can also go to the data protection officer of {{organisation}}, with any question about your data and your rights (GDPR Article 38(4)): {{dpo}}',
  },
  'citizen.contact.ap': {
    nl: 'Vindt u dat uw gegevens worden gebruikt op een manier die volgens de AVG niet mag? Dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens (AVG artikel 77): {{link}}',
    en: 'Do you believe your data are used in a way the GDPR does not allow? Then you can lodge a complaint with the Dutch Data Protection Authority, the Autoriteit Persoonsgegevens (GDPR Article 77): {{link}}',
  },

  // A processing activity.
  'citizen.processing.purposes': { nl: 'Waarvoor gebruiken wij deze gegevens?', en: 'What do we use these data for?' },
  'citizen.processing.subjects': { nl: 'Over wie gaat het?', en: 'Who is it about?' },
  'citizen.processing.data': { nl: 'Welke gegevens gebruiken wij?', en: 'Which data do we use?' },
  'citizen.processing.responsible': { nl: 'Wie is verantwoordelijk?', en: 'Who is responsible?' },
  'citizen.processing.controller': { nl: 'Verantwoordelijk is: {{controller}} van {{organisation}}.', en: 'Responsible is: {{controller}} of {{organisation}}.' },
  'citizen.processing.organisation': { nl: 'Verantwoordelijk is: {{organisation}}.', en: 'Responsible is: {{organisation}}.' },
  'citizen.processing.onBehalfOf': {
    nl: 'Wij doen dit werk in opdracht van: {{names}}. Zij zijn verantwoordelijk.',
    en: 'We do this work on instructions from: {{names}}. They are responsible.',
  },
  'citizen.processing.basis': { nl: 'Waarom mogen wij deze gegevens gebruiken?', en: 'Why may we use these data?' },
  'citizen.processing.recipients': { nl: 'Aan wie geven wij gegevens door?', en: 'Who do we pass data on to?' },
  'citizen.recipient.partnership': { nl: 'Dit gaat via de samenwerking {{link}}.', en: 'This goes through the partnership {{link}}.' },
  'citizen.recipient.noBasis': {
    nl: 'Het register noemt voor deze organisatie geen eigen reden. Waarom wij de gegevens mogen gebruiken, staat hierboven.',
    en: 'The register gives no reason of its own for this organisation. Why we may use the data is shown above.',
  },
} as const satisfies Record<string, Bilingual>;
