/** The rule engine: runs every enabled rule over a loaded register and stamps the findings. */

import { createHash } from 'node:crypto';
import { isMap, isScalar, stringify, type Node } from 'yaml';
import type { Rule, Report, RuleOptions, SuggestionRequest } from './rule.js';
import { RULES } from './rules/index.js';
import { entities, type Entity, type FileEntity, type Register, type ParsedFile } from './register.js';
import { isProcessorRecord, organisationRole, type CheckConfig } from './model.js';
import { type DocPath, type Finding, isNew, type Position, type Severity, type Suggestion, type Summary } from './types.js';
import { lineText, locate, nodeAt, pathExists } from './locate.js';
import { loadRegister, DEFAULT_LIMITS, type LoadLimits } from './load.js';
import { resolveConfig } from './config.js';
import type { RegisterSource } from './source.js';

/** What a check needs besides the register. */
export interface CheckOptions {
  config?: CheckConfig;
  /** ISO date `YYYY-MM-DD`; rules never read the clock. */
  today: string;
  /** The register at the base of a pull request: enables base comparisons and marks findings new or existing. */
  base?: Register;
  limits?: LoadLimits;
}

/** Findings plus counts. */
export interface CheckResult {
  findings: Finding[];
  summary: Summary;
  register: Register;
}

/** Today's date in the local calendar, as `YYYY-MM-DD`; read once, at the edge. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The severity a rule runs at under a configuration, or `off`. */
export function severityOf(rule: Rule, config: CheckConfig | undefined): Severity | 'off' {
  return config?.rules?.[rule.id] ?? rule.severity;
}

/** Loads a register from a source and checks it. */
export async function checkSource(source: RegisterSource, options: CheckOptions): Promise<CheckResult> {
  const register = await loadRegister(source, options.config, options.limits ?? DEFAULT_LIMITS);
  return checkRegister(register, options);
}

/** Checks a loaded register; when a base is given, marks each finding new or existing. */
export function checkRegister(register: Register, options: CheckOptions): CheckResult {
  const findings = runRules(register, options);
  if (options.base) {
    const baseFindings = runRules(options.base, { ...options, base: undefined });
    markNew(findings, baseFindings);
  }
  return { findings, summary: summarise(register, findings), register };
}

/** Whether a finding makes the check fail under a `fail_on` setting; findings that already existed never do. */
export function failsOn(finding: Finding, failOn: NonNullable<CheckConfig['fail_on']>): boolean {
  if (!isNew(finding) || failOn === 'never') return false;
  if (failOn === 'warning') return finding.severity === 'error' || finding.severity === 'warning';
  return finding.severity === 'error';
}

/** Marks findings whose fingerprint the base does not have as new. */
export function markNew(findings: Finding[], baseFindings: Finding[]): void {
  const existing = new Set(baseFindings.map((f) => f.fingerprint));
  for (const finding of findings) finding.new = !existing.has(finding.fingerprint);
}

/** Counts files, entities and findings by severity. */
export function summarise(register: Register, findings: Finding[]): Summary {
  const count = (severity: Severity) => findings.filter((f) => f.severity === severity).length;
  return {
    files: register.files.length,
    entities: entities(register).length,
    errors: count('error'),
    warnings: count('warning'),
    notices: count('notice'),
  };
}

/** A fingerprint that survives moved lines: rule, entity and path in the document. */
export function fingerprint(rule: string, kind: string, id: string, path: DocPath, discriminator = ''): string {
  return createHash('sha256').update([rule, kind, id, path.join('/'), discriminator].join('\u0000')).digest('hex').slice(0, 20);
}

const pathKey = (file: string, path: DocPath) => `${file}\u0000${path.join('\u0000')}`;

/** Runs the enabled rules and returns sorted, stamped findings. */
export function runRules(register: Register, options: CheckOptions): Finding[] {
  const config = resolveConfig(options.config);
  const ruleOptions: RuleOptions = {
    readabilityMinScore: config.readability.min_score,
    maxSentenceWords: config.readability.max_sentence_words,
  };
  const findings: Finding[] = [];
  const schemaPaths = new Set<string>();
  for (const problem of register.problems) {
    if (problem.rule === 'schema' && problem.path && problem.path.length > 0) schemaPaths.add(pathKey(problem.entity.file.path, problem.path));
  }
  // A value the schema already rejected is not judged again by content rules.
  const underSchemaError = (file: string, path: DocPath) => {
    for (let i = path.length; i > 0; i--) if (schemaPaths.has(pathKey(file, path.slice(0, i)))) return true;
    return false;
  };

  for (const rule of RULES) {
    const severity = severityOf(rule, options.config);
    if (severity === 'off') continue;
    const report = (r: Report<string>) => {
      if (!Object.hasOwn(rule.messages, r.messageId)) throw new Error(`Rule ${rule.id} reported unknown message id ${r.messageId}`);
      for (const rel of r.related ?? []) {
        if (!Object.hasOwn(rule.relatedMessages ?? {}, rel.messageId)) throw new Error(`Rule ${rule.id} named unknown related message id ${rel.messageId}`);
      }
      if (rule.duty === 'controller' && isProcessorEntry(r.entity)) return;
      const path = r.path ?? [];
      const file = r.entity.file;
      if (rule.id !== 'schema' && path.length > 0 && underSchemaError(file.path, path)) return;
      findings.push(stamp(rule, severity, r, path));
    };
    rule.check({ register, base: options.base, settings: register.settings, today: options.today, options: ruleOptions, report });
  }
  return findings.sort(compareFindings);
}

/**
 * Whether an entry is one where the organisation is processor: a processing activity with `role: processor` (its
 * Art. 30(2) record) or a partnership whose `self` participant is processor. The controller's duties are not its own.
 */
export function isProcessorEntry(entity: Entity | FileEntity): boolean {
  if (entity.kind === 'processing') return isProcessorRecord(entity.data);
  if (entity.kind === 'partnership') return organisationRole(entity.data) === 'processor';
  return false;
}

/** Orders findings by file, line, column, then rule. */
export function compareFindings(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  if (a.column !== b.column) return a.column - b.column;
  if (a.rule !== b.rule) return a.rule < b.rule ? -1 : 1;
  return a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0;
}

function stamp(rule: Rule, severity: Severity, r: Report<string>, path: DocPath): Finding {
  const file = r.entity.file;
  const position: Position = r.position ?? locate(file, path);
  const finding: Finding = {
    rule: rule.id,
    messageId: r.messageId,
    data: r.data ?? {},
    severity,
    file: file.path,
    ...position,
    entity: { kind: r.entity.kind, id: r.entity.id },
    question: rule.question,
    fingerprint: fingerprint(rule.id, r.entity.kind, r.entity.id, path, r.discriminator ?? r.messageId),
    path,
    related: (r.related ?? []).map((rel) => ({
      file: rel.entity.file.path,
      ...(rel.position ?? locate(rel.entity.file, rel.path ?? [])),
      messageId: rel.messageId,
    })),
  };
  if (r.suggestion && pathExists(file, path)) {
    const suggestion = resolveSuggestion(file, path, r.suggestion);
    if (suggestion) finding.suggestion = suggestion;
  }
  return finding;
}

/** A one-line YAML scalar for a string, quoted where a plain scalar would change its meaning; none for text spanning lines. */
function yamlScalar(value: string): string | undefined {
  const written = stringify(value, { version: '1.2', lineWidth: 0 }).replace(/\n$/, '');
  return written.includes('\n') ? undefined : written;
}

/** Turns a requested fix into replacement lines, or nothing when the YAML is not simple enough. */
function resolveSuggestion(file: ParsedFile, path: DocPath, request: SuggestionRequest): Suggestion | undefined {
  const node = nodeAt(file, path.slice(0, -1));
  if (!isMap(node)) return undefined;
  // The new value may come from register text (a file name): written as YAML would write it, quoted where needed.
  const written = yamlScalar(request.value);
  if (written === undefined) return undefined;
  if (request.kind === 'replace-value') {
    const value = nodeAt(file, path);
    if (!isScalar(value) || !value.range) return undefined;
    const start = file.lineCounter.linePos(value.range[0]);
    const end = file.lineCounter.linePos(value.range[1]);
    if (start.line !== end.line) return undefined;
    const text = lineText(file, start.line);
    const replacement = text.slice(0, start.col - 1) + written + text.slice(end.col - 1);
    return { startLine: start.line, endLine: start.line, replacement };
  }
  const first = node.items[0];
  const firstKey = first?.key as Node | undefined;
  if (!firstKey?.range) return undefined;
  const last = node.items[node.items.length - 1];
  const lastEnd = (last.value as Node | null)?.range?.[1] ?? (last.key as Node).range![1];
  const anchor = file.lineCounter.linePos(Math.max(0, lastEnd - 1));
  const indent = file.lineCounter.linePos(firstKey.range[0]).col - 1;
  const text = lineText(file, anchor.line);
  return { startLine: anchor.line, endLine: anchor.line, replacement: `${text}\n${' '.repeat(indent)}${request.key}: ${written}` };
}

