/**
 * The register's data as the schemas describe it (see schemas/ and REGISTER-FORMAT.md), and guarded readers
 * for data that may not match them: rules, renderers and the site read register data only through these.
 */

export type LegalGround =
  | 'consent'
  | 'contract'
  | 'legal-obligation'
  | 'vital-interest'
  | 'public-task'
  | 'legitimate-interest';

export interface LegalBasis {
  ground: LegalGround;
  provision?: string;
  link?: string;
}

export interface Notice {
  url?: string;
  file?: string;
  updated?: string;
  contact?: string;
  explains_decisions?: boolean;
  objection?: string;
  language_level?: string;
  language_check?: LanguageCheck;
}

/** An outside readability measurement of a notice (LiNT, Klinkende Taal), reported instead of the checker's own score. */
export interface LanguageCheck {
  tool: string;
  level: string | number;
  date?: string;
}

export type Dpia = { reference: string; date: string } | { required: false; reason: string };

/** A special category of personal data (GDPR Art. 9(1)). */
export type SpecialCategory =
  | 'health'
  | 'racial-ethnic-origin'
  | 'political-opinions'
  | 'religious-beliefs'
  | 'trade-union'
  | 'genetic'
  | 'biometric'
  | 'sex-life-orientation';

export interface PersonalData {
  category: string;
  /** One Art. 9 category or, from format 1.1, a list of them; read with {@link specialCategories}. */
  special?: SpecialCategory | SpecialCategory[];
  criminal?: boolean;
  sensitive?: boolean;
  exception?: string;
}

export type Recipient = { partnership: string } | { organisation: string; kind?: ParticipantKind; legal_basis?: LegalBasis[]; bsn_basis?: string };

/** Where a processing activity's data come from when not from the person (Art. 14(2)(f)). */
export type Source = { partnership: string } | { organisation: string };

/** A processing agreement or other legal act under Art. 28(3). */
export interface ProcessorAgreement {
  reference: string;
  signed?: string;
}

/** A processor a processing activity uses (Art. 28). */
export interface Processor {
  organisation: string;
  agreement?: ProcessorAgreement;
}

/** Whether the organisation is the controller of a processing activity or processes it for another (Art. 30(2)). */
export type ProcessingRole = 'controller' | 'processor';

export interface Transfer {
  country?: string;
  safeguard?: string;
}

export interface ProcessingActivity {
  id: string;
  name: string;
  owner: string;
  controller?: string;
  role?: ProcessingRole;
  on_behalf_of?: string;
  agreement?: ProcessorAgreement;
  purposes: string[];
  legal_basis?: LegalBasis[];
  data_subjects: string[];
  personal_data: PersonalData[];
  recipients: Recipient[];
  sources?: Source[];
  processors?: Processor[];
  transfers?: Transfer[];
  retention: string;
  security?: string;
  dpia?: Dpia;
  notice?: Notice;
  reviewed: string;
  review_interval_months?: number;
  status?: 'active' | 'ended';
  ended?: string;
}

/** The participant kinds of the schema, as values (the import reads them from a cell). */
export const PARTICIPANT_KINDS = [
  'municipality',
  'police',
  'public-prosecutor',
  'implementing-organisation',
  'joint-arrangement',
  'public-body',
  'care-provider',
  'housing-corporation',
  'social-organisation',
  'company',
  'other',
] as const;

export type ParticipantKind = (typeof PARTICIPANT_KINDS)[number];

/** The participant roles of the schema, as values. */
export const PARTICIPANT_ROLES = ['controller', 'joint-controller', 'processor', 'recipient'] as const;

export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export interface Participant {
  id: string;
  name: string;
  kind: ParticipantKind;
  role?: ParticipantRole;
  self?: boolean;
  joined?: string;
  processor_for?: string | string[];
  part_of?: string;
}

/** The agreement kinds of the schema, as values. */
export const AGREEMENT_KINDS = ['covenant', 'joint-controller-arrangement', 'processing-agreement', 'statutory-allocation'] as const;

export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

/** The schema asks `reference` and `signed` or `effective` of every kind but `statutory-allocation`, which asks `provision`. */
export interface Agreement {
  kind: AgreementKind;
  reference?: string;
  signed?: string;
  effective?: string;
  provision?: string;
  includes?: ('joint-controller-arrangement' | 'processing-agreement')[];
  parties?: string[];
  essence_published?: string;
}

export interface DataFlow {
  /** One sender or, from format 1.1, several; read with {@link flowSenders}. */
  from: string | string[];
  to: string | string[];
  data: string[];
  special?: SpecialCategory | SpecialCategory[];
  criminal?: boolean;
  sensitive?: boolean;
  exception?: string;
  legal_basis?: LegalBasis[];
  necessity?: string;
  /** For a flow a processor sends: the controller participant whose documented instruction it follows (Art. 28(3)(a)). */
  on_instruction_of?: string;
  decisions?: boolean;
  automated?: boolean;
  bsn_basis?: string;
}

export interface Partnership {
  id: string;
  name: string;
  owner: string;
  purpose: string;
  domain?: string;
  started: string;
  ended?: string;
  legal_basis?: LegalBasis[];
  participants: Participant[];
  agreements?: Agreement[];
  data_flows: DataFlow[];
  notice?: Notice;
  dpia?: Dpia;
  reviewed: string;
  review_interval_months?: number;
}

/** The kinds of organisation that keep a register. */
export type OrganisationKind =
  | 'municipality'
  | 'province'
  | 'water-authority'
  | 'joint-arrangement'
  | 'public-body'
  | 'foundation'
  | 'company'
  | 'other';

/** A body that is a controller of its own within the organisation (for a municipality: college, burgemeester, raad). */
export interface Controller {
  id: string;
  name: string;
}

export interface RegisterSettings {
  organisation: { name: string; kind?: OrganisationKind; dpo?: string; controllers?: Controller[] };
  review_interval_months?: number;
  notice_max_age_months?: number;
}

export interface CheckConfig {
  language?: 'nl' | 'en';
  fail_on?: 'error' | 'warning' | 'never';
  rules?: Record<string, 'error' | 'warning' | 'notice' | 'off'>;
  paths?: { processing?: string | string[]; partnerships?: string | string[] };
  stale_issues?: { label?: string; max_per_run?: number };
  issues?: { rules?: Record<string, boolean>; label_per_question?: boolean };
  review?: { max_comments?: number };
  readability?: { min_score?: number; max_sentence_words?: number };
  /** Who must approve a pull request's changes to an entry; absent means no approvals check. */
  approvals?: { owner?: boolean; privacy_officer?: string[]; privacy_fields?: string[]; reviewed_needs_owner?: boolean };
  export?: { oin?: string };
}

/** The value as an array, or an empty one. */
export function list<T = unknown>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

/** The value if it is a non-empty string. */
export function readString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** Whether the value is a plain mapping. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether the value is a real calendar date written as `YYYY-MM-DD`. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCMonth() === Number(m[2]) - 1 && date.getUTCDate() === Number(m[3]);
}

// Format 1.1: who is responsible, in which direction data go, and who works for whom. These readers are shared by
// the rules, so that "public body", "sender", "its own processor" and "internal" mean one thing everywhere. They take
// data that may not match the schema and never throw.

/** Organisation kinds that are public authorities: Art. 6(1) second subparagraph and Art. 37(1)(a) apply to them. */
export const PUBLIC_BODY_KINDS: ReadonlySet<OrganisationKind> = new Set<OrganisationKind>([
  'municipality',
  'province',
  'water-authority',
  'joint-arrangement',
  'public-body',
]);

/** Participant kinds that are public authorities (for ground-not-available, consent-doubtful and bsn-without-basis). */
export const PUBLIC_PARTICIPANT_KINDS: ReadonlySet<ParticipantKind> = new Set<ParticipantKind>([
  'municipality',
  'police',
  'public-prosecutor',
  'implementing-organisation',
  'joint-arrangement',
  'public-body',
]);

/** Whether an organisation's or a participant's `kind` is a public authority; an unknown or absent kind is not. */
export function isPublicBody(kind: unknown): boolean {
  return typeof kind === 'string' && ((PUBLIC_BODY_KINDS as ReadonlySet<string>).has(kind) || (PUBLIC_PARTICIPANT_KINDS as ReadonlySet<string>).has(kind));
}

/** The values of a field that holds one string or a list of them, as a list of the non-empty strings. */
function oneOrMany(value: unknown): string[] {
  const values = Array.isArray(value) ? (value as unknown[]) : [value];
  return values.filter((v): v is string => readString(v) !== undefined);
}

/** The ids that send a flow: `from` is one id or, from format 1.1, a list (each sends to each of `to`). */
export function flowSenders(flow: unknown): string[] {
  return isRecord(flow) ? oneOrMany(flow.from) : [];
}

/** The ids that receive a flow: `to` is one id or a list. */
export function flowRecipients(flow: unknown): string[] {
  return isRecord(flow) ? oneOrMany(flow.to) : [];
}

/** The Art. 9 categories an item (a personal data category or a flow) names in `special`: one value or a list. */
export function specialCategories(item: unknown): string[] {
  return isRecord(item) ? oneOrMany(item.special) : [];
}

/** The ids of the participants a participant is `processor_for` (one id or a list); empty when it names none. */
export function processorFor(participant: unknown): string[] {
  return isRecord(participant) ? oneOrMany(participant.processor_for) : [];
}

/** The participants of a partnership that are mappings. */
function participantRecords(partnership: unknown): Record<string, unknown>[] {
  return isRecord(partnership) ? list(partnership.participants).filter(isRecord) : [];
}

/** Each participant's `kind` by id (the first participant of an id counts, as everywhere). */
export function participantKinds(partnership: unknown): Map<string, unknown> {
  const kinds = new Map<string, unknown>();
  for (const p of participantRecords(partnership)) if (typeof p.id === 'string' && !kinds.has(p.id)) kinds.set(p.id, p.kind);
  return kinds;
}

/** The first participant with this id. */
function participantById(partnership: unknown, id: string): Record<string, unknown> | undefined {
  return participantRecords(partnership).find((p) => p.id === id);
}

/** Whether one of `a` and `b` is `processor_for` the other: a flow between them, either way, is a controller and its own processor. */
export function isControllerProcessorPair(partnership: unknown, a: string, b: string): boolean {
  const worksFor = (processor: string, controller: string) => processorFor(participantById(partnership, processor)).includes(controller);
  return worksFor(a, b) || worksFor(b, a);
}

/** A participant and every participant it is a unit of, following `part_of` upwards (a unit of a unit included); a cycle stops the walk. */
/** A participant and every organisation it is, through `part_of`, a unit of (loops are cut). */
export function partOfChain(partnership: unknown, id: string): Set<string> {
  const chain = new Set<string>([id]);
  for (let parent = readString(participantById(partnership, id)?.part_of); parent !== undefined && !chain.has(parent); ) {
    chain.add(parent);
    parent = readString(participantById(partnership, parent)?.part_of);
  }
  return chain;
}

/**
 * Whether a flow between `a` and `b` stays inside one organisation: one is `part_of` the other, or both are units
 * of the same organisation (two teams of one municipality). No agreement is asked for between them.
 */
export function isInternal(partnership: unknown, a: string, b: string): boolean {
  const chainOfB = partOfChain(partnership, b);
  return [...partOfChain(partnership, a)].some((id) => chainOfB.has(id));
}

/** The participant with `self: true`, the organisation that owns the register; undefined unless there is exactly one (self-missing reports the rest). */
export function selfParticipant(partnership: unknown): Participant | undefined {
  const selves = participantRecords(partnership).filter((p) => p.self === true);
  return selves.length === 1 ? (selves[0] as unknown as Participant) : undefined;
}

/** The organisation's role in a partnership: the `role` of its `self` participant, if it names a known one. */
export function organisationRole(partnership: unknown): ParticipantRole | undefined {
  const role = selfParticipant(partnership)?.role;
  return role === 'controller' || role === 'joint-controller' || role === 'processor' || role === 'recipient' ? role : undefined;
}

/** Whether a processing activity is a processor's record (Art. 30(2)): `role: processor`; the controller's duties do not apply to it. */
export function isProcessorRecord(activity: unknown): boolean {
  return isRecord(activity) && activity.role === 'processor';
}

/** The partnership's default `legal_basis` for flows that name none; empty when absent or not a list. */
export function partnershipDefaultBasis(partnership: unknown): LegalBasis[] {
  return isRecord(partnership) ? list<LegalBasis>(partnership.legal_basis) : [];
}

/** The legal basis a flow rests on: its own non-empty `legal_basis`, else the partnership's default; the sender's basis to disclose. */
export function flowBasis(partnership: unknown, flow: unknown): LegalBasis[] {
  const own = isRecord(flow) ? list<LegalBasis>(flow.legal_basis) : [];
  return own.length > 0 ? own : partnershipDefaultBasis(partnership);
}
