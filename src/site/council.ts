/**
 * The council report (raadsrapportage): per partnership, what the register answers to the AP's three questions,
 * in full sentences, with a status per question, a diagram of who shares what with whom, the check's open points
 * linked to their rule pages, and a follow-up question for each ("vraag door"). Built once as a document and
 * written as Markdown (Mermaid diagram) and as HTML (inline SVG, no script).
 */

import type { PartnershipEntity } from '../register.js';
import type { Finding, Language, Question } from '../types.js';
import { describeFinding } from '../report/describe.js';
import { questionTitle, say, sayKnown, type Phrase } from '../report/vocabulary.js';
import type { MessageData } from '../template.js';
import { ruleDocsUrl, VERSION } from '../meta.js';
import { GROUND_LETTER } from '../rules/legal-bases.js';
import { partnershipDiagram } from '../review/mermaid.js';
import { htmlPage } from './layout.js';
import type { SiteInput } from './input.js';
import { partnershipFacts, QUESTIONS, type BasisFacts, type FlowFacts, type PartnershipFacts, type Status } from './facts.js';
import { registerLink, renderHtml, renderMarkdown, type Block, type Inline, type ListItem } from './document.js';
import { partnershipSvg } from './diagram.js';

/** Where the council report goes in the output folder. */
export const COUNCIL_MARKDOWN = 'raadsrapportage.md';
export const COUNCIL_HTML = 'raadsrapportage.html';

/** Styles only the council report uses, appended to the shared style sheet. */
export const COUNCIL_CSS = `.diagram { overflow-x: auto; margin: 1rem 0; }
.open-points li { margin-bottom: .5rem; }
`;

/** The follow-up question for a rule's finding; rules not named here take their question's general one. */
const ASK: Readonly<Record<string, Phrase>> = {
  'partnership-not-registered': 'council.ask.partnership-not-registered',
  'review-overdue': 'council.ask.review-overdue',
  'legal-basis-missing': 'council.ask.legal-basis-missing',
  'legal-basis-agreement-only': 'council.ask.legal-basis-agreement-only',
  'legal-basis-provision-missing': 'council.ask.provision',
  'provision-not-law': 'council.ask.provision',
  'provision-article-missing': 'council.ask.provision',
  'ground-not-available': 'council.ask.ground-not-available',
  'necessity-missing': 'council.ask.necessity-missing',
  'role-missing': 'council.ask.role-missing',
  'agreement-missing': 'council.ask.agreement-missing',
  'agreement-after-start': 'council.ask.agreement-after-start',
  'dpia-missing': 'council.ask.dpia',
  'dpia-after-start': 'council.ask.dpia',
  'dpia-unassessed': 'council.ask.dpia',
  'dpia-waived': 'council.ask.dpia',
  'exception-not-a-ground': 'council.ask.exception',
  'special-data-without-exception': 'council.ask.exception',
  'special-data-undeclared': 'council.ask.exception',
  'notice-missing': 'council.ask.notice-missing',
  'notice-contact-missing': 'council.ask.notice-contact-missing',
  'notice-decisions-unexplained': 'council.ask.notice-decisions-unexplained',
  'notice-not-plain-language': 'council.ask.notice-not-plain-language',
  'notice-outdated': 'council.ask.notice-outdated',
  'notice-not-updated': 'council.ask.notice-outdated',
  'joint-arrangement-unpublished': 'council.ask.joint-arrangement-unpublished',
};

/** The words of the report, built in one language. */
class Writer {
  private readonly list: Intl.ListFormat;

  constructor(
    readonly language: Language,
    readonly organisation: string,
  ) {
    this.list = new Intl.ListFormat(say('locale', language), { type: 'conjunction' });
  }

  say(phrase: Phrase, data?: MessageData): string {
    return say(phrase, this.language, data);
  }

  and(values: string[]): string {
    return this.list.format(values);
  }

  status(status: Status): Inline {
    return { status, word: this.say(`council.status.${status}`) };
  }
}

/** The council report as Markdown and as a whole HTML page. */
export function councilReport(input: SiteInput): { markdown: string; html: string } {
  const blocks = councilDocument(input);
  const w = new Writer(input.language, organisationName(input));
  const html = htmlPage({
    language: input.language,
    title: w.say('council.title', { organisation: w.organisation }),
    body: renderHtml(blocks),
    root: '',
    skipLink: w.say('council.skipLink'),
  });
  return { markdown: renderMarkdown(blocks), html };
}

function organisationName(input: SiteInput): string {
  const name = input.register.settings.organisation?.name;
  return typeof name === 'string' && name.trim() !== '' ? name : '?';
}

function councilDocument(input: SiteInput): Block[] {
  const w = new Writer(input.language, organisationName(input));
  const facts = partnershipFacts(input);
  const entities = input.register.partnerships;
  const parts: Block[] = [
    { kind: 'heading', level: 1, text: [w.say('council.title', { organisation: w.organisation })] },
    { kind: 'paragraph', text: [w.say('council.made', { today: input.today, organisation: w.organisation, version: VERSION })] },
    { kind: 'paragraph', text: [w.say('council.intro')] },
    { kind: 'paragraph', text: [w.say('council.questions')] },
    { kind: 'list', items: QUESTIONS.map((q) => ({ text: [questionTitle(q, w.language)] })) },
    { kind: 'heading', level: 2, text: [w.say('council.overview')] },
  ];
  if (facts.length === 0) parts.push({ kind: 'paragraph', text: [w.say('council.none')] });
  else {
    parts.push(
      {
        kind: 'table',
        head: [w.say('council.partnership'), ...QUESTIONS.map((q) => w.say('question.short', { n: q.slice(1) }))],
        rows: facts.map((f, i) => [[{ link: `#${anchor(i)}`, text: f.name }], ...QUESTIONS.map((q) => [w.status(f.status[q])])]),
      },
      { kind: 'list', items: (['ok', 'attention', 'missing'] as const).map((s) => ({ text: [w.status(s), `: ${w.say(`council.legend.${s}`)}`] })) },
    );
  }
  facts.forEach((f, i) => parts.push(...partnershipSection(f, entities[i], i, w)));
  return parts;
}

const anchor = (i: number) => `samenwerkingsverband-${i + 1}`;

function partnershipSection(f: PartnershipFacts, entity: PartnershipEntity, i: number, w: Writer): Block[] {
  const parts: Block[] = [{ kind: 'heading', level: 2, text: [f.name], id: anchor(i) }];
  if (f.purpose) parts.push({ kind: 'paragraph', text: [w.say('council.purpose', { purpose: f.purpose })] });
  const dates: string[] = [];
  if (f.started) dates.push(w.say('council.started', { started: f.started }));
  if (f.ended) dates.push(w.say(f.current ? 'council.ends' : 'council.ended', { ended: f.ended }));
  if (dates.length > 0) parts.push({ kind: 'paragraph', text: dates });

  parts.push({ kind: 'heading', level: 3, text: [w.say('council.participants')] });
  parts.push(
    {
      kind: 'list',
      items: f.participants.map((p) => ({
        text: [`${p.name}: ${p.role ? (sayKnown('role.', p.role, w.language) ?? p.role) : w.say('council.noRole')}${p.self ? ` ${w.say('council.self')}` : ''}`],
      })),
    },
  );

  if (f.q2.flows.length > 0) {
    const invalid = new Set(f.q2.flows.filter((flow) => !flow.basisValid).map((flow) => flow.index));
    const mermaid = partnershipDiagram(entity, [], w.language, { flows: invalid, label: w.say('council.diagram.invalid') });
    parts.push({ kind: 'heading', level: 3, text: [w.say('council.diagram')] });
    parts.push({ kind: 'figure', markdown: mermaid, html: `<div class="diagram">${partnershipSvg(f, `diagram-${i + 1}`, w.language)}</div>` });
    parts.push(
      {
        kind: 'list',
        items: f.q2.flows.map((flow) => ({
          text: [
            w.say('council.diagram.flow', { n: flow.index + 1, from: names(flow.from, w), to: names(flow.to, w), data: w.and(flow.data) }),
            ...(flow.basisValid ? [] : [{ strong: `(${w.say('council.diagram.invalid')})` }]),
          ],
        })),
      },
    );
  }

  parts.push(...questionOne(f, w));
  parts.push(...questionTwo(f, w));
  parts.push(...questionThree(f, w));
  return parts;
}

const names = (parties: { name: string }[], w: Writer) => w.and(parties.map((p) => p.name));

function questionHeading(q: Question, f: PartnershipFacts, w: Writer): Block[] {
  return [
    { kind: 'heading', level: 3, text: [questionTitle(q, w.language)] },
    { kind: 'paragraph', text: [w.say('council.statusLabel'), w.status(f.status[q])] },
  ];
}

function questionOne(f: PartnershipFacts, w: Writer): Block[] {
  const parts = questionHeading('Q1', f, w);
  const { q1 } = f;
  const sentences: string[] = [];
  if (q1.listedIn.length > 0) {
    sentences.push(w.say(q1.listedIn.length === 1 ? 'council.q1.listed.one' : 'council.q1.listed.other', { activities: w.and(q1.listedIn.map((a) => a.name)) }));
  } else sentences.push(w.say('council.q1.notListed', { organisation: w.organisation }));
  if (q1.reviewed && q1.due) sentences.push(w.say(q1.overdue ? 'council.q1.overdue' : 'council.q1.reviewed', { reviewed: q1.reviewed, months: q1.interval, due: q1.due }));
  else sentences.push(w.say('council.q1.noReviewed'));
  parts.push({ kind: 'paragraph', text: sentences });
  return [...parts, ...openPoints(f, 'Q1', w)];
}

function basisSentence(b: BasisFacts, w: Writer): string {
  const letter = b.ground !== undefined && Object.hasOwn(GROUND_LETTER, b.ground) ? GROUND_LETTER[b.ground] : undefined;
  const ground = b.ground !== undefined ? sayKnown('council.ground.', b.ground, w.language) : undefined;
  if (letter === undefined || ground === undefined) return w.say('council.basis.unknownGround', { ground: b.ground ?? '?' });
  const data = { ground, letter, provision: b.provision ?? '' };
  if (b.kind === 'statute') return w.say('council.basis.statute', data);
  if (b.kind === 'agreement') return w.say('council.basis.agreement', data);
  if (b.provision !== undefined) return w.say('council.basis.groundExplained', data);
  return w.say(b.kind === 'ground' ? 'council.basis.ground' : 'council.basis.noProvision', data);
}

function flowPart(flow: FlowFacts, f: PartnershipFacts, w: Writer): Block[] {
  const parts: Block[] = [
    { kind: 'heading', level: 4, text: [w.say('council.flow.heading', { n: flow.index + 1, from: names(flow.from, w), to: names(flow.to, w) })] },
  ];
  if (!flow.basisValid) parts.push({ kind: 'paragraph', text: [{ strong: w.say('council.flow.invalid') }] });
  const what: string[] = [flow.data.length > 0 ? w.say('council.flow.data', { data: w.and(flow.data) }) : w.say('council.flow.noData')];
  if (flow.special.length > 0) {
    what.push(w.say('council.flow.special', { categories: w.and(flow.special.map((c) => sayKnown('council.special.', c, w.language) ?? c)) }));
  }
  if (flow.criminal) what.push(w.say('council.flow.criminal'));
  parts.push({ kind: 'paragraph', text: what });

  const basis = flow.bases.length === 0 ? [w.say('council.basis.missing')] : flow.bases.map((b) => basisSentence(b, w));
  if (flow.inheritedBasis) basis.push(w.say('council.basis.inherited'));
  parts.push({ kind: 'paragraph', text: basis });

  const more: string[] = [flow.necessity ? w.say('council.necessity', { necessity: flow.necessity }) : w.say('council.noNecessity')];
  if (flow.decisions) more.push(w.say('council.decisions'));
  if (flow.automated) more.push(w.say('council.automated'));
  if (flow.internal) more.push(w.say('council.internal'));
  else if (flow.controllerProcessor) more.push(w.say('council.controllerProcessor'));
  if (!flow.internal) {
    const covering = f.q2.agreements.filter((a) => flow.agreements.includes(a.index)).map((a) => a.reference ?? a.provision ?? agreementKind(a.kind, w));
    more.push(covering.length > 0 ? w.say('council.flow.agreements', { agreements: w.and(covering) }) : w.say('council.flow.noAgreement'));
  }
  parts.push({ kind: 'paragraph', text: more });
  return parts;
}

const agreementKind = (kind: string | undefined, w: Writer) => sayKnown('council.agreementKind.', kind ?? 'other', w.language) ?? w.say('council.agreementKind.other');

function questionTwo(f: PartnershipFacts, w: Writer): Block[] {
  const parts = questionHeading('Q2', f, w);
  const { q2 } = f;
  const role = q2.ownRole ? sayKnown('role.', q2.ownRole, w.language) : undefined;
  const own = [role ? w.say('council.q2.ownRole', { organisation: w.organisation, role }) : w.say('council.q2.noOwnRole', { organisation: w.organisation })];
  if (q2.ownRole === 'processor') own.push(w.say('council.q2.processor', { organisation: w.organisation }));
  parts.push({ kind: 'paragraph', text: own });
  for (const flow of q2.flows) parts.push(...flowPart(flow, f, w));

  parts.push({ kind: 'heading', level: 4, text: [w.say('council.agreements')] });
  if (q2.agreements.length === 0) parts.push({ kind: 'paragraph', text: [w.say('council.noAgreements')] });
  else {
    const items: ListItem[] = q2.agreements.map((a) => {
      const kind = agreementKind(a.kind, w);
      const text: Inline[] = [
        a.kind === 'statutory-allocation'
          ? w.say('council.agreement.statutory', { kind, provision: a.provision ?? '?' })
          : a.date
            ? w.say('council.agreement.dated', { kind, reference: a.reference ?? '?', date: a.date })
            : w.say('council.agreement.undated', { kind, reference: a.reference ?? '?' }),
      ];
      if (a.late) text.push(w.say('council.agreement.late'));
      else if (a.date && f.started && a.date <= f.started) text.push(w.say('council.agreement.before', { started: f.started }));
      if (a.essencePublished) text.push(w.say('council.agreement.published'), registerLink(a.essencePublished), '.');
      return { text };
    });
    parts.push({ kind: 'list', items });
  }

  parts.push({ kind: 'heading', level: 4, text: [w.say('council.dpia.heading')] });
  const dpia: string[] = [];
  if (q2.dpia.kind === 'done') {
    dpia.push(w.say('council.dpia.done', { reference: q2.dpia.reference ?? '?', date: q2.dpia.date ?? '?' }));
    if (q2.dpia.beforeStart === true && f.started) dpia.push(w.say('council.dpia.before', { started: f.started }));
    if (q2.dpia.beforeStart === false && f.started) dpia.push(w.say('council.dpia.after', { started: f.started }));
  } else if (q2.dpia.kind === 'waived') dpia.push(w.say('council.dpia.waived', { reason: q2.dpia.reason ?? '?' }));
  else dpia.push(w.say('council.dpia.none'));
  parts.push({ kind: 'paragraph', text: dpia });
  return [...parts, ...openPoints(f, 'Q2', w)];
}

function questionThree(f: PartnershipFacts, w: Writer): Block[] {
  const parts = questionHeading('Q3', f, w);
  const { notice, decisions } = f.q3;
  if (!notice) {
    parts.push({ kind: 'paragraph', text: [w.say('council.notice.none')] });
    return [...parts, ...openPoints(f, 'Q3', w)];
  }
  const where = notice.url ?? notice.file;
  const first: Inline[] = [];
  if (where !== undefined) first.push(w.say('council.notice.present'), registerLink(where), '.');
  first.push(notice.updated ? w.say('council.notice.updated', { updated: notice.updated }) : w.say('council.notice.noUpdated'));
  parts.push({ kind: 'paragraph', text: first });
  parts.push({ kind: 'paragraph', text: notice.contact ? [w.say('council.notice.contact'), registerLink(notice.contact), '.'] : [w.say('council.notice.noContact')] });
  const rights: Inline[] = [decisions ? w.say(notice.explainsDecisions ? 'council.notice.explains' : 'council.notice.notExplained') : w.say('council.notice.noDecisions')];
  if (notice.objection) rights.push(w.say('council.notice.objection'), registerLink(notice.objection), '.');
  else if (decisions) rights.push(w.say('council.notice.noObjection'));
  parts.push({ kind: 'paragraph', text: rights });
  const r = notice.readability;
  const readability =
    r.kind === 'measured'
      ? w.say(r.plain ? 'council.notice.plain' : 'council.notice.notPlain')
      : r.kind === 'outside'
        ? r.date
          ? w.say('council.notice.outsideDated', { tool: r.tool, level: r.level, date: r.date })
          : w.say('council.notice.outside', { tool: r.tool, level: r.level })
        : r.level
          ? w.say('council.notice.level', { level: r.level })
          : w.say('council.notice.unmeasured');
  parts.push({ kind: 'paragraph', text: [readability] });
  return [...parts, ...openPoints(f, 'Q3', w)];
}

/** The check's findings for a question, each linked to its rule page, with a follow-up question per kind of shortcoming. */
function openPoints(f: PartnershipFacts, q: Question, w: Writer): Block[] {
  const findings: Finding[] = f.findings[q];
  if (findings.length === 0) return [];
  const asked = new Set<Phrase>();
  const items: ListItem[] = findings.map((finding) => {
    const phrase = ASK[finding.rule] ?? (`council.ask.${q}` as const);
    const sub: Inline[][] = [];
    if (!asked.has(phrase)) {
      asked.add(phrase);
      sub.push([{ strong: w.say('council.askFurther') }, w.say(phrase, { name: f.name })]);
    }
    return {
      text: [describeFinding(finding, w.language).message, '—', { link: ruleDocsUrl(finding.rule), text: w.say('council.rule', { rule: finding.rule }) }],
      sub,
    };
  });
  return [{ kind: 'paragraph', text: [{ strong: w.say('council.openPoints') }] }, { kind: 'list', items }];
}
