// The import against jdkit's own Word export: every example, exported with the
// template that carries the full content, imports back with the same title,
// fields, section names and bullets, and lints without invalid-front-matter,
// with the role inferred from its title or content.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parseJd } from '../../../src/core/document/parse';
import { lint } from '../../../src/core/lint';
import { exportJd } from '../../../src/export';
import { importDocument } from '../../../src/import/import';

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const EXAMPLES = path.join(ROOT, 'examples');

/** The front-matter fields the job-description template shows in its details table, with how it words them. */
const SHOWN: Record<string, (value: string | number) => string | number> = {
  location: String,
  salary: String,
  grade: String,
  hours: (v) => (typeof v === 'number' ? `${v} hours a week` : v),
  caseload: Number,
  contract: String,
  department: String,
  reports_to: String,
  closing_date: String,
  interview_date: String,
  start_date: String,
  reference: String,
};

/**
 * The text of every list item of the body, without emphasis marks, escapes or
 * an "Essential:"/"Desirable:" prefix (the import puts criteria under
 * Essential and Desirable headings instead) or the "(how assessed: …)" the
 * import adds from the person specification's How assessed column, with white space as one space
 * (the export writes no-break spaces as spaces).
 */
function bulletsOf(text: string): string[] {
  const body = text.slice(text.indexOf('\n---', 3) + 4);
  return [...body.matchAll(/^\s*(?:[-*+]|\d+[.)])\s+(.+)$/gm)].map((m) =>
    m[1]
      .replace(/\*\*|\*/g, '')
      .replace(/\\(.)/g, '$1')
      .replace(/^(essential|desirable)\s*:\s*/i, '')
      .replace(/ \(how assessed: [^)]*\)$/, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

describe('import: round trip through the Word export', function () {
  this.timeout(120000);
  for (const name of fs.readdirSync(EXAMPLES).filter((f) => f.endsWith('.jd.md'))) {
    it(`${name}: same title, fields, sections and bullets; lints without invalid-front-matter`, async () => {
      const source = fs.readFileSync(path.join(EXAMPLES, name), 'utf8');
      const { docx } = await exportJd({ text: source, file: path.join(EXAMPLES, name), template: 'job-description' });
      const { text, report } = await importDocument(docx, name.replace(/\.jd\.md$/, '.docx'));

      const original = parseJd(source);
      const fields = Object.fromEntries(
        [...original.frontMatter!.fields].map(([k, f]) => [k, f.value as string | number]),
      );
      assert.equal(report.title, fields.title);
      for (const [field, shown] of Object.entries(SHOWN)) {
        if (fields[field] !== undefined) assert.equal(report.fields[field], shown(fields[field]), `${field}`);
      }

      const imported = parseJd(text);
      const headings = imported.sections.map((s) => s.heading.text);
      let at = 0;
      for (const heading of original.sections.map((s) => s.heading.text)) {
        const found = headings.indexOf(heading, at);
        assert.ok(found >= 0, `section "${heading}" in order among: ${headings.join(' | ')}`);
        at = found + 1;
      }
      const bullets = new Set(bulletsOf(text));
      for (const bullet of bulletsOf(source)) assert.ok(bullets.has(bullet), `bullet kept: ${bullet.slice(0, 80)}`);

      const result = lint(text);
      assert.deepEqual(
        result.diagnostics.filter((d) => d.rule === 'invalid-front-matter'),
        [],
      );
      const declared = fields.role as string | undefined;
      if (declared) assert.equal(report.role?.id, declared, 'the role is inferred from the title or content');
    });
  }
});
