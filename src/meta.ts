/** Where the project lives, for links in reports (SARIF help, docs links in comments). */

/** The project's home; rule pages live under docs/rules/ there. */
export const PROJECT_URL = 'https://github.com/register-check/register-check';

/** The documentation page of a rule. */
export function ruleDocsUrl(ruleId: string): string {
  return `${PROJECT_URL}/blob/main/docs/rules/${ruleId}.md`;
}

/** The tool's version, reported in SARIF. */
export const VERSION = '0.1.0';
