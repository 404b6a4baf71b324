// Checks that the import fixtures (fixtures.ts) are what they claim, by
// reading each file back with mammoth (the reader `jdkit import` uses) and, for
// the bad inputs, by looking at the bytes: a fixture that silently lost its
// Word numbering or its person-specification ticks would make the importer's
// tests pass for the wrong reason. The LibreOffice fixtures are skipped, with
// the reason printed, when LibreOffice is not installed.
import assert from 'node:assert/strict';
import path from 'node:path';
import zlib from 'node:zlib';
import mammoth from 'mammoth';
import {
  OLE2_MAGIC,
  rawEntryData,
  readCfbDirectory,
  readCfbStream,
  readZipDirectory,
  readZipEntry,
  type ZipDirectoryEntry,
} from './containers';
import {
  badInputs,
  containsText,
  docxFixtures,
  libreOfficeFixtures,
  sofficePath,
  type BadInput,
  type ExpectedSection,
  type Feature,
  type WordFixture,
} from './fixtures';
import { BOMB_ENTRIES, LARGE_PARAGRAPHS } from './bad-inputs';

/** A .docx as mammoth reads it, with its body XML for the checks mammoth's HTML cannot answer (real numbering). */
interface Reading {
  html: string;
  /** Visible text: a line per block, table cells separated by " | ". */
  text: string;
  paragraphs: string[];
  headings: string[];
  tables: string[][][];
  documentXml: string;
}

async function read(docx: Buffer): Promise<Reading> {
  const result = await mammoth.convertToHtml({ buffer: docx });
  const errors = result.messages.filter((m) => m.type === 'error');
  assert.deepEqual(errors, [], 'mammoth reads the file without errors');
  const html = result.value;
  const entry = readZipDirectory(docx)?.find((e) => e.name === 'word/document.xml');
  assert.ok(entry, 'the file is a zip with word/document.xml');
  return {
    html,
    text: textOf(html.replace(/<\/t[dh]>/g, ' | ').replace(/<\/(p|li|tr|h\d)>/g, '\n')),
    paragraphs: [...html.matchAll(/<p>(.*?)<\/p>/g)].map((m) => textOf(m[1])),
    headings: [...html.matchAll(/<h\d>(.*?)<\/h\d>/g)].map((m) => textOf(m[1])),
    tables: [...html.matchAll(/<table>(.*?)<\/table>/g)].map((t) => rowsOf(t[1])),
    documentXml: readZipEntry(docx, entry).toString('utf8'),
  };
}

function textOf(html: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => entities[e])
    .replace(/[ \t]+/g, ' ')
    .trim();
}

function rowsOf(tableHtml: string): string[][] {
  return [...tableHtml.matchAll(/<tr>(.*?)<\/tr>/g)].map((r) =>
    [...r[1].matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/g)].map((c) => cellText(c[1])),
  );
}

/** A cell's text, its paragraphs and list items a line each. */
function cellText(html: string): string {
  return textOf(html.replace(/<\/(p|li)>/g, '\n')).replace(/\s*\n\s*/g, '\n');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// ---- What every fixture's expected results must be found in the file ------------

function checkTitleAndFields(fixture: WordFixture, doc: Reading): void {
  const { title, fields } = fixture.expected;
  if (fixture.features.includes('no-title')) {
    assert.ok(
      !doc.text.toLowerCase().includes(title.toLowerCase()),
      `the title "${title}" must not be in the document`,
    );
    assert.equal(path.basename(fixture.fileName, '.docx'), title, 'the file name gives the title');
  } else {
    assert.ok(doc.text.includes(title), `the title "${title}" is in the document`);
  }
  for (const [field, value] of Object.entries(fields))
    assert.ok(doc.text.includes(value), `${field}: "${value}" is in the document`);
}

function checkSectionHeading(fixture: WordFixture, doc: Reading, section: ExpectedSection): void {
  const heading = section.heading ?? section.name;
  if (fixture.features.includes('heading-styles')) {
    assert.ok(doc.headings.includes(heading), `"${heading}" is a heading`);
  } else {
    assert.ok(doc.paragraphs.includes(heading), `"${heading}" is a paragraph of its own`);
  }
}

/** Lists typed by hand are paragraphs with a marker; Word lists are <li> in <ul> or <ol> as numbered or not. */
function checkBullets(fixture: WordFixture, doc: Reading, section: ExpectedSection): void {
  const typed = fixture.features.includes('typed-bullets') || fixture.features.includes('typed-numbers');
  for (const [i, bullet] of (section.bullets ?? []).entries()) {
    if (typed) {
      const marker = section.ordered ? `${i + 1}\\.` : '[•\\-o▪–]';
      assert.ok(
        doc.paragraphs.some((p) => new RegExp(`^${marker}\\s+${escape(bullet)}$`).test(p)),
        `"${bullet}" is a paragraph with a typed marker`,
      );
    } else {
      const list = section.ordered ? 'ol' : 'ul';
      const lists = [...doc.html.matchAll(new RegExp(`<${list}>(.*?)</${list}>`, 'g'))].map((m) => m[1]);
      assert.ok(
        lists.some((l) => [...l.matchAll(/<li>(.*?)<\/li>/g)].some((li) => textOf(li[1]) === bullet)),
        `"${bullet}" is an item of a <${list}>`,
      );
    }
  }
}

/**
 * Where a person-specification table says a criterion is essential or
 * desirable: an E/D column, the column the criterion is written in, or a mark
 * (tick, "E", "D") in the Essential or Desirable column. Counting columns from
 * the right copes with a category cell merged down the rows on the left.
 */
function priorityOf(doc: Reading, criterion: string): 'essential' | 'desirable' | undefined {
  for (const [header, ...rows] of doc.tables) {
    const fromRight = (re: RegExp) => {
      const i = header.findIndex((h) => re.test(h));
      return i < 0 ? -1 : header.length - i;
    };
    const both = fromRight(/^(E\/D|Essential\/Desirable)$/i);
    const essential = fromRight(/^Essential$/i);
    const desirable = fromRight(/^Desirable$/i);
    for (const row of rows) {
      const at = (n: number) => (n > 0 ? (row[row.length - n] ?? '') : '');
      const cell = row.findIndex((c) => c.split('\n').includes(criterion));
      if (cell < 0) continue;
      if (both > 0) return /^E/i.test(at(both)) ? 'essential' : /^D/i.test(at(both)) ? 'desirable' : undefined;
      if (row.length - cell === essential) return 'essential';
      if (row.length - cell === desirable) return 'desirable';
      return at(essential) ? 'essential' : at(desirable) ? 'desirable' : undefined;
    }
  }
  return undefined;
}

function checkCriteria(doc: Reading, section: ExpectedSection): void {
  for (const c of section.essential ?? []) assert.equal(priorityOf(doc, c), 'essential', `"${c}" is marked essential`);
  for (const c of section.desirable ?? []) assert.equal(priorityOf(doc, c), 'desirable', `"${c}" is marked desirable`);
}

function checkSection(fixture: WordFixture, doc: Reading, section: ExpectedSection): void {
  checkSectionHeading(fixture, doc, section);
  checkBullets(fixture, doc, section);
  checkCriteria(doc, section);
  for (const text of section.text ?? [])
    assert.ok(doc.paragraphs.includes(text), `"${text.slice(0, 40)}…" is a paragraph`);
  if (section.table)
    assert.ok(
      doc.tables.some((t) => JSON.stringify(t) === JSON.stringify(section.table)),
      `the ${section.name} table is there`,
    );
}

function checkEmphasis(fixture: WordFixture, doc: Reading): void {
  for (const b of fixture.expected.bold ?? []) assert.ok(doc.html.includes(`<strong>${b}</strong>`), `"${b}" is bold`);
  for (const i of fixture.expected.italic ?? []) assert.ok(doc.html.includes(`<em>${i}</em>`), `"${i}" is italic`);
}

// ---- Each feature a fixture claims ---------------------------------------------

const headingOf = (s: ExpectedSection) => s.heading ?? s.name;

const FEATURE_CHECKS: Record<Feature, (doc: Reading, fixture: WordFixture) => boolean> = {
  'heading-styles': (doc) => /<h[12]>/.test(doc.html) && /w:pStyle w:val="Heading\d"/.test(doc.documentXml),
  'no-heading-styles': (doc) => !/<h\d>/.test(doc.html) && !/w:val="Heading\d"/.test(doc.documentXml),
  'details-table': (doc, f) =>
    doc.tables.some((t) => t.some((r) => /^job title:?$/i.test(r[0]) && r[1] === f.expected.title)),
  'label-lines': (doc, f) =>
    Object.values(f.expected.fields).every((v) =>
      doc.paragraphs.some((p) => new RegExp(`^[A-Z][A-Za-z ]+:\\s+${escape(v)}$`).test(p)),
    ),
  'title-line': (doc, f) =>
    doc.paragraphs.includes(`Job description: ${f.expected.title}`) ||
    doc.paragraphs.includes(`Job Description: ${f.expected.title}`),
  'title-first-heading': (doc, f) => doc.headings[0] === f.expected.title && !/job title/i.test(doc.text),
  'no-title': (doc, f) => !doc.text.includes(f.expected.title),
  'bold-headings': (doc, f) =>
    f.expected.sections.some((s) => doc.html.includes(`<p><strong>${headingOf(s)}</strong></p>`)),
  'caps-headings': (doc, f) =>
    f.expected.sections.some(
      (s) => headingOf(s) === headingOf(s).toUpperCase() && doc.paragraphs.includes(headingOf(s)),
    ),
  // Real Word numbering: list paragraphs carry w:numPr, which is what makes mammoth write <ul>/<ol>.
  'word-bullets': (doc) => /<ul>/.test(doc.html) && doc.documentXml.includes('<w:numPr>'),
  'word-numbering': (doc) => /<ol>/.test(doc.html) && doc.documentXml.includes('<w:numPr>'),
  'typed-bullets': (doc) =>
    !/<[ou]l>/.test(doc.html) &&
    !doc.documentXml.includes('<w:numPr>') &&
    doc.paragraphs.some((p) => /^[•\-o▪–]\s/.test(p)),
  'typed-numbers': (doc) => !/<ol>/.test(doc.html) && doc.paragraphs.some((p) => /^\d+\.\s/.test(p)),
  bold: (doc) => doc.html.includes('<strong>'),
  italic: (doc) => doc.html.includes('<em>'),
  'generic-table': (doc, f) => f.expected.sections.some((s) => s.table !== undefined) && doc.tables.length > 0,
  'person-spec-columns': (doc) => doc.tables.some(([h]) => h.includes('Essential') && h.includes('Desirable')),
  'person-spec-by-category': (doc) =>
    doc.tables.some(
      ([h, ...rows]) =>
        h.some((c) => /^(E\/D|Essential\/Desirable)$/i.test(c)) && rows.some((r) => r.includes('Qualifications')),
    ),
  'merged-cells': (doc) => /(rowspan|colspan)="\d+"/.test(doc.html),
};

function checkFixture(fixture: WordFixture, doc: Reading): void {
  checkTitleAndFields(fixture, doc);
  for (const section of fixture.expected.sections) checkSection(fixture, doc, section);
  for (const text of fixture.expected.unmapped ?? [])
    assert.ok(containsText(doc.text, text), `"${text}" is in the document`);
  checkEmphasis(fixture, doc);
  for (const feature of fixture.features)
    assert.ok(FEATURE_CHECKS[feature](doc, fixture), `the document has ${feature}`);
}

function checkDeclaration(fixture: WordFixture): void {
  assert.match(fixture.name, /^[a-z0-9-]+$/);
  assert.match(fixture.fileName, /\.docx$/);
  assert.ok(fixture.description.length > 20 && fixture.features.length > 0);
  assert.ok(fixture.expected.sections.length > 0);
}

describe('import fixtures: Word documents made with the docx library', () => {
  const fixtures = docxFixtures();

  it('have distinct names and file names', () => {
    assert.equal(new Set(fixtures.map((f) => f.name)).size, fixtures.length);
    assert.equal(new Set(fixtures.map((f) => f.fileName)).size, fixtures.length);
  });

  for (const fixture of fixtures) {
    it(`${fixture.name}: mammoth finds what it claims (${fixture.features.join(', ')})`, async () => {
      checkDeclaration(fixture);
      checkFixture(fixture, await read(await fixture.build()));
    });
  }
});

describe('import fixtures: Word documents LibreOffice makes from HTML', function () {
  this.timeout(240_000);
  const fixtures = libreOfficeFixtures();

  before(async function () {
    if (!sofficePath()) {
      console.log(
        '    (skipped: LibreOffice is not installed; scripts/setup-test-env.sh installs libreoffice-writer-nogui)',
      );
      this.skip();
    }
    // One soffice run converts them all; each build() then returns its share.
    await Promise.all(fixtures.map((f) => f.build()));
  });

  for (const fixture of fixtures) {
    it(`${fixture.name}: mammoth finds what it claims (${fixture.features.join(', ')})`, async () => {
      checkDeclaration(fixture);
      checkFixture(fixture, await read(await fixture.build()));
    });
  }
});

// ---- Bad inputs -----------------------------------------------------------------

async function mammothRejects(buffer: Buffer): Promise<void> {
  await assert.rejects(mammoth.convertToHtml({ buffer }), 'mammoth cannot read it');
}

function zipEntry(buffer: Buffer, name: string): ZipDirectoryEntry {
  const entry = readZipDirectory(buffer)?.find((e) => e.name === name);
  assert.ok(entry, `${name} is in the zip`);
  return entry;
}

/** Inflates an entry, counting bytes without keeping them; the first bytes are returned to look at. */
function inflatedSize(buffer: Buffer, entry: ZipDirectoryEntry): Promise<{ size: number; head: string }> {
  return new Promise((resolve, reject) => {
    const inflate = zlib.createInflateRaw({ chunkSize: 1 << 20 });
    let size = 0;
    let head = '';
    inflate.on('data', (chunk: Buffer) => {
      if (size === 0) head = chunk.subarray(0, 200).toString('utf8');
      size += chunk.length;
    });
    inflate.on('end', () => resolve({ size, head }));
    inflate.on('error', reject);
    inflate.end(rawEntryData(buffer, entry));
  });
}

function cfbNames(buffer: Buffer): string[] {
  assert.ok(buffer.subarray(0, 8).equals(OLE2_MAGIC), 'starts with the OLE2 magic D0 CF 11 E0 A1 B1 1A E1');
  return readCfbDirectory(buffer).map((e) => e.name);
}

const BAD_CHECKS: Record<string, (buffer: Buffer) => Promise<void>> = {
  async 'corrupt-truncated'(buffer) {
    assert.equal(buffer.toString('latin1', 0, 4), 'PK\x03\x04', 'it starts like a zip');
    assert.equal(readZipDirectory(buffer), null, 'but has no central directory');
    await mammothRejects(buffer);
  },
  async encrypted(buffer) {
    assert.deepEqual(cfbNames(buffer), ['Root Entry', 'EncryptionInfo', 'EncryptedPackage']);
    const info = readCfbStream(buffer, readCfbDirectory(buffer)[1]);
    assert.deepEqual([info.readUInt16LE(0), info.readUInt16LE(2)], [4, 4], 'agile encryption, version 4.4');
    assert.match(
      info.toString('utf8', 8),
      /^<\?xml[^]*<encryption xmlns="http:\/\/schemas\.microsoft\.com\/office\/2006\/encryption"/,
    );
    await mammothRejects(buffer);
  },
  async 'legacy-doc'(buffer) {
    assert.deepEqual(cfbNames(buffer), ['Root Entry', 'WordDocument', '1Table']);
    assert.equal(
      readCfbStream(buffer, readCfbDirectory(buffer)[1]).readUInt16LE(0),
      0xa5ec,
      'the WordDocument stream starts with the FIB magic',
    );
    await mammothRejects(buffer);
  },
  async empty(buffer) {
    const xml = readZipEntry(buffer, zipEntry(buffer, 'word/document.xml')).toString('utf8');
    assert.ok(
      xml.includes('<w:body>') && !xml.includes('<w:p>') && !xml.includes('<w:p '),
      'the body has no paragraphs',
    );
    assert.equal((await mammoth.convertToHtml({ buffer })).value, '');
  },
  async 'zip-bomb-size'(buffer) {
    const entry = zipEntry(buffer, 'word/document.xml');
    assert.ok(entry.size > 500e6, `declares ${entry.size} bytes`);
    assert.ok(buffer.length < 1e6 && entry.compressedSize < 1e6, `in ${entry.compressedSize} compressed bytes`);
    const { size, head } = await inflatedSize(buffer, entry);
    assert.equal(size, entry.size, 'and really inflates to what it declares');
    assert.match(head, /^<\?xml[^]*<w:t>AAAA/);
  },
  async 'zip-bomb-entries'(buffer) {
    const entries = readZipDirectory(buffer)!;
    assert.ok(entries.length > BOMB_ENTRIES, `${entries.length} entries`);
    assert.match(
      (await mammoth.convertToHtml({ buffer })).value,
      /<h1>Recovery Worker<\/h1>/,
      'otherwise a readable document',
    );
  },
  async 'too-large'(buffer) {
    assert.ok(buffer.length > 10 * 2 ** 20 && buffer.length < 12e6, `${buffer.length} bytes`);
    const media = readZipDirectory(buffer)!.filter((e) => e.name.startsWith('word/media/'));
    assert.equal(media.length, 1);
    assert.ok(media[0].size > 10e6 && media[0].method === 0, 'one large picture, stored');
    // Leave the picture unread: only the text is being checked.
    const result = await mammoth.convertToHtml(
      { buffer },
      { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) },
    );
    assert.equal(result.value.match(/<p>Procedure \d+: /g)?.length, LARGE_PARAGRAPHS);
  },
};
BAD_CHECKS['legacy-doc-renamed'] = BAD_CHECKS['legacy-doc'];

describe('import fixtures: bad inputs', function () {
  this.timeout(60_000);
  const inputs: BadInput[] = badInputs();

  it('each has a file name, a description and a one-line message', () => {
    assert.equal(new Set(inputs.map((b) => b.name)).size, inputs.length);
    for (const b of inputs) {
      assert.match(b.fileName, /\.docx?$/, b.name);
      assert.ok(b.description.length > 20, b.name);
      assert.ok(b.message.length > 10 && !b.message.includes('\n'), b.name);
      assert.ok(BAD_CHECKS[b.name], `${b.name} has a check here`);
    }
  });

  for (const input of inputs) {
    it(`${input.name} (${input.kind}): ${input.description.split(':')[0]}`, async () => {
      await BAD_CHECKS[input.name](await input.build());
    });
  }
});
