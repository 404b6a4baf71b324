// The import against jdkit's own Word export: every example, exported with the
// template that carries the full content, imports back with the same title,
// fields, section names and bullets, and lints without invalid-front-matter,
// with the role inferred from its title or content.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { HeadingLevel, Paragraph, TextRun } from 'docx';
import mammoth from 'mammoth';
import { parseJd } from '../../../src/core/document/parse';
import { lint } from '../../../src/core/lint';
import { exportJd } from '../../../src/export';
import { KEPT_FIELDS, PROPERTY_NAME, readKeptFields } from '../../../src/export/word-properties';
import { JDKIT_APPENDIX_HEADING } from '../../../src/import/build-jd';
import { importDocument, importOutputPath } from '../../../src/import/import';
import { pack } from './word-builder';

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
 * (the export writes no-break spaces as spaces) and the first letter in lower case (the person
 * specification table starts each criterion with a capital).
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
      .trim()
      .replace(/^./, (c) => c.toLowerCase()),
  );
}

describe('import: round trip through the Word export', function () {
  this.timeout(120000);

  it('names the import of an exported document after the job description, not the template', () => {
    assert.equal(importOutputPath(path.join('jobs', 'post.job-description.docx')), path.join('jobs', 'post.jd.md'));
    assert.equal(importOutputPath('post.advert.docx', 'out'), path.join('out', 'post.jd.md'));
    // Only a template's name: other dotted names are kept.
    assert.equal(importOutputPath('Recovery.Worker.v2.docx'), 'Recovery.Worker.v2.jd.md');
  });

  it('reads the kept fields back only when valid, whoever wrote the property', () => {
    const xml = (value: string) =>
      `<Properties><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="${PROPERTY_NAME}"><vt:lpwstr>${value}</vt:lpwstr></property></Properties>`;
    assert.deepEqual(
      readKeptFields(
        xml(
          '{&quot;role&quot;:&quot;nurse&quot;,&quot;setting&quot;:&quot;moon&quot;,&quot;essential_capabilities&quot;:[&quot;N-1-01&quot;],&quot;salary&quot;:&quot;£1&quot;,&quot;organisation&quot;:&quot;A &amp; B&quot;}',
        ),
      ),
      { role: 'nurse', essential_capabilities: ['N-1-01'], organisation: 'A & B' },
      'an unknown setting and a field the text shows are left out; entities are decoded',
    );
    assert.deepEqual(readKeptFields(xml('not json')), {});
    assert.deepEqual(readKeptFields(xml('[1, 2]')), {});
    assert.deepEqual(readKeptFields('<Properties/>'), {});
  });

  it('knows the heading of the appendix the built-in templates add', () => {
    const partial = fs.readFileSync(path.join(ROOT, 'templates', 'partials', 'appendix.hbs'), 'utf8');
    assert.ok(
      partial.includes(`<h2>${JDKIT_APPENDIX_HEADING}</h2>`),
      'the import recognises the appendix by this heading',
    );
  });

  it('leaves out what the templates wrote: the equality statement, a note, the organisation line under the title', async () => {
    const file = path.join(EXAMPLES, 'drug-and-alcohol-worker.jd.md');
    // Without its own equality section, the export writes the template's statement.
    const source = fs.readFileSync(file, 'utf8').replace(/\n## Equality[^\n]*\n[\s\S]*?(?=\n## |$)/, '\n');
    assert.doesNotMatch(source, /## Equality/);
    const { docx } = await exportJd({ text: source, file, template: 'job-description' });
    const written = (await mammoth.extractRawText({ buffer: docx })).value;
    assert.match(written, /We welcome applications from people of every background and community/);
    assert.match(written, /Candidates should also show the capabilities above/);
    assert.match(written, /^Northmere Recovery Partnership, /m);

    const { text, report } = await importDocument(docx, 'drug-and-alcohol-worker.docx');
    assert.doesNotMatch(text, /We welcome applications|reasonable adjustments|Candidates should also show/);
    assert.ok(!report.sections.some((s) => /equality/i.test(s.heading)), 'no section made of template text');
    assert.doesNotMatch(text, /^\**Northmere Recovery Partnership\**, /m);
    assert.equal(report.fields.organisation, 'Northmere Recovery Partnership');
    // Its own How to apply section leaves the contact field off the page: the property keeps it.
    assert.match(source, /^contact: /m);
    assert.equal(report.fields.contact, /^contact: (.*)$/m.exec(source)![1]);
  });

  it('says that an advert export shows only part of the job description', async () => {
    const file = path.join(EXAMPLES, 'drug-and-alcohol-worker.jd.md');
    const source = fs.readFileSync(file, 'utf8');
    const imported = async (template: string) =>
      importDocument((await exportJd({ text: source, file, template })).docx, `post.${template}.docx`);
    const advert = await imported('advert');
    assert.match(
      advert.report.partial ?? '',
      /^This is jdkit's "advert" export, which shows only part of the job description/,
    );
    assert.match(advert.text, /<!-- Imported by jdkit from post\.advert\.docx\. This is jdkit's "advert" export/);
    assert.equal((await imported('job-description')).report.partial, null);
  });

  it('keeps the same words in a document jdkit did not make', async () => {
    const bytes = await pack([
      new Paragraph({ text: 'Recovery worker', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ text: 'Equality', heading: HeadingLevel.HEADING_2 }),
      new Paragraph({
        children: [
          new TextRun(
            'We will make reasonable adjustments to our recruitment process for disabled and neurodivergent candidates. Tell us what would help you.',
          ),
        ],
      }),
    ]);
    const { text } = await importDocument(bytes, 'jd.docx');
    assert.match(text, /## Equality\n\nWe will make reasonable adjustments/);
  });

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
      // What the text does not show comes back from the document's custom property.
      for (const field of KEPT_FIELDS)
        if (fields[field] !== undefined) assert.deepEqual(report.fields[field], fields[field], `${field}`);

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

      // jdkit's traceability appendix is made from the capabilities on export: it does not come back as a section.
      assert.ok(!headings.some((h) => /^appendix/i.test(h)), `no appendix among: ${headings.join(' | ')}`);
      assert.doesNotMatch(text, /Each capability in this document with the statement it matches/);

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
