import type { AreaHandlers } from '../handler';
import { DomainError } from '../errors';
import { addRuleVersion, currentRules, ruleRows } from './repo';

export const deadlineHandlers: AreaHandlers<'deadlines'> = {
  'deadlines.getRules': {
    kind: 'read',
    run(_input, ctx) {
      const { rules, effectiveFrom } = currentRules(ctx.db);
      return {
        rules,
        effectiveFrom,
        history: ruleRows(ctx.db).map((r) => ({
          version: r.version,
          effectiveFrom: r.effective_from,
          authorName: r.author_name,
        })),
      };
    },
  },
  'deadlines.setRules': {
    kind: 'write',
    run(input, ctx) {
      const seen = new Set<string>();
      for (const r of input.rules.rules) {
        const key = `${r.grade}/${r.category ?? '*'}`;
        // The message names the rule by its grade and category labels, in the reader's language.
        const params: Record<string, string> = r.category
          ? { grade: r.grade, category: r.category }
          : { grade: r.grade };
        if (seen.has(key))
          throw new DomainError(
            'invalid_input',
            r.category ? 'errors.rules_duplicate' : 'errors.rules_duplicate_general',
            params,
          );
        seen.add(key);
        if (r.writtenMinutes < r.phoneMinutes)
          throw new DomainError(
            'invalid_input',
            r.category ? 'errors.rules_written_before_phone' : 'errors.rules_written_before_phone_general',
            params,
          );
      }
      const before = currentRules(ctx.db);
      const at = ctx.nowIso();
      const actor = ctx.actor;
      const version = addRuleVersion(ctx.db, input.rules, at, {
        id: actor.kind === 'operator' ? actor.operatorId : null,
        name: actor.kind === 'operator' ? actor.name : null,
      });
      ctx.changed('deadlineRules', String(version), before.rules, input.rules);
      ctx.emit('deadlines.changed');
      return { version, effectiveFrom: at };
    },
  },
};
