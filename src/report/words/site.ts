/** The vocabulary's words for the council report and the citizen site (src/site/, register-check report). Gathered into VOCABULARY in ../vocabulary.ts. */

import type { Bilingual } from '../../types.js';

// The council report (src/site/council.ts). Legal statements repeat what the rules' `basis` says and cite the same articles.
const COUNCIL_WORDS = {
  'council.skipLink': { nl: 'Naar de inhoud', en: 'Skip to content' },
  'council.title': { nl: 'Raadsrapportage samenwerkingsverbanden: {{organisation}}', en: 'Council report on partnerships: {{organisation}}' },
  'council.made': {
    nl: 'Opgesteld op {{today}} uit het verwerkingsregister van {{organisation}}, met register-check {{version}}.',
    en: 'Drawn up on {{today}} from the register of {{organisation}}, with register-check {{version}}.',
  },
  'council.intro': {
    nl: 'De Autoriteit Persoonsgegevens (AP) heeft voor raadsleden drie vragen opgesteld over samenwerkingsverbanden waarin de gemeente persoonsgegevens deelt, en raadt aan door te vragen als het antwoord uitblijft of onduidelijk is. Dit rapport zet per samenwerkingsverband op een rij wat het verwerkingsregister op die vragen antwoordt. Waar het antwoord ontbreekt of tekortschiet, staat een vraag waarmee u kunt doorvragen.',
    en: 'The Dutch data protection authority (AP) has drawn up three questions for council members about partnerships in which the municipality shares personal data, and advises them to ask again when the answer is missing or unclear. This report sets out, per partnership, what the register answers to those questions. Where an answer is missing or falls short, it suggests a question to ask further.',
  },
  'council.questions': { nl: 'De drie vragen van de AP, kort samengevat:', en: 'The AP’s three questions, in short:' },
  'council.overview': { nl: 'Overzicht', en: 'Overview' },
  'council.partnership': { nl: 'Samenwerkingsverband', en: 'Partnership' },
  'council.none': { nl: 'Het register bevat geen samenwerkingsverbanden.', en: 'The register holds no partnerships.' },
  'council.status.ok': { nl: 'in orde', en: 'in order' },
  'council.status.attention': { nl: 'vraagt aandacht', en: 'needs attention' },
  'council.status.missing': { nl: 'ontbreekt', en: 'missing' },
  'council.legend.ok': { nl: 'het register beantwoordt de vraag en de controle vond geen tekortkoming.', en: 'the register answers the question and the check found no shortcoming.' },
  'council.legend.attention': { nl: 'het register geeft een antwoord, maar de controle vond een of meer tekortkomingen.', en: 'the register gives an answer, but the check found one or more shortcomings.' },
  'council.legend.missing': { nl: 'het register geeft op deze vraag, of op een deel ervan, geen antwoord.', en: 'the register gives no answer to this question, or to part of it.' },
  'council.statusLabel': { nl: 'Stand:', en: 'Status:' },
  'council.purpose': { nl: 'Doel: {{purpose}}', en: 'Purpose: {{purpose}}' },
  'council.started': { nl: 'Het delen van gegevens begon op {{started}}.', en: 'Sharing began on {{started}}.' },
  'council.ended': { nl: 'Het samenwerkingsverband is beëindigd op {{ended}}; de controle toetst het niet meer.', en: 'The partnership ended on {{ended}}; the check no longer judges it.' },
  'council.ends': { nl: 'Het samenwerkingsverband eindigt op {{ended}}.', en: 'The partnership ends on {{ended}}.' },
  'council.participants': { nl: 'Deelnemers', en: 'Participants' },
  'council.self': { nl: '(de eigen organisatie)', en: '(the organisation itself)' },
  'council.noRole': { nl: 'geen rol vastgelegd', en: 'no role recorded' },
  'council.diagram': { nl: 'Wie deelt wat met wie', en: 'Who shares what with whom' },
  'council.diagram.title': { nl: 'Gegevensstromen in {{name}}', en: 'Data flows in {{name}}' },
  'council.diagram.desc': {
    nl: 'Pijlen van verzender naar ontvanger, genummerd zoals de gegevensstromen hieronder. Een rode, gestreepte pijl is een stroom waarvan de grondslag niet in orde is.',
    en: 'Arrows from sender to recipient, numbered as the data flows below. A red, dashed arrow is a flow whose legal basis is not in order.',
  },
  'council.diagram.flow': { nl: 'Stroom {{n}}: {{from}} naar {{to}}: {{data}}', en: 'Flow {{n}}: {{from}} to {{to}}: {{data}}' },
  'council.diagram.invalid': { nl: 'grondslag niet in orde', en: 'legal basis not in order' },

  // Question 1.
  'council.q1.listed.one': { nl: 'Het samenwerkingsverband staat in het register: de verwerking {{activities}} noemt het als ontvanger of bron.', en: 'The partnership is in the register: the processing activity {{activities}} lists it as recipient or source.' },
  'council.q1.listed.other': { nl: 'Het samenwerkingsverband staat in het register: de verwerkingen {{activities}} noemen het als ontvanger of bron.', en: 'The partnership is in the register: the processing activities {{activities}} list it as recipient or source.' },
  'council.q1.notListed': {
    nl: 'Het samenwerkingsverband heeft een eigen beschrijving in het register, maar geen enkele verwerking noemt het als ontvanger of bron. Het register laat dus niet zien bij welke verwerking {{organisation}} in dit samenwerkingsverband gegevens deelt.',
    en: 'The partnership has a description of its own in the register, but no processing activity lists it as recipient or source. So the register does not show in which processing activity {{organisation}} shares data in this partnership.',
  },
  'council.q1.reviewed': {
    nl: 'De beschrijving is voor het laatst als actueel bevestigd op {{reviewed}}. De organisatie heeft zich een termijn van {{months}} maanden gesteld; de volgende keer is uiterlijk {{due}}.',
    en: 'The description was last confirmed current on {{reviewed}}. The organisation has set itself an interval of {{months}} months; the next confirmation is due by {{due}}.',
  },
  'council.q1.overdue': {
    nl: 'De beschrijving is voor het laatst als actueel bevestigd op {{reviewed}}. Met de eigen termijn van de organisatie ({{months}} maanden) had dat uiterlijk {{due}} opnieuw gemoeten: het is niet bevestigd dat de beschrijving nog klopt.',
    en: 'The description was last confirmed current on {{reviewed}}. With the organisation’s own interval of {{months}} months it was due again by {{due}}: it is not confirmed that the description is still correct.',
  },
  'council.q1.noReviewed': { nl: 'Het register zegt niet wanneer deze beschrijving voor het laatst als actueel is bevestigd.', en: 'The register does not say when this description was last confirmed current.' },

  // Question 2.
  'council.q2.ownRole': { nl: '{{organisation}} is in dit samenwerkingsverband {{role}}.', en: 'In this partnership {{organisation}} is {{role}}.' },
  'council.q2.noOwnRole': { nl: 'Het register zegt niet welke rol {{organisation}} in dit samenwerkingsverband heeft.', en: 'The register does not say which role {{organisation}} has in this partnership.' },
  'council.q2.processor': {
    nl: 'Omdat {{organisation}} hier verwerker is, liggen de plichten van de verwerkingsverantwoordelijke (grondslag, noodzaak, DPIA, informatie aan inwoners) bij de deelnemers voor wie {{organisation}} werkt; de controle toetst ze hier niet.',
    en: 'As {{organisation}} is a processor here, the controller’s duties (legal basis, necessity, DPIA, informing residents) lie with the participants {{organisation}} works for; the check does not judge them here.',
  },
  'council.flow.heading': { nl: 'Gegevensstroom {{n}}: {{from}} → {{to}}', en: 'Data flow {{n}}: {{from}} → {{to}}' },
  'council.flow.data': { nl: 'Welke gegevens: {{data}}.', en: 'Which data: {{data}}.' },
  'council.flow.noData': { nl: 'Het register zegt niet welke gegevens worden gedeeld.', en: 'The register does not say which data are shared.' },
  'council.flow.special': { nl: 'Daaronder zijn bijzondere persoonsgegevens: {{categories}}.', en: 'They include special categories of personal data: {{categories}}.' },
  'council.flow.criminal': { nl: 'Daaronder zijn strafrechtelijke gegevens.', en: 'They include criminal-offence data.' },
  'council.flow.invalid': { nl: 'De controle vond dat de grondslag van deze gegevensstroom niet in orde is; zie de open punten hieronder.', en: 'The check found that this data flow’s legal basis is not in order; see the open points below.' },
  'council.basis.statute': { nl: 'Grondslag: {{ground}} (AVG art. 6 lid 1 onder {{letter}}), met als wettelijke basis: {{provision}}.', en: 'Legal basis: {{ground}} (GDPR Art. 6(1)({{letter}})), laid down in: {{provision}}.' },
  'council.basis.agreement': {
    nl: 'Grondslag: {{ground}} (AVG art. 6 lid 1 onder {{letter}}), maar het register noemt daarvoor alleen een afspraak: {{provision}}. Een afspraak tussen de deelnemers is geen wettelijke grondslag: een publieke taak of wettelijke verplichting moet in de wet staan (AVG art. 6 lid 3).',
    en: 'Legal basis: {{ground}} (GDPR Art. 6(1)({{letter}})), but the register names only an agreement for it: {{provision}}. An agreement between the participants is not a legal basis: a public task or legal obligation must be laid down in law (GDPR Art. 6(3)).',
  },
  'council.basis.ground': { nl: 'Grondslag: {{ground}} (AVG art. 6 lid 1 onder {{letter}}).', en: 'Legal basis: {{ground}} (GDPR Art. 6(1)({{letter}})).' },
  'council.basis.groundExplained': { nl: 'Grondslag: {{ground}} (AVG art. 6 lid 1 onder {{letter}}), met als toelichting: {{provision}}.', en: 'Legal basis: {{ground}} (GDPR Art. 6(1)({{letter}})), explained as: {{provision}}.' },
  'council.basis.noProvision': {
    nl: 'Grondslag: {{ground}} (AVG art. 6 lid 1 onder {{letter}}), maar het register noemt niet de wet die deze taak of plicht geeft.',
    en: 'Legal basis: {{ground}} (GDPR Art. 6(1)({{letter}})), but the register does not name the law that gives this task or obligation.',
  },
  'council.basis.unknownGround': { nl: 'Het register noemt als grondslag "{{ground}}"; dat is geen grondslag uit AVG art. 6 lid 1.', en: 'The register gives "{{ground}}" as the legal basis; that is not a ground of GDPR Art. 6(1).' },
  'council.basis.missing': { nl: 'Het register noemt voor deze gegevensstroom geen grondslag.', en: 'The register names no legal basis for this data flow.' },
  'council.basis.inherited': { nl: 'Deze grondslag staat bij het samenwerkingsverband als geheel; de gegevensstroom noemt geen eigen grondslag.', en: 'This legal basis is given for the partnership as a whole; the data flow names none of its own.' },
  'council.necessity': { nl: 'Waarom het delen nodig is: {{necessity}}', en: 'Why sharing is necessary: {{necessity}}' },
  'council.noNecessity': { nl: 'Het register zegt niet waarom het delen van deze gegevens nodig is.', en: 'The register does not say why sharing these data is necessary.' },
  'council.decisions': { nl: 'De gegevens wegen mee in besluiten over inwoners.', en: 'The data weigh in decisions about residents.' },
  'council.automated': { nl: 'De gegevens voeden een profiel, een risicoscore of geautomatiseerde besluitvorming.', en: 'The data feed a profile, a risk score or automated decision-making.' },
  'council.internal': { nl: 'De gegevens blijven binnen één organisatie: verzender en ontvanger zijn onderdelen van dezelfde organisatie.', en: 'The data stay within one organisation: sender and recipient are parts of the same organisation.' },
  'council.controllerProcessor': { nl: 'Verzender en ontvanger zijn een verwerkingsverantwoordelijke en zijn verwerker: de verwerker werkt in opdracht.', en: 'Sender and recipient are a controller and its processor: the processor acts on instructions.' },
  'council.flow.agreements': { nl: 'Afspraken die verzender en ontvanger binden: {{agreements}}.', en: 'Agreements that bind sender and recipient: {{agreements}}.' },
  'council.flow.noAgreement': { nl: 'Het register noemt geen afspraak die verzender en ontvanger bindt.', en: 'The register names no agreement that binds sender and recipient.' },
  'council.agreements': { nl: 'Afspraken', en: 'Agreements' },
  'council.noAgreements': { nl: 'Het register noemt geen afspraken voor dit samenwerkingsverband.', en: 'The register names no agreements for this partnership.' },
  'council.agreement.dated': { nl: '{{kind}}: {{reference}}, ondertekend of in werking op {{date}}.', en: '{{kind}}: {{reference}}, signed or in effect on {{date}}.' },
  'council.agreement.undated': { nl: '{{kind}}: {{reference}}; het register noemt geen datum.', en: '{{kind}}: {{reference}}; the register gives no date.' },
  'council.agreement.statutory': { nl: '{{kind}}: {{provision}}.', en: '{{kind}}: {{provision}}.' },
  'council.agreement.before': { nl: 'Dat was niet later dan het begin van het delen ({{started}}).', en: 'That was no later than the start of sharing ({{started}}).' },
  'council.agreement.late': {
    nl: 'Volgens de controle kwam deze afspraak pas nadat het delen begon: deze afspraak legde de verantwoordelijkheden dus niet vooraf vast.',
    en: 'According to the check this agreement came only after sharing began: so it did not set the responsibilities in advance.',
  },
  'council.agreement.published': { nl: 'De wezenlijke inhoud is voor inwoners gepubliceerd:', en: 'Its essence is published for residents:' },
  'council.agreementKind.covenant': { nl: 'Convenant', en: 'Covenant' },
  'council.agreementKind.joint-controller-arrangement': { nl: 'Regeling tussen gezamenlijke verwerkingsverantwoordelijken (AVG art. 26)', en: 'Arrangement between joint controllers (GDPR Art. 26)' },
  'council.agreementKind.processing-agreement': { nl: 'Verwerkersovereenkomst (AVG art. 28 lid 3)', en: 'Processing agreement (GDPR Art. 28(3))' },
  'council.agreementKind.statutory-allocation': { nl: 'Verdeling van verantwoordelijkheden in de wet', en: 'Responsibilities allocated by law' },
  'council.agreementKind.other': { nl: 'Afspraak', en: 'Agreement' },
  'council.dpia.heading': { nl: 'Gegevensbeschermingseffectbeoordeling (DPIA)', en: 'Data protection impact assessment (DPIA)' },
  'council.dpia.done': { nl: 'Er is een DPIA gedaan: {{reference}}, op {{date}}.', en: 'A DPIA was carried out: {{reference}}, on {{date}}.' },
  'council.dpia.before': { nl: 'Dat was voordat het delen begon ({{started}}).', en: 'That was before sharing began ({{started}}).' },
  'council.dpia.after': {
    nl: 'Dat was pas nadat het delen begon ({{started}}); waar een DPIA verplicht is, moet die vóór de verwerking gebeuren (AVG art. 35 lid 1).',
    en: 'That was only after sharing began ({{started}}); where a DPIA is required, it must be carried out before the processing (GDPR Art. 35(1)).',
  },
  'council.dpia.waived': { nl: 'Er is geen DPIA gedaan; volgens het register is die niet nodig: {{reason}}', en: 'No DPIA was carried out; according to the register none is needed: {{reason}}' },
  'council.dpia.none': { nl: 'Het register noemt geen DPIA.', en: 'The register names no DPIA.' },

  // Question 3.
  'council.notice.present': { nl: 'Er is een privacyverklaring voor inwoners:', en: 'There is a privacy notice for residents:' },
  'council.notice.none': { nl: 'Het register noemt geen privacyverklaring die inwoners over dit samenwerkingsverband informeert.', en: 'The register names no privacy notice that tells residents about this partnership.' },
  'council.notice.updated': { nl: 'Bijgewerkt op {{updated}}.', en: 'Updated on {{updated}}.' },
  'council.notice.noUpdated': { nl: 'Het register zegt niet wanneer de verklaring voor het laatst is bijgewerkt.', en: 'The register does not say when the notice was last updated.' },
  'council.notice.contact': { nl: 'Voor vragen, inzage en klachten kunnen inwoners terecht bij:', en: 'For questions, access and complaints residents can turn to:' },
  'council.notice.noContact': { nl: 'De verklaring noemt geen contactpunt voor vragen, inzage of klachten.', en: 'The notice names no contact point for questions, access or complaints.' },
  'council.notice.noDecisions': { nl: 'Volgens het register wegen de gedeelde gegevens niet mee in besluiten over inwoners.', en: 'According to the register the shared data do not weigh in decisions about residents.' },
  'council.notice.explains': { nl: 'De gegevens wegen mee in besluiten over inwoners; de verklaring legt uit hoe die besluiten tot stand komen.', en: 'The data weigh in decisions about residents; the notice explains how those decisions are reached.' },
  'council.notice.notExplained': {
    nl: 'De gegevens wegen mee in besluiten over inwoners, maar volgens het register legt de verklaring niet uit hoe die besluiten tot stand komen.',
    en: 'The data weigh in decisions about residents, but according to the register the notice does not explain how those decisions are reached.',
  },
  'council.notice.objection': { nl: 'Bezwaar maken kan via:', en: 'Objections go to:' },
  'council.notice.noObjection': { nl: 'De verklaring noemt geen route voor bezwaar.', en: 'The notice names no route for objections.' },
  'council.notice.plain': { nl: 'De controle heeft de tekst gemeten: die is goed leesbaar.', en: 'The check measured the text: it reads plainly.' },
  'council.notice.notPlain': {
    nl: 'De controle heeft de tekst gemeten: die is moeilijk leesbaar. De AVG vraagt duidelijke en eenvoudige taal (art. 12 lid 1).',
    en: 'The check measured the text: it is hard to read. The GDPR asks for clear and plain language (Art. 12(1)).',
  },
  'council.notice.outside': { nl: 'De leesbaarheid is gemeten met {{tool}}: niveau {{level}}.', en: 'Readability was measured with {{tool}}: level {{level}}.' },
  'council.notice.outsideDated': { nl: 'De leesbaarheid is gemeten met {{tool}} op {{date}}: niveau {{level}}.', en: 'Readability was measured with {{tool}} on {{date}}: level {{level}}.' },
  'council.notice.level': { nl: 'Volgens het register is de verklaring geschreven op taalniveau {{level}}; de tekst zelf staat niet in het register, dus de controle kon die niet meten.', en: 'According to the register the notice is written at language level {{level}}; the text itself is not in the register, so the check could not measure it.' },
  'council.notice.unmeasured': { nl: 'De leesbaarheid is niet bekend: de tekst staat niet in het register en er is geen meting vastgelegd.', en: 'Readability is not known: the text is not in the register and no measurement is recorded.' },

  // Open points and follow-up questions in the leaflet's spirit ("vraag door").
  'council.openPoints': { nl: 'Open punten:', en: 'Open points:' },
  'council.rule': { nl: 'regel {{rule}}', en: 'rule {{rule}}' },
  'council.askFurther': { nl: 'Vraag door:', en: 'Ask further:' },
  'council.ask.partnership-not-registered': { nl: 'bij welke verwerking in het register hoort het delen van gegevens in {{name}}, en waarom staat het daar niet?', en: 'which processing activity in the register covers sharing data in {{name}}, and why is it not listed there?' },
  'council.ask.review-overdue': { nl: 'klopt wat het register over {{name}} zegt nog, en wanneer is dat voor het laatst nagegaan?', en: 'is what the register says about {{name}} still correct, and when was that last checked?' },
  'council.ask.legal-basis-missing': {
    nl: 'op welke grondslag uit AVG art. 6 lid 1 steunt het delen van gegevens in {{name}}, en welk wetsartikel geeft de taak of plicht als het om een publieke taak of een wettelijke verplichting gaat?',
    en: 'which ground of GDPR Art. 6(1) does sharing data in {{name}} rest on, and which statutory provision gives the task or obligation where it is a public task or a legal obligation?',
  },
  'council.ask.legal-basis-agreement-only': { nl: 'op welk wetsartikel steunt het delen in {{name}}? Een convenant of andere afspraak is geen wettelijke grondslag.', en: 'which statutory provision does sharing in {{name}} rest on? A covenant or other agreement is not a legal basis.' },
  'council.ask.provision': { nl: 'welke wet, en welk artikel daarvan, geeft de taak of plicht waarvoor in {{name}} gegevens worden gedeeld?', en: 'which act, and which article of it, gives the task or obligation for which data are shared in {{name}}?' },
  'council.ask.ground-not-available': { nl: 'op welke wettelijke taak of plicht steunt het delen in {{name}}, nu een overheidsorgaan zich bij zijn taken niet op gerechtvaardigd belang kan beroepen?', en: 'which statutory task or obligation does sharing in {{name}} rest on, given that a public body cannot rely on legitimate interest in its tasks?' },
  'council.ask.necessity-missing': { nl: 'waarom is het nodig om juist deze gegevens te delen in {{name}}, en waarom volstaan minder gegevens niet?', en: 'why is it necessary to share exactly these data in {{name}}, and why would fewer data not do?' },
  'council.ask.role-missing': { nl: 'wie is in {{name}} waarvoor verantwoordelijk: welke rol heeft elke deelnemer?', en: 'who is responsible for what in {{name}}: which role does each participant have?' },
  'council.ask.agreement-missing': { nl: 'waar is vastgelegd wie in {{name}} waarvoor verantwoordelijk is?', en: 'where is it set down who is responsible for what in {{name}}?' },
  'council.ask.agreement-after-start': { nl: 'waarom zijn de afspraken over de verantwoordelijkheden in {{name}} pas gemaakt nadat het delen begon, en wat gold er daarvoor?', en: 'why were the responsibilities in {{name}} agreed only after sharing began, and what applied before?' },
  'council.ask.dpia': { nl: 'is voor {{name}} vooraf beoordeeld welke risico’s het delen voor inwoners heeft (een DPIA)? Zo nee, waarom niet?', en: 'was it assessed beforehand for {{name}} what risks sharing poses to residents (a DPIA)? If not, why not?' },
  'council.ask.exception': { nl: 'op welke uitzondering uit de AVG of de UAVG steunt het delen van bijzondere of strafrechtelijke gegevens in {{name}}?', en: 'which exception in the GDPR or the Dutch implementation act does sharing special or criminal-offence data in {{name}} rest on?' },
  'council.ask.notice-missing': { nl: 'hoe worden inwoners geïnformeerd over het delen van hun gegevens in {{name}}?', en: 'how are residents told about the sharing of their data in {{name}}?' },
  'council.ask.notice-contact-missing': { nl: 'waar kunnen inwoners terecht met vragen, een verzoek om inzage of een klacht over {{name}}?', en: 'where can residents go with questions, an access request or a complaint about {{name}}?' },
  'council.ask.notice-decisions-unexplained': { nl: 'hoe horen inwoners hoe een besluit over hen in {{name}} tot stand komt, en hoe zij bezwaar kunnen maken?', en: 'how do residents learn how a decision about them in {{name}} is reached, and how to object?' },
  'council.ask.notice-not-plain-language': { nl: 'wanneer is de privacyverklaring over {{name}} herschreven in taal die inwoners begrijpen?', en: 'when will the privacy notice about {{name}} be rewritten in language residents understand?' },
  'council.ask.notice-outdated': { nl: 'klopt de privacyverklaring over {{name}} nog met wat er nu gebeurt?', en: 'does the privacy notice about {{name}} still match what happens now?' },
  'council.ask.joint-arrangement-unpublished': { nl: 'waar kunnen inwoners lezen hoe de verantwoordelijkheden in {{name}} zijn verdeeld?', en: 'where can residents read how responsibilities in {{name}} are divided?' },
  'council.ask.Q1': { nl: 'wanneer is de beschrijving van {{name}} in het register volledig en actueel?', en: 'when will the description of {{name}} in the register be complete and current?' },
  'council.ask.Q2': { nl: 'hoe heeft het college vooraf vastgesteld dat het deze gegevens in {{name}} mag delen?', en: 'how did the executive establish beforehand that it may share these data in {{name}}?' },
  'council.ask.Q3': { nl: 'hoe informeert het college inwoners over {{name}}, in begrijpelijke taal?', en: 'how does the executive inform residents about {{name}}, in plain language?' },

  // Words for data in the register.
  'council.ground.consent': { nl: 'toestemming', en: 'consent' },
  'council.ground.contract': { nl: 'een overeenkomst met de betrokkene', en: 'a contract with the data subject' },
  'council.ground.legal-obligation': { nl: 'een wettelijke verplichting', en: 'a legal obligation' },
  'council.ground.vital-interest': { nl: 'een vitaal belang', en: 'vital interests' },
  'council.ground.public-task': { nl: 'een taak van algemeen belang of openbaar gezag', en: 'a task in the public interest or in the exercise of official authority' },
  'council.ground.legitimate-interest': { nl: 'gerechtvaardigd belang', en: 'legitimate interests' },
  'council.special.health': { nl: 'gezondheid', en: 'health' },
  'council.special.racial-ethnic-origin': { nl: 'ras of etnische afkomst', en: 'racial or ethnic origin' },
  'council.special.political-opinions': { nl: 'politieke opvattingen', en: 'political opinions' },
  'council.special.religious-beliefs': { nl: 'godsdienst of levensovertuiging', en: 'religious or philosophical beliefs' },
  'council.special.trade-union': { nl: 'lidmaatschap van een vakbond', en: 'trade union membership' },
  'council.special.genetic': { nl: 'genetische gegevens', en: 'genetic data' },
  'council.special.biometric': { nl: 'biometrische gegevens', en: 'biometric data' },
  'council.special.sex-life-orientation': { nl: 'seksueel gedrag of seksuele gerichtheid', en: 'sex life or sexual orientation' },

  // The command line: register-check report.
  'cli.synopsis.report': { nl: 'report [MAP] --out MAP [opties]', en: 'report [DIR] --out FOLDER [options]' },
  'cli.usage.report': {
    nl: `Gebruik: register-check report [MAP] --out MAP [opties]

Schrijft uit het register in MAP (standaard: de huidige map) één website naar
de map bij --out: de burgersite (index.html, "Met wie deelt de gemeente mijn
gegevens?") en daarnaast de raadsrapportage (raadsrapportage.md en
raadsrapportage.html), die per samenwerkingsverband de drie vragen van de
Autoriteit Persoonsgegevens beantwoordt. De map bij --out mag niet in het
register liggen.

Opties:
{{options}}

De configuratie wordt gelezen zoals bij check: {{config}} in de hoofdmap
van de repository (de dichtstbijzijnde map met een .git, vanaf MAP omhoog).

Afsluitcode: 0 geschreven (ook als de controle bevindingen heeft), 2 fout in gebruik of configuratie.
`,
    en: `Usage: register-check report [DIR] --out FOLDER [options]

Writes one website from the register in DIR (default: the current folder) to
the folder given with --out: the citizen site (index.html, "Who does the
municipality share my data with?") and beside it the council report
(raadsrapportage.md and raadsrapportage.html), which answers the Dutch data
protection authority's three questions for every partnership. The --out folder
must not be inside the register.

Options:
{{options}}

The configuration is read as check reads it: {{config}} at the
repository root (the nearest folder with a .git, from DIR upwards).

Exit code: 0 written (also when the check has findings), 2 usage or configuration error.
`,
  },
  'cli.option.report.out': { nl: 'de map waarin het rapport wordt geschreven', en: 'the folder the report is written to' },
  'cli.report.outNeeded': { nl: 'Geef met --out de map waarin het rapport komt, bijvoorbeeld --out site.', en: 'Give the folder for the report with --out, for example --out site.' },
  'cli.report.outInRegister': {
    nl: 'De map {{out}} ligt in het register ({{dir}}) of is het register zelf. Het rapport wordt nooit in het register geschreven; kies bij --out een map daarbuiten.',
    en: 'The folder {{out}} is inside the register ({{dir}}) or is the register itself. The report is never written into the register; give --out a folder outside it.',
  },
  'cli.report.outNotFolder': { nl: 'Het rapport kan niet worden geschreven naar {{out}}: dat is geen map.', en: 'The report cannot be written to {{out}}: that is not a folder.' },
  'cli.report.outsideOut': { nl: 'Het bestand {{file}} zou buiten de map {{out}} terechtkomen; het rapport schrijft daar niet.', en: 'The file {{file}} would land outside the folder {{out}}; the report does not write there.' },
  'cli.report.notWritten': { nl: 'Het rapport kan niet worden geschreven naar {{file}} ({{code}}). Kies een andere map voor het rapport.', en: 'The report cannot be written to {{file}} ({{code}}). Choose another folder for the report.' },
  'cli.report.wrote': { nl: '{{n}} bestanden geschreven in {{out}}.', en: '{{n}} files written to {{out}}.' },

  // The Action's mode: report.
  'action.reportWritten': { nl: 'Raadsrapportage en burgersite geschreven: {{n}} bestanden in {{folder}}.', en: 'Council report and citizen site written: {{n}} files in {{folder}}.' },
  'action.badReportFolder': {
    nl: 'De invoer report-folder "{{value}}" moet een map in de werkmap zijn, buiten het register (geen volledig pad, geen "..").',
    en: 'The input report-folder "{{value}}" must be a folder in the workspace, outside the register (not a full path, no "..").',
  },
} as const satisfies Record<string, Bilingual>;

export const SITE_WORDS = {
  ...COUNCIL_WORDS,
} as const satisfies Record<string, Bilingual>;
