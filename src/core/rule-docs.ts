// The documentation page of every rule, generated from its metadata: when it
// fires, why (with the framework and plan passages it rests on), the fixes it
// offers and how to change or turn it off. One model renders as Markdown and as
// plain text. scripts/generate-docs.ts writes the Markdown to docs/rules/<id>.md,
// which ships in the extension (a diagnostic's code opens its page); `jdkit rules
// <id>` prints it, and SARIF carries both forms as each rule's help. Nothing here
// needs the network: the pages work offline.
import { CONFIG_FILE_NAME } from './config';
import { ENGINE_RULES } from './formatters/report';
import type { SourceRef } from './framework/schema';
import { ALL_RULES } from './rules';
import type { RuleDescription } from './rules/rule';
import { SEVERITIES } from './types';

/** Every id a diagnostic can carry, documented: the rules, then the engine's and the CLI's own diagnostics. */
export const DOCUMENTED_RULES: readonly RuleDescription[] = [...ALL_RULES, ...ENGINE_RULES];

/** The folder of the pages, relative to the project (and extension) root, as path segments. */
export const RULE_DOCS_FOLDER = ['docs', 'rules'] as const;

/** A rule's page, relative to the project (and extension) root. */
export function ruleDocPath(id: string): string {
  return [...RULE_DOCS_FOLDER, `${id}.md`].join('/');
}

export const FRAMEWORK_TITLE = 'Capability framework for the drug and alcohol treatment and recovery workforce';
export const PLAN_TITLE = '10-year strategic plan for the drug and alcohol treatment and recovery workforce';
/** The attribution the framework's and plan's licence asks for wherever their text is shown. */
export const OGL_ATTRIBUTION = 'Contains public sector information licensed under the Open Government Licence v3.0.';

/**
 * Rule texts are plain text in which `code spans` are the only markup. Inline
 * text keeps that convention: `markdown` escapes everything else Markdown would
 * read as markup (a "<insert salary>" placeholder is not an HTML tag), `text`
 * drops the backticks.
 */
type Inline = string;

type Block =
  | { kind: 'paragraph'; text: Inline }
  | { kind: 'list'; items: Inline[] }
  | { kind: 'code'; language: string; lines: string[] };

interface Section {
  heading: string;
  blocks: Block[];
}

interface Page {
  title: string;
  intro: Block[];
  sections: Section[];
  footer: Inline | null;
}

const paragraph = (text: Inline): Block => ({ kind: 'paragraph', text });
const list = (items: Inline[]): Block => ({ kind: 'list', items });
const code = (language: string, lines: string[]): Block => ({ kind: 'code', language, lines });

/** Whether the id is one the rule settings and inline directives apply to (the engine's own diagnostics are not). */
export function isConfigurable(rule: RuleDescription): boolean {
  return !ENGINE_RULES.some((e) => e.id === rule.id);
}

/** "framework 2" and "plan 6.18" as a reader outside the project says them. */
export function citation(source: SourceRef): string {
  return source.document === 'framework'
    ? `Capability framework, section ${source.ref}`
    : `Workforce plan, ${source.ref}`;
}

function page(rule: RuleDescription): Page {
  const configurable = isConfigurable(rule);
  const fixes = rule.fixesOffered;
  const sections: Section[] = [{ heading: 'Why', blocks: [paragraph(rule.rationale)] }];
  if (rule.sources.length > 0) sections.push({ heading: 'What the sources say', blocks: sourceBlocks(rule.sources) });
  if (!configurable) {
    return {
      title: rule.id,
      intro: [paragraph(rule.summary), list([`Severity: \`${rule.defaultSeverity}\`, always`])],
      sections: [...sections, { heading: 'Changing or turning it off', blocks: notConfigurableBlocks(rule) }],
      footer: null,
    };
  }
  sections.push({
    heading: 'Fixes',
    blocks:
      fixes.length === 0
        ? [paragraph('This rule offers no automatic fix: change the text as the message says.')]
        : [
            list([...fixes]),
            paragraph(
              'In VS Code each fix is a quick fix on the problem (the light bulb, or Ctrl+. / Cmd+.), and **Fix all jdkit problems** (`source.fixAll.jdkit`) applies the first fix of every problem at once.',
            ),
          ],
  });
  sections.push({ heading: 'Changing or turning it off', blocks: configurationBlocks(rule) });
  return {
    title: rule.id,
    intro: [
      paragraph(rule.summary),
      list([`Default severity: \`${rule.defaultSeverity}\``, `Fixes: ${fixes.length > 0 ? 'yes' : 'none'}`]),
    ],
    sections,
    footer: rule.sources.some((s) => s.quote) ? OGL_ATTRIBUTION : null,
  };
}

const DOCUMENT_NAMES = {
  framework: `the capability framework is NHS England’s *${FRAMEWORK_TITLE}* (2024)`,
  plan: `the workforce plan is the *${PLAN_TITLE}* (2024–2034)`,
} as const;

function sourceBlocks(sources: readonly SourceRef[]): Block[] {
  const names = (['framework', 'plan'] as const)
    .filter((d) => sources.some((s) => s.document === d))
    .map((d) => DOCUMENT_NAMES[d]);
  const named = names.join('; ');
  return [
    list(sources.map((s) => (s.quote ? `**${citation(s)}:** “${s.quote}”` : `**${citation(s)}.**`))),
    paragraph(`${named[0].toUpperCase()}${named.slice(1)}.`),
  ];
}

function configurationBlocks(rule: RuleDescription): Block[] {
  const values = [...SEVERITIES, 'off'].map((v) => `\`"${v}"\``).join(', ');
  return [
    paragraph(
      `In \`${CONFIG_FILE_NAME}\` at the root of the workspace (the command line looks for it in each file’s folder and the folders above), set the rule to ${values}, \`true\` (on, at its default severity) or \`false\` (off):`,
    ),
    code('json', ['{', '  "rules": {', `    "${rule.id}": "off"`, '  }', '}']),
    paragraph(
      `In VS Code the setting \`jdkit.rules\` takes the same values and is merged over \`${CONFIG_FILE_NAME}\` rule by rule, for example \`"jdkit.rules": { "${rule.id}": "information" }\` in settings.json.`,
    ),
    paragraph(
      'To leave part of one document unchecked, put directives in it (HTML comments, invisible in the Word export):',
    ),
    code('markdown', [
      `<!-- jdkit-disable-next-line ${rule.id} -->`,
      'The line after the directive is not checked.',
      '',
      `<!-- jdkit-disable ${rule.id} -->`,
      'Nothing is checked from here …',
      `<!-- jdkit-enable ${rule.id} -->`,
      '',
      `A line that ends with the directive is not checked. <!-- jdkit-disable-line ${rule.id} -->`,
    ]),
  ];
}

function notConfigurableBlocks(rule: RuleDescription): Block[] {
  return [
    paragraph(
      `\`${rule.id}\` is not one of the rules: jdkit reports it itself, when it cannot check a file or part of one. \`${CONFIG_FILE_NAME}\`, the \`jdkit.rules\` setting and inline directives do not apply to it, and it is always an error.`,
    ),
  ];
}

/** Markdown special characters outside code spans, escaped. */
export function markdownInline(text: Inline): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/[\\<>[\]_]/g, '\\$&')))
    .join('');
}

/** Plain text: code spans lose their backticks, bold and italic their asterisks. */
function plainInline(text: Inline): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 === 1 ? part.slice(1, -1) : part.replace(/\*\*([^*]+)\*\*|\*([^*]+)\*/g, '$1$2')))
    .join('');
}

function markdownBlock(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return markdownInline(block.text);
    case 'list':
      return block.items.map((item) => `- ${markdownInline(item)}`).join('\n');
    case 'code':
      return ['```' + block.language, ...block.lines, '```'].join('\n');
  }
}

function plainBlock(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return plainInline(block.text);
    case 'list':
      return block.items.map((item) => `- ${plainInline(item)}`).join('\n');
    case 'code':
      return block.lines.map((line) => (line ? `    ${line}` : '')).join('\n');
  }
}

/** The rule's page in Markdown. */
export function ruleDocMarkdown(rule: RuleDescription): string {
  const p = page(rule);
  const parts = [`# ${p.title}`, ...p.intro.map(markdownBlock)];
  for (const section of p.sections) parts.push(`## ${section.heading}`, ...section.blocks.map(markdownBlock));
  if (p.footer) parts.push('---', markdownInline(p.footer));
  return `${parts.join('\n\n')}\n`;
}

/** The rule's page in plain text, for SARIF viewers that show no Markdown. */
export function ruleDocText(rule: RuleDescription): string {
  const p = page(rule);
  const parts = [p.title, ...p.intro.map(plainBlock)];
  for (const section of p.sections) parts.push(section.heading, ...section.blocks.map(plainBlock));
  if (p.footer) parts.push(plainInline(p.footer));
  return `${parts.join('\n\n')}\n`;
}

/** The file docs/rules/<id>.md: the page, marked as generated. */
export function ruleDocFile(rule: RuleDescription): string {
  const origin = isConfigurable(rule)
    ? `src/core/rules/${rule.id}.ts`
    : 'ENGINE_RULES in src/core/formatters/report.ts';
  return `<!-- Generated from ${origin} by scripts/generate-docs.ts: edit the rule, then run \`npm run docs\`. -->\n\n${ruleDocMarkdown(rule)}`;
}
