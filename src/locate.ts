/** Turns a path into a YAML document into a line and column range. */

import { isMap, isPair, isScalar, isSeq, type Node, type Pair } from 'yaml';
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

function rangeOf(file: ParsedFile, start: number, end: number, firstLineOnly: boolean): Position {
  const from = file.lineCounter.linePos(start);
  let to = file.lineCounter.linePos(Math.max(start, end));
  if (firstLineOnly && to.line !== from.line) {
    const nextLineStart = file.lineCounter.lineStarts[from.line] ?? file.text.length;
    const lineText = file.text.slice(start, nextLineStart).trimEnd();
    to = { line: from.line, col: from.col + lineText.length };
  }
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
  const root = file.doc?.contents as Node | null | undefined;
  if (!root) return FILE_START;
  let node: Node | null | undefined = root;
  let found: { start: number; end: number; block: boolean } | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = findPair(node, segment);
      if (!pair) break;
      const key = pair.key as Node | null;
      if (key && key.range) found = { start: key.range[0], end: key.range[1], block: false };
      node = pair.value as Node | null;
    } else if (isSeq(node)) {
      const index = typeof segment === 'number' ? segment : Number(segment);
      const item: Node | undefined = Number.isInteger(index) ? (node.items[index] as Node | undefined) : undefined;
      if (!item) break;
      const start = isPair(item) ? undefined : item.range?.[0];
      if (start !== undefined && item.range) found = { start, end: item.range[1], block: !isScalar(item) };
      node = item;
    } else {
      break;
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
  let node: Node | null | undefined = file.doc?.contents as Node | null | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = findPair(node, segment);
      if (!pair) return false;
      node = pair.value as Node | null;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)] as Node | undefined;
      if (!item) return false;
      node = item;
    } else {
      return false;
    }
  }
  return true;
}

/** Converts ajv's instance path into a document path, with numeric indexes for sequences. */
export function pointerToPath(file: ParsedFile, pointer: string): (string | number)[] {
  const segments = decodePointer(pointer);
  const out: (string | number)[] = [];
  let node: Node | null | undefined = file.doc?.contents as Node | null | undefined;
  for (const segment of segments) {
    if (isSeq(node)) {
      const index = Number(segment);
      out.push(index);
      node = node.items[index] as Node | undefined;
    } else {
      out.push(segment);
      node = isMap(node) ? (findPair(node, segment)?.value as Node | null) : undefined;
    }
  }
  return out;
}
