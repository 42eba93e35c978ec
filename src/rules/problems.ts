/** Hands the problems the loader recorded to the rule that owns them. */

import type { Report } from '../rule.js';
import type { LoadProblem, Register } from '../register.js';

/** Reports every load problem of one rule. */
export function reportProblems<M extends string, R extends string = never>(
  register: Register,
  rule: LoadProblem['rule'],
  report: (r: Report<M, R>) => void,
): void {
  for (const problem of register.problems) {
    if (problem.rule !== rule) continue;
    report({
      messageId: problem.messageId as M,
      entity: problem.entity,
      path: problem.path,
      data: problem.data,
      position: problem.position,
      discriminator: problem.discriminator,
      // The loader names related messages of the owning rule; the engine checks them against its `relatedMessages`.
      related: problem.related as Report<M, R>['related'],
    });
  }
}
