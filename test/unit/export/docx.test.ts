// The output requirements of issue 4, checked on the built-in templates'
// output by reading the .docx back: its XML parts, and mammoth's reading.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import mammoth from 'mammoth';
import { configSchema, type JdkitConfig } from '../../../src/core/config';
import { getFramework } from '../../../src/core/framework/load';
import { contentWidth } from '../../../src/export/docx';
import { ExportError } from '../../../src/export/errors';
import { contrastWithWhite, exportJd } from '../../../src/export/export';
import { imageInfo } from '../../../src/export/image';
import { BUILT_IN_TEMPLATES } from '../../../src/export/templates';
import { all, first, ownText, paragraphs, readDocx, textOf, type DocxParts, type XmlElement } from './docx-reader';
import { DAW, DAW_FILE, jobDescription, NOW, tempDir, write } from './support';

const SUBJECTS: Record<string, string> = {
  'job-description': 'Job description',
  advert: 'Job advert',
  'person-specification': 'Person specification',
  shortlisting: 'Shortlisting grid',
  interview: 'Interview pack',
};

/** The visible text of the document body, headers and footers, a paragraph a line. */
function visibleText(parts: DocxParts): string {
  return [parts.document, ...parts.headers, ...parts.footers]
    .flatMap((part) => all(part, 'w:p').map(textOf))
    .join('\n');
}

/** The styles the document's paragraphs and runs use, with the styles they are based on. */
function usedStyles(parts: DocxParts): XmlElement[] {
  const styles = new Map(all(parts.styles, 'w:style').map((s) => [s.attributes['w:styleId'], s]));
  const used = new Set<string>();
  const add = (id: string | undefined) => {
    if (!id || used.has(id)) return;
    used.add(id);
    add(first(styles.get(id) ?? { name: '', attributes: {}, children: [] }, 'w:basedOn')?.attributes['w:val']);
  };
  for (const part of [parts.document, ...parts.headers, ...parts.footers]) {
    for (const ref of [...all(part, 'w:pStyle'), ...all(part, 'w:rStyle')]) add(ref.attributes['w:val']);
  }
  add('Normal');
  return [...used].flatMap((id) => styles.get(id) ?? []);
}

for (const template of BUILT_IN_TEMPLATES) {
  describe(`export: ${template} template output`, () => {
    let parts: DocxParts;
    let docx: Buffer;
    before(async () => {
      docx = (await exportJd({ text: DAW, file: DAW_FILE, template, now: NOW })).docx;
      parts = await readDocx(docx);
    });

    it('sets the core properties', () => {
      const prop = (name: string) => {
        const element = first(parts.core, name);
        return element && ownText(element);
      };
      assert.equal(prop('dc:title'), 'Drug and alcohol worker – Hope & Recovery Services');
      assert.equal(prop('dc:subject'), SUBJECTS[template]);
      assert.equal(prop('dc:creator'), 'Hope & Recovery Services');
      assert.equal(
        prop('cp:keywords'),
        `${SUBJECTS[template]}; Drug and alcohol worker; drug and alcohol treatment and recovery; Community`,
      );
      assert.match(prop('dc:description') ?? '', /drug-and-alcohol-worker\.jd\.md/);
    });

    it('uses en-GB and a sans-serif font of at least 12 pt', () => {
      const defaults = first(parts.styles, 'w:docDefaults')!;
      assert.equal(first(defaults, 'w:lang')?.attributes['w:val'], 'en-GB');
      assert.equal(first(defaults, 'w:rFonts')?.attributes['w:ascii'], 'Arial');
      assert.ok(Number(first(defaults, 'w:sz')?.attributes['w:val']) >= 24);
      for (const part of [parts.document, ...usedStyles(parts), ...parts.headers, ...parts.footers]) {
        for (const size of all(part, 'w:sz')) assert.ok(Number(size.attributes['w:val']) >= 24, 'no text below 12 pt');
        for (const font of all(part, 'w:rFonts')) assert.equal(font.attributes['w:ascii'], 'Arial');
      }
    });

    it('has real heading styles: exactly one Heading 1, first, and no skipped levels', () => {
      const headings = paragraphs(parts.document).filter((p) => p.style?.startsWith('Heading'));
      const levels = headings.map((h) => Number(h.style!.slice('Heading'.length)));
      assert.equal(levels.filter((l) => l === 1).length, 1);
      assert.equal(levels[0], 1);
      levels.forEach((level, i) =>
        assert.ok(i === 0 || level <= levels[i - 1] + 1, `heading ${headings[i].text} skips a level`),
      );
      const styleNames = all(parts.styles, 'w:style').map((s) => [
        s.attributes['w:styleId'],
        first(s, 'w:name')?.attributes['w:val'],
      ]);
      for (const level of new Set(levels))
        assert.ok(styleNames.some(([id, name]) => id === `Heading${level}` && name === `Heading ${level}`));
    });

    it('uses Word numbering for lists, never typed bullets, and restarts each numbered list', () => {
      const list = paragraphs(parts.document);
      const numbered = list.filter((p) => p.numId);
      // The person specification and the shortlisting grid are all tables.
      if (template !== 'person-specification' && template !== 'shortlisting') assert.ok(numbered.length > 3);
      for (const p of list) assert.doesNotMatch(p.text, /^\s*([•·*–-]|\d+[.)])\s/, `typed bullet in "${p.text}"`);
      // Each list has its own w:num, and every w:num restarts at 1.
      const nums = all(parts.numbering, 'w:num');
      for (const numId of new Set(numbered.map((p) => p.numId))) {
        const num = nums.find((n) => n.attributes['w:numId'] === numId);
        assert.ok(num, `w:num ${numId} exists`);
        assert.equal(first(num, 'w:startOverride')?.attributes['w:val'], '1');
      }
      const abstractFormats = new Map(
        all(parts.numbering, 'w:abstractNum').map((a) => [
          a.attributes['w:abstractNumId'],
          first(a, 'w:numFmt')?.attributes['w:val'],
        ]),
      );
      const decimalLists = [...new Set(numbered.map((p) => p.numId))].filter((id) => {
        const num = nums.find((n) => n.attributes['w:numId'] === id)!;
        return abstractFormats.get(first(num, 'w:abstractNumId')!.attributes['w:val']) === 'decimal';
      });
      if (template === 'job-description')
        assert.ok(decimalLists.length >= 2, 'main duties and how to apply are separate numbered lists');
    });

    it('has tables with a repeating header row, fixed widths that fit the page and no merged cells', () => {
      const tables = all(parts.document, 'w:tbl');
      assert.ok(tables.length > 0);
      const landscape = first(parts.document, 'w:pgSz')?.attributes['w:orient'] === 'landscape';
      const CONTENT_WIDTH = contentWidth(landscape ? 'landscape' : 'portrait');
      for (const table of tables) {
        const width = first(table, 'w:tblW')!;
        assert.equal(width.attributes['w:type'], 'dxa');
        assert.ok(Number(width.attributes['w:w']) <= CONTENT_WIDTH);
        assert.equal(first(table, 'w:tblLayout')?.attributes['w:type'], 'fixed');
        const grid = all(table, 'w:gridCol').map((c) => Number(c.attributes['w:w']));
        assert.ok(grid.reduce((a, b) => a + b, 0) <= CONTENT_WIDTH);
        const rows = all(table, 'w:tr');
        const header = first(rows[0], 'w:tblHeader');
        assert.ok(
          header && header.attributes['w:val'] !== 'off' && header.attributes['w:val'] !== 'false',
          'first row repeats',
        );
        for (const row of rows) {
          const cells = all(row, 'w:tc');
          assert.equal(cells.length, grid.length);
          cells.forEach((cell, i) => assert.equal(Number(first(cell, 'w:tcW')!.attributes['w:w']), grid[i]));
        }
        for (const merge of ['w:gridSpan', 'w:vMerge', 'w:hMerge']) assert.equal(all(table, merge).length, 0, merge);
      }
    });

    it('puts the organisation in the header and "Page X of Y" in the footer', () => {
      assert.ok(parts.headers.some((h) => textOf(h).includes('Hope & Recovery Services')));
      const footer = parts.footers.find((f) => all(f, 'w:instrText').length > 0)!;
      const fields = all(footer, 'w:instrText').map((i) => ownText(i).trim());
      assert.deepEqual(fields, ['PAGE', 'NUMPAGES']);
      assert.match(textOf(footer), /Page\s+of\s*$/);
    });

    it('leaves no template leftovers and keeps special characters intact', () => {
      const text = visibleText(parts);
      for (const leftover of ['{{', '}}', 'undefined', '[object Object]', 'null', 'NaN', '\u0001'])
        assert.ok(!text.includes(leftover), `found "${leftover}"`);
      assert.doesNotMatch(text, /&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i, 'no HTML entities in the text');
      const expected: Record<string, string[]> = {
        'job-description': [
          '£28,000 to £32,000 a year',
          'Łódź Road community hub',
          'Zoë Ó Súilleabháin',
          "You'll hold",
        ],
        advert: ['£28,000 to £32,000 a year', 'Zoë Ó Súilleabháin', "You'll hold"],
        'person-specification': ['Łódź Road community hub', 'Team leader'],
        shortlisting: ['Reference HRS-0142', 'Candidate 6', 'Anonymised reference'],
        interview: ['Candidate reference', 'Person-centred working', 'DAW-1-03'],
      };
      for (const value of ['Hope & Recovery Services', ...expected[template]]) assert.ok(text.includes(value), value);
      assert.ok(text.includes("'") || text.includes('’'));
      assert.ok(!text.includes('&amp;'));
    });

    it('reads back with mammoth as headings, lists and text', async () => {
      const { value: html, messages } = await mammoth.convertToHtml({ buffer: docx });
      assert.deepEqual(
        messages.filter((m) => m.type === 'error'),
        [],
      );
      assert.equal((html.match(/<h1>/g) ?? []).length, 1);
      assert.match(
        html,
        /<h1>(Person specification: |Shortlisting grid: |Interview pack: )?Drug and alcohol worker<\/h1>/,
      );
      assert.match(html, /<h2>/);
      assert.match(html, /<table>/);
      if (template !== 'person-specification' && template !== 'shortlisting') assert.match(html, /<ul><li>/);
      if (template === 'job-description') {
        assert.match(html, /<ol><li>Assess people(&#39;|')s needs/);
        assert.match(html, /<h3>Application of knowledge<\/h3>/);
      }
      // The capabilities: in full in an appendix, a few for applicants, by id for those to develop in post, or as the questions' statements.
      const capabilities: Record<string, RegExp> = {
        advert: /<h2>What you will bring<\/h2>.*<li>able to consistently deploy evidence-based care/,
        'person-specification': /Capabilities to develop in post.*DAW-1-01 to DAW-1-07/,
        shortlisting: /developed in post \(framework section 2\) and are not scored here/,
        interview: /<h3>Overarching capabilities<\/h3>.*statements DAW-1-0\d/,
      };
      assert.match(html, capabilities[template] ?? /Appendix: capabilities and the framework.*DAW-1-01/);
      assert.ok(!html.includes('&amp;amp;'));
    });
  });
}

describe('export: supervision the employer offers, and no other', () => {
  // The DAW fixture with its Supervision and support section replaced by line management only.
  const supervision = /## Supervision and support\n[\s\S]*?(?=\n## )/;
  const managementOnly = DAW.replace(
    supervision,
    '## Supervision and support\n\nYou will receive monthly line management supervision from the team leader.\n',
  );
  const withoutSection = DAW.replace(supervision, '');
  const text = async (source: string, template: string) =>
    (await mammoth.extractRawText({ buffer: (await exportJd({ text: source, template, now: NOW })).docx })).value;
  /** Lines that offer supervision, not counting capability statements ("able to engage in regular clinical supervision…"). */
  const offers = (written: string) =>
    written
      .split('\n')
      .filter((line) => /receive|clinical supervision/i.test(line) && !/^(able to|knowledge of)/.test(line));

  it('has the fixture this test edits', () => {
    assert.match(DAW, supervision);
    assert.notEqual(withoutSection, DAW);
  });

  it('person-specification and job-description: capabilities develop in post, with only the supervision offered', async () => {
    /** Lines that mention supervision, not counting capability statements. */
    const mentions = async (source: string, template: string) =>
      (await text(source, template))
        .split('\n')
        .filter((line) => /supervis/i.test(line) && !/^(able to|knowledge of)/.test(line));
    for (const template of ['person-specification', 'job-description'])
      assert.deepEqual(await mentions(withoutSection, template), [], template);
    assert.match((await mentions(DAW, 'person-specification')).join('\n'), /in post, with clinical supervision\./);
  });

  for (const template of ['job-description', 'advert']) {
    it(`${template}: states the document's own supervision, never clinical supervision it does not offer`, async () => {
      assert.deepEqual(offers(await text(managementOnly, template)), [
        'You will receive monthly line management supervision from the team leader.',
      ]);
      assert.deepEqual(offers(await text(withoutSection, template)), []);
    });
  }

  it('advert: keeps the employer’s own sentences on the supervision the post holder receives, how often and from whom', async () => {
    const supportForYou = async (body: string) => {
      const advert = await text(
        jobDescription({ title: 'Peer support worker', role: 'peer-support-worker' }, body),
        'advert',
      );
      return /\nSupport for you\n\n(.*)\n/.exec(advert)?.[1];
    };
    const offered =
      'Monthly supportive supervision with our Senior Peer Worker, plus a fortnightly reflective practice group.';
    assert.equal(
      await supportForYou(
        [
          '## Main duties',
          '',
          '- Provide supportive supervision to our volunteers.',
          '- Run the weekly peer support group.',
          '',
          '## Supervision and support',
          '',
          `We pay for travel between our hubs. ${offered} You will have a laptop and phone.`,
          '',
        ].join('\n'),
      ),
      offered,
    );
    // One across a line break, and one in a list, are kept whole; the first is kept, to keep the advert to two pages.
    assert.equal(
      await supportForYou(
        [
          '## About the role',
          '',
          'You will join a friendly team. Reflective',
          'supervision is fortnightly, in a group.',
          '',
          '## Supervision and support',
          '',
          '- Clinical supervision every month with the clinical lead',
          '',
        ].join('\n'),
      ),
      'Reflective supervision is fortnightly, in a group.',
    );
    assert.equal(
      await supportForYou(
        '## Supervision and support\n\n- An annual appraisal\n- Clinical supervision every month with the clinical lead\n',
      ),
      'Clinical supervision every month with the clinical lead',
    );
  });

  it('advert: leaves out supervision the post holder is to make sure others get (trial 11)', async () => {
    const advert = await text(
      jobDescription(
        { title: 'Service manager', role: 'leaders-and-managers' },
        [
          '## About the role',
          '',
          'You will lead our adult drug and alcohol service.',
          '',
          '## Main duties',
          '',
          '- Manage the service budget',
          '- Make sure all staff get regular management and clinical supervision and annual appraisals',
          '',
        ].join('\n'),
      ),
      'advert',
    );
    assert.doesNotMatch(advert, /Support for you/);
  });
});

describe('export: the advert’s key facts', () => {
  it('gives the grade with the salary, or alone, so a post advertised by its band shows its pay', async () => {
    const advert = async (text: string) =>
      (await mammoth.extractRawText({ buffer: (await exportJd({ text, template: 'advert', now: NOW })).docx })).value;
    const withGrade = DAW.replace(/^reference: .*$/m, (line) => `${line}\ngrade: Band 5`);
    const salary = /^salary: "?([^"\n]*)"?$/m.exec(DAW)![1];
    assert.match(
      await advert(withGrade),
      new RegExp(`\\nSalary\\n\\n${salary.replace(/[£.,()]/g, '\\$&')} \\(Band 5\\)\\n`),
    );
    assert.match(await advert(withGrade.replace(/^salary: .*\n/m, '')), /\nSalary\n\nBand 5\n/);
  });

  it('says a volunteer post is voluntary and unpaid, in the advert and the job description', async () => {
    const text = (employment: string) =>
      jobDescription({ title: 'Peer mentor', employment }, '## Main duties\n\n- Run a peer support group.\n');
    const raw = async (jd: string, template: string) =>
      (await mammoth.extractRawText({ buffer: (await exportJd({ text: jd, template, now: NOW })).docx })).value;
    for (const template of ['advert', 'job-description']) {
      assert.match(await raw(text('volunteer'), template), /\nEmployment\n\nVoluntary \(unpaid\)\n/, template);
      assert.doesNotMatch(await raw(text('paid'), template), /Voluntary/, template);
    }
  });
});

describe('export: the employer’s informal contact', () => {
  const contact = 'For an informal conversation about the role, contact Sam Bright, team leader, on 01632 960 101.';
  const body = (howToApply: string) =>
    [
      '## About the role\n\nYou will support adults in recovery.\n',
      `## What we offer\n\n- 25 days’ annual leave.\n\nTo apply, complete the online form. ${contact}\n`,
      howToApply,
    ].join('\n');
  const lines = async (text: string, template: string) =>
    (await mammoth.extractRawText({ buffer: (await exportJd({ text, template, now: NOW })).docx })).value
      .split('\n')
      .filter(Boolean);
  const fields = { title: 'Recovery worker', closing_date: '14 March 2025' };

  it('reaches the advert’s How to apply from wherever the employer wrote it, once in the job description', async () => {
    for (const howToApply of ['', '## How to apply\n\nApply online at our jobs page.\n']) {
      const advert = await lines(jobDescription(fields, body(howToApply)), 'advert');
      assert.ok(advert.slice(advert.indexOf('How to apply')).includes(contact), howToApply);
      assert.equal(advert.filter((l) => l.includes('Sam Bright')).length, 1, howToApply);
      const jd = await lines(jobDescription(fields, body(howToApply)), 'job-description');
      assert.equal(jd.filter((l) => l.includes('Sam Bright')).length, 1, howToApply);
    }
  });

  it('is the front matter’s contact when it gives one', async () => {
    const advert = await lines(jobDescription({ ...fields, contact: 'Jo Lee, 01632 960 999' }, body('')), 'advert');
    assert.deepEqual(
      advert.filter((l) => /informal conversation/.test(l)),
      ['For an informal conversation about the role, contact Jo Lee, 01632 960 999.'],
    );
  });

  it('follows the document’s own How to apply with the front matter’s apply and contact when it leaves them out', async () => {
    const own = { ...fields, contact: 'Jo Lee, 01632 960 999', apply: 'Apply on NHS Jobs, reference 123-ABC.' };
    const section = (text: string) => body(`## How to apply\n\n${text}\n`);
    for (const template of ['advert', 'job-description']) {
      const left = await lines(jobDescription(own, section('Send us your CV.')), template);
      const after = left.slice(left.indexOf('Send us your CV.'));
      assert.ok(after.includes('Apply on NHS Jobs, reference 123-ABC.'), template);
      assert.ok(
        after.includes('For an informal conversation about the role, contact Jo Lee, 01632 960 999.'),
        template,
      );
      // A section that already gives them is shown as written, nothing added.
      const given = await lines(
        jobDescription(own, section('Apply on NHS Jobs, reference 123-ABC. Questions: Jo Lee, 01632 960 999.')),
        template,
      );
      assert.equal(given.filter((l) => l.includes('Jo Lee')).length, 1, template);
      assert.equal(given.filter((l) => l.includes('123-ABC')).length, 1, template);
    }
  });
});

describe('export: the advert’s duties', () => {
  /** The advert's "What you will do" section as mammoth's HTML. */
  const whatYouWillDo = async (mainDuties: string) => {
    const { docx } = await exportJd({
      text: jobDescription({ title: 'Nurse', role: 'nurse' }, `## Main duties\n\n${mainDuties}`),
      template: 'advert',
      now: NOW,
    });
    const html = (await mammoth.convertToHtml({ buffer: docx })).value;
    return /<h2>What you will do<\/h2>(.*?)(?=<h2>|<p>We welcome)/.exec(html)?.[1] ?? '';
  };
  const duties = async (mainDuties: string) => {
    const section = await whatYouWillDo(mainDuties);
    assert.match(section, /^<ul>.*<\/ul>$/, 'one list, no sub-headings');
    return [...section.matchAll(/<li>([^<]*)/g)].map((m) => m[1]);
  };

  it('lists at most four, the first top-level duties across sub-headings and nested lists', async () => {
    const grouped = [
      '### Clinical\n\n- Assess.\n  - Using validated tools.\n- Plan care.\n',
      '### Professional\n\n- Keep registration.\n- Audit.\n- Mentor students.\n',
      '### Communication\n\n- Liaise with GPs.\n',
    ].join('\n');
    assert.deepEqual(await duties(grouped), ['Assess.', 'Plan care.', 'Keep registration.', 'Audit.']);
    const nested = '- One.\n  - One, detail.\n  - One, more detail.\n- Two.\n- Three.\n- Four.\n- Five.\n';
    assert.deepEqual(await duties(nested), ['One.', 'Two.', 'Three.', 'Four.']);
  });

  it('keeps the duties applicants most need to know: casework, clinical work, supervision given', async () => {
    const key = [
      'Hold a caseload of 30 people.',
      'Provide clinical supervision to two recovery workers.',
      'Prescribe under a patient group direction.',
    ];
    const listed = ['Welcome people.', 'Run groups.', 'Keep records.', 'Audit the clinic.', ...key];
    assert.deepEqual(await duties(listed.map((d) => `- ${d}\n`).join('')), ['Welcome people.', ...key]);
  });

  it('keeps another role’s work the plan singles out, such as a peer support worker delivering CBT', async () => {
    const listed = [
      'Welcome people.',
      'Run groups.',
      'Keep records.',
      'Share your story.',
      'Deliver sessions using CBT.',
    ];
    const { docx } = await exportJd({
      text: jobDescription(
        { title: 'Peer support worker', role: 'peer-support-worker' },
        `## Main duties\n\n${listed.map((d) => `- ${d}\n`).join('')}`,
      ),
      template: 'advert',
      now: NOW,
    });
    const html = (await mammoth.convertToHtml({ buffer: docx })).value;
    const section = /<h2>What you will do<\/h2>(.*?)(?=<h2>|<p>We welcome)/.exec(html)?.[1] ?? '';
    assert.deepEqual(
      [...section.matchAll(/<li>([^<]*)/g)].map((m) => m[1]),
      ['Welcome people.', 'Run groups.', 'Keep records.', 'Deliver sessions using CBT.'],
    );
  });

  it('gives the first paragraph of duties written as prose, not an empty heading', async () => {
    assert.equal(
      await whatYouWillDo('You will run the clinic.\n\nYou will also audit it.\n'),
      '<p>You will run the clinic.</p>',
    );
  });
});

describe('export: the job description’s person specification', () => {
  const categorised = jobDescription(
    { title: 'Recovery worker', role: 'drug-and-alcohol-worker' },
    [
      '## Person specification',
      '',
      '### Qualifications',
      '',
      '- Essential: 2:1 or above in Psychology, with BPS Graduate Basis for Chartership',
      '',
      '### Experience',
      '',
      '- Essential: Prescribing in drug and alcohol services',
      '- Desirable: Research or audit experience',
      '',
      '### Skills',
      '',
      '- Essential: Good written and spoken communication',
      '',
    ].join('\n'),
  );
  /** Each category, a heading of the given level followed by a table, with its criteria and how each is assessed. */
  const categories = async (template: string, heading: string, text = categorised) => {
    const { docx } = await exportJd({ text, template, now: NOW });
    const html = (await mammoth.convertToHtml({ buffer: docx })).value;
    return [...html.matchAll(new RegExp(`<${heading}>([^<]*)</${heading}><table>(.*?)</table>`, 'g'))].map((m) => [
      m[1],
      [...m[2].matchAll(/<tr><td><p>([^<]*)<\/p><\/td><td><p>[^<]*<\/p><\/td><td><p>([^<]*)<\/p>/g)].map(
        (row) => `${row[1]}: ${row[2]}`,
      ),
    ]);
  };

  it('keeps the employer’s categories, as the person specification does, each assessed as its heading says', async () => {
    const expected = [
      [
        'Qualifications',
        ['2:1 or above in Psychology, with BPS Graduate Basis for Chartership: Application and certificate check'],
      ],
      [
        'Experience',
        [
          'Prescribing in drug and alcohol services: Application and interview',
          'Research or audit experience: Application and interview',
        ],
      ],
      ['Skills', ['Good written and spoken communication: Interview']],
    ];
    assert.deepEqual(await categories('job-description', 'h3'), expected);
    assert.deepEqual(await categories('person-specification', 'h2'), expected);
  });

  it('files each criterion under what it asks for, named before what that is about, checked as its kind is', async () => {
    const psychologist = jobDescription(
      { title: 'Clinical psychologist', role: 'practitioner-psychologist' },
      [
        '## Person specification',
        '',
        '- Doctorate in Clinical or Counselling Psychology (or equivalent)',
        '- HCPC registration as a practitioner psychologist',
        '- Chartered with the British Psychological Society',
        '- Post-qualification experience of working with people with drug and alcohol problems',
        '- Experience of delivering training',
        '- Training in motivational interviewing',
        '- MSc in Addiction Psychology',
        '',
      ].join('\n'),
    );
    assert.deepEqual(await categories('person-specification', 'h2', psychologist), [
      [
        'Registration',
        [
          'HCPC registration as a practitioner psychologist: Application and registration check',
          'Chartered with the British Psychological Society: Application and registration check',
        ],
      ],
      [
        'Qualifications and training',
        [
          'Doctorate in Clinical or Counselling Psychology (or equivalent): Application and certificate check',
          'Training in motivational interviewing: Application and certificate check',
          'MSc in Addiction Psychology: Application and certificate check',
        ],
      ],
      [
        'Experience',
        [
          'Post-qualification experience of working with people with drug and alcohol problems: Application and interview',
          'Experience of delivering training: Application and interview',
        ],
      ],
    ]);
    // A chartered psychologist is still asked for the HCPC registration the role needs.
    const chartered = jobDescription(
      { title: 'Clinical psychologist', role: 'practitioner-psychologist' },
      '## Person specification\n\n- Chartered Clinical Psychologist\n',
    );
    assert.deepEqual((await categories('person-specification', 'h2', chartered))[0], [
      'Registration',
      [
        'Registration with the Health and Care Professions Council (HCPC) as a practitioner psychologist: Application and registration check',
        'Chartered Clinical Psychologist: Application and registration check',
      ],
    ]);
  });
});

describe('export: the panel’s documents say what applies to the post', () => {
  const lines = async (text: string, template: string) =>
    (await mammoth.extractRawText({ buffer: (await exportJd({ text, template, now: NOW })).docx })).value
      .split('\n')
      .filter(Boolean);

  it('heads the supervision question "Supervision" for a post without registration', async () => {
    const daw = await lines(DAW, 'interview');
    assert.ok(daw.includes('Supervision'));
    assert.ok(!daw.some((l) => /Registration/.test(l)));
    const nurse = await lines(
      jobDescription({ title: 'Registered nurse', role: 'nurse' }, '## Main duties\n\n- Nursing.\n'),
      'interview',
    );
    assert.ok(nurse.includes('Registration and supervision'));
  });

  it('adds no registration criterion wider than the employer’s own for the role’s regulator', async () => {
    /** The person specification's Registration rows, "criterion: essential or desirable". */
    const registration = async (fields: Record<string, string>, criterion: string) => {
      const text = jobDescription(fields, `## Person specification\n\n- Essential: ${criterion}\n`);
      const { docx } = await exportJd({ text, template: 'person-specification', now: NOW });
      const html = (await mammoth.convertToHtml({ buffer: docx })).value;
      const table = /<h2>Registration<\/h2><table>(.*?)<\/table>/.exec(html)?.[1] ?? '';
      return [...table.matchAll(/<tr><td><p>([^<]*)<\/p><\/td><td><p>([^<]*)<\/p>/g)].map((r) => `${r[1]}: ${r[2]}`);
    };
    const nurse = { title: 'Harm reduction nurse', role: 'nurse' };
    assert.deepEqual(await registration(nurse, 'Registered General or Mental Health Nurse with a live PIN'), [
      'Registered General or Mental Health Nurse with a live PIN: Essential',
    ]);
    // Another profession's registration, another regulator's, or a registration that is no profession's, is not the role's.
    const socialWorker = { title: 'Social worker', role: 'social-worker' };
    for (const criterion of ['Registered nurse', 'Registered with the HCPC as a social worker'])
      assert.deepEqual(await registration(socialWorker, criterion), [
        'Registration with Social Work England (SWE): Essential',
        `${criterion}: Essential`,
      ]);
    assert.deepEqual(await registration(nurse, 'Registration with the DBS update service'), [
      'Registration with the Nursing and Midwifery Council (NMC) as a nurse or nursing associate: Essential',
      'Registration with the DBS update service: Essential',
    ]);
  });

  it('names each regulator as the framework does: “Social Work England”, never “the Social Work England”', async () => {
    for (const role of getFramework().roles.filter((r) => r.regulation)) {
      const { regulatorName, requirement } = role.regulation!;
      const pack = await lines(
        jobDescription({ title: role.name, role: role.id }, '## Main duties\n\n- Work.\n'),
        'interview',
      );
      assert.ok(pack.includes('Registration and supervision'), role.id);
      const withArticle = `the ${regulatorName}`;
      if (!requirement.includes(withArticle))
        assert.ok(!pack.some((l) => l.includes(withArticle)), `${role.id}: ${withArticle}`);
    }
  });

  it('asks about supervision, telling candidates the post has it only when the document offers it', async () => {
    const question = async (fields: Record<string, string>, body: string) => {
      const pack = await lines(
        jobDescription(fields, `## Main duties\n\n- Run peer support groups.\n${body}`),
        'interview',
      );
      return pack[pack.lastIndexOf('Supervision') + 1];
    };
    const peer = { title: 'Peer support worker', role: 'peer-support-worker', employment: 'paid' };
    const volunteer = { title: 'Peer mentor', employment: 'volunteer' };
    for (const fields of [peer, volunteer]) assert.doesNotMatch(await question(fields, ''), /\bhere\b/, fields.title);
    assert.match(
      await question(
        peer,
        '\n## Supervision and support\n\nMonthly supportive supervision with a senior peer support worker.\n',
      ),
      /^Question: Peer support workers here have regular supportive supervision/,
    );
    assert.match(
      await question(
        volunteer,
        '\n## Supervision and support\n\nFortnightly supervision with the volunteer coordinator.\n',
      ),
      /^Question: Volunteers here are supervised and supported/,
    );
  });

  it('asks a pick-and-mix role’s post about leading others only when the document gives it that work', async () => {
    /** The questions under a domain's heading in the pack for a post with this body. */
    const domain = async (fields: Record<string, string>, body: string, heading: string) => {
      const { docx } = await exportJd({ text: jobDescription(fields, body), template: 'interview', now: NOW });
      const pack = paragraphs((await readDocx(docx)).document);
      const start = pack.findIndex((p) => p.style === 'Heading3' && p.text === heading);
      const end = pack.findIndex((p, i) => i > start && p.style?.startsWith('Heading'));
      return pack
        .slice(start, end)
        .map((p) => p.text)
        .filter((t) => t.startsWith('Question:'));
    };
    const nurse = { title: 'Liaison nurse', role: 'nurse' };
    const wards = '## Main duties\n\n- Assess patients on the wards.\n';
    const leadership = 'Clinical supervision and leadership';
    const supervising = /when supervising drug and alcohol workers/;
    const training = /^Question: Tell us about training you have given/;
    const ward = await domain(nurse, wards, leadership);
    assert.equal(ward.length, 1);
    assert.match(ward[0], training);
    assert.ok(!(await domain(nurse, wards, 'Multidisciplinary working')).some((q) => /clinical leadership/.test(q)));
    // Leading others in the prose, or a capability the question tests: asked.
    for (const body of [
      '## Main duties\n\n- Provide clinical supervision to recovery workers.\n',
      '## Capabilities\n\n- able to provide structured clinical supervision to other members of the team\n',
    ]) {
      const asked = await domain(nurse, body, leadership);
      assert.equal(asked.length, 2, body);
      assert.match(asked[0], supervising, body);
    }
    // The question on what the document lists comes first.
    const teaching = await domain(
      nurse,
      '## Main duties\n\n- Line manage two nursing associates.\n\n## Capabilities\n\n' +
        '- able to offer training and placements on nursing training programmes around working with problematic drug and alcohol use\n',
      leadership,
    );
    assert.match(teaching[0], training);
    assert.match(teaching[1], supervising);
    // A social worker's capabilities are all the role's (framework section 2): asked whatever the duties.
    const socialWorker = await domain({ title: 'Social worker', role: 'social-worker' }, wards, leadership);
    assert.match(socialWorker[0], /provide clinical supervision to colleagues/);
  });

  it('asks a manager about the management supervision managers need (plan 3.6), not clinical', async () => {
    const question = async (body: string) => {
      const text = jobDescription(
        { title: 'Service manager', role: 'leader-manager' },
        `## Main duties\n\n- Line manage three team leaders.\n${body}`,
      );
      const pack = await lines(text, 'interview');
      return pack[pack.lastIndexOf('Supervision') + 1];
    };
    assert.match(await question(''), /^Question: How do you use management supervision in your own work\?/);
    assert.match(
      await question('\n## Supervision and support\n\nMonthly management supervision with the Area Director.\n'),
      /^Question: This post has regular management supervision\./,
    );
    // The employer's clinical supervision is no offer of management supervision.
    const clinical = await question('\n## Supervision and support\n\nMonthly clinical supervision.\n');
    assert.match(clinical, /^Question: How do you use management supervision/);
    // Management supervision the post holder gives their staff is no offer of it either.
    assert.match(
      await question('- Line manage the team, including monthly management supervision and annual appraisals.\n'),
      /^Question: How do you use management supervision/,
    );
  });

  it('speaks of capability questions only when there are some', async () => {
    const manager = await lines(
      jobDescription({ title: 'Service manager', role: 'leader-manager' }, '## Main duties\n\n- Lead.\n'),
      'interview',
    );
    assert.ok(!manager.some((l) => /capability questions come from/.test(l)));
    assert.ok((await lines(DAW, 'interview')).some((l) => /capability questions come from/.test(l)));
  });

  it('promises applicants no training the employer did not offer', async () => {
    const advert = (await lines(DAW, 'advert')).join('\n');
    assert.match(advert, /it does not expect new starters to have them all \(section 2\)/);
    assert.doesNotMatch(advert, /we will help you develop them/);
  });

  it('scores the capabilities listed as essential, and says only the others are not scored', async () => {
    const withEssential = DAW.replace(/^reference: .*$/m, (line) => `${line}\nessential_capabilities: [DAW-1-01]`);
    const grid = (await lines(withEssential, 'shortlisting')).join('\n');
    assert.match(grid, /\nAble to consistently deploy evidence-based care and support strategies/);
    assert.match(grid, /The framework capabilities of the role not listed above are developed in post/);
  });

  it('develops in post only the capabilities a pick-and-mix role’s document lists or restates (framework 2, 5.6)', async () => {
    /** The person specification's "to develop in post" rows and the paragraph over them. */
    const develop = async (text: string) => {
      const { docx } = await exportJd({ text, template: 'person-specification', now: NOW });
      const html = (await mammoth.convertToHtml({ buffer: docx })).value;
      const section = /<h2>Capabilities to develop in post<\/h2><p>(.*?)<\/p><table>(.*?)<\/table>/.exec(html);
      const rows = [...(section?.[2] ?? '').matchAll(/<tr><td><p>([^<]*)<\/p><\/td><td><p>([^<]*)<\/p>/g)];
      return { intro: section?.[1] ?? '', rows: rows.map((r) => `${r[1]}: ${r[2]}`) };
    };
    const nurse = getFramework().role('nurse')!;
    const [dressing, safer] = nurse.domains[4].statements.slice(6, 8);
    const duties = ['Provide wound care on the van.', dressing.text, safer.text].map((d) => `- ${d}\n`).join('');
    const restated = await develop(
      jobDescription({ title: 'Harm reduction nurse', role: 'nurse' }, `## Main duties\n\n${duties}`),
    );
    assert.deepEqual(restated.rows, [`${nurse.domains[4].name}: ${dressing.id}, ${safer.id}`]);
    assert.match(restated.intro, /lets the employer choose the nurse capabilities a post needs/);
    const grid = await lines(
      jobDescription({ title: 'Harm reduction nurse', role: 'nurse' }, `## Main duties\n\n${duties}`),
      'shortlisting',
    );
    assert.ok(grid.some((l) => /capabilities the job description lists or restates, other than those above,/.test(l)));
    // None listed or restated: none to develop, rather than the whole list as if the employer had asked for it.
    const none = jobDescription({ title: 'Harm reduction nurse', role: 'nurse' }, '## Main duties\n\n- Run the van.\n');
    assert.deepEqual((await develop(none)).rows, []);
    assert.ok(!(await lines(none, 'shortlisting')).some((l) => /developed in post/.test(l)));
    // A role that is not pick-and-mix still develops every capability it does not list as essential.
    const daw = await develop(DAW);
    assert.equal(daw.rows.length, getFramework().role('drug-and-alcohol-worker')!.domains.length);
    assert.doesNotMatch(daw.intro, /employer choose/);
  });

  it('tells shortlisters that a score of 1 on an essential criterion does not meet it', async () => {
    const grid = (await lines(DAW, 'shortlisting')).join('\n');
    assert.match(grid, /1: some evidence, but it does not yet meet the criterion/);
    assert.match(grid, /a candidate who scores 0 or 1 on any of them does not meet it and is not shortlisted/);
  });
});

describe('export: options and branding', () => {
  const exportWith = (overrides: Partial<JdkitConfig['export']>, configFile?: string) =>
    exportJd({
      text: DAW,
      template: 'advert',
      now: NOW,
      config: configSchema().parse({ export: overrides }),
      configFile,
    });

  it('leaves the appendix out when export.appendix is false', async () => {
    // The job description's: the advert has none (see below).
    const { docx } = await exportJd({
      text: DAW,
      template: 'job-description',
      now: NOW,
      config: configSchema().parse({ export: { appendix: false } }),
    });
    const html = (await mammoth.convertToHtml({ buffer: docx })).value;
    assert.ok(!html.includes('Appendix'));
    assert.ok(!html.includes('DAW-1-01'));
  });

  it('gives applicants no reviewers’ appendix in the advert, even with export.appendix on', async () => {
    const { docx } = await exportWith({ appendix: true });
    const html = (await mammoth.convertToHtml({ buffer: docx })).value;
    assert.match(html, /<h2>What you will bring<\/h2>/);
    assert.ok(!html.includes('Appendix'));
    assert.ok(!/framework statements/.test(html));
  });

  it('colours headings and table headers with the brand colour, and refuses one that is too pale', async () => {
    const parts = await readDocx((await exportWith({ colour: '#006400' })).docx);
    const heading1 = all(parts.styles, 'w:style').find((s) => s.attributes['w:styleId'] === 'Heading1')!;
    assert.equal(first(heading1, 'w:color')?.attributes['w:val'], '006400');
    assert.ok(all(parts.document, 'w:shd').every((s) => s.attributes['w:fill'] === '006400'));
    await assert.rejects(exportWith({ colour: 'FFD700' }), (err: ExportError) =>
      /contrast of only 1\.4:1 with white/.test(err.message),
    );
    assert.ok(contrastWithWhite('1F4E79') > 8);
  });

  it('draws the line at WCAG AA’s 4.5:1: #767676 (4.54:1) is accepted, #777777 (4.48:1) is not', async () => {
    await exportWith({ colour: '#767676' });
    await assert.rejects(exportWith({ colour: '#777777' }), (err: ExportError) =>
      /contrast of only 4\.4:1 with white/.test(err.message),
    );
  });

  it('puts the logo in the header with its alt text, and rejects files that are not PNG or JPEG', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'logo.png'), png(300, 100));
    const configFile = path.join(dir, '.jdkit.json');
    const { docx } = await exportWith({ logo: 'logo.png', logoAltText: 'Hope and Recovery Services logo' }, configFile);
    const parts = await readDocx(docx);
    assert.ok(parts.files.some((f) => f.startsWith('word/media/')));
    const header = parts.headers.find((h) => all(h, 'wp:docPr').length > 0)!;
    const docPr = first(header, 'wp:docPr')!;
    assert.equal(docPr.attributes.descr, 'Hope and Recovery Services logo');
    const extent = first(header, 'wp:extent')!;
    assert.equal(Number(extent.attributes.cx) / Number(extent.attributes.cy), 3, 'keeps the aspect ratio');
    write(path.join(dir, 'fake.png'), 'not an image');
    await assert.rejects(
      exportWith({ logo: 'fake.png', logoAltText: 'x' }, configFile),
      /export\.logo "fake\.png" is not a PNG or JPEG image/,
    );
    await assert.rejects(
      exportWith({ logo: 'missing.png', logoAltText: 'x' }, configFile),
      /export\.logo "missing\.png" cannot be read \(ENOENT\)/,
    );
  });

  it('requires alt text with a logo in the config', () => {
    assert.throws(() => configSchema().parse({ export: { logo: 'logo.png' } }), /a logo needs alt text/);
    assert.throws(() => configSchema().parse({ export: { logo: 'logo.gif', logoAltText: 'x' } }), /PNG or JPEG/);
  });

  it('reads PNG and JPEG sizes', () => {
    assert.deepEqual(imageInfo(png(3, 2)), { type: 'png', width: 3, height: 2 });
    const jpeg = Buffer.from([
      0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x20, 0x00, 0x40, 0x03, 0, 0,
      0, 0,
    ]);
    assert.deepEqual(imageInfo(jpeg), { type: 'jpg', width: 64, height: 32 });
    assert.equal(imageInfo(Buffer.from('GIF89a')), null);
  });
});

/** A valid grey PNG of the given size. */
function png(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const rows = Buffer.alloc((width + 1) * height, 0x80);
  for (let y = 0; y < height; y++) rows[y * (width + 1)] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
