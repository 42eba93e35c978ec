/** The output formats: one renderer type, one table; the command line looks a format up here and its help lists the table. */

import type { Finding, Language, Summary } from '../types.js';
import { renderText } from './text.js';
import { renderJson } from './json.js';
import { renderSarif } from './sarif.js';
import { renderMarkdown } from './markdown.js';

/** What every renderer is given: findings (data), the counts, the language to choose words in, and where the register sits. */
export interface RenderInput {
  findings: Finding[];
  summary: Summary;
  language: Language;
  /** The register folder relative to the repository root (`register/`), for formats that name files from the root. */
  pathPrefix: string;
}

/** A renderer: data in, words out. */
export type Renderer = (input: RenderInput) => string;

/** Every output format by name, in the order help lists them. */
export const RENDERERS = {
  text: ({ findings, summary, language }) => renderText(findings, summary, language),
  json: ({ findings, summary, language }) => renderJson(findings, summary, language),
  sarif: ({ findings, language, pathPrefix }) => renderSarif(findings, language, { pathPrefix }),
  markdown: ({ findings, summary, language }) => renderMarkdown(findings, summary, language),
} as const satisfies Record<string, Renderer>;

/** The name of an output format. */
export type Format = keyof typeof RENDERERS;

/** The format names, as help and error messages list them. */
export const FORMATS = Object.keys(RENDERERS) as Format[];

/** Whether a name is one of the output formats. */
export function isFormat(name: string): name is Format {
  return Object.hasOwn(RENDERERS, name);
}
