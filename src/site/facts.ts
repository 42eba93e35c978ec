/**
 * What a council member (and later a citizen) needs to know of each partnership, read from the register and the
 * check: the answers to the AP's three questions as data, without words or markup. Judgements come from the
 * check's findings (each rule carries its `question`), so this module never decides again what a rule decides.
 */

import type { Finding, Question } from '../types.js';
import type { Register, PartnershipEntity } from '../register.js';
import { isCurrent, label, noticeFilePath, noticeOf, reviewInterval } from '../register.js';
import {
  flowBasis,
  flowRecipients,
  flowSenders,
  isControllerProcessorPair,
  isInternal,
  isIsoDate,
  isPublicBody,
  isRecord,
  list,
  organisationRole,
  processorFor,
  readString,
  specialCategories,
  type ParticipantRole,
} from '../model.js';
import { addMonths } from '../rules/helpers.js';
import { classifyProvision } from '../rules/statute.js';
import type { SiteInput } from './input.js';

/** How far the register answers a question: in order, needs attention (findings), or the answer is missing. */
export type Status = 'ok' | 'attention' | 'missing';

/** The questions, in the leaflet's order. */
export const QUESTIONS: readonly Question[] = ['Q1', 'Q2', 'Q3'];

/** Rules whose finding means the register holds no answer to the question at all (rather than a flawed one). */
const MISSING_RULES: ReadonlySet<string> = new Set(['partnership-not-registered', 'legal-basis-missing', 'notice-missing']);

/** Rules whose finding on a flow means it has no valid legal basis (or, for special data, no valid exception). */
const BASIS_RULES: ReadonlySet<string> = new Set([
  'legal-basis-missing',
  'legal-basis-agreement-only',
  'legal-basis-provision-missing',
  'provision-not-law',
  'provision-article-missing',
  'ground-not-available',
  'consent-doubtful',
  'special-data-without-exception',
  'exception-not-a-ground',
  'bsn-without-basis',
]);

/** A participant as the report names it. */
export interface ParticipantFacts {
  id: string;
  name: string;
  kind?: string;
  role?: ParticipantRole;
  /** The organisation that keeps the register. */
  self: boolean;
  publicBody: boolean;
  partOf?: string;
  processorFor: string[];
  joined?: string;
}

/** One end of a flow: a participant's id and name; `known` is false when no participant has that id. */
export interface PartyFacts {
  id: string;
  name: string;
  known: boolean;
}

/**
 * What one legal-basis entry cites: a statute (an act, order or by-law in force), only an agreement, one of the
 * grounds that need no statute (consent, contract, vital or legitimate interest), or something else the reader
 * must weigh (the findings say what is wrong with it).
 */
export type BasisKind = 'statute' | 'agreement' | 'ground' | 'other';

export interface BasisFacts {
  ground?: string;
  provision?: string;
  kind: BasisKind;
}

/** What a flow's legal basis amounts to, the strongest entry first; `missing` when it names none. */
export type FlowBasisKind = BasisKind | 'missing';

/** An agreement of the partnership and whether it was in place when sharing began. */
export interface AgreementFacts {
  index: number;
  kind?: string;
  reference?: string;
  /** The date it was signed or took effect. */
  date?: string;
  provision?: string;
  parties: string[];
  essencePublished?: string;
  /** An agreement-after-start finding says it came after sharing began. */
  late: boolean;
}

export interface FlowFacts {
  index: number;
  from: PartyFacts[];
  to: PartyFacts[];
  data: string[];
  special: string[];
  criminal: boolean;
  bases: BasisFacts[];
  basisKind: FlowBasisKind;
  /** The basis is the partnership's default, not the flow's own. */
  inheritedBasis: boolean;
  necessity?: string;
  decisions: boolean;
  automated: boolean;
  /** Every sender–recipient pair stays inside one organisation (`part_of`). */
  internal: boolean;
  /** Every sender–recipient pair is a controller and its own processor. */
  controllerProcessor: boolean;
  /** Indexes of the agreements whose parties include a sender and a recipient of this flow (or that name no parties). */
  agreements: number[];
  findings: Finding[];
  /** False when a finding says the legal basis (or the Art. 9/10 exception) is missing or not valid. */
  basisValid: boolean;
}

export type DpiaFacts = { kind: 'done'; reference?: string; date?: string; beforeStart?: boolean } | { kind: 'waived'; reason?: string } | { kind: 'none' };

export interface Q1Facts {
  /** Active processing activities that list the partnership under recipients or sources. */
  listedIn: { id: string; name: string }[];
  reviewed?: string;
  interval: number;
  /** When the entry is next due for review; undefined without a valid `reviewed`. */
  due?: string;
  overdue: boolean;
}

export interface Q2Facts {
  flows: FlowFacts[];
  agreements: AgreementFacts[];
  dpia: DpiaFacts;
  /** The organisation's own role in the partnership (its `self` participant). */
  ownRole?: ParticipantRole;
}

/** How the notice's readability is known: measured by the checker (a notice file in the register), recorded from an outside tool, or not at all. */
export type Readability =
  | { kind: 'measured'; plain: boolean }
  | { kind: 'outside'; tool: string; level: string; date?: string }
  | { kind: 'unmeasured'; level?: string };

export interface NoticeFacts {
  url?: string;
  file?: string;
  updated?: string;
  contact?: string;
  explainsDecisions: boolean;
  objection?: string;
  readability: Readability;
}

export interface Q3Facts {
  notice?: NoticeFacts;
  /** Some flow feeds decisions about people. */
  decisions: boolean;
}

export interface PartnershipFacts {
  id: string;
  name: string;
  file: string;
  purpose?: string;
  started?: string;
  ended?: string;
  /** Still sharing on the report's date. */
  current: boolean;
  participants: ParticipantFacts[];
  q1: Q1Facts;
  q2: Q2Facts;
  q3: Q3Facts;
  /** The findings about this partnership (and its notice file), by question; findings about the register's form are left out. */
  findings: Record<Question, Finding[]>;
  status: Record<Question, Status>;
}

/** The facts of every partnership of the register, in the register's order. */
export function partnershipFacts(input: Pick<SiteInput, 'register' | 'result' | 'today'>): PartnershipFacts[] {
  const { register, result, today } = input;
  const listings = listingsByPartnership(register);
  const byFile = new Map<string, Finding[]>();
  for (const finding of result.findings) {
    const found = byFile.get(finding.file);
    if (found) found.push(finding);
    else byFile.set(finding.file, [finding]);
  }
  return register.partnerships.map((entity) => factsOf(entity, register, today, listings.get(entity.id) ?? [], byFile));
}

/** For each partnership id, the active processing activities that list it under recipients or sources. */
function listingsByPartnership(register: Register): Map<string, { id: string; name: string }[]> {
  const listings = new Map<string, { id: string; name: string }[]>();
  for (const processing of register.processing) {
    if (processing.data.status === 'ended') continue;
    const ids = new Set<string>();
    for (const entry of [...list(processing.data.recipients), ...list(processing.data.sources)]) {
      if (isRecord(entry) && typeof entry.partnership === 'string') ids.add(entry.partnership);
    }
    for (const id of ids) {
      const listed = listings.get(id) ?? [];
      listed.push({ id: processing.id, name: label(processing) });
      listings.set(id, listed);
    }
  }
  return listings;
}

function factsOf(entity: PartnershipEntity, register: Register, today: string, listedIn: { id: string; name: string }[], byFile: Map<string, Finding[]>): PartnershipFacts {
  const data = entity.data;
  const notice = noticeOf(entity);
  const noticeFile = noticeFilePath(notice);
  const own = (byFile.get(entity.file.path) ?? []).filter((f) => f.entity.kind === 'partnership' && f.entity.id === entity.id);
  const ofNotice = noticeFile !== undefined ? (byFile.get(noticeFile) ?? []).filter((f) => f.entity.kind === 'notice') : [];
  const all = [...own, ...ofNotice];
  const findings: Record<Question, Finding[]> = { Q1: [], Q2: [], Q3: [] };
  for (const finding of all) if (finding.question) findings[finding.question].push(finding);

  const participants = participantFacts(entity);
  const started = readString(data.started);
  const reviewed = readString(data.reviewed);
  const interval = reviewInterval(entity, register);
  const due = isIsoDate(reviewed) ? addMonths(reviewed, interval) : undefined;

  const q2: Q2Facts = {
    flows: flowFacts(entity, participants, own),
    agreements: agreementFacts(entity, own),
    dpia: dpiaFacts(data.dpia, started),
    ownRole: organisationRole(data),
  };
  for (const flow of q2.flows) flow.agreements = coveringAgreements(flow, q2.agreements);

  const status = {} as Record<Question, Status>;
  for (const question of QUESTIONS) {
    const list = findings[question];
    status[question] = list.some((f) => MISSING_RULES.has(f.rule)) ? 'missing' : list.length > 0 ? 'attention' : 'ok';
  }
  return {
    id: entity.id,
    name: label(entity),
    file: entity.file.path,
    purpose: readString(data.purpose),
    started,
    ended: readString(data.ended),
    current: isCurrent(entity, today),
    participants,
    q1: { listedIn, reviewed, interval, due, overdue: due !== undefined && due < today },
    q2,
    q3: { notice: notice ? noticeFacts(notice, noticeFile, register, ofNotice) : undefined, decisions: q2.flows.some((f) => f.decisions) },
    findings,
    status,
  };
}

function participantFacts(entity: PartnershipEntity): ParticipantFacts[] {
  const out: ParticipantFacts[] = [];
  list(entity.data.participants).forEach((p, i) => {
    if (!isRecord(p)) return;
    const id = readString(p.id) ?? `#${i + 1}`;
    const role = p.role === 'controller' || p.role === 'joint-controller' || p.role === 'processor' || p.role === 'recipient' ? p.role : undefined;
    out.push({
      id,
      name: readString(p.name) ?? id,
      kind: readString(p.kind),
      role,
      self: p.self === true,
      publicBody: isPublicBody(p.kind),
      partOf: readString(p.part_of),
      processorFor: processorFor(p),
      joined: readString(p.joined),
    });
  });
  return out;
}

const GROUNDS_WITHOUT_STATUTE: ReadonlySet<string> = new Set(['consent', 'contract', 'vital-interest', 'legitimate-interest']);

/** What one legal-basis entry cites (see BasisKind). */
export function basisFacts(basis: unknown): BasisFacts {
  const ground = isRecord(basis) ? readString(basis.ground) : undefined;
  const provision = isRecord(basis) ? readString(basis.provision) : undefined;
  if (ground !== undefined && GROUNDS_WITHOUT_STATUTE.has(ground)) return { ground, provision, kind: 'ground' };
  if (provision === undefined) return { ground, kind: 'other' };
  const verdict = classifyProvision(provision).kind;
  return { ground, provision, kind: verdict === 'statute' ? 'statute' : verdict === 'agreement' ? 'agreement' : 'other' };
}

/** The strongest kind among a flow's bases: a statute, else a ground that needs none, else only an agreement, else something else. */
function strongest(bases: BasisFacts[]): FlowBasisKind {
  for (const kind of ['statute', 'ground', 'agreement', 'other'] as const) if (bases.some((b) => b.kind === kind)) return kind;
  return 'missing';
}

function flowFacts(entity: PartnershipEntity, participants: ParticipantFacts[], findings: Finding[]): FlowFacts[] {
  const byId = new Map<string, ParticipantFacts>();
  for (const p of participants) if (!byId.has(p.id)) byId.set(p.id, p);
  const party = (id: string): PartyFacts => ({ id, name: byId.get(id)?.name ?? id, known: byId.has(id) });
  const out: FlowFacts[] = [];
  list(entity.data.data_flows).forEach((flow, index) => {
    if (!isRecord(flow)) return;
    const senders = flowSenders(flow);
    const recipients = flowRecipients(flow);
    const pairs = senders.flatMap((a) => recipients.map((b) => [a, b] as const));
    const own = list(flow.legal_basis);
    const bases = flowBasis(entity.data, flow).map(basisFacts);
    const mine = findings.filter((f) => f.path[0] === 'data_flows' && f.path[1] === index);
    out.push({
      index,
      from: senders.map(party),
      to: recipients.map(party),
      data: list(flow.data).filter((d): d is string => readString(d) !== undefined),
      special: specialCategories(flow),
      criminal: flow.criminal === true,
      bases,
      basisKind: strongest(bases),
      inheritedBasis: own.length === 0 && bases.length > 0,
      necessity: readString(flow.necessity),
      decisions: flow.decisions === true,
      automated: flow.automated === true,
      internal: pairs.length > 0 && pairs.every(([a, b]) => isInternal(entity.data, a, b)),
      controllerProcessor: pairs.length > 0 && pairs.every(([a, b]) => isControllerProcessorPair(entity.data, a, b)),
      agreements: [],
      findings: mine,
      basisValid: !mine.some((f) => BASIS_RULES.has(f.rule)),
    });
  });
  return out;
}

function agreementFacts(entity: PartnershipEntity, findings: Finding[]): AgreementFacts[] {
  const out: AgreementFacts[] = [];
  list(entity.data.agreements).forEach((agreement, index) => {
    if (!isRecord(agreement)) return;
    out.push({
      index,
      kind: readString(agreement.kind),
      reference: readString(agreement.reference),
      date: readString(agreement.signed) ?? readString(agreement.effective),
      provision: readString(agreement.provision),
      parties: list(agreement.parties).filter((p): p is string => readString(p) !== undefined),
      essencePublished: readString(agreement.essence_published),
      late: findings.some((f) => f.rule === 'agreement-after-start' && f.path[0] === 'agreements' && f.path[1] === index),
    });
  });
  return out;
}

/** The agreements that bind a sender and a recipient of the flow: their parties name both, or they name no parties. */
function coveringAgreements(flow: FlowFacts, agreements: AgreementFacts[]): number[] {
  return agreements
    .filter((a) => a.parties.length === 0 || (flow.from.some((p) => a.parties.includes(p.id)) && flow.to.some((p) => a.parties.includes(p.id))))
    .map((a) => a.index);
}

function dpiaFacts(dpia: unknown, started: string | undefined): DpiaFacts {
  if (!isRecord(dpia)) return { kind: 'none' };
  if (dpia.required === false) return { kind: 'waived', reason: readString(dpia.reason) };
  const date = readString(dpia.date);
  return { kind: 'done', reference: readString(dpia.reference), date, beforeStart: isIsoDate(date) && isIsoDate(started) ? date <= started : undefined };
}

function noticeFacts(notice: NonNullable<ReturnType<typeof noticeOf>>, file: string | undefined, register: Register, findings: Finding[]): NoticeFacts {
  const check = isRecord(notice.language_check) ? notice.language_check : undefined;
  const tool = readString(check?.tool);
  const level = typeof check?.level === 'number' ? String(check.level) : readString(check?.level);
  const readability: Readability =
    file !== undefined && register.notices.has(file)
      ? { kind: 'measured', plain: !findings.some((f) => f.rule === 'notice-not-plain-language') }
      : tool !== undefined && level !== undefined
        ? { kind: 'outside', tool, level, date: readString(check?.date) }
        : { kind: 'unmeasured', level: readString(notice.language_level) };
  return {
    url: readString(notice.url),
    file,
    updated: readString(notice.updated),
    contact: readString(notice.contact),
    explainsDecisions: notice.explains_decisions === true,
    objection: readString(notice.objection),
    readability,
  };
}
