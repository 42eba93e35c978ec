/** Makes untrusted register text inert in GitHub Markdown: no mentions, links, images, HTML or broken tables. */

const ZERO_WIDTH_SPACE = '\u200b';

/** Escapes text for GitHub-flavoured Markdown, inline or inside a table cell. */
export function escapeMarkdown(value: string): string {
  return (
    value
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]+/g, ' ')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/[\\`*_[\]|~$]/g, (c) => `\\${c}`)
      // Mentions and issue references notify people; autolinks make text clickable.
      .replace(/[@#]/g, (c) => `${c}${ZERO_WIDTH_SPACE}`)
      .replace(/:\/\//g, `:${ZERO_WIDTH_SPACE}//`)
      .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZERO_WIDTH_SPACE}.`)
  );
}

/** Wraps text as inline code that cannot be broken out of, for ids and paths. */
export function inlineCode(value: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\|/g, '¦');
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}
