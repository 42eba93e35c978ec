/** Validates parsed documents against the JSON Schemas in schemas/ and phrases the errors. */

import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import registerSchema from '../schemas/register.schema.json' with { type: 'json' };
import processingSchema from '../schemas/processing-activity.schema.json' with { type: 'json' };
import partnershipSchema from '../schemas/partnership.schema.json' with { type: 'json' };
import configSchema from '../schemas/config.schema.json' with { type: 'json' };
import * as precompiled from './generated/validators.js';
import { decodePointer, pointerToPath, valueAt } from './locate.js';
import { describePath, type MessageData } from './template.js';
import type { LoadProblem, ParsedFile } from './register.js';
import type { DocPath } from './types.js';

type AddFormats = (ajv: Ajv2020) => Ajv2020;
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ?? addFormatsModule) as AddFormats;

/** The schemas by the role of the file they describe. */
export const SCHEMAS = {
  register: registerSchema,
  processing: processingSchema,
  partnership: partnershipSchema,
  config: configSchema,
} as const;

/** The kinds of document that have a schema. */
export type SchemaRole = keyof typeof SCHEMAS;

/** Whether a document is valid: ajv's code for each schema, generated at build time (scripts/generate-validators.js). */
const PRECOMPILED: Record<SchemaRole, (data: unknown) => boolean> = precompiled;

const detailed: Partial<Record<SchemaRole, ValidateFunction>> = {};
let ajv: Ajv2020 | undefined;

/**
 * The validator whose errors are phrased, compiled the first time a document of its role is not valid: most
 * runs never compile one. verbose: errors carry their schema, so alternatives can be re-checked branch by
 * branch and unknown keys can be compared with the allowed ones.
 */
function detailedValidator(role: SchemaRole): ValidateFunction {
  if (!ajv) {
    ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
    addFormats(ajv);
  }
  return (detailed[role] ??= ajv.compile(SCHEMAS[role]));
}

/** A schema error, ready to be reported by the `schema` rule or shown for a bad config. */
export type SchemaProblem = Omit<LoadProblem, 'entity'> & { path: DocPath };

const TYPE_MESSAGES: Record<string, string> = {
  string: 'typeString',
  array: 'typeArray',
  object: 'typeObject',
  boolean: 'typeBoolean',
  integer: 'typeInteger',
  number: 'typeNumber',
};

/**
 * The edit distance between two strings, or `limit + 1` as soon as it must exceed `limit`: strings whose lengths
 * differ by more cannot come closer, and no row of the table has a smaller minimum than the row before.
 */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    let least = row[0];
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
      if (row[j] < least) least = row[j];
    }
    if (least > limit) return limit + 1;
  }
  return row[b.length];
}

/**
 * The closest of `candidates` to `word`, if it is close enough to be a typo; the first of equally close ones.
 * A candidate is measured only as far as it could still win: against a thousand ids that is a few letters each.
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const threshold = Math.max(2, Math.floor(word.length / 3));
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    // Only a closer candidate replaces the best one; none comes closer than the same word.
    const limit = Math.min(threshold, bestDistance - 1);
    if (limit < 0) break;
    const distance = editDistance(lower, candidate.toLowerCase(), limit);
    if (distance <= limit) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

const pointers = new WeakMap<object, string | undefined>();

/** The JSON pointer of `target` (by identity) inside `root`. */
function pointerOf(root: unknown, target: object): string | undefined {
  if (pointers.has(target)) return pointers.get(target);
  const search = (node: unknown, pointer: string): string | undefined => {
    if (node === target) return pointer;
    if (node === null || typeof node !== 'object') return undefined;
    for (const [key, child] of Object.entries(node)) {
      const found = search(child, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  const found = search(root, '');
  pointers.set(target, found);
  return found;
}

/** The instance path and each of its ancestors, the root ('') included. */
function pathAndAncestors(pointer: string): string[] {
  const out = [pointer];
  for (let i = pointer.lastIndexOf('/'); i >= 0; i = pointer.lastIndexOf('/', i - 1)) {
    out.push(pointer.slice(0, i));
    if (i === 0) break;
  }
  return out;
}

/** The deepest instance path among errors, by length. */
function deepest(errors: ErrorObject[]): number {
  let max = 0;
  for (const e of errors) if (e.instancePath.length > max) max = e.instancePath.length;
  return max;
}

/**
 * Keeps, for each oneOf/anyOf, only the errors of the branch that came closest. Each branch is
 * validated again on its own: ajv's schema paths do not say which branch an error came from once
 * a branch goes through a $ref.
 *
 * An alternative replaces every error at or below its instance path; one that lies inside an
 * alternative handled earlier is gone already. Paths are looked up in sets, so a document with many
 * failing alternatives (a long list of wrong recipients) costs linear time, not quadratic.
 */
function collapseAlternatives(errors: ErrorObject[], data: unknown, rootSchema: { $id: string }): ErrorObject[] {
  const handled: { alternative: ErrorObject; best: ErrorObject[] | undefined }[] = [];
  const handledAt = new Set<string>();
  for (const alternative of errors) {
    if (alternative.keyword !== 'oneOf' && alternative.keyword !== 'anyOf') continue;
    const at = alternative.instancePath;
    if (pathAndAncestors(at).some((p) => handledAt.has(p)) || !Array.isArray(alternative.schema)) continue;
    const pointer = pointerOf(rootSchema, alternative.schema);
    if (pointer === undefined) continue;
    const value = valueAt(data, decodePointer(at));
    const validators = alternative.schema.map((_, i) => ajv!.getSchema(`${rootSchema.$id}#${pointer}/${i}`));
    if (validators.some((v) => v === undefined)) continue;
    const branches = validators.map((validate) => {
      if (validate!(value)) return [];
      const own = (validate!.errors ?? []).map((e) => ({ ...e, instancePath: at + e.instancePath }));
      validate!.errors = null;
      return collapseAlternatives(own, data, rootSchema);
    });
    // Prefer the branch that matched deepest, then the one with the fewest errors; the first on a tie.
    const score = (c: ErrorObject[]) => -deepest(c) * 1000 + c.length;
    let best: ErrorObject[] | undefined;
    for (const candidate of branches) {
      if (candidate.length === 0) {
        best = undefined;
        break;
      }
      if (!best || score(candidate) < score(best)) best = candidate;
    }
    handled.push({ alternative, best });
    handledAt.add(at);
  }
  if (handled.length === 0) return errors;
  // An alternative handled later that encloses an earlier one replaces the earlier one's errors too.
  const enclosing = new Set<string>();
  const survivors = new Set<ErrorObject>();
  for (let i = handled.length - 1; i >= 0; i--) {
    const at = handled[i].alternative.instancePath;
    if (!pathAndAncestors(at).slice(1).some((p) => enclosing.has(p))) survivors.add(handled[i].alternative);
    enclosing.add(at);
  }
  const kept = new Set(handled.filter((h) => h.best === undefined && survivors.has(h.alternative)).map((h) => h.alternative));
  // No branch failed on its own (oneOf with several matching branches): the shape itself is the error.
  const result = errors.filter((e) => kept.has(e) || !pathAndAncestors(e.instancePath).some((p) => handledAt.has(p)));
  for (const { alternative, best } of handled) if (best && survivors.has(alternative)) for (const e of best) result.push(e);
  return result;
}

/**
 * Validates one parsed document; returns positioned problems for the `schema` rule. Beyond `limit`
 * problems one more says how many were left out: a file of thousands of wrong entries would otherwise
 * hold a finding (and later a message) per entry.
 */
export function validateDocument(file: ParsedFile, role: SchemaRole, limit = Infinity): SchemaProblem[] {
  if (PRECOMPILED[role](file.data)) return [];
  const validate = detailedValidator(role);
  // Both validators judge by the same schema: one that disagrees is a stale generated file.
  if (validate(file.data)) throw new Error(`src/generated/validators.ts is out of date for ${role}: run npm run generate`);
  // An `if` that fails says only "must match then/else"; the errors of that branch say what is missing.
  const errors = (validate.errors ?? []).filter((e) => e.keyword !== 'if');
  // The validator keeps its last errors, each holding the data it judged: let them go with the document.
  validate.errors = null;
  return phraseErrors(file, collapseAlternatives(errors, file.data, SCHEMAS[role]), limit);
}

function phraseErrors(file: ParsedFile, errors: ErrorObject[], limit: number): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  const leftOut = new Set<string>();
  for (const error of errors) {
    if (problems.length >= limit) {
      // Counted, not phrased: what is left out costs no suggestions and holds no finding.
      const params = error.params as { missingProperty?: string; additionalProperty?: string };
      leftOut.add(`${error.keyword}\u0000${error.instancePath}\u0000${params.missingProperty ?? params.additionalProperty ?? ''}`);
      continue;
    }
    const base = pointerToPath(file, error.instancePath);
    const params = error.params as Record<string, unknown>;
    let path: DocPath = base;
    let messageId = 'invalid';
    const data: MessageData = { at: base.length ? describePath(base) : { nl: '(bestand)', en: '(file)' } };
    switch (error.keyword) {
      case 'required':
        path = [...base, String(params.missingProperty)];
        messageId = 'required';
        data.key = String(params.missingProperty);
        break;
      case 'additionalProperties': {
        const key = String(params.additionalProperty);
        path = [...base, key];
        data.key = key;
        const allowed = Object.keys((error.parentSchema as { properties?: object })?.properties ?? {});
        const suggestion = closest(key, allowed);
        if (suggestion) {
          messageId = 'unknownKeyDidYouMean';
          data.suggestion = suggestion;
        } else {
          messageId = 'unknownKey';
          data.allowed = allowed.join(', ');
        }
        break;
      }
      case 'enum': {
        messageId = 'enum';
        const value = valueAt(file.data, base);
        data.value = String(value);
        const allowed = (params.allowedValues as unknown[]).map(String);
        data.allowed = allowed.join(', ');
        const suggestion = typeof value === 'string' ? closest(value, allowed) : undefined;
        if (suggestion) {
          messageId = 'enumDidYouMean';
          data.suggestion = suggestion;
        }
        break;
      }
      case 'type': {
        const type = String(params.type).split(',')[0];
        messageId = base.length === 0 ? 'notFields' : TYPE_MESSAGES[type] ?? 'invalid';
        break;
      }
      case 'format':
        messageId = params.format === 'date' ? 'formatDate' : params.format === 'uri' ? 'formatUri' : 'invalid';
        data.value = String(valueAt(file.data, base));
        break;
      case 'pattern':
        messageId = base[base.length - 1] === 'id' || String(params.pattern).startsWith('^[a-z0-9]+(-') ? 'patternId' : 'invalid';
        data.value = String(valueAt(file.data, base));
        break;
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
      case 'exclusiveMaximum':
        messageId = error.keyword.toLowerCase().includes('min') ? 'tooSmall' : 'tooLarge';
        data.limit = Number(params.limit);
        break;
      case 'minItems':
        messageId = 'emptyList';
        break;
      case 'oneOf':
      case 'anyOf':
        messageId = 'shape';
        break;
      default:
        messageId = 'invalid';
    }
    if (messageId === 'invalid') data.detail = error.message ?? error.keyword;
    const key = `${messageId}:${path.join('/')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ rule: 'schema', messageId, path, data, discriminator: messageId });
  }
  if (leftOut.size > 0) {
    problems.push({ rule: 'schema', messageId: 'moreErrors', path: [], data: { count: leftOut.size, limit }, discriminator: 'moreErrors' });
  }
  return problems;
}
