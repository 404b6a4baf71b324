// Opens each built-in template's output in LibreOffice (headless), converts it
// to PDF and checks the page count and the resolved "Page X of Y" footer; saves
// a PNG of page 1 of each under test-results/export/ to look at. Skipped only
// when LibreOffice is not installed (CI installs it: scripts/setup-test-env.sh).
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportJd } from '../../../src/export/export';
import { BUILT_IN_TEMPLATES } from '../../../src/export/templates';
import { DAW, DAW_FILE, NOW, ROOT, tempDir } from './support';

/** Sensible page counts for the full drug and alcohol worker job description (74 capabilities, with the appendix). */
const PAGES: Record<string, [number, number]> = {
  'job-description': [4, 25],
  advert: [1, 2],
  // A recruiter's pack a panel can use (issue 12): a person specification of about three pages,
  // a shortlisting grid of two, an interview pack of one or two questions a domain.
  'person-specification': [1, 4],
  shortlisting: [1, 3],
  interview: [3, 12],
};
/** The templates every example is also exported with, each held to its page bounds. */
const PER_EXAMPLE = ['advert', 'person-specification', 'shortlisting', 'interview'];

function onPath(command: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const file = path.join(dir, command);
    try {
      fs.accessSync(file, fs.constants.X_OK);
      return file;
    } catch {
      // not here
    }
  }
  return null;
}

const soffice = onPath('soffice') ?? onPath('libreoffice');
const EXAMPLES = path.join(ROOT, 'examples');
/** Every example's advert must also fit on two pages, whatever the length of its sections. */
const examples = fs.existsSync(EXAMPLES)
  ? fs
      .readdirSync(EXAMPLES)
      .filter((f) => f.endsWith('.jd.md'))
      .map((f) => path.join(EXAMPLES, f))
  : [];

describe('export: LibreOffice opens the Word documents', function () {
  this.timeout(300_000);
  const results = path.join(ROOT, 'test-results', 'export');
  const pdfs = new Map<string, string>();

  before(function () {
    if (!soffice) {
      console.log(
        '    (skipped: LibreOffice is not installed; scripts/setup-test-env.sh installs libreoffice-writer-nogui)',
      );
      this.skip();
    }
    for (const tool of ['pdfinfo', 'pdftoppm', 'pdftotext'])
      assert.ok(onPath(tool), `${tool} is missing: install poppler-utils`);
  });

  before(async function () {
    if (!soffice) this.skip();
    const dir = tempDir();
    const files = [];
    for (const template of BUILT_IN_TEMPLATES) {
      const file = path.join(dir, `drug-and-alcohol-worker.${template}.docx`);
      fs.writeFileSync(file, (await exportJd({ text: DAW, file: DAW_FILE, template, now: NOW })).docx);
      files.push(file);
    }
    for (const example of examples) {
      for (const template of PER_EXAMPLE) {
        const file = path.join(dir, `example-${path.basename(example, '.jd.md')}.${template}.docx`);
        fs.writeFileSync(
          file,
          (await exportJd({ text: fs.readFileSync(example, 'utf8'), file: example, template, now: NOW })).docx,
        );
        files.push(file);
      }
    }
    // A private profile, so parallel runs (and a desktop LibreOffice) do not clash.
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'jdkit-lo-profile-'));
    try {
      const run = spawnSync(
        soffice,
        [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files],
        {
          encoding: 'utf8',
          timeout: 240_000,
        },
      );
      assert.equal(run.status, 0, `soffice failed: ${run.stderr || run.error}`);
    } finally {
      fs.rmSync(profile, { recursive: true, force: true });
    }
    for (const template of BUILT_IN_TEMPLATES)
      pdfs.set(template, path.join(dir, `drug-and-alcohol-worker.${template}.pdf`));
    for (const example of examples) {
      for (const template of PER_EXAMPLE)
        pdfs.set(
          `${example}:${template}`,
          path.join(dir, `example-${path.basename(example, '.jd.md')}.${template}.pdf`),
        );
    }
    fs.mkdirSync(results, { recursive: true });
  });

  for (const template of BUILT_IN_TEMPLATES) {
    it(`converts the ${template} output to PDF with a sensible page count`, () => {
      const pdf = pdfs.get(template)!;
      assert.ok(fs.existsSync(pdf), `${pdf} was not produced`);
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
      const [min, max] = PAGES[template];
      assert.ok(pages >= min && pages <= max, `${template}: ${pages} pages, expected ${min} to ${max}`);
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      assert.match(text, new RegExp(`Page 1 of ${pages}`), 'the footer fields are resolved');
      assert.match(text, /Hope & Recovery Services/);
      assert.match(text, /Drug and alcohol worker/);
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '60',
        '-f',
        '1',
        '-l',
        '1',
        '-singlefile',
        pdf,
        path.join(results, template),
      ]);
      assert.ok(fs.statSync(path.join(results, `${template}.png`)).size > 1000);
    });
  }

  for (const template of PER_EXAMPLE) {
    it(`keeps the ${template} of every example within ${PAGES[template][0]} to ${PAGES[template][1]} pages`, function () {
      if (examples.length === 0) this.skip();
      for (const example of examples) {
        const pdf = pdfs.get(`${example}:${template}`)!;
        const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
        const [min, max] = PAGES[template];
        assert.ok(pages >= min && pages <= max, `${path.basename(example)}: the ${template} has ${pages} pages`);
      }
    });
  }
});
