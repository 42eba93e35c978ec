/** The vocabulary's words for import from spreadsheets and export (register-check import, register-check export). Gathered into VOCABULARY in ../vocabulary.ts. */

import type { Bilingual } from '../../types.js';

export const TRANSFER_WORDS = {
  // The commands.
  'cli.synopsis.import': { nl: 'import BESTAND.xlsx|BESTAND.csv --out MAP [opties]', en: 'import FILE.xlsx|FILE.csv --out DIR [options]' },
  'cli.synopsis.export': { nl: 'export [MAP] --format xlsx|csv|vng-json --out BESTAND', en: 'export [DIR] --format xlsx|csv|vng-json --out FILE' },
  'cli.usage.import': {
    nl: `Gebruik: register-check import BESTAND.xlsx|BESTAND.csv --out MAP [opties]

Leest een spreadsheet met verwerkingen (één rij per verwerking) en schrijft
in MAP per rij een bestand processing/<id>.yml, een beginbestand per
samenwerkingsverband dat als ontvanger wordt genoemd, en register.yml als
dat er nog niet is. Kolommen worden herkend aan hun Nederlandse of Engelse
kop (Verwerking, Doel van de verwerking, Verwerkingsgrondslag, Bewaartermijn
…); een koppelbestand (--mapping) koppelt andere koppen:

  sheet: Register            (optioneel: het werkblad)
  columns:
    Naam activiteit: name
    Wettelijke basis: legal_basis

Een CSV-bestand mag ; of , als scheidingsteken hebben, in UTF-8 of Windows-1252.
Bestaande bestanden blijven staan, tenzij --force. Wat niet kon worden
overgenomen, staat per rij en kolom in het verslag, ook in MAP/IMPORT-REPORT.md.
Het veld reviewed blijft leeg: de eigenaar bevestigt de gegevens.

Opties:
{{options}}

Afsluitcode: 0 geschreven (ook als er punten na te lopen zijn), 2 fout in gebruik of invoer (dan is niets geschreven).
`,
    en: `Usage: register-check import FILE.xlsx|FILE.csv --out DIR [options]

Reads a spreadsheet of processing activities (one row per activity) and writes
into DIR a file processing/<id>.yml per row, a starting file for each
partnership named as a recipient, and register.yml when there is none yet.
Columns are recognised by their Dutch or English header (Processing activity,
Purposes of the processing, Legal basis, Retention period …); a mapping file
(--mapping) maps other headers:

  sheet: Register            (optional: the worksheet)
  columns:
    Activity name: name
    Lawful basis: legal_basis

A CSV file may be separated by ; or , and be UTF-8 or Windows-1252.
Existing files are kept unless --force. What could not be carried over is
listed per row and column in the report, also in DIR/IMPORT-REPORT.md.
The field reviewed stays empty: the owner confirms the entry.

Options:
{{options}}

Exit code: 0 written (also with items to review), 2 usage or input error (then nothing is written).
`,
  },
  'cli.usage.export': {
    nl: `Gebruik: register-check export [MAP] --format xlsx|csv|vng-json --out BESTAND

Zet het register in MAP (standaard: de huidige map) in een ander formaat,
om het te kunnen tonen (bijvoorbeeld aan de Autoriteit Persoonsgegevens):

  xlsx      een werkblad met de verwerkingen en een met de
            samenwerkingsverbanden en hun gegevensstromen
  csv       het werkblad met de verwerkingen, gescheiden door ; en in
            UTF-8 met BOM, zodat Excel het goed opent
  vng-json  de verwerkingen als Verwerkingsactiviteit van de VNG
            (VAR API); vraagt export.oin (het OIN van de organisatie)
            in {{config}}

Export leest alleen; het register verandert niet.

Opties:
{{options}}

Afsluitcode: 0 geschreven, 2 fout in gebruik of configuratie.
`,
    en: `Usage: register-check export [DIR] --format xlsx|csv|vng-json --out FILE

Writes the register in DIR (default: the current folder) in another format,
to show it (for example to the Dutch data protection authority):

  xlsx      a sheet of processing activities and one of partnerships and
            their data flows
  csv       the processing-activity sheet, separated by ; and in UTF-8
            with a byte-order mark, so that Excel opens it right
  vng-json  the processing activities as the VNG's Verwerkingsactiviteit
            (VAR API); needs export.oin (the organisation's OIN) in
            {{config}}

Export only reads; the register does not change.

Options:
{{options}}

Exit code: 0 written, 2 usage or configuration error.
`,
  },
  'cli.option.export.format': { nl: 'het formaat (anders afgeleid uit --out)', en: 'the format (else taken from --out)' },
  'cli.option.export.out': { nl: 'het bestand dat wordt geschreven', en: 'the file to write' },
  'cli.option.import.out': { nl: 'de map van het register (wordt aangemaakt)', en: 'the register folder (created if needed)' },

  // Spreadsheet headers of the processing-activity sheet: the names of "Interoperability" in REGISTER-FORMAT.md.
  'transfer.column.id': { nl: 'Id', en: 'Id' },
  'transfer.column.name': { nl: 'Verwerking', en: 'Processing activity' },
  'transfer.column.owner': { nl: 'Eigenaar', en: 'Owner' },
  'transfer.column.controller': { nl: 'Verwerkingsverantwoordelijke', en: 'Controller' },
  'transfer.column.role': { nl: 'Rol', en: 'Role' },
  'transfer.column.on_behalf_of': { nl: 'Verwerker namens', en: 'Processor on behalf of' },
  'transfer.column.purposes': { nl: 'Doel van de verwerking', en: 'Purposes of the processing' },
  'transfer.column.legal_basis': { nl: 'Verwerkingsgrondslag', en: 'Legal basis' },
  'transfer.column.data_subjects': { nl: 'Categorieën betrokkenen', en: 'Categories of data subjects' },
  'transfer.column.personal_data': { nl: 'Categorieën persoonsgegevens', en: 'Categories of personal data' },
  'transfer.column.special_data': { nl: 'Categorieën bijzondere persoonsgegevens', en: 'Special categories of personal data' },
  'transfer.column.recipients': { nl: 'Categorieën ontvangers', en: 'Categories of recipients' },
  'transfer.column.sources': { nl: 'Bronnen', en: 'Sources' },
  'transfer.column.processors': { nl: 'Naam verwerker', en: 'Processor' },
  'transfer.column.processor_agreements': { nl: 'Verwerkersovereenkomst', en: 'Processing agreement' },
  'transfer.column.transfers': { nl: 'Doorgifte buiten de EER', en: 'Transfers outside the EEA' },
  'transfer.column.retention': { nl: 'Bewaartermijn', en: 'Retention period' },
  'transfer.column.security': { nl: 'Beveiligingsmaatregelen', en: 'Security measures' },
  'transfer.column.dpia': { nl: 'PIA uitgevoerd', en: 'DPIA carried out' },
  'transfer.column.notice_url': { nl: 'Privacyverklaring', en: 'Privacy notice' },
  'transfer.column.reviewed': { nl: 'Laatst gecontroleerd', en: 'Last reviewed' },

  // Headers of the partnership sheet.
  'transfer.pcolumn.id': { nl: 'Id', en: 'Id' },
  'transfer.pcolumn.name': { nl: 'Samenwerkingsverband', en: 'Partnership' },
  'transfer.pcolumn.purpose': { nl: 'Doel', en: 'Purpose' },
  'transfer.pcolumn.domain': { nl: 'Domein', en: 'Domain' },
  'transfer.pcolumn.started': { nl: 'Gestart', en: 'Started' },
  'transfer.pcolumn.ended': { nl: 'Beëindigd', en: 'Ended' },
  'transfer.pcolumn.participants': { nl: 'Deelnemers (soort, rol)', en: 'Participants (kind, role)' },
  'transfer.pcolumn.from': { nl: 'Gegevens van', en: 'Data from' },
  'transfer.pcolumn.to': { nl: 'Gegevens naar', en: 'Data to' },
  'transfer.pcolumn.data': { nl: 'Gegevens', en: 'Data' },
  'transfer.pcolumn.special': { nl: 'Bijzondere, strafrechtelijke of gevoelige gegevens', en: 'Special, criminal or sensitive data' },
  'transfer.pcolumn.basis': { nl: 'Grondslag', en: 'Legal basis' },
  'transfer.pcolumn.necessity': { nl: 'Noodzaak', en: 'Necessity' },
  'transfer.pcolumn.decisions': { nl: 'Weegt mee in besluiten', en: 'Feeds decisions' },
  'transfer.pcolumn.owner': { nl: 'Eigenaar', en: 'Owner' },
  'transfer.pcolumn.agreements': { nl: 'Afspraken', en: 'Agreements' },
  'transfer.pcolumn.notice_url': { nl: 'Privacyverklaring', en: 'Privacy notice' },
  'transfer.pcolumn.dpia': { nl: 'DPIA', en: 'DPIA' },
  'transfer.pcolumn.exception': { nl: 'Uitzondering (bijzondere of strafrechtelijke gegevens)', en: 'Exception (special or criminal data)' },
  'transfer.agreementKind.covenant': { nl: 'convenant', en: 'covenant' },
  'transfer.agreementKind.joint-controller-arrangement': { nl: 'regeling gezamenlijke verwerkingsverantwoordelijken', en: 'joint-controller arrangement' },
  'transfer.agreementKind.processing-agreement': { nl: 'verwerkersovereenkomst', en: 'processing agreement' },
  'transfer.agreementKind.statutory-allocation': { nl: 'verdeling in de wet', en: 'allocation by law' },
  'transfer.mark.effective': { nl: 'in werking', en: 'effective' },
  'transfer.mark.self': { nl: 'eigen organisatie', en: 'own organisation' },
  'transfer.sheet.processing': { nl: 'Verwerkingen', en: 'Processing activities' },
  'transfer.sheet.partnerships': { nl: 'Samenwerkingsverbanden', en: 'Partnerships' },
  'transfer.yes': { nl: 'ja', en: 'yes' },

  // What cells say (export writes these, import reads them in either language).
  'transfer.ground.consent': { nl: 'AVG art. 6 lid 1 onder a (toestemming)', en: 'GDPR Art. 6(1)(a) (consent)' },
  'transfer.ground.contract': { nl: 'AVG art. 6 lid 1 onder b (uitvoering van een overeenkomst)', en: 'GDPR Art. 6(1)(b) (contract)' },
  'transfer.ground.legal-obligation': { nl: 'AVG art. 6 lid 1 onder c (wettelijke verplichting)', en: 'GDPR Art. 6(1)(c) (legal obligation)' },
  'transfer.ground.vital-interest': { nl: 'AVG art. 6 lid 1 onder d (vitale belangen)', en: 'GDPR Art. 6(1)(d) (vital interests)' },
  'transfer.ground.public-task': { nl: 'AVG art. 6 lid 1 onder e (taak van algemeen belang of openbaar gezag)', en: 'GDPR Art. 6(1)(e) (public task)' },
  'transfer.ground.legitimate-interest': { nl: 'AVG art. 6 lid 1 onder f (gerechtvaardigde belangen)', en: 'GDPR Art. 6(1)(f) (legitimate interests)' },
  'transfer.special.health': { nl: 'gezondheid', en: 'health' },
  'transfer.special.racial-ethnic-origin': { nl: 'ras of etnische afkomst', en: 'racial or ethnic origin' },
  'transfer.special.political-opinions': { nl: 'politieke opvattingen', en: 'political opinions' },
  'transfer.special.religious-beliefs': { nl: 'religieuze of levensbeschouwelijke overtuigingen', en: 'religious or philosophical beliefs' },
  'transfer.special.trade-union': { nl: 'lidmaatschap van een vakbond', en: 'trade union membership' },
  'transfer.special.genetic': { nl: 'genetische gegevens', en: 'genetic data' },
  'transfer.special.biometric': { nl: 'biometrische gegevens', en: 'biometric data' },
  'transfer.special.sex-life-orientation': { nl: 'seksueel gedrag of seksuele gerichtheid', en: 'sex life or sexual orientation' },
  'transfer.mark.criminal': { nl: 'strafrechtelijk', en: 'criminal' },
  'transfer.mark.sensitive': { nl: 'gevoelig', en: 'sensitive' },
  'transfer.mark.exception': { nl: 'uitzondering', en: 'exception' },
  'transfer.prefix.partnership': { nl: 'Samenwerkingsverband', en: 'Partnership' },
  'transfer.prefix.organisation': { nl: 'Organisatie', en: 'Organisation' },
  'transfer.dpiaNotRequired': { nl: 'Niet nodig', en: 'Not required' },
  'transfer.idFallback': { nl: 'verwerking', en: 'processing' },
  'transfer.register.namePlaceholder': { nl: '[naam van de organisatie]', en: '[name of the organisation]' },

  // The import's report: one item per row and column.
  'transfer.item.placeholder': {
    nl: '"{{value}}" is niet ingevuld (een sjabloon of non-antwoord). Het staat zo in het bestand; vul de echte waarde in.',
    en: '"{{value}}" is not filled in (a template or a non-answer). It is in the file as it stands; fill in the real value.',
  },
  'transfer.item.excelDate': {
    nl: '{{value}} lijkt een datum zoals Excel die als getal bewaart ({{date}}?). Niet als datum overgenomen: schrijf de datum als JJJJ-MM-DD.',
    en: '{{value}} looks like a date as Excel stores it, as a number ({{date}}?). Not taken as a date: write the date as YYYY-MM-DD.',
  },
  'transfer.item.groundUnknown': {
    nl: 'Uit "{{value}}" blijkt niet welke grondslag van AVG art. 6 lid 1 (a–f) bedoeld is; niet overgenomen. Kies de grondslag en noem de wet en het artikel.',
    en: '"{{value}}" does not say which ground of GDPR Art. 6(1) (a–f) is meant; not taken over. Choose the ground and name the act and article.',
  },
  'transfer.item.groundAmbiguous': {
    nl: '"{{value}}" noemt meer dan één grondslag van AVG art. 6 lid 1, of twee die elkaar tegenspreken; niet overgenomen. Zet elke grondslag op een eigen regel.',
    en: '"{{value}}" names more than one ground of GDPR Art. 6(1), or two that contradict each other; not taken over. Put each ground on a line of its own.',
  },
  'transfer.item.noArticle': {
    nl: 'De grondslag "{{value}}" noemt geen artikel van een wet. Overgenomen; vul het wetsartikel aan waarop de verwerking steunt (AVG art. 6 lid 3).',
    en: 'The legal basis "{{value}}" names no article of an act. Taken over; add the statutory provision the processing rests on (GDPR Art. 6(3)).',
  },
  'transfer.item.noProvision': {
    nl: '"{{value}}" noemt de grondslag maar geen wet of artikel. Overgenomen zonder provision; bij een wettelijke verplichting of publieke taak hoort het wetsartikel erbij (AVG art. 6 lid 3).',
    en: '"{{value}}" names the ground but no act or article. Taken over without a provision; a legal obligation or public task needs its statutory provision (GDPR Art. 6(3)).',
  },
  'transfer.item.partnershipStub': {
    nl: '"{{value}}" is een samenwerkingsverband. Er is een beginbestand {{file}} geschreven en de verwerking verwijst ernaar; vul daar de deelnemers, gegevensstromen en afspraken in.',
    en: '"{{value}}" is a partnership. A starting file {{file}} was written and the processing activity refers to it; fill in its participants, data flows and agreements there.',
  },
  'transfer.item.specialUnknown': {
    nl: 'Uit "{{value}}" blijkt niet om welke bijzondere categorie (AVG art. 9 lid 1) of strafrechtelijke gegevens (art. 10) het gaat. Overgenomen als categorie; vul special of criminal en de uitzondering in.',
    en: '"{{value}}" does not say which special category (GDPR Art. 9(1)) or criminal data (Art. 10) it is. Taken over as a category; fill in special or criminal and the exception.',
  },
  'transfer.item.controllerUnknown': {
    nl: '"{{value}}" staat niet onder organisation.controllers in register.yml; niet overgenomen. Voeg het orgaan daar toe, of kies een van de genoemde.',
    en: '"{{value}}" is not listed under organisation.controllers in register.yml; not taken over. Add the body there, or choose one of those listed.',
  },
  'transfer.item.roleUnknown': {
    nl: '"{{value}}" is geen rol die het register kent (verwerkingsverantwoordelijke of verwerker); niet overgenomen.',
    en: '"{{value}}" is not a role the register knows (controller or processor); not taken over.',
  },
  'transfer.item.dpiaUnclear': {
    nl: '"{{value}}" zegt niet waar de DPIA te vinden is en wanneer die is vastgesteld; niet overgenomen. Schrijf "vindplaats — JJJJ-MM-DD", of "Niet nodig — reden".',
    en: '"{{value}}" does not say where the DPIA can be found and when it was completed; not taken over. Write "reference — YYYY-MM-DD", or "Not required — reason".',
  },
  'transfer.item.agreementUnclear': {
    nl: '"{{value}}" noemt geen vindplaats van de verwerkersovereenkomst; niet overgenomen. Schrijf "vindplaats — JJJJ-MM-DD" (datum van ondertekening).',
    en: '"{{value}}" names no reference of the processing agreement; not taken over. Write "reference — YYYY-MM-DD" (the date it was signed).',
  },
  'transfer.item.agreementsMismatch': {
    nl: 'Er staan {{processors}} verwerkers maar {{agreements}} verwerkersovereenkomsten; niet te koppelen, dus geen overeenkomst overgenomen. Zet per verwerker een regel, in dezelfde volgorde.',
    en: 'There are {{processors}} processors but {{agreements}} processing agreements; they cannot be paired, so no agreement was taken over. Give one line per processor, in the same order.',
  },
  'transfer.item.noticeUnclear': {
    nl: '"{{value}}" is geen webadres (http:// of https://); niet overgenomen als privacyverklaring.',
    en: '"{{value}}" is not a web address (http:// or https://); not taken over as the privacy notice.',
  },
  'transfer.item.noName': {
    nl: 'Deze rij heeft geen naam van de verwerking; niet ingelezen.',
    en: 'This row has no name of a processing activity; not read.',
  },
  'transfer.item.exists': {
    nl: '{{file}} bestond al en is niet overschreven. Draai de import met --force om het te vervangen.',
    en: '{{file}} already existed and was not overwritten. Run the import with --force to replace it.',
  },
  'transfer.item.duplicateColumn': {
    nl: 'De kolom "{{column}}" staat er twee keer; alleen de eerste is gelezen.',
    en: 'The column "{{column}}" appears twice; only the first was read.',
  },
  'transfer.item.unusedColumn': {
    nl: 'De kolom "{{column}}" hoort bij geen veld van het register en is niet ingelezen. Hoort ze er wel bij, koppel haar dan met --mapping.',
    en: 'The column "{{column}}" matches no field of the register and was not read. If it does belong, map it with --mapping.',
  },
  'transfer.item.reviewedColumn': {
    nl: 'De kolom "{{column}}" is niet overgenomen: reviewed blijft leeg tot de eigenaar de gegevens heeft nagekeken.',
    en: 'The column "{{column}}" was not taken over: reviewed stays empty until the owner has checked the entry.',
  },
  'transfer.item.idInvalid': {
    nl: '"{{value}}" is geen id in kleine letters, cijfers en koppeltekens; de verwerking kreeg het id {{id}}.',
    en: '"{{value}}" is not an id of lower-case letters, digits and hyphens; the processing activity got the id {{id}}.',
  },
  'transfer.item.idTaken': {
    nl: 'Het id {{id}} was al door een eerdere rij gebruikt; deze verwerking kreeg {{newId}}.',
    en: 'The id {{id}} was already used by an earlier row; this processing activity got {{newId}}.',
  },
  'transfer.item.registerNew': {
    nl: 'register.yml is nieuw. Vervang "{{value}}" door de naam van de organisatie, en vul kind (soort organisatie) en dpo (de functionaris gegevensbescherming) in.',
    en: 'register.yml is new. Replace "{{value}}" with the name of the organisation, and fill in kind (the kind of organisation) and dpo (the data protection officer).',
  },

  'transfer.item.partnershipNoName': {
    nl: 'Deze rij noemt geen samenwerkingsverband (geen id en geen naam); niet ingelezen. Herhaal op elke rij het id of de naam.',
    en: 'This row names no partnership (no id and no name); not read. Repeat the id or the name on every row.',
  },
  'transfer.item.partnershipConflict': {
    nl: 'Een eerdere rij van dit samenwerkingsverband zegt hier "{{first}}", deze rij "{{value}}"; de eerdere is overgenomen. Maak de rijen gelijk.',
    en: 'An earlier row of this partnership says "{{first}}" here, this row "{{value}}"; the earlier one was taken over. Make the rows agree.',
  },
  'transfer.item.participantUnclear': {
    nl: 'In "{{value}}" is "{{part}}" geen soort organisatie, rol of "eigen organisatie"; dat deel is niet overgenomen. Schrijf "naam (id) — soort — rol".',
    en: 'In "{{value}}", "{{part}}" is not a kind of organisation, a role or "own organisation"; that part was not taken over. Write "name (id) — kind — role".',
  },
  'transfer.item.participantTaken': {
    nl: 'Twee deelnemers hebben het id {{id}}; alleen de eerste is overgenomen. Geef elke deelnemer een eigen id: "naam (id)".',
    en: 'Two participants have the id {{id}}; only the first was taken over. Give every participant an id of its own: "name (id)".',
  },
  'transfer.item.flowPartyUnknown': {
    nl: '"{{value}}" is geen deelnemer van dit samenwerkingsverband; niet overgenomen in de gegevensstroom. Noem een deelnemer zoals die in de kolom met deelnemers staat.',
    en: '"{{value}}" is not a participant of this partnership; not taken over in the data flow. Name a participant as the participants column lists it.',
  },
  'transfer.item.partnershipAgreementUnclear': {
    nl: '"{{value}}" is niet te lezen als afspraak; niet overgenomen. Schrijf "soort — vindplaats — JJJJ-MM-DD (ondertekend) of in werking: JJJJ-MM-DD — webadres van de wezenlijke inhoud", met als soort convenant, regeling gezamenlijke verwerkingsverantwoordelijken, verwerkersovereenkomst of verdeling in de wet.',
    en: '"{{value}}" cannot be read as an agreement; not taken over. Write "kind — reference — YYYY-MM-DD (signed) or effective: YYYY-MM-DD — web address of the essence", the kind being covenant, joint-controller arrangement, processing agreement or allocation by law.',
  },
  'transfer.item.dateUnclear': {
    nl: '"{{value}}" is geen datum als JJJJ-MM-DD; niet overgenomen.',
    en: '"{{value}}" is not a date written as YYYY-MM-DD; not taken over.',
  },
  'transfer.item.decisionsUnclear': {
    nl: '"{{value}}" zegt niet duidelijk ja of nee; niet overgenomen. Schrijf "ja" als de gegevens meewegen in besluiten over personen, anders laat de cel leeg.',
    en: '"{{value}}" does not plainly say yes or no; not taken over. Write "yes" when the data feed decisions about people, else leave the cell empty.',
  },

  // The report around the items.
  'transfer.report.title': { nl: 'Verslag van de import', en: 'Import report' },
  'transfer.report.read': { nl: 'Gelezen: {{file}} (werkblad {{sheet}}, kopregel in rij {{row}}).', en: 'Read: {{file}} (sheet {{sheet}}, header in row {{row}}).' },
  'transfer.report.written': {
    nl: 'Verwerkingen geschreven in {{dir}}/processing: {{activities}} van {{rows}}; samenwerkingsverbanden in {{dir}}/partnerships: {{partnerships}}.',
    en: 'Processing activities written to {{dir}}/processing: {{activities}} of {{rows}}; partnerships in {{dir}}/partnerships: {{partnerships}}.',
  },
  'transfer.report.partnershipSheet': {
    nl: 'Werkblad {{sheet}} (kopregel in rij {{row}}): {{n}} samenwerkingsverbanden met deelnemers, afspraken en gegevensstromen.',
    en: 'Sheet {{sheet}} (header in row {{row}}): {{n}} partnerships with participants, agreements and data flows.',
  },
  'transfer.report.registerNew': { nl: 'register.yml is nieuw geschreven.', en: 'register.yml was written new.' },
  'transfer.report.reviewed': {
    nl: 'Geen enkele verwerking of samenwerkingsverband heeft al een datum bij reviewed: de eigenaar vult die in als hij de gegevens heeft bevestigd. Tot dan meldt de controle dat die ontbreekt.',
    en: 'No processing activity or partnership has a reviewed date yet: the owner fills it in after confirming the entry. Until then the check reports it as missing.',
  },
  'transfer.report.items': { nl: 'Na te lopen ({{n}}):', en: 'To review ({{n}}):' },
  'transfer.report.nothing': { nl: 'Alles kon worden overgenomen.', en: 'Everything could be taken over.' },
  'transfer.report.row': { nl: 'Rij', en: 'Row' },
  'transfer.report.file': { nl: 'Bestand', en: 'File' },
  'transfer.report.column': { nl: 'Kolom', en: 'Column' },
  'transfer.report.what': { nl: 'Wat te doen', en: 'What to do' },
  'transfer.report.next': {
    nl: 'Volgende stap: register-check check {{dir}} geeft de werklijst van wat er in het register nog ontbreekt.',
    en: 'Next step: register-check check {{dir}} gives the work list of what the register still lacks.',
  },
  'transfer.report.file.written': { nl: 'Dit verslag staat ook in {{file}}.', en: 'This report is also in {{file}}.' },
  'transfer.report.file.kept': {
    nl: '{{file}} bestond al en is niet overschreven (gebruik --force).',
    en: '{{file}} already existed and was not overwritten (use --force).',
  },
  'transfer.progress.import': { nl: 'Inlezen: rij {{done}} van {{total}}', en: 'Reading: row {{done}} of {{total}}' },
  'transfer.progress.export': { nl: 'Uitvoeren: verwerking {{done}} van {{total}}', en: 'Exporting: activity {{done}} of {{total}}' },

  // Export.
  'transfer.export.written': { nl: 'Verwerkingen geschreven naar {{file}}: {{n}}.', en: 'Processing activities written to {{file}}: {{n}}.' },
  'transfer.export.noBasis': {
    nl: 'Let op: {{id}} heeft geen grondslag; in de VNG-uitvoer is grondslag leeg.',
    en: 'Note: {{id}} has no legal basis; grondslag is empty in the VNG output.',
  },
  'transfer.export.shortened': {
    nl: 'Let op: bij {{id}} is {{field}} ingekort tot de lengte die de VNG-API toestaat.',
    en: 'Note: for {{id}}, {{field}} was shortened to the length the VNG API allows.',
  },

  // Fatal problems: nothing has been written.
  'transfer.error.noInput': { nl: 'Noem het spreadsheet: register-check import BESTAND.xlsx --out MAP.', en: 'Name the spreadsheet: register-check import FILE.xlsx --out DIR.' },
  'transfer.error.oneInput': { nl: 'Eén spreadsheet tegelijk, niet ook "{{value}}".', en: 'One spreadsheet at a time, not also "{{value}}".' },
  'transfer.error.noOut': { nl: 'Noem de map van het register met --out MAP.', en: 'Name the register folder with --out DIR.' },
  'transfer.error.extension': {
    nl: '{{file}} is geen .xlsx- of .csv-bestand. Sla het spreadsheet op als Excel-werkmap (.xlsx) of als CSV.',
    en: '{{file}} is not an .xlsx or .csv file. Save the spreadsheet as an Excel workbook (.xlsx) or as CSV.',
  },
  'transfer.error.unreadable': { nl: '{{file}} kan niet worden gelezen ({{code}}).', en: '{{file}} cannot be read ({{code}}).' },
  'transfer.error.notXlsx': { nl: 'Het bestand is geen leesbare Excel-werkmap (.xlsx).', en: 'The file is not a readable Excel workbook (.xlsx).' },
  'transfer.error.noSheet': { nl: 'De werkmap heeft geen werkblad.', en: 'The workbook has no worksheet.' },
  'transfer.error.sheetMissing': { nl: 'De werkmap heeft geen werkblad "{{sheet}}"; wel: {{sheets}}.', en: 'The workbook has no worksheet "{{sheet}}"; it has: {{sheets}}.' },
  'transfer.error.partnershipHeader': {
    nl: 'Het werkblad "{{sheet}}" heeft geen kopregel van samenwerkingsverbanden: geen van de eerste {{rows}} rijen noemt de kolommen Samenwerkingsverband en Deelnemers (soort, rol).',
    en: 'The sheet "{{sheet}}" has no header of partnerships: none of the first {{rows}} rows names the columns Partnership and Participants (kind, role).',
  },
  'transfer.error.csv': { nl: 'Het CSV-bestand kan niet worden gelezen: {{detail}}', en: 'The CSV file cannot be read: {{detail}}' },
  'transfer.error.noHeader': {
    nl: 'Geen kopregel gevonden: geen van de eerste {{rows}} rijen noemt de kolom Verwerking en nog een bekende kolom (zoals Doel van de verwerking of Bewaartermijn). Koppel de kolommen met --mapping.',
    en: 'No header found: none of the first {{rows}} rows names the column Processing activity and another known column (such as Purposes of the processing or Retention period). Map the columns with --mapping.',
  },
  'transfer.error.mapping': { nl: 'Het koppelbestand {{file}} kan niet worden gelezen ({{detail}}); het hoort columns: {kop: veld} te bevatten.', en: 'The mapping file {{file}} cannot be read ({{detail}}); it should hold columns: {header: field}.' },
  'transfer.error.mappingField': {
    nl: 'In {{file}} koppelt "{{header}}" aan "{{value}}", maar dat veld bestaat niet. Kies uit: {{fields}}.',
    en: 'In {{file}}, "{{header}}" maps to "{{value}}", but there is no such field. Choose from: {{fields}}.',
  },
  'transfer.error.mappingColumn': { nl: 'De kolom "{{header}}" uit het koppelbestand staat niet in de kopregel.', en: 'The column "{{header}}" of the mapping file is not in the header row.' },
  'transfer.error.outside': { nl: '{{file}} zou buiten {{dir}} komen te staan; er is niets geschreven.', en: '{{file}} would land outside {{dir}}; nothing was written.' },
  'transfer.error.notFolder': {
    nl: '{{file}} is geen gewone map (maar een koppeling of een bestand); er is niets geschreven.',
    en: '{{file}} is not a plain folder (but a link or a file); nothing was written.',
  },
  'transfer.error.notFile': {
    nl: '{{file}} is geen gewoon bestand (maar een koppeling of een map); er is niets geschreven.',
    en: '{{file}} is not a plain file (but a link or a folder); nothing was written.',
  },
  'transfer.error.input': { nl: '{{file}} is het spreadsheet zelf; dat wordt nooit overschreven. Kies een andere map.', en: '{{file}} is the spreadsheet itself, which is never overwritten. Choose another folder.' },
  'transfer.error.format': { nl: 'Onbekend formaat "{{value}}"; kies xlsx, csv of vng-json.', en: 'Unknown format "{{value}}"; choose xlsx, csv or vng-json.' },
  'transfer.error.exportOut': {
    nl: 'Noem het bestand met --out BESTAND (en het formaat met --format, of met de extensie .xlsx, .csv of .json).',
    en: 'Name the file with --out FILE (and the format with --format, or by the extension .xlsx, .csv or .json).',
  },
  'transfer.error.exportIntoRegister': {
    nl: '{{file}} is een bestand van het register; export schrijft nooit in het register. Kies een ander bestand.',
    en: '{{file}} is a file of the register; export never writes into the register. Choose another file.',
  },
  'transfer.error.noOin': {
    nl: 'Voor vng-json is het OIN van de organisatie nodig (20 cijfers). Zet het in {{config}}: export: {oin: "…"}.',
    en: 'vng-json needs the organisation\'s OIN (20 digits). Put it in {{config}}: export: {oin: "…"}.',
  },
} as const satisfies Record<string, Bilingual>;
