// What README.md's "Importing existing job descriptions" promises for plain
// text and Markdown, held to: tab-separated details and person-specification
// rows in a .txt read as in Word and Markdown, a Markdown file's list fields
// kept, and the 10 MB limit for every kind of file.
import assert from 'node:assert/strict';
import { lint } from '../../../src/core/lint';
import { importDocument } from '../../../src/import/import';

describe('import: README promises for plain text and Markdown', () => {
  it('reads several details on a .txt line separated by tabs apart, as in Word and Markdown', async () => {
    const source = 'Job title:\tRecovery Worker\tBand:\t4\nHours:\t37.5\n\nMain duties\n• Hold a caseload.\n';
    for (const name of ['jd.txt', 'jd.md']) {
      const { report } = await importDocument(Buffer.from(source), name);
      assert.equal(report.title, 'Recovery Worker', name);
      assert.equal(report.fields.grade, 'Band 4', name);
      assert.equal(report.fields.hours, '37.5', name);
    }
  });

  it('keeps the criterion of a tab-separated person-specification row that continues a category', async () => {
    const rows = [
      'Attribute\tCriteria\tE/D',
      'Experience\tExperience of one-to-one work\tE',
      '\tGroup work\tD',
      'Skills\tMotivational interviewing\tE',
    ];
    const txt = await importDocument(
      Buffer.from(['Recovery Worker', 'Person specification', ...rows, 'Supervision', 'Monthly.'].join('\n')),
      'jd.txt',
    );
    const md = await importDocument(
      Buffer.from(
        [
          '# Recovery Worker',
          '',
          '## Person specification',
          '',
          '| Attribute | Criteria | E/D |',
          '| --- | --- | --- |',
          '| Experience | Experience of one-to-one work | E |',
          '|  | Group work | D |',
          '| Skills | Motivational interviewing | E |',
          '',
          '## Supervision',
          '',
          'Monthly.',
        ].join('\n'),
      ),
      'jd.md',
    );
    for (const { text, report } of [txt, md]) {
      const section = report.sections.find((s) => s.heading === 'Person specification');
      assert.deepEqual([section?.essential, section?.desirable], [2, 1]);
      assert.match(
        text,
        /### Experience\n\n- Essential: Experience of one-to-one work\n- Desirable: Group work\n\n### Skills\n\n- Essential: Motivational interviewing\n/,
      );
    }
  });

  it('keeps a known Markdown front-matter field that holds a list', async () => {
    const md =
      '---\ntitle: Nurse\nessential_capabilities: [a1, b2]\n---\n\n# Nurse\n\n## Main duties\n\n- Lead on physical health care.\n';
    const { text, report } = await importDocument(Buffer.from(md), 'nurse.md');
    assert.deepEqual(report.fields.essential_capabilities, ['a1', 'b2']);
    assert.match(text, /^essential_capabilities:\n {2}- a1\n {2}- b2\n/m);
    const fromFile = lint(text).diagnostics.filter((d) => /a1|b2/.test(d.message));
    const asWritten = lint(md).diagnostics.filter((d) => /a1|b2/.test(d.message));
    assert.ok(asWritten.length > 0, 'the lint reports the unknown ids');
    assert.deepEqual(
      fromFile.map((d) => d.rule),
      asWritten.map((d) => d.rule),
    );
  });

  it('refuses a .txt or .md over 10 MB, as it refuses a .docx', async () => {
    const big = Buffer.alloc(11 * 1024 * 1024, 'Hold a caseload.\n');
    for (const name of ['big.txt', 'big.md', 'big.docx'])
      await assert.rejects(
        importDocument(big, name),
        /^ImportError: the file is 11 MB; jdkit imports .* up to 10 MB/,
        name,
      );
    // Up to the limit is fine.
    const fine = Buffer.concat([
      Buffer.from('Job title: Recovery Worker\n'),
      Buffer.alloc(1024 * 1024, 'Hold a caseload.\n'),
    ]);
    assert.equal((await importDocument(fine, 'jd.txt')).report.title, 'Recovery Worker');
  });
});
