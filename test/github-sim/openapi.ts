/**
 * GitHub's OpenAPI description (from `@octokit/openapi`) as a router and validator.
 *
 * The spec is the non-dereferenced `api.github.com.json` (13 MB, parsed once per process in ~0.3 s);
 * the dereferenced variant is 73 MB and takes over a second to parse. Component schemas are
 * converted from OpenAPI 3.0 to JSON Schema draft-07 lazily, one component at a time, when an
 * operation that needs them is first validated, and registered with a single Ajv instance under
 * their own URI so Ajv compiles each shared schema (simple-user, repository, ...) only once.
 */

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

type AddFormats = (ajv: Ajv) => Ajv;
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ?? addFormatsModule) as AddFormats;

const require = createRequire(import.meta.url);

/** File the simulator validates against: GitHub's public REST description for api.github.com. */
export const SPEC_PATH: string = require.resolve('@octokit/openapi/generated/api.github.com.json');

/** A JSON Schema or OpenAPI schema object, loosely typed. */
export type Schema = Record<string, unknown>;

/** An OpenAPI parameter object. */
export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

/** An OpenAPI operation object (the parts the simulator uses). */
export interface Operation {
  operationId: string;
  summary?: string;
  parameters?: Array<Parameter | { $ref: string }>;
  requestBody?: { required?: boolean; content: Record<string, { schema?: Schema }> } | { $ref: string };
  responses: Record<string, { content?: Record<string, { schema?: Schema }> } | { $ref: string }>;
  externalDocs?: { url: string };
}

interface OpenApiDoc {
  paths: Record<string, Record<string, Operation>>;
  components: {
    schemas: Record<string, Schema>;
    parameters: Record<string, Parameter>;
    responses: Record<string, unknown>;
    requestBodies?: Record<string, unknown>;
  };
}

/** One path template of the spec with its compiled matchers. */
interface Route {
  template: string;
  literalCount: number;
  paramNames: string[];
  strict: RegExp;
  /** Like `strict` but the last parameter may contain slashes (`contents/{path}`, `tarball/{ref}`); only for SLASHED_PARAMS. */
  greedy: RegExp | null;
  methods: Record<string, Operation>;
}

/** The outcome of routing a request against the spec. */
export interface RouteMatch {
  template: string;
  method: string;
  operation: Operation;
  /** Path parameters, URL-decoded, still strings. */
  params: Record<string, string>;
}

/** A problem found while validating a request or response. */
export interface Problem {
  /** Where the problem is. */
  where: 'route' | 'path' | 'query' | 'body' | 'response';
  /** HTTP status GitHub would answer with (requests only). */
  status: number;
  /** Whether GitHub rejects the request for it (otherwise GitHub ignores it, e.g. an unknown key). */
  reject: boolean;
  message: string;
}

/** Trailing path parameters whose values may contain unencoded slashes (file paths, refs, branch names). */
const SLASHED_PARAMS = new Set(['path', 'ref', 'branch', 'basehead']);
const SCHEMA_BASE = 'https://github-sim.invalid/schemas/';
const COMPONENT_REF = '#/components/schemas/';
const NUMERIC_FORMATS = ['int32', 'int64', 'double', 'float'];

let loaded: OpenApi | undefined;

/** Loads (once per process) and returns the OpenAPI router/validator. */
export function loadOpenApi(): OpenApi {
  if (!loaded) {
    const doc = JSON.parse(readFileSync(SPEC_PATH, 'utf8')) as OpenApiDoc;
    for (const fix of SPEC_FIXES) fix(doc);
    loaded = new OpenApi(doc);
  }
  return loaded;
}

/**
 * Known errors in the published description, corrected before use so that responses shaped like
 * GitHub's real ones validate. Each fix is narrow and says what GitHub actually sends.
 */
const SPEC_FIXES: Array<(doc: OpenApiDoc) => void> = [
  // GET /app/installations inlines the installation schema with `account: allOf [simple-user, enterprise]`
  // (both at once, impossible for a real account); the `installation` component says anyOf, as GitHub behaves.
  (doc) => {
    const op = doc.paths['/app/installations']?.get;
    const resp = op?.responses['200'] as { content?: Record<string, { schema?: Schema }> } | undefined;
    const account = ((resp?.content?.['application/json']?.schema?.items as Schema | undefined)?.properties as Record<string, Schema> | undefined)?.account;
    if (account && Array.isArray(account.allOf)) {
      account.anyOf = account.allOf;
      delete account.allOf;
    }
  },
];

/** Router and validator over GitHub's OpenAPI description. */
export class OpenApi {
  private readonly doc: OpenApiDoc;
  private readonly routes: Route[] = [];
  private readonly ajv: Ajv;
  private readonly registered = new Set<string>();
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(doc: OpenApiDoc) {
    this.doc = doc;
    for (const [template, methods] of Object.entries(doc.paths)) this.routes.push(compileRoute(template, methods));
    this.ajv = new Ajv({
      strict: false,
      allErrors: true,
      validateSchema: false,
      allowUnionTypes: true,
      logger: false,
      inlineRefs: false,
    });
    addFormats(this.ajv);
    for (const f of NUMERIC_FORMATS) this.ajv.addFormat(f, { type: 'number', validate: () => true });
    for (const f of ['binary', 'repo.nwo', 'uri-template']) this.ajv.addFormat(f, true);
  }

  /** Number of path templates in the spec. */
  get pathCount(): number {
    return this.routes.length;
  }

  /** Finds the operation for a method and raw (still percent-encoded) path, or explains why there is none. */
  match(method: string, rawPath: string): RouteMatch | { error: string } {
    const m = method.toLowerCase();
    const pick = (greedy: boolean): RouteMatch | undefined => {
      let best: { route: Route; groups: string[] } | undefined;
      for (const route of this.routes) {
        const re = greedy ? route.greedy : route.strict;
        if (!re || !route.methods[m]) continue;
        const hit = re.exec(rawPath);
        if (hit && (!best || route.literalCount > best.route.literalCount)) best = { route, groups: hit.slice(1) };
      }
      if (!best) return undefined;
      const params: Record<string, string> = {};
      best.route.paramNames.forEach((name, i) => {
        params[name] = safeDecode(best.groups[i]);
      });
      return { template: best.route.template, method: m, operation: best.route.methods[m], params };
    };
    const found = pick(false) ?? pick(true);
    if (found) return found;
    const anyMethod = this.routes.some((r) => r.strict.test(rawPath) || r.greedy?.test(rawPath));
    return { error: anyMethod ? `no ${method} operation for ${rawPath} in the spec` : `no path template matches ${rawPath}` };
  }

  /** The operation at `method template`, if the spec has it. */
  operation(method: string, template: string): Operation | undefined {
    return this.doc.paths[template]?.[method.toLowerCase()];
  }

  /** The operation's parameters with `$ref`s resolved. */
  parameters(op: Operation): Parameter[] {
    return (op.parameters ?? []).map((p) => this.deref(p) as Parameter);
  }

  /** Validates path parameters, query and JSON body of a request. `body` is `undefined` when none was sent. */
  validateRequest(match: RouteMatch, query: URLSearchParams, body: unknown): Problem[] {
    const problems: Problem[] = [];
    const op = match.operation;
    const params = this.parameters(op);
    for (const p of params.filter((x) => x.in === 'path')) {
      const raw = match.params[p.name];
      const errs = this.validateValue(`${op.operationId} path ${p.name}`, p.schema ?? {}, coerce(raw, p.schema));
      if (errs) problems.push({ where: 'path', status: 404, reject: true, message: `path parameter ${p.name}=${JSON.stringify(raw)}: ${errs}` });
    }
    const queryParams = new Map(params.filter((x) => x.in === 'query').map((x) => [x.name, x]));
    for (const key of new Set(query.keys())) {
      const p = queryParams.get(key);
      if (!p) {
        problems.push({ where: 'query', status: 422, reject: false, message: `query parameter "${key}" is not defined for ${op.operationId} (GitHub ignores it)` });
        continue;
      }
      const raw = query.get(key) ?? '';
      const errs = this.validateValue(`${op.operationId} query ${key}`, p.schema ?? {}, coerce(raw, p.schema));
      if (errs) problems.push({ where: 'query', status: 422, reject: true, message: `query parameter ${key}=${JSON.stringify(raw)}: ${errs}` });
    }
    for (const p of queryParams.values()) {
      if (p.required && !query.has(p.name)) problems.push({ where: 'query', status: 422, reject: true, message: `missing required query parameter "${p.name}"` });
    }
    const rb = op.requestBody ? (this.deref(op.requestBody) as { required?: boolean; content: Record<string, { schema?: Schema }> }) : undefined;
    if (body === undefined) {
      if (rb?.required) problems.push({ where: 'body', status: 422, reject: true, message: `${op.operationId} requires a request body` });
      return problems;
    }
    if (!rb) {
      problems.push({ where: 'body', status: 422, reject: false, message: `${op.operationId} takes no request body (GitHub ignores it)` });
      return problems;
    }
    const schema = rb.content['application/json']?.schema;
    if (!schema) return problems;
    const errs = this.validateValue(`${op.operationId} body`, schema, body);
    if (errs) {
      problems.push({ where: 'body', status: 422, reject: true, message: `request body: ${errs}` });
    } else {
      for (const extra of this.unknownKeys(schema, body, '')) {
        problems.push({ where: 'body', status: 422, reject: false, message: `request body has ${extra}, which ${op.operationId} does not define (GitHub ignores it)` });
      }
    }
    return problems;
  }

  /**
   * Validates a response the simulator is about to send. A status the operation does not declare is
   * a problem for 2xx/3xx (GitHub documents every success), and tolerated for errors.
   */
  validateResponse(match: RouteMatch, status: number, contentType: string, body: unknown): Problem[] {
    const op = match.operation;
    const declared = op.responses[String(status)];
    const problem = (message: string): Problem => ({ where: 'response', status, reject: false, message });
    if (!declared) {
      if (status < 400) return [problem(`${op.operationId} does not declare status ${status}`)];
      return isErrorBody(body) ? [] : [problem(`error body for ${status} lacks a string "message"`)];
    }
    const resp = this.deref(declared) as { content?: Record<string, { schema?: Schema }> };
    if (!resp.content) {
      return body === undefined ? [] : [problem(`status ${status} of ${op.operationId} has no content, but a body was sent`)];
    }
    const mediaType = contentType.split(';')[0].trim();
    const media = resp.content[mediaType] ?? (mediaType === 'application/json' ? undefined : null);
    if (media === null) return []; // a non-JSON media type (raw, diff, tarball): not schema-checked
    if (!media) return [problem(`${op.operationId} status ${status} does not declare ${mediaType}`)];
    if (!media.schema) return [];
    const errs = this.validateValue(`${op.operationId} response ${status} ${mediaType}`, media.schema, body);
    if (errs) return [problem(`response ${status}: ${errs}`)];
    // Error bodies carry `status` (GitHub sends it; validation-error does not list it): keys are not checked there.
    if (status >= 400) return [];
    return this.unknownKeys(media.schema, body, '').map((k) => problem(`response ${status} has ${k}, not in the schema`));
  }

  /** Validates a value against an OpenAPI schema (cached under `key`); returns an error summary or `undefined`. */
  validateValue(key: string, schema: Schema, value: unknown): string | undefined {
    let validate = this.validators.get(key);
    if (!validate) {
      validate = this.ajv.compile(this.convert(schema));
      this.validators.set(key, validate);
    }
    return validate(value) ? undefined : formatErrors(validate.errors ?? []);
  }

  /** Resolves a `$ref` (of any component kind) in the spec; returns other values unchanged. */
  deref(value: unknown): unknown {
    let v = value;
    for (let i = 0; i < 20 && v && typeof v === 'object' && '$ref' in v; i++) {
      const ref = (v as { $ref: string }).$ref;
      v = ref
        .slice(2)
        .split('/')
        .reduce<unknown>((acc, k) => (acc as Record<string, unknown> | undefined)?.[k], this.doc);
    }
    return v;
  }

  /**
   * Keys present in `value` that its schema does not define, where the schema lists `properties`
   * and says nothing about `additionalProperties` (GitHub's schemas almost never forbid extras).
   */
  unknownKeys(schema: Schema, value: unknown, at: string, depth = 0): string[] {
    if (depth > 30 || value === null || typeof value !== 'object') return [];
    const branches = this.flatten(schema).filter((b) => typeMatches(b, value));
    if (branches.length === 0) return [];
    if (Array.isArray(value)) {
      const items = branches.map((b) => b.items).find((x): x is Schema => !!x && typeof x === 'object' && !Array.isArray(x));
      return items ? value.flatMap((v, i) => this.unknownKeys(items, v, `${at}/${i}`, depth + 1)) : [];
    }
    const props = new Map<string, Schema>();
    for (const b of branches) {
      if (b.additionalProperties !== undefined && b.additionalProperties !== false) return [];
      if (!b.properties && (b.type === 'object' || b.type === undefined)) return []; // free-form object
      for (const [k, s] of Object.entries((b.properties ?? {}) as Record<string, Schema>)) if (!props.has(k)) props.set(k, s);
    }
    const out: string[] = [];
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const s = props.get(k);
      if (!s) out.push(`unknown key "${at}/${k}"`);
      else out.push(...this.unknownKeys(s, v, `${at}/${k}`, depth + 1));
    }
    return out;
  }

  /** A schema's alternatives, with `$ref`s resolved and allOf/anyOf/oneOf spread out. */
  private flatten(schema: Schema, depth = 0): Schema[] {
    const s = this.deref(schema) as Schema;
    if (!s || typeof s !== 'object' || depth > 10) return [];
    const parts = [...((s.allOf as Schema[]) ?? []), ...((s.anyOf as Schema[]) ?? []), ...((s.oneOf as Schema[]) ?? [])];
    const own = s.properties || s.items || s.additionalProperties !== undefined || (parts.length === 0 && s.type) ? [s] : [];
    return [...own, ...parts.flatMap((p) => this.flatten(p, depth + 1))];
  }

  /** Converts an OpenAPI 3.0 schema to draft-07, registering the components it references. */
  private convert(schema: Schema): Schema {
    const refs = new Set<string>();
    const out = toDraft07(schema, refs);
    for (const name of refs) this.register(name);
    return out;
  }

  private register(name: string): void {
    if (this.registered.has(name)) return;
    this.registered.add(name);
    const schema = this.doc.components.schemas[name];
    if (!schema) throw new Error(`OpenAPI spec has no component schema "${name}"`);
    const refs = new Set<string>();
    this.ajv.addSchema(toDraft07(schema, refs), SCHEMA_BASE + encodeURIComponent(name));
    for (const r of refs) this.register(r);
  }
}

function compileRoute(template: string, methods: Record<string, Operation>): Route {
  const paramNames: string[] = [];
  let literalCount = 0;
  const parts = template.split('/').map((seg) => {
    const m = /^\{([^}]+)\}$/.exec(seg);
    if (m) {
      paramNames.push(m[1]);
      return '([^/]+)';
    }
    if (seg.includes('{')) {
      // a segment mixing literal and parameter, e.g. "{base}...{head}" — rare; treat as one parameter-ish regex
      literalCount++;
      return seg.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{([^}]+)\\?\}/g, (_, n: string) => {
        paramNames.push(n);
        return '([^/]+?)';
      });
    }
    literalCount++;
    return seg.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  });
  const strict = new RegExp(`^${parts.join('/')}$`);
  const lastName = paramNames[paramNames.length - 1];
  const greedy = parts[parts.length - 1] === '([^/]+)' && SLASHED_PARAMS.has(lastName) ? new RegExp(`^${[...parts.slice(0, -1), '(.+)'].join('/')}$`) : null;
  return { template, literalCount, paramNames, strict, greedy, methods };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Converts a query or path string to the type its schema asks for, so Ajv can judge it. */
function coerce(raw: string, schema: Schema | undefined): unknown {
  const type = schema?.type;
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
  if (type === 'boolean' && (raw === 'true' || raw === 'false')) return raw === 'true';
  if (type === 'array') return raw.split(',');
  return raw;
}

function typeMatches(schema: Schema, value: unknown): boolean {
  const t = schema.type;
  if (t === undefined) return true;
  const types = Array.isArray(t) ? t : [t];
  return Array.isArray(value) ? types.includes('array') : types.includes('object');
}

function isErrorBody(body: unknown): boolean {
  return !!body && typeof body === 'object' && typeof (body as { message?: unknown }).message === 'string';
}

const SCHEMA_MAP_KEYWORDS = new Set(['properties', 'patternProperties', 'definitions']);
const SCHEMA_LIST_KEYWORDS = new Set(['allOf', 'anyOf', 'oneOf']);
const SCHEMA_KEYWORDS = new Set(['items', 'additionalProperties', 'not', 'additionalItems', 'contains', 'propertyNames']);
const DROPPED_KEYWORDS = new Set(['discriminator', 'example', 'examples', 'description', 'readOnly', 'writeOnly', 'deprecated', 'xml', 'externalDocs', 'title']);

/**
 * OpenAPI 3.0 → draft-07: `nullable: true` becomes a type union with "null" (and null joins an
 * `enum`; without `type` the schema becomes `anyOf: [{type: null}, schema]`), `#/components/schemas/X`
 * refs point at the registered component URI, documentation-only keywords are dropped.
 */
export function toDraft07(schema: unknown, refs: Set<string>): Schema {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return schema as Schema;
  const src = schema as Schema;
  if (typeof src.$ref === 'string') {
    if (!src.$ref.startsWith(COMPONENT_REF)) throw new Error(`unsupported $ref ${src.$ref}`);
    const name = src.$ref.slice(COMPONENT_REF.length);
    refs.add(name);
    return { $ref: SCHEMA_BASE + encodeURIComponent(name) };
  }
  const out: Schema = {};
  for (const [k, v] of Object.entries(src)) {
    if (k === 'nullable' || k.startsWith('x-') || DROPPED_KEYWORDS.has(k)) continue;
    if (SCHEMA_MAP_KEYWORDS.has(k) && v && typeof v === 'object') {
      out[k] = Object.fromEntries(Object.entries(v as Schema).map(([pk, pv]) => [pk, toDraft07(pv, refs)]));
    } else if (SCHEMA_LIST_KEYWORDS.has(k) && Array.isArray(v)) {
      out[k] = v.map((x) => toDraft07(x, refs));
    } else if (SCHEMA_KEYWORDS.has(k) && v && typeof v === 'object') {
      out[k] = Array.isArray(v) ? v.map((x) => toDraft07(x, refs)) : toDraft07(v, refs);
    } else {
      out[k] = v;
    }
  }
  if (src.nullable === true) {
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    else if (Array.isArray(out.type)) out.type = out.type.includes('null') ? out.type : [...out.type, 'null'];
    else return { anyOf: [{ type: 'null' }, out] };
  }
  return out;
}

function formatErrors(errors: ErrorObject[]): string {
  const lines = errors.slice(0, 8).map((e) => {
    const at = e.instancePath || '(root)';
    const params = e.params as Record<string, unknown>;
    const extra = params.allowedValues ? ` (${JSON.stringify(params.allowedValues)})` : params.additionalProperty ? ` ("${String(params.additionalProperty)}")` : '';
    return `${at} ${e.message ?? e.keyword}${extra}`;
  });
  if (errors.length > 8) lines.push(`… ${errors.length - 8} more`);
  return lines.join('; ');
}
