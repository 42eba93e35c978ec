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
}

export type Dpia = { reference: string; date: string } | { required: false; reason: string };

export interface PersonalData {
  category: string;
  special?: string;
  criminal?: boolean;
  exception?: string;
}

export type Recipient = { partnership: string } | { organisation: string; legal_basis?: LegalBasis[] };

export interface Transfer {
  country?: string;
  safeguard?: string;
}

export interface ProcessingActivity {
  id: string;
  name: string;
  owner: string;
  purposes: string[];
  legal_basis?: LegalBasis[];
  data_subjects: string[];
  personal_data: PersonalData[];
  recipients: Recipient[];
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

export type ParticipantKind =
  | 'municipality'
  | 'police'
  | 'public-prosecutor'
  | 'implementing-organisation'
  | 'care-provider'
  | 'housing-corporation'
  | 'social-organisation'
  | 'company'
  | 'other';

export type ParticipantRole = 'controller' | 'joint-controller' | 'processor' | 'recipient';

export interface Participant {
  id: string;
  name: string;
  kind: ParticipantKind;
  role?: ParticipantRole;
  self?: boolean;
}

export type AgreementKind = 'covenant' | 'joint-controller-arrangement' | 'processing-agreement';

export interface Agreement {
  kind: AgreementKind;
  reference: string;
  signed: string;
  parties?: string[];
  essence_published?: string;
}

export interface DataFlow {
  from: string;
  to: string | string[];
  data: string[];
  special?: string[];
  criminal?: boolean;
  sensitive?: boolean;
  exception?: string;
  legal_basis?: LegalBasis[];
  necessity?: string;
  decisions?: boolean;
}

export interface Partnership {
  id: string;
  name: string;
  owner: string;
  purpose: string;
  domain?: string;
  started: string;
  ended?: string;
  participants: Participant[];
  agreements?: Agreement[];
  data_flows: DataFlow[];
  notice?: Notice;
  dpia?: Dpia;
  reviewed: string;
  review_interval_months?: number;
}

export interface RegisterSettings {
  organisation: { name: string; kind?: string; dpo?: string };
  review_interval_months?: number;
  notice_max_age_months?: number;
}

export interface CheckConfig {
  language?: 'nl' | 'en';
  fail_on?: 'error' | 'warning' | 'never';
  rules?: Record<string, 'error' | 'warning' | 'notice' | 'off'>;
  paths?: { processing?: string | string[]; partnerships?: string | string[] };
  stale_issues?: { label?: string; max_per_run?: number };
  review?: { max_comments?: number };
  readability?: { min_score?: number; max_sentence_words?: number };
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
