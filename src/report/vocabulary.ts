/**
 * The one vocabulary: every user-facing string outside the rules, in Dutch and English, as `{{placeholder}}`
 * templates, here and in the topic files of ./words/ that it gathers. Renderers, planners and front ends pick words here by id and fill them with `say`; values that
 * come from the register are escaped by the caller for where the words go (src/report/escape.ts), as before.
 */

import type { Language, Question, Severity, Summary, Bilingual } from '../types.js';
import { render, type MessageData } from '../template.js';
import { SITE_WORDS } from './words/site.js';
import { TRANSFER_WORDS } from './words/transfer.js';
import { APPROVALS_WORDS } from './words/approvals.js';
import { CITIZEN_WORDS } from './words/citizen.js';

/** Every phrase by id. Ids ending in `.one` / `.other` are a count's singular and plural (see `sayCount`). */
export const VOCABULARY = {
  // Number formatting per language (a BCP 47 locale, not words).
  locale: { nl: 'nl-NL', en: 'en-GB' },

  // Severities: the word, and a count of them.
  'severity.error': { nl: 'fout', en: 'error' },
  'severity.warning': { nl: 'waarschuwing', en: 'warning' },
  'severity.notice': { nl: 'opmerking', en: 'notice' },
  'count.error.one': { nl: '{{n}} fout', en: '{{n}} error' },
  'count.error.other': { nl: '{{n}} fouten', en: '{{n}} errors' },
  'count.warning.one': { nl: '{{n}} waarschuwing', en: '{{n}} warning' },
  'count.warning.other': { nl: '{{n}} waarschuwingen', en: '{{n}} warnings' },
  'count.notice.one': { nl: '{{n}} opmerking', en: '{{n}} notice' },
  'count.notice.other': { nl: '{{n}} opmerkingen', en: '{{n}} notices' },
  'count.finding.one': { nl: '{{n}} bevinding', en: '{{n}} finding' },
  'count.finding.other': { nl: '{{n}} bevindingen', en: '{{n}} findings' },
  'count.file.one': { nl: '{{n}} bestand', en: '{{n}} file' },
  'count.file.other': { nl: '{{n}} bestanden', en: '{{n}} files' },
  'count.entry.one': { nl: '{{n}} onderdeel', en: '{{n}} entry' },
  'count.entry.other': { nl: '{{n}} onderdelen', en: '{{n}} entries' },

  // The three questions of the AP leaflet, as headings; `none` heads the findings about the register's form.
  'question.Q1': { nl: 'Vraag 1 — Aan welke samenwerkingsverbanden neemt de gemeente deel?', en: 'Question 1 — Which partnerships does the municipality take part in?' },
  'question.Q2': { nl: 'Vraag 2 — Is vooraf vastgelegd welke gegevens mogen worden gedeeld?', en: 'Question 2 — Was it established in advance what may be shared?' },
  'question.Q3': { nl: 'Vraag 3 — Worden burgers geïnformeerd?', en: 'Question 3 — Are citizens informed?' },
  'question.none': { nl: 'Vorm van het register', en: 'Form of the register' },
  'question.short': { nl: 'Vraag {{n}}', en: 'Question {{n}}' },

  // Reports (text, Markdown, SARIF).
  'report.total.none': { nl: 'Geen bevindingen in {{files}} ({{entries}}).', en: 'No findings in {{files}} ({{entries}}).' },
  'report.total': { nl: '{{findings}} in {{files}}: {{errors}}, {{warnings}}, {{notices}}.', en: '{{findings}} in {{files}}: {{errors}}, {{warnings}}, {{notices}}.' },
  'report.existing': { nl: '(bestond al)', en: '(existing)' },
  'report.title': { nl: 'Controle van het verwerkingsregister', en: 'Register check' },
  'table.severity': { nl: 'Ernst', en: 'Severity' },
  'table.location': { nl: 'Plaats', en: 'Location' },
  'table.entity': { nl: 'Onderdeel', en: 'Entity' },
  'table.finding': { nl: 'Bevinding', en: 'Finding' },
  'table.rule': { nl: 'Regel', en: 'Rule' },
  'sarif.moreAboutRule': { nl: 'Meer over deze regel', en: 'More about this rule' },

  // Review comments on a pull request.
  'review.whatToDo': { nl: '**Wat te doen:**', en: '**What to do:**' },
  'review.line': { nl: 'regel {{line}}', en: 'line {{line}}' },
  'review.outsideChangedLines': { nl: '**Bevindingen in gewijzigde bestanden, buiten de gewijzigde regels:**', en: '**Findings in changed files, outside the changed lines:**' },
  'review.resolved': { nl: '✅ **Opgelost** — deze bevinding komt in de nieuwste versie niet meer voor.', en: '✅ **Resolved** — this finding no longer occurs in the latest version.' },
  'review.original': { nl: 'Oorspronkelijke melding', en: 'Original message' },
  'review.intro': {
    nl: 'register-check: {{n}} opmerking(en) bij de gewijzigde regels. Het volledige overzicht staat in de samenvatting bij deze pull request.',
    en: 'register-check: {{n}} comment(s) on the changed lines. The full overview is in the summary comment on this pull request.',
  },
  'review.forkNote': {
    nl: 'Er is geen review geplaatst: deze pull request komt uit een fork, en dan geeft GitHub de controle alleen leesrechten. De bevindingen staan hieronder en als annotaties bij de bestanden; de controle slaagt of faalt op dezelfde manier.',
    en: 'No review was posted: this pull request comes from a fork, and GitHub then gives the check read-only access. The findings are listed below and as annotations on the files; the check passes or fails just the same.',
  },

  // The sticky summary.
  'summary.none': { nl: 'geen', en: 'none' },
  'summary.counts': {
    nl: '**Nieuw in deze wijziging:** {{fresh}}. **Al aanwezig:** {{existing}}. Gecontroleerd: {{files}} bestanden, {{entries}} onderdelen.',
    en: '**New in this change:** {{fresh}}. **Already present:** {{existing}}. Checked: {{files}} files, {{entries}} entries.',
  },
  'summary.more': { nl: '… en nog {{n}}; zie de SARIF-uitvoer of draai de controle lokaal.', en: '… and {{n}} more; see the SARIF output or run the check locally.' },
  'summary.onlyHere': {
    nl: '{{n}} nieuwe bevinding(en) staan alleen in deze samenvatting (buiten de gewijzigde regels, of boven het maximum aantal opmerkingen).',
    en: '{{n}} new finding(s) appear only in this summary (outside the changed lines, or over the comment limit).',
  },
  'summary.noNew': { nl: 'Geen nieuwe bevindingen.', en: 'No new findings.' },
  'summary.alreadyThere': { nl: '{{n}} bevinding(en) die er al waren', en: '{{n}} finding(s) that were already there' },
  'summary.noFindings': { nl: 'Geen bevindingen. 🎉', en: 'No findings. 🎉' },
  'summary.flowsIn': { nl: 'Gegevensstromen in', en: 'Data flows in' },
  'summary.shortened': { nl: '… (ingekort; de volledige lijst staat in de SARIF-uitvoer)', en: '… (shortened; the full list is in the SARIF output)' },

  // The partnership diagram.
  'role.controller': { nl: 'verwerkingsverantwoordelijke', en: 'controller' },
  'role.joint-controller': { nl: 'gezamenlijke verwerkingsverantwoordelijke', en: 'joint controller' },
  'role.processor': { nl: 'verwerker', en: 'processor' },
  'role.recipient': { nl: 'ontvanger', en: 'recipient' },
  'diagram.unknown': { nl: 'onbekend', en: 'unknown' },

  // Stale-entry issues.
  'stale.create': { nl: 'issue aanmaken', en: 'create issue' },
  'stale.update': { nl: 'issue bijwerken', en: 'update issue' },
  'stale.close': { nl: 'issue sluiten', en: 'close issue' },
  'stale.reopen': { nl: 'issue heropenen', en: 'reopen issue' },
  'stale.close-duplicate': { nl: 'dubbel issue sluiten', en: 'close duplicate issue' },
  'stale.create-label': { nl: 'label aanmaken', en: 'create label' },
  'stale.dryRun': { nl: '(proefrun)', en: '(dry run)' },
  'stale.kind.partnership': { nl: 'Samenwerkingsverband', en: 'Partnership' },
  'stale.kind.processing': { nl: 'Verwerking', en: 'Processing activity' },
  'stale.title': { nl: '{{kind}} "{{name}}" moet worden bijgewerkt', en: '{{kind}} "{{name}}" needs updating' },
  'stale.intro': { nl: 'Het register meldt dat {{id}} ({{file}}) niet meer actueel is:', en: 'The register reports that {{id}} ({{file}}) is no longer current:' },
  // Register issues per concern: an AP question's issues beside the stale-entry ones (which keep the words above).
  'issues.title.q1': { nl: '{{kind}} "{{name}}": leg de deelname vast (vraag 1)', en: '{{kind}} "{{name}}": record the participation (question 1)' },
  'issues.title.q2': { nl: '{{kind}} "{{name}}": leg vast wat mag worden gedeeld (vraag 2)', en: '{{kind}} "{{name}}": establish what may be shared (question 2)' },
  'issues.title.q3': { nl: '{{kind}} "{{name}}": informeer de burgers (vraag 3)', en: '{{kind}} "{{name}}": inform citizens (question 3)' },
  'issues.title.form': { nl: '{{kind}} "{{name}}": vorm van het register', en: '{{kind}} "{{name}}": form of the register' },
  'issues.intro': { nl: 'Het register meldt dat bij {{id}} ({{file}}) nog iets ontbreekt:', en: 'The register reports that {{id}} ({{file}}) still lacks something:' },
  'issues.question': { nl: '**AP-vraag:** {{question}}', en: '**AP question:** {{question}}' },
  'issues.finding': { nl: '- {{message}} ([{{rule}}]({{url}}); {{place}})\n  Wat te doen: {{fix}}', en: '- {{message}} ([{{rule}}]({{url}}); {{place}})\n  What to do: {{fix}}' },
  'issues.place': { nl: '{{file}}, regel {{line}}', en: '{{file}}, line {{line}}' },
  'issues.placeLinked': { nl: '{{file}}, [regel {{line}}]({{url}})', en: '{{file}}, [line {{line}}]({{url}})' },
  'issues.footer': {
    nl: '_Dit issue wordt bijgehouden door register-check: het sluit vanzelf zodra het register op deze punten in orde is._',
    en: '_This issue is kept by register-check: it closes by itself once the register is in order on these points._',
  },
  'issues.closed': { nl: 'Wat hier ontbrak, staat nu in het register; het issue wordt gesloten.', en: 'What was missing here is now in the register; closing the issue.' },
  'issues.questionLabel': { nl: 'register: vraag {{n}}', en: 'register: question {{n}}' },
  'issues.questionLabelDescription': { nl: 'Register-onderdeel schiet tekort op vraag {{n}} van de AP', en: 'Register entry falls short on question {{n}} of the Dutch DPA' },
  'stale.owner': { nl: 'Eigenaar: {{owner}}', en: 'Owner: {{owner}}' },
  'stale.footer': {
    nl: '_Dit issue wordt bijgehouden door register-check: het sluit vanzelf zodra het onderdeel weer actueel is._',
    en: '_This issue is kept by register-check: it closes by itself once the entry is current again._',
  },
  'stale.labelDescription': { nl: 'Register-onderdeel moet worden bijgewerkt', en: 'Register entry needs updating' },
  'stale.closedGone': { nl: 'Dit onderdeel staat niet meer in het register; het issue wordt gesloten.', en: 'This entry is no longer in the register; closing the issue.' },
  'stale.closedCurrent': { nl: 'Dit onderdeel is weer actueel; het issue wordt gesloten.', en: 'This entry is current again; closing the issue.' },
  'stale.heading': { nl: 'Issues voor het register', en: 'Register issues' },
  'stale.total': { nl: '{{writes}} schrijfactie(s), {{pending}} voor de volgende run.', en: '{{writes}} write(s), {{pending}} left for the next run.' },

  // Check runs (the App).
  'checkRun.title': { nl: '{{fresh}} nieuwe bevinding(en), {{existing}} die er al waren', en: '{{fresh}} new finding(s), {{existing}} already present' },
  'checkRun.configInvalid': { nl: 'De configuratie van register-check is ongeldig', en: 'The register-check configuration is invalid' },
  'checkRun.unfinishedTitle': { nl: 'register-check kon niet worden afgerond', en: 'register-check could not be finished' },
  'checkRun.unfinished': {
    nl: '**De controle kon niet worden afgerond.** {{cause}} Deze check geeft daarom geen oordeel over het register en is geen goedkeuring. Kies **Re-run** bij deze check om het opnieuw te proberen.',
    en: '**The check could not be finished.** {{cause}} This check therefore gives no verdict on the register and is not a pass. Choose **Re-run** on this check to try again.',
  },
  'failure.unexpected': { nl: 'Er ging onverwacht iets mis; de details staan in het logboek van de App.', en: 'Something unexpected went wrong; the details are in the App\'s log.' },

  // Failed GitHub requests and archives that are too large.
  'request.noAnswer': { nl: 'Het verzoek {{request}} aan GitHub kreeg geen antwoord{{detail}}.', en: 'The request {{request}} to GitHub got no answer{{detail}}.' },
  'request.failed': { nl: 'Het verzoek {{request}} aan GitHub is mislukt met status {{status}}{{said}}.', en: 'The request {{request}} to GitHub failed with status {{status}}{{said}}.' },
  'archive.compressed': {
    nl: 'Het archief van de repository is groter dan {{size}} (gecomprimeerd); register-check leest zo\'n groot archief niet.',
    en: 'The repository\'s archive is larger than {{size}} (compressed); register-check does not read an archive that large.',
  },
  'archive.unpacked': {
    nl: 'Het archief van de repository pakt uit tot meer dan {{size}}; register-check leest zo\'n groot archief niet.',
    en: 'The repository\'s archive unpacks to more than {{size}}; register-check does not read an archive that large.',
  },
  'archive.entries': {
    nl: 'Het archief van de repository bevat meer dan {{count}} bestanden en mappen; register-check leest zo\'n groot archief niet.',
    en: 'The repository\'s archive holds more than {{count}} files and folders; register-check does not read an archive that large.',
  },
  'archive.kept': {
    nl: 'De registerbestanden in de repository zijn samen groter dan {{size}}; register-check leest zo\'n groot register niet.',
    en: 'The register files in the repository are larger than {{size}} together; register-check does not read a register that large.',
  },

  // The GitHub Action's log and step outcome.
  'action.badMode': { nl: 'mode "{{mode}}": kies auto, pull-request, stale-issues, check of report.', en: 'mode "{{mode}}": choose auto, pull-request, stale-issues, check or report.' },
  'action.needsPullRequest': { nl: 'mode pull-request werkt alleen bij een pull_request-gebeurtenis.', en: 'mode pull-request needs a pull_request event.' },
  'action.badLanguage': { nl: 'De invoer language is "{{value}}"; kies nl of en.', en: 'The input language is "{{value}}"; choose nl or en.' },
  'action.badFailOn': { nl: 'De invoer fail-on is "{{value}}"; kies error, warning of never.', en: 'The input fail-on is "{{value}}"; choose error, warning or never.' },
  'action.badMaxComments': { nl: 'De invoer max-comments is "{{value}}"; geef een geheel getal van 0 tot en met 100.', en: 'The input max-comments is "{{value}}"; give a whole number from 0 to 100.' },
  'action.configNotRead': {
    nl: '{{file}} wordt niet gelezen: de configuratie staat in de hoofdmap van de repository ({{config}}). Verplaats het bestand, of noem het in de invoer config.',
    en: '{{file}} is not read: the configuration belongs at the repository root ({{config}}). Move the file, or name it in the config input.',
  },
  'action.sources': { nl: 'nieuwe versie gelezen via {{head}}, basisversie via {{base}}', en: 'head read from {{head}}, base from {{base}}' },
  'action.annotationsOmitted': {
    nl: '{{n}} bevinding(en) niet als annotatie getoond (GitHub toont er 10 per soort); zie de samenvatting.',
    en: '{{n}} finding(s) not shown as annotations (GitHub shows 10 per level); see the summary.',
  },
  'action.failed': { nl: 'register-check: {{n}} nieuwe bevinding(en) op of boven fail_on ({{failOn}}).', en: 'register-check: {{n}} new finding(s) at or above fail_on ({{failOn}}).' },
  'action.rateLimit': { nl: 'Limiet van GitHub bereikt', en: 'Rate limit' },
  'action.secondaryRateLimit': { nl: 'Tweede limiet van GitHub (te veel schrijfacties kort na elkaar)', en: 'Secondary rate limit' },
  'action.retrying': { nl: '{{kind}} bij {{request}}; nieuwe poging over {{seconds}} s.', en: '{{kind}} for {{request}}; retrying after {{seconds}} s.' },

  // The App's and the sweep's log.
  'app.missingSettings': { nl: 'ontbreekt: {{names}}', en: 'missing {{names}}' },
  'app.jobFailed': { nl: 'taak mislukt', en: 'job failed' },
  'app.badWorkers': { nl: 'CHECK_WORKERS moet een geheel getal van 1 tot en met {{max}} zijn', en: 'CHECK_WORKERS must be a whole number from 1 to {{max}}' },
  'app.deliveryRepeated': { nl: 'levering {{id}} is al behandeld en wordt overgeslagen', en: 'delivery {{id}} was already handled and is ignored' },
  'sweep.missingSettings': { nl: 'stel APP_ID en PRIVATE_KEY of PRIVATE_KEY_PATH in', en: 'set APP_ID and PRIVATE_KEY or PRIVATE_KEY_PATH' },
  'sweep.skipped': { nl: 'overgeslagen na een fout', en: 'skipped after an error' },
  // Said as "<n> <nl> / <en>": the number once, the words in both languages.
  'sweep.writes': { nl: 'schrijfactie(s)', en: 'write(s)' },
  'sweep.pending': { nl: 'voor de volgende run', en: 'left for the next run' },
  'sweep.repositories': { nl: 'repository\'s', en: 'repositories' },
  'sweep.dryRun': { nl: 'proefrun', en: 'dry run' },

  // The command line.
  'cli.synopsis.check': { nl: 'check [MAP] [opties]', en: 'check [DIR] [options]' },
  'cli.synopsis.rules': { nl: 'rules [--language nl|en]', en: 'rules [--language nl|en]' },
  'cli.usage.rules': {
    nl: `Gebruik: register-check rules [opties]

Toont elke regel op één regel: naam, vraag, standaardernst en wat ze controleert.

Opties:
{{options}}
`,
    en: `Usage: register-check rules [options]

Lists every rule on one line: id, question, default severity and what it checks.

Options:
{{options}}
`,
  },
  'cli.usage.check': {
    nl: `Gebruik: {{commands}}

Controleert een verwerkingsregister (AVG art. 30) en de samenwerkingsverbanden
in MAP (standaard: de huidige map) op de drie vragen van de Autoriteit
Persoonsgegevens.

Opties:
{{options}}

De hoofdmap van de repository is de dichtstbijzijnde map, vanaf MAP omhoog,
met een .git erin; is die er niet, dan MAP zelf. Daar leest de controle
{{config}}, net als de GitHub Action.
Bestandsnamen in SARIF gelden vanaf die hoofdmap, zodat code scanning de
bestanden vindt.

Afsluitcode: 0 in orde, 1 bevindingen op of boven fail_on, 2 fout in gebruik of configuratie.
`,
    en: `Usage: {{commands}}

Checks a register of processing activities (GDPR Art. 30) and the partnerships
in DIR (default: the current folder) against the three questions of the Dutch
data protection authority.

Options:
{{options}}

The repository root is the nearest folder, from DIR upwards, that holds a
.git; when there is none, DIR itself. The check reads {{config}}
there, as the GitHub Action does.
File names in SARIF are relative to that root, so code scanning finds the
files.

Exit code: 0 clean, 1 findings at or above fail_on, 2 usage or configuration error.
`,
  },
  'cli.option.format': { nl: 'uitvoervorm (standaard text)', en: 'output format (default text)' },
  'cli.option.language': { nl: 'taal van de meldingen (standaard nl)', en: 'language of the messages (default nl)' },
  'cli.option.today': { nl: 'de datum waartegen termijnen worden getoetst', en: 'the date deadlines are measured against' },
  'cli.option.config': { nl: 'configuratie (standaard: {{config}}\nin de hoofdmap van de repository, zie onder)', en: 'configuration (default: {{config}}\nat the repository root, see below)' },
  'cli.option.base': { nl: 'vergelijk met deze versie: bevindingen die\ndaar al waren, heten "bestond al"', en: 'compare with this version: findings that\nwere there already are marked "existing"' },
  'cli.option.fail-on': { nl: 'vanaf welke ernst de controle faalt', en: 'the severity from which the check fails' },
  'cli.option.output': { nl: 'schrijf het rapport naar een bestand', en: 'write the report to a file' },
  'cli.option.path-prefix': {
    nl: 'zet PAD voor elke bestandsnaam in SARIF\n(standaard: de map van het register vanaf\nde hoofdmap van de repository)',
    en: 'put PATH before every file name in SARIF\n(default: the register\'s folder relative\nto the repository root)',
  },
  'cli.option.out': { nl: 'de map (of het bestand) waarin wordt geschreven', en: 'the folder (or file) to write to' },
  'cli.option.mapping': { nl: 'een bestand dat kolommen aan velden koppelt', en: 'a file that maps columns to fields' },
  'cli.option.force': { nl: 'overschrijf bestaande bestanden', en: 'overwrite existing files' },
  'cli.option.check': { nl: 'schrijf niets; afsluitcode 1 als het bestand verouderd is', en: 'write nothing; exit code 1 when the file is out of date' },
  'cli.option.help': { nl: 'deze hulp', en: 'this help' },
  'cli.option.version': { nl: 'versie', en: 'version' },
  'cli.value.date': { nl: 'JJJJ-MM-DD', en: 'YYYY-MM-DD' },
  'cli.value.file': { nl: 'BESTAND', en: 'FILE' },
  'cli.value.path': { nl: 'PAD', en: 'PATH' },
  'cli.value.value': { nl: 'WAARDE', en: 'VALUE' },
  'cli.seeHelp': { nl: 'Zie register-check --help.', en: 'See register-check --help.' },
  'cli.moreRules': { nl: 'Meer per regel: docs/rules/<regel>.md', en: 'More per rule: docs/rules/<rule>.md' },
  'cli.unknownOption': { nl: 'Onbekende optie "{{option}}".', en: 'Unknown option "{{option}}".' },
  'cli.didYouMean': { nl: 'Bedoelt u --{{option}}?', en: 'Did you mean --{{option}}?' },
  'cli.noValueTaken': { nl: 'De optie {{option}} neemt geen waarde; schrijf alleen {{option}}.', en: 'The option {{option}} takes no value; write just {{option}}.' },
  'cli.valueNeeded': { nl: 'Na {{option}} hoort een waarde: {{option}} {{value}}.', en: '{{option}} needs a value: {{option}} {{value}}.' },
  'cli.valueWithDash': { nl: 'Begint de waarde met een streepje, schrijf dan {{option}}={{value}}.', en: 'If the value starts with a dash, write {{option}}={{value}}.' },
  'cli.badPathPrefix': {
    nl: '--path-prefix "{{value}}" moet een map binnen de repository zijn, gerekend vanaf de hoofdmap, zoals register/ (geen volledig pad, geen "..").',
    en: '--path-prefix "{{value}}" must be a folder inside the repository, counted from its root, such as register/ (not a full path, no "..").',
  },
  'cli.write.ENOENT': {
    nl: 'Het rapport kan niet worden geschreven naar {{file}}: de map {{folder}} bestaat niet. Maak die map eerst aan, of kies bij --output een bestand in een bestaande map.',
    en: 'The report cannot be written to {{file}}: the folder {{folder}} does not exist. Create that folder first, or give --output a file in a folder that exists.',
  },
  'cli.write.ENOTDIR': {
    nl: 'Het rapport kan niet worden geschreven naar {{file}}: een deel van dat pad is een bestand, geen map. Kies bij --output een bestand in een bestaande map.',
    en: 'The report cannot be written to {{file}}: part of that path is a file, not a folder. Give --output a file in a folder that exists.',
  },
  'cli.write.EISDIR': {
    nl: 'Het rapport kan niet worden geschreven naar {{file}}: dat is een map. Geef bij --output een bestandsnaam, zoals {{example}}.',
    en: 'The report cannot be written to {{file}}: that is a folder. Give --output a file name, such as {{example}}.',
  },
  'cli.write.EACCES': {
    nl: 'Het rapport kan niet worden geschreven naar {{file}}: u hebt daar geen schrijfrechten. Kies bij --output een andere plek.',
    en: 'The report cannot be written to {{file}}: you may not write there. Give --output another place.',
  },
  'cli.write.other': {
    nl: 'Het rapport kan niet worden geschreven naar {{file}} ({{code}}). Kies bij --output een andere plek.',
    en: 'The report cannot be written to {{file}} ({{code}}). Give --output another place.',
  },
  'cli.write.exampleName': { nl: 'rapport.txt', en: 'report.txt' },
  'cli.baseNoRepository': { nl: '--base vraagt om een git-repository, maar {{dir}} hoort niet bij een repository.', en: '--base needs a git repository, but {{dir}} is not in one.' },
  'cli.baseUnknownRevision': { nl: 'Git kent de versie "{{ref}}" niet. Haal die eerst op (git fetch).', en: 'Git does not know the revision "{{ref}}". Fetch it first (git fetch).' },
  'cli.unknownLanguage': { nl: 'Onbekende taal "{{value}}"; kies nl of en.', en: 'Unknown language "{{value}}"; choose nl or en.' },
  'cli.rulesTakesNoArgument': { nl: 'De opdracht "rules" neemt geen map of ander argument, ook niet "{{value}}".', en: 'The command "rules" takes no folder or other argument, not even "{{value}}".' },
  'cli.unknownCommand': { nl: 'Onbekende opdracht "{{value}}"; kies uit {{commands}}.', en: 'Unknown command "{{value}}"; choose from {{commands}}.' },
  'cli.oneFolder': { nl: 'Eén map tegelijk, niet ook "{{value}}".', en: 'One folder at a time, not also "{{value}}".' },
  'cli.unknownFormat': { nl: 'Onbekende uitvoervorm "{{value}}"; kies {{formats}}.', en: 'Unknown format "{{value}}"; choose {{formats}}.' },
  'cli.badToday': { nl: '--today "{{value}}" is geen datum JJJJ-MM-DD.', en: '--today "{{value}}" is not a date YYYY-MM-DD.' },
  'cli.badFailOn': { nl: '--fail-on "{{value}}": kies error, warning of never.', en: '--fail-on "{{value}}": choose error, warning or never.' },
  'cli.noFolder': { nl: 'De map {{dir}} bestaat niet.', en: 'The folder {{dir}} does not exist.' },
  'cli.configNotRead': {
    nl: 'register-check: let op: {{file}} wordt niet gelezen. De configuratie staat in de hoofdmap van de repository: {{root}}. Verplaats het bestand daarheen, of geef het op met --config.',
    en: 'register-check: note: {{file}} is not read. The configuration belongs at the repository root: {{root}}. Move the file there, or name it with --config.',
  },

  // The generated rule pages (scripts/generate-docs.js).
  'docs.language': { nl: 'Nederlands', en: 'English' },
  'docs.checks': { nl: 'Wat de regel controleert', en: 'What it checks' },
  'docs.why': { nl: 'Waarom', en: 'Why' },
  'docs.defaultSeverity': { nl: 'Standaardernst', en: 'Default severity' },
  'docs.question': { nl: 'Vraag', en: 'Question' },
  'docs.noQuestion': { nl: 'Geen vraag: de vorm van het register', en: 'No question: the form of the register' },
  'docs.messages': { nl: 'Meldingen', en: 'Messages' },
  'docs.whatToDo': { nl: 'Wat te doen', en: 'What to do' },
  'docs.wrong': { nl: 'Fout', en: 'Wrong' },
  'docs.right': { nl: 'Goed', en: 'Right' },
  'docs.from': { nl: 'uit', en: 'from' },
  'docs.turnOff': { nl: 'Uitzetten of de ernst wijzigen', en: 'Turn off or change the severity' },

  // Topic files, one per feature, so that each keeps its words together.
  ...SITE_WORDS,
  ...TRANSFER_WORDS,
  ...APPROVALS_WORDS,
  ...CITIZEN_WORDS,
} as const satisfies Record<string, Bilingual>;

/** The id of a phrase in the vocabulary. */
export type Phrase = keyof typeof VOCABULARY;

/** A phrase in one language, its placeholders filled from `data` (a `Bilingual` value is taken in the same language). */
export function say(phrase: Phrase, language: Language, data?: MessageData): string {
  return render(VOCABULARY[phrase], language, data);
}

/** A phrase in both languages, for words said before the language is known (logs, failures). */
export function sayBoth(phrase: Phrase, data?: MessageData): Bilingual {
  return { nl: say(phrase, 'nl', data), en: say(phrase, 'en', data) };
}

/** The things the vocabulary can count, each with a `.one` and an `.other` form. */
export type Countable = 'error' | 'warning' | 'notice' | 'finding' | 'file' | 'entry';

/** "1 fout", "3 fouten": a count with its noun in the right number. */
export function sayCount(thing: Countable, n: number, language: Language): string {
  return say(`count.${thing}.${n === 1 ? 'one' : 'other'}`, language, { n });
}

/** A severity as a privacy officer reads it ("fout", "waarschuwing", "opmerking"). */
export function severityWord(severity: Severity, language: Language): string {
  return say(`severity.${severity}`, language);
}

/** The heading of a question of the AP leaflet, or of the findings about the register's form. */
export function questionTitle(question: Question | 'none', language: Language): string {
  return say(`question.${question}`, language);
}

/**
 * A word the vocabulary has under `prefix` + `key`, where the key comes from data (a role, a ground, an option), or
 * undefined for a key it does not know.
 */
export function sayKnown(prefix: `${string}.`, key: string, language: Language, data?: MessageData): string | undefined {
  const id = `${prefix}${key}`;
  return Object.hasOwn(VOCABULARY, id) ? say(id as Phrase, language, data) : undefined;
}

/** One line with the totals of a check. */
export function summaryLine(summary: Summary, language: Language): string {
  const total = summary.errors + summary.warnings + summary.notices;
  const files = sayCount('file', summary.files, language);
  if (total === 0) return say('report.total.none', language, { files, entries: sayCount('entry', summary.entities, language) });
  return say('report.total', language, {
    findings: sayCount('finding', total, language),
    files,
    errors: sayCount('error', summary.errors, language),
    warnings: sayCount('warning', summary.warnings, language),
    notices: sayCount('notice', summary.notices, language),
  });
}
