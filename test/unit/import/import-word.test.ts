// The import against Word documents made in the tests' setup (fixtures.ts):
// with real heading styles and without, details tables and "Label: value"
// lines, Word numbering and typed bullets, person specifications in both
// layouts, tables; built with the docx library and by LibreOffice from HTML.
// Each must import with the title, fields, sections, bullets and criteria the
// fixture says it holds, and lint without invalid-front-matter with a role.
import assert from 'node:assert/strict';
import { lint } from '../../../src/core/lint';
import { ImportError } from '../../../src/import/errors';
import { importDocument } from '../../../src/import/import';
import {
  badInputs,
  buildLibreOfficeFixtures,
  containsText,
  docxFixtures,
  libreOfficeFixtures,
  sofficePath,
  type WordFixture,
} from './fixtures';

interface Section {
  heading: string;
  body: string;
}

/** The `##` sections of the imported Markdown. */
function sectionsOf(markdown: string): Section[] {
  return markdown
    .split(/^## /m)
    .slice(1)
    .map((part) => ({ heading: part.slice(0, part.indexOf('\n')).trim(), body: part.slice(part.indexOf('\n') + 1) }));
}

/** List items of a piece of Markdown: marker kind and text without emphasis or escapes. */
function listItems(markdown: string): { ordered: boolean; text: string }[] {
  return [...markdown.matchAll(/^\s*([-*+]|\d+[.)])\s+(.+)$/gm)].map((m) => ({
    ordered: /\d/.test(m[1]),
    text: stripMarkdown(m[2]),
  }));
}

function stripMarkdown(text: string): string {
  return text
    .replace(/\*\*|\*/g, '')
    .replace(/\\(.)/g, '$1')
    .trim();
}

/**
 * The criteria under "### Essential"/"### Desirable", or marked "Essential:"/"Desirable:" under category headings,
 * without the "(how assessed: …)" the import adds from a How assessed column.
 */
function criteria(body: string, priority: 'essential' | 'desirable'): string[] {
  return priorityItems(body, priority).map((c) => c.replace(/ \(how assessed: [^)]*\)$/, ''));
}

function priorityItems(body: string, priority: 'essential' | 'desirable'): string[] {
  const out: string[] = [];
  for (const part of body.split(/^### /m)) {
    const heading = part.slice(0, part.indexOf('\n')).trim().toLowerCase();
    for (const item of listItems(part)) {
      const marked = new RegExp(`^${priority}:\\s*`, 'i');
      if (marked.test(item.text)) out.push(item.text.replace(marked, ''));
      else if (heading === priority && !/^(essential|desirable):/i.test(item.text)) out.push(item.text);
    }
  }
  return out;
}

function checkImport(
  fixture: WordFixture,
  text: string,
  report: Awaited<ReturnType<typeof importDocument>>['report'],
): void {
  const { expected } = fixture;
  assert.equal(report.title, expected.title, 'title');
  for (const [field, value] of Object.entries(expected.fields))
    assert.equal(String(report.fields[field]), value, `field ${field}`);

  const sections = sectionsOf(text);
  let at = 0;
  for (const want of expected.sections) {
    const index = sections.findIndex((s, i) => i >= at && s.heading.toLowerCase() === want.name.toLowerCase());
    assert.ok(index >= 0, `section "${want.name}" in order among: ${sections.map((s) => s.heading).join(' | ')}`);
    at = index + 1;
    const { body } = sections[index];
    if (want.bullets) {
      const items = listItems(body.split(/^### /m)[0]);
      assert.deepEqual(
        items.map((i) => i.text),
        want.bullets,
        `bullets of ${want.name}`,
      );
      if (want.ordered !== undefined)
        assert.ok(
          items.every((i) => i.ordered === want.ordered),
          `${want.name} is ${want.ordered ? '' : 'not '}numbered`,
        );
    }
    if (want.essential) assert.deepEqual(criteria(body, 'essential'), want.essential, 'essential criteria');
    if (want.desirable) assert.deepEqual(criteria(body, 'desirable'), want.desirable, 'desirable criteria');
    for (const paragraph of want.text ?? [])
      assert.ok(containsText(body, paragraph), `text kept in ${want.name}: ${paragraph}`);
    if (want.table) {
      const rows = body.split('\n').filter((l) => l.startsWith('|') && !/^\|(\s*---\s*\|)+$/.test(l));
      const cells = rows.map((r) =>
        r
          .replace(/^\||\|$/g, '')
          .split(/(?<!\\)\|/)
          .map((c) => stripMarkdown(c)),
      );
      assert.deepEqual(cells, want.table, `table in ${want.name}`);
    }
  }
  for (const kept of expected.unmapped ?? []) assert.ok(containsText(text, kept), `kept in the body: ${kept}`);
  for (const bold of expected.bold ?? []) assert.ok(text.includes(`**${bold}**`), `bold kept: ${bold}`);
  for (const italic of expected.italic ?? [])
    assert.match(
      text,
      new RegExp(`(?<!\\*)\\*${italic.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\*(?!\\*)`),
      `italic kept: ${italic}`,
    );

  assert.deepEqual(
    lint(text).diagnostics.filter((d) => d.rule === 'invalid-front-matter'),
    [],
    'no invalid-front-matter',
  );
  assert.ok(report.role, 'the role is inferred from the title or content');
  assert.match(text, /^---\n[\s\S]*?\n---\n\n<!-- Imported by jdkit from /);
}

describe('import: Word documents', function () {
  this.timeout(60000);

  for (const fixture of docxFixtures()) {
    it(`${fixture.name}: ${fixture.description.slice(0, 90)}`, async () => {
      const { text, report } = await importDocument(await fixture.build(), fixture.fileName);
      checkImport(fixture, text, report);
    });
  }

  describe('made by LibreOffice from HTML', () => {
    let built: Map<string, Buffer>;
    before(async function () {
      if (!sofficePath()) {
        console.log(
          '    (skipped: LibreOffice is not installed; scripts/setup-test-env.sh installs libreoffice-writer-nogui)',
        );
        this.skip();
      }
      this.timeout(180000);
      built = await buildLibreOfficeFixtures();
    });
    for (const fixture of libreOfficeFixtures()) {
      it(fixture.name, async () => {
        const { text, report } = await importDocument(built.get(fixture.name)!, fixture.fileName);
        checkImport(fixture, text, report);
      });
    }
  });
});

const EXPECTED_MESSAGE: Record<string, RegExp> = {
  corrupt: /damaged.*save it there as a new \.docx and import that/,
  encrypted: /password-protected/,
  'legacy-doc': /Word 97–2003 document \(\.doc\).*save it as a Word document \(\.docx\)/,
  empty: /has no text/,
  'zip-bomb': /would unpack to|parts; a Word document has far fewer/,
  'too-large': /jdkit imports Word documents up to 10 MB/,
};

describe('import: files that cannot be imported', function () {
  this.timeout(60000);
  for (const input of badInputs()) {
    it(`${input.name}: refused with a message that says what to do`, async () => {
      const bytes = await input.build();
      await assert.rejects(importDocument(bytes, input.fileName), (err: Error) => {
        assert.ok(err instanceof ImportError, `an ImportError, not ${err.name}: ${err.message}`);
        assert.match(err.message, EXPECTED_MESSAGE[input.kind]);
        return true;
      });
    });
  }
});
