// `jdkit rules [rule-id]`: the rules with their default severity and when they
// fire; with an id, that rule's documentation page (the one the extension
// opens from a diagnostic and ships as docs/rules/<id>.md), offline.
import { citation, DOCUMENTED_RULES, isConfigurable, ruleDocMarkdown } from '../core/rule-docs';
import type { RuleDescription } from '../core/rules/rule';
import { columns, didYouMean } from './args';
import { EXIT, UsageError, type Command } from './command';

export const command: Command = {
  name: 'rules',
  summary: 'List the rules, or show the documentation of one.',
  usage: 'jdkit rules [rule-id] [options]',
  details: [
    'Without a rule id: each rule with its default severity, whether it offers fixes, and when it fires.',
    'With a rule id: the rule’s documentation in Markdown (why it exists, the framework and plan passages it',
    'rests on, its fixes, and how to change or turn it off), as the VS Code extension shows it.',
  ].join('\n'),
  options: {
    format: {
      type: 'string',
      short: 'f',
      value: 'format',
      description: 'Output format (default text).',
      choices: ['text', 'json'],
    },
  },
  positionals: { min: 0, max: 1 },
  run({ values, positionals }, io) {
    const [id] = positionals;
    const rules = id === undefined ? DOCUMENTED_RULES : [ruleArgument(id)];
    if (values.format === 'json') {
      io.stdout.write(`${JSON.stringify({ rules: rules.map(ruleJson) }, null, 2)}\n`);
      return EXIT.ok;
    }
    if (id !== undefined) {
      io.stdout.write(ruleDocMarkdown(rules[0]));
      return EXIT.ok;
    }
    const rows = rules.map((r) => [
      r.id,
      isConfigurable(r) ? r.defaultSeverity : `${r.defaultSeverity} (always)`,
      r.fixesOffered.length > 0 ? 'yes' : '-',
      r.summary,
    ]);
    io.stdout.write(
      `${columns([['RULE', 'DEFAULT', 'FIXES', 'FIRES WHEN'], ...rows]).join('\n')}\n\nRun "jdkit rules <rule-id>" for a rule's documentation.\n`,
    );
    return EXIT.ok;
  },
};

/** The documented rule with this id, or a usage error suggesting the nearest id. */
function ruleArgument(id: string): RuleDescription {
  const rule = DOCUMENTED_RULES.find((r) => r.id === id);
  if (rule) return rule;
  const hint = didYouMean(
    id,
    DOCUMENTED_RULES.map((r) => r.id),
  );
  throw new UsageError(`unknown rule "${id}".${hint} Run "jdkit rules" to list the rule ids.`);
}

function ruleJson(rule: RuleDescription) {
  return {
    id: rule.id,
    defaultSeverity: rule.defaultSeverity,
    configurable: isConfigurable(rule),
    summary: rule.summary,
    rationale: rule.rationale,
    sources: rule.sources.map((s) => ({
      document: s.document,
      ref: s.ref,
      citation: citation(s),
      quote: s.quote ?? null,
    })),
    fixes: [...rule.fixesOffered],
  };
}
