/** The vocabulary's words for approvals, code owners and the goedkeuring check (register-check codeowners). Gathered into VOCABULARY in ../vocabulary.ts. */

import type { Bilingual } from '../../types.js';

export const APPROVALS_WORDS = {
  // register-check codeowners.
  'cli.synopsis.codeowners': { nl: 'codeowners [MAP] [--check]', en: 'codeowners [DIR] [--check]' },
  'cli.usage.codeowners': {
    nl: `Gebruik: register-check codeowners [MAP] [opties]

Schrijft in .github/CODEOWNERS, in de hoofdmap van de repository, één regel
per registratie in MAP (standaard: de huidige map) met haar eigenaar (het
veld owner): een gebruikersnaam wordt @naam, een team organisatie/team wordt
@organisatie/team. De regels staan tussen twee markeringsregels; de rest van
het bestand blijft zoals het is. Het blok staat onderaan, want in CODEOWNERS
geldt voor een bestand de laatste regel die erop past.

Zet in de branch protection "Require review from Code Owners" aan: dan kan
een pull request pas worden samengevoegd als de eigenaar van elke gewijzigde
registratie heeft goedgekeurd.

Opties:
{{options}}

Afsluitcode: 0 bijgewerkt (of al actueel), 1 verouderd (met --check),
2 fout in gebruik of configuratie.
`,
    en: `Usage: register-check codeowners [DIR] [options]

Writes into .github/CODEOWNERS, at the repository root, one line per entry
in DIR (default: the current folder) naming its owner (the field owner): a
login becomes @login, a team org/team becomes @org/team. The lines stand
between two marker lines; the rest of the file is left as it is. The block
stands last, because in CODEOWNERS the last line that matches a file wins.

Turn on "Require review from Code Owners" in branch protection: then a pull
request can only be merged once the owner of every changed entry approved.

Options:
{{options}}

Exit code: 0 written (or already up to date), 1 out of date (with --check),
2 usage or configuration error.
`,
  },
  'cli.option.codeowners.check': {
    nl: 'schrijf niets; afsluitcode 1 en wat er verschilt\nals het blok in CODEOWNERS verouderd is',
    en: 'write nothing; exit code 1 and what differs\nwhen the block in CODEOWNERS is out of date',
  },
  'codeowners.note': {
    nl: 'Geschreven door register-check codeowners uit het veld owner van elke registratie; wijzig de eigenaar in het register, niet hier.',
    en: 'Written by register-check codeowners from the field owner of every entry; change the owner in the register, not here.',
  },
  'codeowners.skippedOwner': {
    nl: '{{file}}: de eigenaar "{{owner}}" is geen GitHub-gebruikersnaam en geen team (organisatie/team), dus dit bestand staat niet in CODEOWNERS. Zet in owner een gebruikersnaam, zoals jdevries, of een team, zoals gemeente/privacy.',
    en: '{{file}}: the owner "{{owner}}" is no GitHub login and no team (org/team), so this file is left out of CODEOWNERS. Put a login, such as jdevries, or a team, such as gemeente/privacy, in owner.',
  },
  'codeowners.skippedPath': {
    nl: '{{file}}: deze bestandsnaam bevat een teken dat in CODEOWNERS iets betekent (spatie, *, ?, [, ], \\, !, #), dus dit bestand staat niet in CODEOWNERS. Geef het bestand een naam met alleen letters, cijfers, punten en streepjes.',
    en: '{{file}}: this file name holds a character that means something in CODEOWNERS (space, *, ?, [, ], \\, !, #), so this file is left out of CODEOWNERS. Give the file a name of letters, digits, dots and hyphens only.',
  },
  'codeowners.written': { nl: '{{file}} bijgewerkt: {{entries}} met hun eigenaar.', en: '{{file}} written: {{entries}} with their owner.' },
  'codeowners.upToDate': { nl: '{{file}} is actueel: {{entries}} met hun eigenaar.', en: '{{file}} is up to date: {{entries}} with their owner.' },
  'codeowners.outOfDate': {
    nl: '{{file}} is niet in de pas met het register. Voer register-check codeowners uit en neem het bestand op in de pull request.',
    en: '{{file}} is out of step with the register. Run register-check codeowners and add the file to the pull request.',
  },
  'codeowners.missing': { nl: 'Het blok van register-check ontbreekt nog.', en: 'The register-check block is not there yet.' },
  'codeowners.notLast': {
    nl: 'Het blok staat niet onderaan: regels eronder kunnen de eigenaar van een registratie overschrijven, want de laatste regel die past, geldt.',
    en: 'The block is not at the end: lines below it can override an entry\'s owner, because the last matching line wins.',
  },
  'codeowners.add': { nl: 'ontbreekt: {{line}}', en: 'missing: {{line}}' },
  'codeowners.remove': { nl: 'vervalt: {{line}}', en: 'no longer right: {{line}}' },
  'codeowners.otherText': { nl: 'De toelichting in het blok wijkt af.', en: 'The note in the block differs.' },
  'codeowners.broken': {
    nl: '{{file}} heeft een beginregel "{{begin}}" zonder eindregel "{{end}}" (of meer dan één blok). Herstel dat eerst met de hand; register-check raadt niet waar het blok eindigt.',
    en: '{{file}} has a begin line "{{begin}}" without an end line "{{end}}" (or more than one block). Mend that by hand first; register-check does not guess where the block ends.',
  },
  'codeowners.notAFile': {
    nl: '{{file}} is geen gewoon bestand (een link of een map); register-check schrijft daar niet in.',
    en: '{{file}} is not a regular file (a link or a folder); register-check does not write into it.',
  },

  // The check "register-check / goedkeuring" and the "ready to merge" line of the summary.
  'approvals.role.owner': { nl: 'de eigenaar', en: 'the owner' },
  'approvals.role.privacyOfficer': { nl: 'de functionaris gegevensbescherming', en: 'the data protection officer' },
  'approvals.or': { nl: 'of', en: 'or' },
  'approvals.and': { nl: 'en', en: 'and' },
  'approvals.field': { nl: 'het veld {{key}}', en: 'the field {{key}}' },
  'approvals.change.changed': { nl: 'Wijziging van {{fields}} in {{file}}', en: 'The change to {{fields}} in {{file}}' },
  'approvals.change.added': { nl: 'De nieuwe registratie {{file}}', en: 'The new entry {{file}}' },
  'approvals.change.addedWith': { nl: 'De nieuwe registratie {{file}}, met {{fields}},', en: 'The new entry {{file}}, with {{fields}},' },
  'approvals.change.removed': { nl: 'Het verwijderen van {{file}}', en: 'The removal of {{file}}' },
  'approvals.change.removedWith': { nl: 'Het verwijderen van {{file}}, met {{fields}},', en: 'The removal of {{file}}, with {{fields}},' },
  'approvals.waits': { nl: '{{change}} wacht op goedkeuring van {{role}} ({{who}}).', en: '{{change}} awaits approval by {{role}} ({{who}}).' },
  'approvals.given': { nl: '{{change}}: goedgekeurd door {{by}} ({{role}}).', en: '{{change}}: approved by {{by}} ({{role}}).' },
  'approvals.givenByAuthor': {
    nl: '{{change}}: voorgesteld door {{by}} ({{role}}) zelf; GitHub laat de auteur de eigen pull request niet goedkeuren, dus het voorstel telt als goedkeuring.',
    en: '{{change}}: proposed by {{by}} ({{role}}) themselves; GitHub does not let the author approve their own pull request, so the proposal counts as approval.',
  },
  'approvals.unverifiable': {
    nl: '{{change}} wacht op goedkeuring van {{role}} ({{who}}). {{by}} keurde goed, maar register-check kan hier niet nagaan wie in een team zit: de GitHub Action mag dat met het token van de workflow niet lezen. Gebruik de GitHub App (met de toestemming members: read), of laat de branch protection goedkeuring van code owners eisen (register-check codeowners).',
    en: '{{change}} awaits approval by {{role}} ({{who}}). {{by}} approved, but register-check cannot tell here who is in a team: the GitHub Action may not read that with the workflow\'s token. Use the GitHub App (with the permission members: read), or let branch protection require review from code owners (register-check codeowners).',
  },
  'approvals.invalidOwner': {
    nl: '{{change}} vraagt goedkeuring van de eigenaar, maar de eigenaar "{{owner}}" is geen GitHub-gebruikersnaam en geen team (organisatie/team), dus niemand kan die goedkeuring geven. Zet in owner een gebruikersnaam of een team.',
    en: '{{change}} needs the owner\'s approval, but the owner "{{owner}}" is no GitHub login and no team (org/team), so no one can give that approval. Put a login or a team in owner.',
  },
  'approvals.heading': { nl: 'Goedkeuring', en: 'Approval' },
  'approvals.missingHeading': { nl: 'Nog nodig', en: 'Still needed' },
  'approvals.unverifiableHeading': { nl: 'Niet na te gaan door de Action', en: 'Cannot be verified by the Action' },
  'approvals.givenHeading': { nl: 'Gegeven', en: 'Given' },
  'approvals.none': {
    nl: 'Deze pull request wijzigt geen registratie op een manier waarvoor goedkeuring nodig is.',
    en: 'This pull request changes no entry in a way that needs approval.',
  },
  'approvals.rule': {
    nl: 'Alleen een goedkeuring (Approve) op de nieuwste commit ({{sha}}) telt: na een nieuwe commit, of als een goedkeuring wordt ingetrokken (dismissed), is een nieuwe nodig. De instellingen staan onder approvals in {{config}} op de standaardbranch.',
    en: 'Only an approval (Approve) of the latest commit ({{sha}}) counts: after a new commit, or when an approval is dismissed, a new one is needed. The settings are under approvals in {{config}} on the default branch.',
  },
  'approvals.title.success': { nl: 'Alle goedkeuringen zijn er', en: 'All approvals are there' },
  'approvals.title.none': { nl: 'Geen goedkeuring nodig', en: 'No approval needed' },
  'approvals.title.failure': { nl: 'Nog {{n}} goedkeuring(en) nodig', en: '{{n}} approval(s) still needed' },
  'approvals.title.neutral': { nl: 'Goedkeuring van een team niet na te gaan', en: 'A team\'s approval cannot be verified' },

  'ready.yes': { nl: '**Klaar om samen te voegen?** Ja, wat register-check betreft: {{reasons}}.', en: '**Ready to merge?** Yes, as far as register-check goes: {{reasons}}.' },
  'ready.no': { nl: '**Klaar om samen te voegen?** Nee, nog nodig: {{missing}}.', en: '**Ready to merge?** No, still needed: {{missing}}.' },
  'ready.noNewFindings': { nl: 'geen nieuwe bevindingen die de controle laten mislukken', en: 'no new findings that fail the check' },
  'ready.approved': { nl: 'de goedkeuringen die de wijziging vraagt zijn er', en: 'the approvals the change needs are there' },
  'ready.noApprovalNeeded': { nl: 'geen goedkeuring nodig', en: 'no approval needed' },
  'ready.fixFindings': { nl: 'de nieuwe bevindingen oplossen ({{n}})', en: 'resolve the new findings ({{n}})' },
  'ready.approval': { nl: 'goedkeuring van {{role}} ({{who}}) voor {{file}}', en: 'approval by {{role}} ({{who}}) for {{file}}' },
  'ready.unverifiable': {
    nl: 'goedkeuring van {{role}} ({{who}}) voor {{file}}, die de Action niet kan nagaan (zie de controle register-check / goedkeuring)',
    en: 'approval by {{role}} ({{who}}) for {{file}}, which the Action cannot verify (see the check register-check / goedkeuring)',
  },
  'ready.invalidOwner': { nl: 'een geldige eigenaar in {{file}}', en: 'a valid owner in {{file}}' },

  // Field names, for the messages above: the words a privacy officer knows them by (the schemas' titles).
  'approvals.field.id': { nl: 'het id', en: 'the id' },
  'approvals.field.name': { nl: 'de naam', en: 'the name' },
  'approvals.field.owner': { nl: 'de eigenaar', en: 'the owner' },
  'approvals.field.controller': { nl: 'de verwerkingsverantwoordelijke', en: 'the controller' },
  'approvals.field.role': { nl: 'de rol', en: 'the role' },
  'approvals.field.on_behalf_of': { nl: 'namens wie', en: 'on whose behalf' },
  'approvals.field.agreement': { nl: 'de verwerkersovereenkomst', en: 'the processing agreement' },
  'approvals.field.purposes': { nl: 'de doelen', en: 'the purposes' },
  'approvals.field.purpose': { nl: 'het doel', en: 'the purpose' },
  'approvals.field.legal_basis': { nl: 'de grondslag', en: 'the legal basis' },
  'approvals.field.data_subjects': { nl: 'de categorieën betrokkenen', en: 'the categories of data subjects' },
  'approvals.field.personal_data': { nl: 'de categorieën persoonsgegevens', en: 'the categories of personal data' },
  'approvals.field.recipients': { nl: 'de ontvangers', en: 'the recipients' },
  'approvals.field.sources': { nl: 'de bronnen', en: 'the sources' },
  'approvals.field.processors': { nl: 'de verwerkers', en: 'the processors' },
  'approvals.field.transfers': { nl: 'de doorgiften', en: 'the transfers' },
  'approvals.field.retention': { nl: 'de bewaartermijn', en: 'the retention period' },
  'approvals.field.security': { nl: 'de beveiligingsmaatregelen', en: 'the security measures' },
  'approvals.field.dpia': { nl: 'de DPIA', en: 'the DPIA' },
  'approvals.field.notice': { nl: 'de privacyverklaring', en: 'the privacy notice' },
  'approvals.field.reviewed': { nl: 'de datum laatst gecontroleerd', en: 'the date last reviewed' },
  'approvals.field.review_interval_months': { nl: 'het controle-interval', en: 'the review interval' },
  'approvals.field.status': { nl: 'de status', en: 'the status' },
  'approvals.field.ended': { nl: 'de einddatum', en: 'the end date' },
  'approvals.field.domain': { nl: 'het domein', en: 'the domain' },
  'approvals.field.started': { nl: 'de startdatum', en: 'the start date' },
  'approvals.field.participants': { nl: 'de deelnemers', en: 'the participants' },
  'approvals.field.agreements': { nl: 'de afspraken', en: 'the agreements' },
  'approvals.field.data_flows': { nl: 'de gegevensstromen', en: 'the data flows' },
} as const satisfies Record<string, Bilingual>;
