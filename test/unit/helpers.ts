// Builders shared by the unit tests.
import { DEFAULT_CONFIG, configSchema, type JdkitConfig } from '../../src/core/config';
import { lint } from '../../src/core/lint';
import { RULE_BY_ID } from '../../src/core/rules';
import type { Diagnostic } from '../../src/core/types';

/** A job description from front-matter lines and a Markdown body. */
export function jd(frontMatter: Record<string, string | number>, body = ''): string {
  const fields = Object.entries(frontMatter).map(([k, v]) => `${k}: ${typeof v === 'string' ? JSON.stringify(v) : v}`);
  return ['---', ...fields, '---', body].join('\n');
}

export function config(overrides: unknown = {}): JdkitConfig {
  return configSchema().parse(overrides);
}

/** Diagnostics of one rule only, running that rule alone. */
export function runRule(ruleId: string, text: string, cfg: JdkitConfig = DEFAULT_CONFIG): Diagnostic[] {
  const rule = RULE_BY_ID.get(ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  const diagnostics = lint(text, { rules: [rule], config: cfg }).diagnostics;
  // Whether a rule offers fixes is documented (its page, the README): every rule test holds it to that.
  if (rule.fixesOffered.length === 0 && diagnostics.some((d) => d.fixes && d.fixes.length > 0))
    throw new Error(`${ruleId} offers a fix but its fixesOffered is empty`);
  return diagnostics;
}
