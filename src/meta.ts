/** Where the project lives, for links in reports (SARIF help, docs links in comments), and its version. */

// One source for the version: tsc copies package.json beside lib/ for the command line, esbuild inlines it into dist/.
import packageJson from '../package.json' with { type: 'json' };

/** The project's home; rule pages live under docs/rules/ there. */
export const PROJECT_URL = 'https://github.com/register-check/register-check';

/** The documentation page of a rule. */
export function ruleDocsUrl(ruleId: string): string {
  return `${PROJECT_URL}/blob/main/docs/rules/${ruleId}.md`;
}

/** The tool's version (package.json's), printed by --version and reported in SARIF. */
export const VERSION: string = packageJson.version;
