import { readFileSync, readdirSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';

// ajv-formats is CommonJS with `exports.default`; under NodeNext the default import may be the module object.
type AddFormats = (ajv: Ajv2020) => Ajv2020;
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ?? addFormatsModule) as AddFormats;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test documents are parsed YAML, mutated freely
type Json = Record<string, any>;

const schemaFiles = [
  'register.schema.json',
  'processing-activity.schema.json',
  'partnership.schema.json',
  'config.schema.json',
] as const;
type SchemaFile = (typeof schemaFiles)[number];

const schemas = Object.fromEntries(
  schemaFiles.map((file) => [file, JSON.parse(readFileSync(new URL(`../schemas/${file}`, import.meta.url), 'utf8'))]),
) as Record<SchemaFile, Json>;

/** Compiles in strict mode, so unknown keywords, missing types and undefined required keys throw. */
function compile(file: SchemaFile) {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  return ajv.compile(schemas[file]);
}
// Compiled on first use, so a schema that fails strict mode fails its tests instead of the whole file.
const validators = new Map<SchemaFile, ReturnType<typeof compile>>();

/** Validates and returns the errors (empty when valid). */
function errorsOf(file: SchemaFile, doc: unknown) {
  const validate = validators.get(file) ?? validators.set(file, compile(file)).get(file)!;
  return validate(doc) ? [] : (validate.errors ?? []);
}

const registerYml = `
organisation:
  name: Gemeente Voorbeeld
  kind: municipality
  dpo: fg@voorbeeld.nl
review_interval_months: 12
notice_max_age_months: 24
`;

const processingYml = `
id: wmo-maatwerkvoorzieningen
name: Wmo-maatwerkvoorzieningen
owner: gemeente-voorbeeld/privacy
purposes:
  - Beoordelen van aanvragen voor een maatwerkvoorziening
  - Leveren en betalen van de voorziening
legal_basis:
  - ground: public-task
    provision: Wet maatschappelijke ondersteuning 2015, art. 5.1.1
    link: https://wetten.overheid.nl/BWBR0035362
data_subjects:
  - Inwoners die een maatwerkvoorziening aanvragen
  - Mantelzorgers
personal_data:
  - category: Naam, adres en geboortedatum
  - category: BSN
  - category: Gezondheidsgegevens
    special: health
    exception: UAVG art. 30 lid 3 onder b
recipients:
  - partnership: zorg-en-veiligheidshuis
  - organisation: Centraal Administratie Kantoor (CAK)
    legal_basis:
      - ground: legal-obligation
        provision: Wet maatschappelijke ondersteuning 2015, art. 2.1.4
transfers: []
retention: 15 jaar na beëindiging van de voorziening (Selectielijst gemeenten 2020, 1.1.1)
security: Toegang op basis van rollen, logging, versleutelde opslag
dpia:
  reference: DPIA-2023-014
  date: 2023-05-10
notice:
  url: https://www.voorbeeld.nl/privacy/wmo
  updated: 2025-06-01
  contact: privacy@voorbeeld.nl
  language_level: B1
reviewed: 2025-09-15
review_interval_months: 12
status: active
`;

const partnershipYml = `
id: zorg-en-veiligheidshuis
name: Zorg- en Veiligheidshuis Regio Voorbeeld
owner: gemeente-voorbeeld/privacy
purpose: Gezamenlijke aanpak van complexe casuïstiek op het snijvlak van zorg en veiligheid
domain: zorg-en-veiligheid
started: 2021-03-01
participants:
  - id: gemeente-voorbeeld
    name: Gemeente Voorbeeld
    kind: municipality
    role: joint-controller
    self: true
  - id: politie-midden-nederland
    name: Politie Eenheid Midden-Nederland
    kind: police
    role: joint-controller
  - id: om
    name: Openbaar Ministerie, arrondissementsparket Midden-Nederland
    kind: public-prosecutor
    role: joint-controller
  - id: ggz-voorbeeld
    name: GGZ Voorbeeld
    kind: care-provider
    role: recipient
agreements:
  - kind: covenant
    reference: Convenant Zorg- en Veiligheidshuizen 2020, zaak 2020-1234
    signed: 2021-01-15
    parties: [gemeente-voorbeeld, politie-midden-nederland, om, ggz-voorbeeld]
  - kind: joint-controller-arrangement
    reference: Regeling gezamenlijke verantwoordelijkheid ZVH, zaak 2021-0042
    signed: 2021-02-01
    essence_published: https://www.voorbeeld.nl/privacy/zvh-regeling
data_flows:
  - from: gemeente-voorbeeld
    to: [politie-midden-nederland, om]
    data: [NAW-gegevens, Lopende hulpverlening, Schulden]
    sensitive: true
    legal_basis:
      - ground: public-task
        provision: Wet gemeentelijke schuldhulpverlening, art. 8
    necessity: Zonder deze gegevens kan geen integraal plan van aanpak worden gemaakt.
    decisions: true
  - from: ggz-voorbeeld
    to: gemeente-voorbeeld
    data: [Gezondheidsgegevens]
    special: [health]
    exception: UAVG art. 30 lid 3 onder a
    legal_basis:
      - ground: legal-obligation
        provision: Wet verplichte ggz, art. 8:32
    necessity: Nodig om de zorgcomponent in het plan van aanpak af te stemmen.
notice:
  file: notices/zorg-en-veiligheidshuis.md
  url: https://www.voorbeeld.nl/privacy/zorg-en-veiligheidshuis
  updated: 2025-06-01
  contact: privacy@voorbeeld.nl
  explains_decisions: true
  objection: https://www.voorbeeld.nl/bezwaar
  language_level: B1
dpia:
  reference: DPIA-2020-007
  date: 2020-11-30
reviewed: 2025-06-01
review_interval_months: 12
`;

const configYml = `
language: nl
fail_on: error
rules:
  vague-recipient: error
  notice-not-plain-language: off
paths:
  processing: processing/**/*.yml
  partnerships: [partnerships/**/*.yml, samenwerking/**/*.yaml]
stale_issues:
  label: register-stale
  max_per_run: 20
review:
  max_comments: 25
readability:
  min_score: 60
  max_sentence_words: 20
`;

const valid: Record<SchemaFile, string> = {
  'register.schema.json': registerYml,
  'processing-activity.schema.json': processingYml,
  'partnership.schema.json': partnershipYml,
  'config.schema.json': configYml,
};

/** A fresh, mutable copy of the valid document for one schema. */
const doc = (file: SchemaFile): Json => parse(valid[file]);

/** The document after `mutate` has changed a fresh copy. */
function changed(file: SchemaFile, mutate: (d: Json) => void): Json {
  const d = doc(file);
  mutate(d);
  return d;
}

describe('the schemas', () => {
  it.each(schemaFiles)('%s declares draft 2020-12, its own $id, a title and a description', (file) => {
    const schema = schemas[file];
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(`https://register-check.github.io/schemas/${file}`);
    expect(schema.title).toContain(' / ');
    expect(schema.description).toContain(' / ');
  });

  it.each(schemaFiles)('%s compiles in strict mode', (file) => {
    expect(() => compile(file)).not.toThrow();
  });

  it.each(schemaFiles)('%s accepts a realistic document', (file) => {
    expect(errorsOf(file, doc(file))).toEqual([]);
  });

  it.each(schemaFiles)('%s accepts an empty document only where nothing is required', (file) => {
    const ok = errorsOf(file, {}).length === 0;
    expect(ok).toBe(file === 'config.schema.json');
  });
});

describe('typical mistakes', () => {
  const cases: Array<[string, SchemaFile, (d: Json) => void, { keyword: string; instancePath: string; params?: Json }]> = [
    [
      'a misspelt key (legal_bases)',
      'processing-activity.schema.json',
      (d) => {
        d.legal_bases = d.legal_basis;
        delete d.legal_basis;
      },
      { keyword: 'additionalProperties', instancePath: '', params: { additionalProperty: 'legal_bases' } },
    ],
    [
      'a legal ground outside Art. 6(1) (law)',
      'processing-activity.schema.json',
      (d) => (d.legal_basis[0].ground = 'law'),
      { keyword: 'enum', instancePath: '/legal_basis/0/ground' },
    ],
    [
      'a legal ground outside Art. 6(1) in a data flow',
      'partnership.schema.json',
      (d) => (d.data_flows[1].legal_basis[0].ground = 'law'),
      { keyword: 'enum', instancePath: '/data_flows/1/legal_basis/0/ground' },
    ],
    [
      'an impossible date (2024-13-01)',
      'processing-activity.schema.json',
      (d) => (d.reviewed = '2024-13-01'),
      { keyword: 'format', instancePath: '/reviewed' },
    ],
    [
      'a Dutch-style date (1-1-2024)',
      'partnership.schema.json',
      (d) => (d.started = '1-1-2024'),
      { keyword: 'format', instancePath: '/started' },
    ],
    [
      'a date that is not a string',
      'partnership.schema.json',
      (d) => (d.agreements[0].signed = 20210115),
      { keyword: 'type', instancePath: '/agreements/0/signed' },
    ],
    [
      'an id that is not kebab-case (Zorg_Huis)',
      'partnership.schema.json',
      (d) => (d.id = 'Zorg_Huis'),
      { keyword: 'pattern', instancePath: '/id' },
    ],
    [
      'a participant id that is not kebab-case',
      'partnership.schema.json',
      (d) => (d.participants[1].id = 'Politie MN'),
      { keyword: 'pattern', instancePath: '/participants/1/id' },
    ],
    [
      'a missing name',
      'processing-activity.schema.json',
      (d) => delete d.name,
      { keyword: 'required', instancePath: '', params: { missingProperty: 'name' } },
    ],
    [
      'a participant without a name',
      'partnership.schema.json',
      (d) => delete d.participants[2].name,
      { keyword: 'required', instancePath: '/participants/2', params: { missingProperty: 'name' } },
    ],
    [
      'an organisation without a name',
      'register.schema.json',
      (d) => delete d.organisation.name,
      { keyword: 'required', instancePath: '/organisation', params: { missingProperty: 'name' } },
    ],
    [
      'an unknown special category',
      'processing-activity.schema.json',
      (d) => (d.personal_data[2].special = 'medical'),
      { keyword: 'enum', instancePath: '/personal_data/2/special' },
    ],
    [
      'an unknown participant kind',
      'partnership.schema.json',
      (d) => (d.participants[3].kind = 'ggz'),
      { keyword: 'enum', instancePath: '/participants/3/kind' },
    ],
    [
      'an unknown agreement kind',
      'partnership.schema.json',
      (d) => (d.agreements[1].kind = 'dpa'),
      { keyword: 'enum', instancePath: '/agreements/1/kind' },
    ],
    [
      'an empty list of flow targets',
      'partnership.schema.json',
      (d) => (d.data_flows[0].to = []),
      { keyword: 'oneOf', instancePath: '/data_flows/0/to' },
    ],
    [
      'a recipient that is both a partnership and an organisation',
      'processing-activity.schema.json',
      (d) => (d.recipients[0].organisation = 'Politie'),
      { keyword: 'oneOf', instancePath: '/recipients/0' },
    ],
    [
      'a DPIA that mixes both forms',
      'processing-activity.schema.json',
      (d) => (d.dpia = { reference: 'DPIA-1', required: false, reason: 'laag risico' }),
      { keyword: 'oneOf', instancePath: '/dpia' },
    ],
    [
      'a notice URL that is not a URL',
      'partnership.schema.json',
      (d) => (d.notice.url = 'www voorbeeld nl'),
      { keyword: 'format', instancePath: '/notice/url' },
    ],
    [
      'an unknown language level',
      'processing-activity.schema.json',
      (d) => (d.notice.language_level = 'B3'),
      { keyword: 'enum', instancePath: '/notice/language_level' },
    ],
    [
      'a status outside active|ended',
      'processing-activity.schema.json',
      (d) => (d.status = 'closed'),
      { keyword: 'enum', instancePath: '/status' },
    ],
    [
      'a review interval of zero months',
      'register.schema.json',
      (d) => (d.review_interval_months = 0),
      { keyword: 'minimum', instancePath: '/review_interval_months' },
    ],
    [
      'an unknown rule severity',
      'config.schema.json',
      (d) => (d.rules['vague-recipient'] = 'fatal'),
      { keyword: 'enum', instancePath: '/rules/vague-recipient' },
    ],
    [
      'a rule id that is not kebab-case',
      'config.schema.json',
      (d) => (d.rules.vagueRecipient = 'error'),
      { keyword: 'pattern', instancePath: '/rules' },
    ],
    [
      'an unknown fail_on',
      'config.schema.json',
      (d) => (d.fail_on = 'notice'),
      { keyword: 'enum', instancePath: '/fail_on' },
    ],
    [
      'max_per_run out of range',
      'config.schema.json',
      (d) => (d.stale_issues.max_per_run = 0),
      { keyword: 'minimum', instancePath: '/stale_issues/max_per_run' },
    ],
    [
      'an empty list of globs',
      'config.schema.json',
      (d) => (d.paths.partnerships = []),
      { keyword: 'oneOf', instancePath: '/paths/partnerships' },
    ],
  ];

  it.each(cases)('rejects %s', (_name, file, mutate, expected) => {
    const errors = errorsOf(file, changed(file, mutate));
    expect(errors).toContainEqual(expect.objectContaining(expected));
  });
});

describe('what the schemas leave to the rules', () => {
  it('accepts a processing activity without legal_basis or notice (legal-basis-missing, notice-missing)', () => {
    const d = changed('processing-activity.schema.json', (x) => {
      delete x.legal_basis;
      delete x.notice;
    });
    expect(errorsOf('processing-activity.schema.json', d)).toEqual([]);
  });

  it('accepts public-task without a provision (legal-basis-provision-missing)', () => {
    const d = changed('processing-activity.schema.json', (x) => delete x.legal_basis[0].provision);
    expect(errorsOf('processing-activity.schema.json', d)).toEqual([]);
  });

  it('accepts a partnership without agreements and without a self participant (agreement-missing, self-missing)', () => {
    const d = changed('partnership.schema.json', (x) => {
      delete x.agreements;
      delete x.participants[0].self;
    });
    expect(errorsOf('partnership.schema.json', d)).toEqual([]);
  });

  it('accepts both forms of dpia', () => {
    const d = changed('partnership.schema.json', (x) => (x.dpia = { required: false, reason: 'Geen gevoelige gegevens' }));
    expect(errorsOf('partnership.schema.json', d)).toEqual([]);
  });
});

// Format 1.1 (REGISTER-FORMAT.md, "Format 1.1: the register as real municipalities need it"): every new field,
// all optional, in one register a real municipality could keep.
const register11Yml = `
organisation:
  name: Gemeente Voorbeeld
  kind: municipality
  dpo: fg@voorbeeld.nl
  controllers:
    - id: college
      name: College van burgemeester en wethouders
    - id: burgemeester
      name: Burgemeester
    - id: raad
      name: Gemeenteraad
review_interval_months: 12
`;

const processing11Yml = `
id: huisverbod
name: Tijdelijk huisverbod
owner: gemeente-voorbeeld/veiligheid
controller: burgemeester
role: controller
purposes: [Opleggen van een tijdelijk huisverbod]
legal_basis:
  - ground: public-task
    provision: Wet tijdelijk huisverbod, art. 2
data_subjects: [Uithuisgeplaatsten, Achterblijvers]
personal_data:
  - category: Gezondheid en etniciteit uit het risicotaxatie-instrument
    special: [health, racial-ethnic-origin]
    exception: UAVG art. 30 lid 4
  - category: Schulden
    sensitive: true
recipients:
  - organisation: Stichting Schuldhulp Voorbeeld
    bsn_basis: Wet gemeentelijke schuldhulpverlening, art. 8
sources:
  - partnership: veilig-thuis
  - organisation: Politie Eenheid Midden-Nederland
processors:
  - organisation: Leverancier Zaaksysteem B.V.
    agreement:
      reference: VWO-2024-003
      signed: 2024-02-01
  - organisation: Archiefdienst Regio Voorbeeld
retention: 5 jaar na afloop van het huisverbod
notice:
  url: https://www.voorbeeld.nl/privacy/huisverbod
  contact: privacy@voorbeeld.nl
  language_check:
    tool: LiNT
    level: 2
    date: 2026-05-01
reviewed: 2026-01-10
`;

const processorRecordYml = `
id: riec-bureau
name: Ondersteuning RIEC-bureau
owner: gemeente-voorbeeld/riec
role: processor
on_behalf_of: De deelnemers aan het RIEC Midden-Nederland
agreement:
  reference: Convenant RIEC 2023, bijlage 3
  signed: 2023-01-01
purposes: [Verwerken van signalen namens de RIEC-partners]
data_subjects: [Betrokkenen bij signalen van ondermijning]
personal_data:
  - category: Signalen van ondermijning
    criminal: true
recipients:
  - partnership: riec
retention: 5 jaar
reviewed: 2026-01-10
`;

const partnership11Yml = `
id: veilig-thuis
name: Veilig Thuis Regio Voorbeeld
owner: gemeente-voorbeeld/veiligheid
purpose: Melden en afhandelen van huiselijk geweld en kindermishandeling
started: 2019-01-01
legal_basis:
  - ground: legal-obligation
    provision: Wet maatschappelijke ondersteuning 2015, art. 4.1.1
participants:
  - id: gemeente
    name: Gemeente Voorbeeld
    kind: municipality
    role: controller
    self: true
  - id: team-veiligheid
    name: Team Veiligheid van de gemeente
    kind: municipality
    role: controller
    part_of: gemeente
  - id: veilig-thuis
    name: Veilig Thuis Regio Voorbeeld (GGD)
    kind: joint-arrangement
    role: controller
  - id: waterschap
    name: Waterschap Voorbeeld
    kind: public-body
    role: recipient
    joined: 2022-06-01
  - id: ict-dienst
    name: Regionale ICT-dienst
    kind: joint-arrangement
    role: processor
    processor_for: [veilig-thuis, gemeente]
  - id: archief
    name: Regionaal archief
    kind: public-body
    role: processor
    processor_for: gemeente
agreements:
  - kind: statutory-allocation
    provision: Wet maatschappelijke ondersteuning 2015, art. 4.1.1
  - kind: covenant
    reference: Convenant Veilig Thuis 2018
    effective: 2018-12-01
    includes: [joint-controller-arrangement, processing-agreement]
  - kind: processing-agreement
    reference: VWO archief
    signed: 2018-11-01
    effective: 2018-12-01
    parties: [gemeente, archief]
data_flows:
  - from: veilig-thuis
    to: gemeente
    data: [Melding, Risicotaxatie]
    special: health
    exception: UAVG art. 30 lid 3 onder a
    decisions: true
    automated: true
    bsn_basis: Wet algemene bepalingen burgerservicenummer, art. 10
  - from: [gemeente, team-veiligheid, veilig-thuis]
    to: [gemeente, veilig-thuis]
    data: [Casusinformatie]
    special: [health]
reviewed: 2026-01-10
`;

describe('format 1.1', () => {
  const cases: Array<[string, SchemaFile, string]> = [
    ['a register with kind, dpo and controllers', 'register.schema.json', register11Yml],
    ['a processing activity with controller, sources, processors, sensitive, a list of special categories, bsn_basis and language_check', 'processing-activity.schema.json', processing11Yml],
    ['a processor record (role, on_behalf_of, agreement)', 'processing-activity.schema.json', processorRecordYml],
    ['a partnership with a default legal basis, new kinds, joined, processor_for, part_of, statutory-allocation, effective, includes, several senders, automated and bsn_basis', 'partnership.schema.json', partnership11Yml],
  ];

  it.each(cases)('accepts %s', (_name, file, yml) => {
    expect(errorsOf(file, parse(yml))).toEqual([]);
  });

  it.each([
    'municipality',
    'province',
    'water-authority',
    'joint-arrangement',
    'public-body',
    'foundation',
    'company',
    'other',
  ])('accepts organisation kind %s', (kind) => {
    expect(errorsOf('register.schema.json', changed('register.schema.json', (d) => (d.organisation.kind = kind)))).toEqual([]);
  });

  it('accepts an organisation kind in words of its own, as format 1.0 did (it is then not taken for a public body)', () => {
    expect(errorsOf('register.schema.json', changed('register.schema.json', (d) => (d.organisation.kind = 'gemeente')))).toEqual([]);
  });

  const wrong: Array<[string, SchemaFile, string, (d: Json) => void, { keyword: string; instancePath: string; params?: Json }]> = [
    ['an empty organisation kind', 'register.schema.json', register11Yml, (d) => (d.organisation.kind = ''), { keyword: 'minLength', instancePath: '/organisation/kind' }],
    ['a controller without a name', 'register.schema.json', register11Yml, (d) => delete d.organisation.controllers[0].name, { keyword: 'required', instancePath: '/organisation/controllers/0', params: { missingProperty: 'name' } }],
    ['a controller id that is not kebab-case', 'register.schema.json', register11Yml, (d) => (d.organisation.controllers[0].id = 'College B&W'), { keyword: 'pattern', instancePath: '/organisation/controllers/0/id' }],
    ['a role outside controller|processor', 'processing-activity.schema.json', processorRecordYml, (d) => (d.role = 'joint-controller'), { keyword: 'enum', instancePath: '/role' }],
    ['a processor agreement without a reference', 'processing-activity.schema.json', processorRecordYml, (d) => delete d.agreement.reference, { keyword: 'required', instancePath: '/agreement', params: { missingProperty: 'reference' } }],
    ['a processor without a name', 'processing-activity.schema.json', processing11Yml, (d) => delete d.processors[0].organisation, { keyword: 'required', instancePath: '/processors/0', params: { missingProperty: 'organisation' } }],
    ['a source that is both a partnership and an organisation', 'processing-activity.schema.json', processing11Yml, (d) => (d.sources[0].organisation = 'Politie'), { keyword: 'oneOf', instancePath: '/sources/0' }],
    ['sensitive that is not a boolean', 'processing-activity.schema.json', processing11Yml, (d) => (d.personal_data[1].sensitive = 'ja'), { keyword: 'type', instancePath: '/personal_data/1/sensitive' }],
    ['an unknown special category in a list', 'processing-activity.schema.json', processing11Yml, (d) => (d.personal_data[0].special = ['health', 'medical']), { keyword: 'enum', instancePath: '/personal_data/0/special/1' }],
    ['an empty list of special categories', 'processing-activity.schema.json', processing11Yml, (d) => (d.personal_data[0].special = []), { keyword: 'oneOf', instancePath: '/personal_data/0/special' }],
    ['a language check without a tool', 'processing-activity.schema.json', processing11Yml, (d) => delete d.notice.language_check.tool, { keyword: 'required', instancePath: '/notice/language_check', params: { missingProperty: 'tool' } }],
    ['an unknown participant kind', 'partnership.schema.json', partnership11Yml, (d) => (d.participants[2].kind = 'gemeenschappelijke-regeling'), { keyword: 'enum', instancePath: '/participants/2/kind' }],
    ['a joined date that is no date', 'partnership.schema.json', partnership11Yml, (d) => (d.participants[3].joined = 'juni 2022'), { keyword: 'format', instancePath: '/participants/3/joined' }],
    ['processor_for that is not an id', 'partnership.schema.json', partnership11Yml, (d) => (d.participants[5].processor_for = 'Gemeente Voorbeeld'), { keyword: 'oneOf', instancePath: '/participants/5/processor_for' }],
    ['a statutory allocation without a provision', 'partnership.schema.json', partnership11Yml, (d) => delete d.agreements[0].provision, { keyword: 'required', instancePath: '/agreements/0', params: { missingProperty: 'provision' } }],
    ['an agreement with neither signed nor effective', 'partnership.schema.json', partnership11Yml, (d) => delete d.agreements[1].effective, { keyword: 'required', instancePath: '/agreements/1', params: { missingProperty: 'signed' } }],
    ['an agreement other than a statutory allocation without a reference', 'partnership.schema.json', partnership11Yml, (d) => delete d.agreements[2].reference, { keyword: 'required', instancePath: '/agreements/2', params: { missingProperty: 'reference' } }],
    ['a covenant that includes a covenant', 'partnership.schema.json', partnership11Yml, (d) => (d.agreements[1].includes = ['covenant']), { keyword: 'enum', instancePath: '/agreements/1/includes/0' }],
    ['an empty list of senders', 'partnership.schema.json', partnership11Yml, (d) => (d.data_flows[1].from = []), { keyword: 'oneOf', instancePath: '/data_flows/1/from' }],
    ['automated that is not a boolean', 'partnership.schema.json', partnership11Yml, (d) => (d.data_flows[0].automated = 'ja'), { keyword: 'type', instancePath: '/data_flows/0/automated' }],
    ['a default legal basis with a ground outside Art. 6(1)', 'partnership.schema.json', partnership11Yml, (d) => (d.legal_basis[0].ground = 'law'), { keyword: 'enum', instancePath: '/legal_basis/0/ground' }],
  ];

  it.each(wrong)('rejects %s', (_name, file, yml, mutate, expected) => {
    const d = parse(yml) as Json;
    mutate(d);
    expect(errorsOf(file, d)).toContainEqual(expect.objectContaining(expected));
  });

  it('a statutory allocation needs neither a reference nor a signature, only its provision', () => {
    const d = parse(partnership11Yml) as Json;
    expect(d.agreements[0]).toEqual({ kind: 'statutory-allocation', provision: 'Wet maatschappelijke ondersteuning 2015, art. 4.1.1' });
    expect(errorsOf('partnership.schema.json', d)).toEqual([]);
  });

  it('a 1.0 agreement (kind, reference, signed) stays valid', () => {
    const d = changed('partnership.schema.json', (x) => expect(Object.keys(x.agreements[0]).sort()).toEqual(['kind', 'parties', 'reference', 'signed']));
    expect(errorsOf('partnership.schema.json', d)).toEqual([]);
  });
});

/** Every register file of a register folder, with the schema it must match. */
function registerFiles(folder: string): Array<[string, SchemaFile]> {
  const root = new URL(`../${folder}/`, import.meta.url);
  const under = (sub: string, file: SchemaFile) =>
    readdirSync(new URL(`${sub}/`, root))
      .filter((name) => /\.ya?ml$/.test(name))
      .map((name): [string, SchemaFile] => [`${folder}/${sub}/${name}`, file]);
  return [[`${folder}/register.yml`, 'register.schema.json'], ...under('processing', 'processing-activity.schema.json'), ...under('partnerships', 'partnership.schema.json')];
}

describe('1.0 registers stay valid', () => {
  const files = [...registerFiles('test/registers/schoon'), ...registerFiles('examples/gemeente-voorbeeld')];

  it('finds the files of both registers', () => {
    expect(files.length).toBeGreaterThan(15);
  });

  it.each(files)('%s matches %s', (file, schema) => {
    expect(errorsOf(schema, parse(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8')))).toEqual([]);
  });
});

describe('extension keys', () => {
  const withNotes: Array<[SchemaFile, (d: Json) => void]> = [
    ['register.schema.json', (d) => ((d['x-notitie'] = 'Vastgesteld door het college'), (d.organisation['x-notitie'] = 'FG sinds 2024'))],
    [
      'processing-activity.schema.json',
      (d) => {
        d['x-notitie'] = 'Besproken met de FG';
        d.personal_data[0]['x-notitie'] = 'Alleen bij aanvraag';
        d.recipients[1]['x-notitie'] = 'Via berichtenverkeer';
        d.legal_basis[0]['x-notitie'] = 'Zie ook art. 2.3.2';
        d.dpia['x-notitie'] = 'Herzien in 2026';
        d.notice['x-notitie'] = 'Nieuwe versie in voorbereiding';
      },
    ],
    [
      'partnership.schema.json',
      (d) => {
        d['x-notitie'] = { besproken: '2025-05-01', door: 'FG' };
        d.participants[1]['x-notitie'] = 'Contactpersoon: wijkagent';
        d.agreements[0]['x-notitie'] = 'Loopt af in 2026';
        d.data_flows[0]['x-notitie'] = 'Alleen tijdens casusoverleg';
      },
    ],
    ['config.schema.json', (d) => ((d['x-notitie'] = 'Strenger sinds 2025'), (d.rules['x-notitie'] = 'Zie besluit FG'))],
  ];

  it.each(withNotes)('%s accepts x-notitie keys at every level', (file, mutate) => {
    expect(errorsOf(file, changed(file, mutate))).toEqual([]);
  });

  it('still rejects other unknown keys next to them', () => {
    const d = changed('partnership.schema.json', (x) => (x.participants[0].notitie = 'zonder x-'));
    expect(errorsOf('partnership.schema.json', d)).toContainEqual(
      expect.objectContaining({ keyword: 'additionalProperties', instancePath: '/participants/0' }),
    );
  });
});

/**
 * Paths of every property, $defs entry and oneOf branch whose title or description is missing or not
 * bilingual ("Nederlands / English"). Walks properties, $defs, items, oneOf and additionalProperties.
 */
function undocumented(schema: Json, path = '#'): string[] {
  const found: string[] = [];
  const bilingual = (s: unknown) => typeof s === 'string' && s.includes(' / ');
  const visit = (child: unknown, childPath: string, mustDocument: boolean) => {
    if (!child || typeof child !== 'object') return;
    const c = child as Json;
    if (mustDocument && !(bilingual(c.title) && bilingual(c.description))) found.push(childPath);
    found.push(...undocumented(c, childPath));
  };
  for (const [name, child] of Object.entries(schema.properties ?? {})) visit(child, `${path}/properties/${name}`, true);
  for (const [name, child] of Object.entries(schema.$defs ?? {})) visit(child, `${path}/$defs/${name}`, true);
  (schema.oneOf ?? []).forEach((child: unknown, i: number) => visit(child, `${path}/oneOf/${i}`, true));
  visit(schema.items, `${path}/items`, false);
  visit(schema.additionalProperties, `${path}/additionalProperties`, false);
  return found;
}

describe('documentation for the privacy officer', () => {
  it.each(schemaFiles)('%s gives every property a bilingual title and description', (file) => {
    expect(undocumented(schemas[file])).toEqual([]);
  });

  it('the check finds a missing title or description deep inside a schema', () => {
    const broken = structuredClone(schemas['partnership.schema.json']);
    delete broken.properties.data_flows.items.properties.necessity.description;
    broken.$defs.dpia.oneOf[1].properties.reason.title = 'Reden';
    delete broken.$defs.notice.properties.contact.title;
    expect(undocumented(broken)).toEqual([
      '#/properties/data_flows/items/properties/necessity',
      '#/$defs/notice/properties/contact',
      '#/$defs/dpia/oneOf/1/properties/reason',
    ]);
  });
});
