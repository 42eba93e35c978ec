/** YAML parsing shared by the register and the configuration: linear-time key checks, errors in the checker's own words. */

import { Composer, Parser, YAMLParseError, isAlias, isMap, isNode, isPair, isScalar, isSeq, type Alias, type CST, type Document, type ErrorCode, type LineCounter, type Node, type YAMLError, type YAMLMap } from 'yaml';
import { lineEnd } from './locate.js';

/**
 * How deep collections (block mappings and lists, and bracketed ones) may nest in one file: 100. yaml builds its nodes
 * by recursion, a few frames per level, and runs out of stack on Node's main thread at some 940 levels of brackets
 * (1,560 of indented mappings), fewer when called from deep in a stack of its own; where that happens differs between
 * threads and calls, and so would the finding. A fixed limit, checked before the nodes are built, gives every file one
 * outcome everywhere, a ninth of the overflow on the main thread, so that a caller deep in its own stack and the
 * recursive walks after the parse (toJS, schema validation) stay far from it too; the register files in this
 * repository nest at most 5 deep, a twentieth of the limit.
 */
export const MAX_NESTING = 100;

/**
 * Parses YAML 1.2 (core schema: dates stay strings). yaml's own `uniqueKeys` compares each key with every
 * earlier one, quadratic in the keys of a mapping; duplicates are found with a set instead. With a line
 * counter, lines and columns can be told from the nodes' offsets; without one the parse serves for data only.
 * A text whose collections nest deeper than MAX_NESTING is not made into nodes: its document is empty, with one
 * RESOURCE_EXHAUSTION error where the first collection past the limit starts.
 */
export function parseYamlDocument(text: string, lineCounter?: LineCounter): Document.Parsed {
  const options = { lineCounter, uniqueKeys: false, prettyErrors: false, version: '1.2' } as const;
  // What yaml's parseDocument does, with the syntax tree read in full first, to be measured before it is composed.
  const tokens = [...new Parser(lineCounter?.addNewLine).parse(text)];
  const composer = new Composer(options);
  const tooDeep = firstTooDeep(tokens, MAX_NESTING);
  if (tooDeep !== undefined) {
    const [empty] = composer.end(true, text.length);
    empty.errors.push(new YAMLParseError([tooDeep, tooDeep + 1], 'RESOURCE_EXHAUSTION', `Collections nested more than ${MAX_NESTING} deep`));
    return empty;
  }
  let doc: Document.Parsed | undefined;
  for (const next of composer.compose(tokens, true, text.length)) {
    if (!doc) {
      doc = next;
    } else {
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
      break;
    }
  }
  // compose(…, true, …) always gives a document, an empty one for an empty text.
  addDuplicateKeyErrors(doc!);
  return doc!;
}

/**
 * The offset of the first collection (in the order of the text) that lies deeper than `limit` collections, counting
 * itself; undefined when none does. One walk over the syntax tree with a stack of its own: linear, and no recursion.
 */
function firstTooDeep(tokens: readonly CST.Token[], limit: number): number | undefined {
  const pending: { token: CST.Token; depth: number }[] = [];
  for (let i = tokens.length - 1; i >= 0; i--) pending.push({ token: tokens[i], depth: 0 });
  while (pending.length > 0) {
    const { token, depth } = pending.pop()!;
    if (token.type === 'document') {
      if (token.value) pending.push({ token: token.value, depth });
    } else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      if (depth + 1 > limit) return token.offset;
      // Pushed last to first, a key before its value: the first one past the limit is the first in the text.
      for (let i = token.items.length - 1; i >= 0; i--) {
        const item = token.items[i];
        if (item.value) pending.push({ token: item.value, depth: depth + 1 });
        if (item.key) pending.push({ token: item.key, depth: depth + 1 });
      }
    }
  }
  return undefined;
}

/** The `yaml-syntax` message for a parser error, with its data: the parser's own text is English, so every code gets words of its own. */
export function syntaxMessage(error: YAMLError, text: string): { messageId: string; data: Record<string, string> } {
  if (/end with a|Missing closing/.test(error.message)) return { messageId: 'unclosed', data: {} };
  if (error.code === 'MISSING_CHAR') return { messageId: 'structure', data: {} };
  const messageId = SYNTAX_MESSAGES[error.code] ?? 'syntax';
  if (messageId === 'duplicateKey') {
    return { messageId, data: { key: text.slice(error.pos[0], lineEnd(text, error.pos[0])).split(':')[0].trim().replace(/^["']|["']$/g, '') } };
  }
  return { messageId, data: messageId === 'syntax' ? { code: error.code } : {} };
}

/**
 * Adds a DUPLICATE_KEY error for every key that repeats an earlier key of the same mapping, with a set per
 * mapping: linear time. Keys repeat when they give the same key in the data, as `toJS` names them: `1` and
 * `"1"`, or an alias and the key it refers to, are one key there, and one of the two values would be lost.
 */
function addDuplicateKeyErrors(doc: Document.Parsed): void {
  const maps: YAMLMap[] = [];
  // What each alias stands for: the last node before it with its anchor. One walk in document order (a
  // collection before its items, a key before its value), not a search per alias as Alias.resolve does; with a
  // stack of its own, so that a deeply nested document cannot overflow the call stack.
  const latest = new Map<string, Node>();
  const resolved = new Map<Alias, Node | undefined>();
  const pending: unknown[] = [doc.contents];
  while (pending.length > 0) {
    const node = pending.pop();
    if (isPair(node)) {
      pending.push(node.value, node.key);
    } else if (isAlias(node)) {
      resolved.set(node, latest.get(node.source));
    } else if (isNode(node)) {
      if (node.anchor) latest.set(node.anchor, node);
      if (isMap(node)) maps.push(node);
      if (isMap(node) || isSeq(node)) for (let i = node.items.length - 1; i >= 0; i--) pending.push(node.items[i]);
    }
  }
  const found: YAMLParseError[] = [];
  for (const map of maps) {
    const seen = new Set<string>();
    for (const pair of map.items) {
      const key = pair.key;
      if (!isNode(key) || !key.range) continue;
      const target = isAlias(key) ? resolved.get(key) : key;
      // The key a scalar key (or an alias of one) gets in the data, as yaml's toJS names it; a collection is left alone.
      if (!isScalar(target)) continue;
      const name = target.value === null ? '' : String(target.value);
      if (seen.has(name)) found.push(new YAMLParseError([key.range[0], key.range[0] + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
      else seen.add(name);
    }
  }
  if (found.length === 0) return;
  // Merge by offset, as the parser would have raised them while reading the file.
  found.sort((a, b) => a.pos[0] - b.pos[0]);
  const merged: YAMLError[] = [];
  let next = 0;
  for (const error of doc.errors) {
    while (next < found.length && found[next].pos[0] <= error.pos[0]) merged.push(found[next++]);
    merged.push(error);
  }
  while (next < found.length) merged.push(found[next++]);
  doc.errors.length = 0;
  for (const error of merged) doc.errors.push(error);
}

/** The parser's error codes, each with words of its own; `syntax` names the code of one yaml adds later. */
const SYNTAX_MESSAGES: Record<ErrorCode, string> = {
  DUPLICATE_KEY: 'duplicateKey',
  BAD_INDENT: 'indentation',
  TAB_AS_INDENT: 'indentation',
  MISSING_CHAR: 'unclosed',
  MULTIPLE_DOCS: 'multipleDocuments',
  BLOCK_AS_IMPLICIT_KEY: 'structure',
  MULTILINE_IMPLICIT_KEY: 'structure',
  UNEXPECTED_TOKEN: 'structure',
  BAD_SCALAR_START: 'structure',
  NON_STRING_KEY: 'structure',
  IMPOSSIBLE: 'structure',
  BLOCK_IN_FLOW: 'blockInFlow',
  KEY_OVER_1024_CHARS: 'longKey',
  ALIAS_PROPS: 'anchor',
  BAD_ALIAS: 'anchor',
  MULTIPLE_ANCHORS: 'anchor',
  MULTIPLE_TAGS: 'anchor',
  BAD_PROP_ORDER: 'anchor',
  TAG_RESOLVE_FAILED: 'tag',
  BAD_COLLECTION_TYPE: 'tag',
  BAD_DQ_ESCAPE: 'escape',
  BAD_DIRECTIVE: 'directive',
  RESOURCE_EXHAUSTION: 'tooDeep',
};
