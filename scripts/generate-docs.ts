// Regenerates the documentation that is data: in README.md, the rule table,
// the front-matter field table and the complete example, between
// `<!-- generated:NAME -->` markers; and one page per rule in docs/rules/,
// which the extension ships and opens from each diagnostic. Unit tests fail
// when README.md or a page is stale, so the docs cannot drift from the code.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FIELD_SPECS, type FieldSpec } from '../src/core/fields';
import { DOCUMENTED_RULES, markdownInline, ruleDocFile, ruleDocPath, RULE_DOCS_FOLDER } from '../src/core/rule-docs';
import { ENGINE_RULES } from '../src/core/formatters/report';
import { ALL_RULES } from '../src/core/rules';
import { lowerFirst } from '../src/core/text/case';
import type { SourceRef } from '../src/core/framework/schema';

const ROOT = path.resolve(__dirname, '..', '..');
export const README = path.join(ROOT, 'README.md');
export const RULE_DOCS_DIR = path.join(ROOT, ...RULE_DOCS_FOLDER);

function cite(source: SourceRef): string {
  return `${source.document === 'plan' ? 'plan' : 'framework'} ${source.ref}`;
}

function cell(text: string): string {
  return markdownInline(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function rulesTable(): string {
  const rows = ALL_RULES.map(
    (r) =>
      `| <a id="rule-${r.id}"></a>[\`${r.id}\`](${ruleDocPath(r.id)}) | ${r.defaultSeverity} | ${cell(r.summary)} | ${r.fixesOffered.length > 0 ? 'yes' : '—'} | ${cell(r.rationale)} (${r.sources.map(cite).join('; ')}) |`,
  );
  // The engine's own ids appear in output too, and `jdkit rules` lists them: say what they mean.
  const engine = ENGINE_RULES.map((r) => `\`${r.id}\` (${r.defaultSeverity}): ${lowerFirst(r.summary)}`);
  return [
    '| rule | default | fires when | fix | why |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `Two more ids come from the engine rather than a rule, and cannot be turned off: ${engine.join(' ')}`,
  ].join('\n');
}

export function fieldsTable(): string {
  const rows = FIELD_SPECS.map(
    (f) =>
      `| \`${f.name}\` | ${f.required ? 'yes' : 'no'} | ${cell(f.description)} | ${f.values ? f.values.map((v) => `\`${v}\``).join(', ') : valueKind(f.schema)} |`,
  );
  return ['| field | required | meaning | values |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** What a field without listed values holds, read from its schema so that the table cannot say "text" of a number. */
function valueKind(schema: FieldSpec['schema']): string {
  switch (schema._zod.def.type) {
    case 'number':
      return 'number';
    case 'array':
      return 'list';
    default:
      return 'text';
  }
}

/** The commissioner example in full: the shortest complete job description that lints clean. */
export function exampleBlock(): string {
  const example = readFileSync(path.join(ROOT, 'examples', 'commissioner.jd.md'), 'utf8');
  return ['```markdown', example.trimEnd(), '```'].join('\n');
}

const SECTIONS: Record<string, () => string> = { rules: rulesTable, fields: fieldsTable, example: exampleBlock };

/** README text with every generated section replaced by its current content. */
export function regenerate(readme: string): string {
  let out = readme;
  for (const [name, render] of Object.entries(SECTIONS)) {
    const start = `<!-- generated:${name} -->`;
    const end = `<!-- /generated:${name} -->`;
    const from = out.indexOf(start);
    const to = out.indexOf(end);
    if (from < 0 || to < from) throw new Error(`README.md has no ${start} … ${end} section`);
    out = `${out.slice(0, from + start.length)}\n${render()}\n${out.slice(to)}`;
  }
  return out;
}

/** The files docs/rules/ must hold, by file name: one page per documented id. */
export function ruleDocFiles(): Map<string, string> {
  return new Map(DOCUMENTED_RULES.map((rule) => [`${rule.id}.md`, ruleDocFile(rule)]));
}

/** Writes the rule pages into `dir` and deletes pages of ids that no longer exist. */
export function writeRuleDocs(dir = RULE_DOCS_DIR): void {
  const files = ruleDocFiles();
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) if (!files.has(name)) rmSync(path.join(dir, name), { recursive: true });
  for (const [name, text] of files) writeFileSync(path.join(dir, name), text);
}

if (require.main === module) {
  writeFileSync(README, regenerate(readFileSync(README, 'utf8')));
  writeRuleDocs();
  console.log(`README.md generated sections and ${path.relative(ROOT, RULE_DOCS_DIR)}/ regenerated.`);
}
