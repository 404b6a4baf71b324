// Regenerates the parts of README.md that are data: the rule table, the
// front-matter field table and the complete example, between `<!-- generated:NAME -->` markers. A unit
// test fails when README.md is stale, so the docs cannot drift from the code.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FIELD_SPECS } from '../src/core/fields';
import { ALL_RULES } from '../src/core/rules';
import type { SourceRef } from '../src/core/framework/schema';

export const README = path.resolve(__dirname, '..', '..', 'README.md');

function cite(source: SourceRef): string {
  return `${source.document === 'plan' ? 'plan' : 'framework'} ${source.ref}`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function rulesTable(): string {
  const rows = ALL_RULES.map(
    (r) =>
      `| <a id="rule-${r.id}"></a>\`${r.id}\` | ${r.defaultSeverity} | ${cell(r.summary)} | ${r.fixesOffered.length > 0 ? 'yes' : '—'} | ${cell(r.rationale)} (${r.sources.map(cite).join('; ')}) |`,
  );
  return ['| rule | default | fires when | fix | why |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

export function fieldsTable(): string {
  const rows = FIELD_SPECS.map(
    (f) => `| \`${f.name}\` | ${f.required ? 'yes' : 'no'} | ${cell(f.description)} | ${f.values ? f.values.map((v) => `\`${v}\``).join(', ') : 'text'} |`,
  );
  return ['| field | required | meaning | values |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** The commissioner example in full: the shortest complete job description that lints clean. */
export function exampleBlock(): string {
  const example = readFileSync(path.join(path.dirname(README), 'examples', 'commissioner.jd.md'), 'utf8');
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

if (require.main === module) {
  writeFileSync(README, regenerate(readFileSync(README, 'utf8')));
  console.log('README.md generated sections regenerated.');
}
