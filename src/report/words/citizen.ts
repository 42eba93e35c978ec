/**
 * The vocabulary's words for the citizen site (src/site/citizen/): what a resident reads about who the organisation
 * shares data with. Gathered into VOCABULARY in ../vocabulary.ts. The Dutch is plain language (B1): short sentences,
 * "wij" and "u", everyday words; test/site-citizen.test.ts measures it with the rule catalogue's readability measure.
 * Placeholders are filled with HTML the caller built (register text escaped), so no phrase holds `<`, `>`, `&` or `"`.
 * Legal statements cite the article: GDPR Art. 6(1)(a)–(f) for the grounds, Art. 15 (access), Art. 26(2) (the essence
 * of a joint-controller arrangement), Art. 38(4) (contacting the DPO), Art. 77 (a complaint to the supervisory authority).
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
    nl: '{{organisation}} werkt samen met andere organisaties. Soms geven wij daarbij gegevens over u door. Hier leest u met wie wij gegevens delen. U leest ook welke gegevens dat zijn en waarom dat mag.',
    en: '{{organisation}} works together with other organisations. Sometimes we pass on data about you. Here you can read who we share data with. You can also read which data these are and why that is allowed.',
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
  'citizen.partnership.arrangement': {
    nl: 'Hoe de deelnemers de taken verdelen, leest u hier (AVG artikel 26 lid 2): {{link}}',
    en: 'How the participants divide the tasks, you can read here (GDPR Article 26(2)): {{link}}',
  },

  // Data flows of a partnership.
  'citizen.flows.heading': { nl: 'Welke gegevens gaan waarheen?', en: 'Which data go where?' },
  'citizen.flows.none': { nl: 'Het register noemt geen gegevens die hier worden gedeeld.', en: 'The register lists no data that are shared here.' },
  'citizen.flow.heading': { nl: 'Van {{from}} naar {{to}}', en: 'From {{from}} to {{to}}' },
  'citizen.flow.data': { nl: 'Welke gegevens?', en: 'Which data?' },
  'citizen.flow.special': { nl: 'Hierbij zijn bijzondere gegevens: {{categories}}.', en: 'These include special data: {{categories}}.' },
  'citizen.flow.criminal': { nl: 'Hierbij zijn gegevens over strafbare feiten.', en: 'These include data about criminal offences.' },
  'citizen.flow.sensitive': { nl: 'Hierbij zijn gevoelige gegevens, zoals over geld of zorg.', en: 'These include sensitive data, such as about money or care.' },
  'citizen.flow.necessity': { nl: 'Waarom is dit nodig?', en: 'Why is this needed?' },
  'citizen.flow.necessityMissing': { nl: 'Het register zegt niet waarom dit nodig is.', en: 'The register does not say why this is needed.' },
  'citizen.flow.allowed': { nl: 'Waarom mag dit?', en: 'Why is this allowed?' },
  'citizen.flow.onInstruction': { nl: '{{processor}} werkt hier in opdracht van {{controller}}.', en: '{{processor}} works here on instructions from {{controller}}.' },
  'citizen.flow.decisions': { nl: 'Deze gegevens worden gebruikt voor besluiten over mensen.', en: 'These data are used for decisions about people.' },
  'citizen.flow.automated': {
    nl: 'Daarbij beslist een computer ook zelf, of maakt een computer een profiel van mensen.',
    en: 'A computer also decides on its own, or makes a profile of people.',
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
  'citizen.ground.contract': {
    nl: 'Het is nodig voor een overeenkomst met u (AVG artikel 6 lid 1 onder b).',
    en: 'It is needed for a contract with you (GDPR Article 6(1)(b)).',
  },
  'citizen.ground.vital-interest': {
    nl: 'Het is nodig om iemands leven of gezondheid te beschermen (AVG artikel 6 lid 1 onder d).',
    en: 'It is needed to protect someone’s life or health (GDPR Article 6(1)(d)).',
  },
  'citizen.ground.legitimate-interest': {
    nl: 'De organisatie die de gegevens geeft, zegt dat zij er een gerechtvaardigd belang bij heeft (AVG artikel 6 lid 1 onder f).',
    en: 'The organisation that passes on the data says it has a legitimate interest in doing so (GDPR Article 6(1)(f)).',
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
  'citizen.objection.none': {
    nl: 'Het register noemt geen adres voor bezwaar. Stel uw vraag dan aan het contact hieronder.',
    en: 'The register names no address for objections. Then ask the contact below.',
  },

  // Questions, access and complaints.
  'citizen.contact.heading': { nl: 'Vragen, uw gegevens inzien of een klacht', en: 'Questions, seeing your data, or a complaint' },
  'citizen.contact.notice': { nl: 'Lees de privacyverklaring: {{link}}', en: 'Read the privacy notice: {{link}}' },
  'citizen.contact.ask': {
    nl: 'Hebt u een vraag? Of wilt u weten welke gegevens wij over u hebben (AVG artikel 15)? Neem dan contact op met: {{contact}}',
    en: 'Do you have a question? Or do you want to know which data we hold about you (GDPR Article 15)? Then contact: {{contact}}',
  },
  'citizen.contact.missing': {
    nl: 'Het register noemt hier geen contact. Stel uw vraag dan aan de functionaris gegevensbescherming.',
    en: 'The register names no contact here. Then ask the data protection officer.',
  },
  'citizen.contact.general': {
    nl: 'Hebt u een vraag over uw gegevens? Op de pagina van elke samenwerking en elk werk staat bij wie u terecht kunt.',
    en: 'Do you have a question about your data? The page of each partnership and each kind of work says who to contact.',
  },
  'citizen.contact.dpo': {
    nl: 'U kunt ook terecht bij de functionaris gegevensbescherming van {{organisation}} (AVG artikel 38 lid 4): {{dpo}}',
    en: 'You can also go to the data protection officer of {{organisation}} (GDPR Article 38(4)): {{dpo}}',
  },
  'citizen.contact.ap': {
    nl: 'Bent u niet tevreden over hoe wij met uw gegevens omgaan? Dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens (AVG artikel 77): {{link}}',
    en: 'Are you not satisfied with how we handle your data? Then you can file a complaint with the Dutch Data Protection Authority, the Autoriteit Persoonsgegevens (GDPR Article 77): {{link}}',
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
