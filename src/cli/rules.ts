/** `register-check rules`: every rule on one line: id, question, default severity, what it checks. */

import { RULES } from '../rules/index.js';
import { say, sayBoth, severityWord } from '../report/vocabulary.js';
import { UsageError, type CommandContext } from './options.js';

export async function run(ctx: CommandContext): Promise<number> {
  if (ctx.args.length > 0) throw new UsageError(sayBoth('cli.rulesTakesNoArgument', { value: ctx.args[0] }));
  const language = ctx.language;
  const width = Math.max(...RULES.map((r) => r.id.length));
  const lines = RULES.map((r) => `${r.id.padEnd(width)}  ${(r.question ?? '–').padEnd(2)}  ${severityWord(r.severity, language).padEnd(12)}  ${r.description[language]}`);
  ctx.io.stdout(`${lines.join('\n')}\n\n${say('cli.moreRules', language)}\n`);
  return 0;
}
