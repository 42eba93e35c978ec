/** Turns a path into a YAML document into a line and column range. */

import { isMap, isPair, isScalar, isSeq, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { ParsedFile } from './register.js';
import type { DocPath, Position } from './types.js';

/** Decodes an RFC 6901 JSON pointer (as in ajv's `instancePath`) into path segments. */
export function decodePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Below this many entries a scan is cheaper than an index. */
const INDEX_FROM = 16;
const pairIndexes = new WeakMap<object, Map<string, Pair>>();

function keyName(pair: Pair): string {
  const k = pair.key;
  return isScalar(k) ? String(k.value) : k == null ? '' : String(k);
}

/**
 * The first entry of a mapping with this key. A large mapping is indexed once (loaded documents are never
 * changed), so a lookup per finding stays cheap however many keys the mapping has.
 */
function findPair(map: { items: Pair[] }, key: string | number): Pair | undefined {
  const wanted = String(key);
  if (map.items.length < INDEX_FROM) return map.items.find((pair) => keyName(pair) === wanted);
  let index = pairIndexes.get(map);
  if (!index) {
    index = new Map();
    for (const pair of map.items) {
      const name = keyName(pair);
      if (!index.has(name)) index.set(name, pair);
    }
    pairIndexes.set(map, index);
  }
  return index.get(wanted);
}

/** One segment of a path that exists: the mapping or sequence it was looked up in, and the node it leads to. */
export interface PathStep {
  parent: YAMLMap | YAMLSeq;
  /** The mapping entry, when the segment is a key. */
  pair?: Pair;
  /** The node the segment leads to (the entry's value, or the sequence's item). */
  node: Node | null;
}

function rootOf(file: ParsedFile): Node | null | undefined {
  return file.doc?.contents as Node | null | undefined;
}

/**
 * Walks a path into a document: one step per segment that exists, so fewer steps than segments means the
 * path stops existing after the last step. A key is looked up in a mapping, an index (a number, or a
 * string of digits as in a JSON pointer) in a sequence. The one walker that locating, existence checks,
 * pointer conversion and fixes share.
 */
export function walkPath(file: ParsedFile, path: DocPath): PathStep[] {
  const steps: PathStep[] = [];
  let node = rootOf(file);
  for (const segment of path) {
    if (isMap(node)) {
      const pair = findPair(node, segment);
      if (!pair) break;
      steps.push({ parent: node, pair, node: pair.value as Node | null });
      node = pair.value as Node | null;
    } else if (isSeq(node)) {
      const index = typeof segment === 'number' ? segment : Number(segment);
      const item = Number.isInteger(index) ? (node.items[index] as Node | undefined) : undefined;
      if (!item) break;
      steps.push({ parent: node, node: item });
      node = item;
    } else {
      break;
    }
  }
  return steps;
}

/** The node at a path (the document's root for an empty path), or undefined when the path does not exist. */
export function nodeAt(file: ParsedFile, path: DocPath): Node | null | undefined {
  const steps = walkPath(file, path);
  if (steps.length < path.length) return undefined;
  return steps.length === 0 ? rootOf(file) : steps[steps.length - 1].node;
}

/** The offset where the line holding `offset` ends, trailing blanks excluded. */
export function lineEnd(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  const line = text.slice(offset, newline === -1 ? text.length : newline);
  return offset + line.trimEnd().length;
}

/** The text of a one-based line, without its line break. */
export function lineText(file: ParsedFile, line: number): string {
  const starts = file.lineCounter.lineStarts;
  const start = starts[line - 1] ?? 0;
  const end = starts[line] ?? file.content.length;
  return file.content.slice(start, end).replace(/\r?\n$/, '');
}

/** A whole one-based line as a position, from its first column to its last character. */
export function lineRange(file: ParsedFile, line: number): Position {
  return { line, column: 1, endLine: line, endColumn: lineText(file, line).length + 1 };
}

/** The range between two offsets; with `firstLineOnly`, cut at the end of the first line (trailing blanks excluded). */
function rangeOf(file: ParsedFile, start: number, end: number, firstLineOnly: boolean): Position {
  const from = file.lineCounter.linePos(start);
  let to = file.lineCounter.linePos(Math.max(start, end));
  if (firstLineOnly && to.line !== from.line) to = { line: from.line, col: from.col + (lineEnd(file.content, start) - start) };
  return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}

/** The start of a file, for findings about a file as a whole. */
export const FILE_START: Position = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/**
 * Finds the position of `path` in a file: the key of a mapping entry, the item
 * of a sequence. A path that does not exist falls back to its nearest existing
 * parent; a missing top-level key falls back to the document's `id` key.
 */
export function locate(file: ParsedFile, path: DocPath): Position {
  const root = rootOf(file);
  if (!root) return FILE_START;
  let found: { start: number; end: number; block: boolean } | undefined;
  for (const step of walkPath(file, path)) {
    if (step.pair) {
      const key = step.pair.key as Node | null;
      if (key && key.range) found = { start: key.range[0], end: key.range[1], block: false };
    } else if (step.node && !isPair(step.node) && step.node.range) {
      found = { start: step.node.range[0], end: step.node.range[1], block: !isScalar(step.node) };
    }
  }
  if (!found) {
    if (isMap(root)) {
      const idPair = findPair(root, 'id');
      const key = idPair?.key as Node | undefined;
      if (key?.range) return rangeOf(file, key.range[0], key.range[1], true);
    }
    if (root.range) return rangeOf(file, root.range[0], root.range[0], true);
    return FILE_START;
  }
  return rangeOf(file, found.start, found.end, found.block);
}

/** Whether the path exists in the document, key by key. */
export function pathExists(file: ParsedFile, path: DocPath): boolean {
  return walkPath(file, path).length === path.length;
}

/** Converts ajv's instance path into a document path, with numeric indexes for sequences. */
export function pointerToPath(file: ParsedFile, pointer: string): (string | number)[] {
  const segments = decodePointer(pointer);
  const steps = walkPath(file, segments);
  // The container of each segment: a step's parent while the path exists, then the last node reached.
  const last = steps.length === 0 ? rootOf(file) : steps[steps.length - 1].node;
  return segments.map((segment, i) => {
    const container = i < steps.length ? steps[i].parent : i === steps.length ? last : undefined;
    return isSeq(container) ? Number(segment) : segment;
  });
}

/** The value at a path in plain data (a document's `data`), or undefined when it is not there. */
export function valueAt(data: unknown, path: DocPath): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}
