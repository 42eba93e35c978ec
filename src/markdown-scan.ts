/**
 * Linear-time scanners for the Markdown that a readability measure drops.
 *
 * A notice is untrusted text of up to a megabyte. Each regular expression that used to do this
 * work backtracked over runs of brackets, backticks, blanks or letters, and took minutes on a
 * crafted notice. Each scanner here finds exactly the matches of the expression named in its
 * comment (test/adversarial.test.ts compares them on random text), and reads the text a bounded
 * number of times. Blanking keeps every line break and the text's length, so offsets still point
 * at the source.
 */

const KEEP_LAYOUT = /[^\n\u2029]/g;
const TABLE_CELL = /^[ \t]*:?-+:?[ \t]*$/;
// The local part of an e-mail address, and the domain right after its '@' (see `blankEmails`).
const EMAIL_LOCAL = /[\p{L}\p{N}._%+-]+/gu;
const EMAIL_DOMAIN = /[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/uy;

/** A thematic break ("---", "* * *", "==="); the runs take their own trailing blanks, so no second `[ \t]*` competes for them. */
export const THEMATIC_BREAK = /^ {0,3}(?:=+[ \t]*|(?:-[ \t]*){2,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;

/** The closing hashes of an ATX heading; it starts only where a run of blanks starts, so a long run is walked once. */
export const ATX_CLOSING = /(?<![ \t])[ \t]+#+[ \t]*$/;

const WHITESPACE = /\s+/g;
const PUNCTUATION_AFTER_GAP = '.,;:!?…)';

/** Collapses blanks to one space and drops those before punctuation, as `.replace(/\s+(?=[.,;:!?…)])/g, '').replace(/\s+/g, ' ').trim()` would. */
export function collapseGaps(raw: string): string {
  // One pass over each run of blanks: a run cannot end before punctuation at any point but its end.
  return raw
    .replace(WHITESPACE, (gap: string, offset: number) => {
      const next = raw[offset + gap.length];
      return next !== undefined && PUNCTUATION_AFTER_GAP.includes(next) ? '' : ' ';
    })
    .trim();
}

/** Blanks a match but keeps its line structure, so offsets and line numbers stay valid. */
export function blank(text: string): string {
  return text.replace(KEEP_LAYOUT, ' ');
}

/**
 * The first index at or after `from` that holds one of `chars`, or the text's length. Callers ask
 * with growing `from`, so an answer that still lies ahead is reused: a text full of openers
 * without a closer is read once, not once per opener.
 */
function nextOfFinder(text: string, chars: string): (from: number) => number {
  let askedFrom = 0;
  let found = -1;
  return (from) => {
    if (from >= askedFrom && from <= found) return found;
    let i = from;
    while (i < text.length && !chars.includes(text[i])) i++;
    askedFrom = from;
    found = i;
    return i;
  };
}

/** Copies a text while blanking ranges handed to it in ascending order. */
class Blanker {
  private out = '';
  private done = 0;
  constructor(private readonly text: string) {}

  /** Blanks text[start, end), or puts `keep` in its place followed by blanks. */
  blank(start: number, end: number, keep = ''): void {
    this.out += this.text.slice(this.done, start) + keep + blank(this.text.slice(start + keep.length, end));
    this.done = end;
  }

  /** The text with every range blanked. */
  result(): string {
    return this.out + this.text.slice(this.done);
  }
}

/** Blanks HTML comments as `/<!--[\s\S]*?-->/g` would, looking for each end once. */
export function blankHtmlComments(text: string): string {
  const out = new Blanker(text);
  for (let open = text.indexOf('<!--'); open !== -1; ) {
    const close = text.indexOf('-->', open + 4);
    if (close === -1) break; // no later opener can be closed either
    out.blank(open, close + 3);
    open = text.indexOf('<!--', close + 3);
  }
  return out.result();
}

/** Whether a line is the separator row under a table header ("|---|:--:|"), read cell by cell. */
export function isTableSeparator(line: string): boolean {
  let start = 0;
  let end = line.length;
  while (start < end && (line[start] === ' ' || line[start] === '\t')) start++;
  while (end > start && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  const leading = line[start] === '|';
  if (leading) start++;
  const trailing = end > start && line[end - 1] === '|';
  if (trailing) end--;
  const cells = line.slice(start, end).split('|');
  if (!cells.every((cell) => TABLE_CELL.test(cell))) return false;
  // Two cells or more, or a single one between two pipes ("|---|").
  return cells.length >= 2 || (leading && trailing);
}

/**
 * Blanks inline code as `/(`+)[\s\S]*?\1/g` would, without its backtracking. An opening run of n
 * backticks takes k = min(n, longest later run) of them; when k > n / 2 the code ends k backticks
 * into the first later run of at least k, otherwise ⌊n/2⌋ + ⌊n/2⌋ backticks of the run pair up.
 */
export function blankInlineCode(text: string): string {
  const runs: { start: number; length: number }[] = [];
  for (let i = text.indexOf('`'); i !== -1; ) {
    let end = i;
    while (text[end] === '`') end++;
    runs.push({ start: i, length: end - i });
    i = text.indexOf('`', end);
  }
  // longestFrom[r]: the longest of runs[r..].
  const longestFrom = new Array<number>(runs.length + 1).fill(0);
  for (let r = runs.length - 1; r >= 0; r--) longestFrom[r] = Math.max(runs[r].length, longestFrom[r + 1]);

  const out = new Blanker(text);
  let r = 0;
  let start = runs[0]?.start ?? 0;
  let length = runs[0]?.length ?? 0;
  // Moves past `by` backticks of the current run, on to the next run when none are left.
  const consume = (by: number): void => {
    start += by;
    length -= by;
    if (length === 0 && ++r < runs.length) ({ start, length } = runs[r]);
  };
  while (r < runs.length) {
    const k = Math.min(length, longestFrom[r + 1]);
    if (2 * k > length) {
      let closer = r + 1;
      while (runs[closer].length < k) closer++; // the runs passed over lie inside the code
      out.blank(start, runs[closer].start + k);
      r = closer;
      ({ start, length } = runs[r]);
      consume(k);
    } else if (length >= 2) {
      const half = Math.floor(length / 2);
      out.blank(start, start + 2 * half);
      consume(2 * half);
    } else {
      break; // a single backtick with none after it
    }
  }
  return out.result();
}

/** Blanks images as `/!\[[^\]\n\u2029]*\](?:\([^)\n\u2029]*\)|\[[^\]\n\u2029]*\])?/g` would. */
export function blankImages(text: string): string {
  const closeBracket = nextOfFinder(text, ']\n\u2029');
  const closeParen = nextOfFinder(text, ')\n\u2029');
  const out = new Blanker(text);
  for (let open = text.indexOf('!['); open !== -1; ) {
    const label = closeBracket(open + 2);
    if (text[label] !== ']') {
      // Every "![" before this line end fails the same way.
      open = text.indexOf('![', label);
      continue;
    }
    let end = label + 1;
    if (text[end] === '(') {
      const target = closeParen(end + 1);
      if (text[target] === ')') end = target + 1;
    } else if (text[end] === '[') {
      const reference = closeBracket(end + 1);
      if (text[reference] === ']') end = reference + 1;
    }
    out.blank(open, end);
    open = text.indexOf('![', end);
  }
  return out.result();
}

/** Blanks reference definitions as `/^[ \t]{0,3}\[[^\]\n\u2029]+\]:.*$/gm` would. */
export function blankReferenceDefinitions(text: string): string {
  const closeBracket = nextOfFinder(text, ']\n\u2029');
  // A multiline `^` and `$` also break at \r, \u2028 and \u2029; `.` stops there.
  const lineEnd = nextOfFinder(text, '\n\r\u2028\u2029');
  const out = new Blanker(text);
  for (let line = 0; line < text.length; ) {
    let open = line;
    while (open - line < 3 && (text[open] === ' ' || text[open] === '\t')) open++;
    if (text[open] === '[') {
      const close = closeBracket(open + 1);
      if (close > open + 1 && text[close] === ']' && text[close + 1] === ':') {
        const end = lineEnd(close + 2);
        out.blank(line, end);
        line = end + 1;
        continue;
      }
    }
    line = lineEnd(line) + 1;
  }
  return out.result();
}

/** Keeps the text of links and blanks the rest, as `/\[([^\]\n\u2029]*)\](\([^)\n\u2029]*\)|\[[^\]\n\u2029]*\])/g` would. */
export function blankLinks(text: string): string {
  const closeBracket = nextOfFinder(text, ']\n\u2029');
  const closeParen = nextOfFinder(text, ')\n\u2029');
  const out = new Blanker(text);
  for (let open = text.indexOf('['); open !== -1; ) {
    const label = closeBracket(open + 1);
    if (text[label] !== ']') {
      open = text.indexOf('[', label);
      continue;
    }
    let end = -1;
    if (text[label + 1] === '(') {
      const target = closeParen(label + 2);
      if (text[target] === ')') end = target + 1;
    } else if (text[label + 1] === '[') {
      const reference = closeBracket(label + 2);
      if (text[reference] === ']') end = reference + 1;
    }
    if (end === -1) {
      // Every '[' before this ']' finds the same ']' and fails the same way.
      open = text.indexOf('[', label + 1);
      continue;
    }
    out.blank(open, end, ' ' + text.slice(open + 1, label));
    open = text.indexOf('[', end);
  }
  return out.result();
}

/**
 * Blanks e-mail addresses as `/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu` would.
 * The local part cannot hold '@', so a match starts where a run of local-part characters starts
 * and its '@' follows that run: each run is read once, not once per character.
 */
export function blankEmails(text: string): string {
  const out = new Blanker(text);
  EMAIL_LOCAL.lastIndex = 0;
  for (let local = EMAIL_LOCAL.exec(text); local !== null; local = EMAIL_LOCAL.exec(text)) {
    const at = local.index + local[0].length;
    if (text[at] !== '@') continue;
    EMAIL_DOMAIN.lastIndex = at + 1;
    if (EMAIL_DOMAIN.exec(text) === null) continue;
    out.blank(local.index, EMAIL_DOMAIN.lastIndex);
    EMAIL_LOCAL.lastIndex = EMAIL_DOMAIN.lastIndex;
  }
  return out.result();
}
