// Markdown and plain-text job descriptions go through the same recognition as
// Word documents: label lines, capitals or bold headings, typed bullets.
import assert from 'node:assert/strict';
import { lint } from '../../../src/core/lint';
import { importDocument } from '../../../src/import/import';

const PLAIN = [
  'JOB DESCRIPTION',
  'Job Title: Recovery Coordinator',
  'Salary: £27,000 to £30,000',
  'Responsible to: Team Leader',
  'Hours: 37.5',
  'Car user: Essential',
  'JOB PURPOSE',
  'To coordinate the treatment and recovery support of adults who use drugs and/or alcohol.',
  'KEY RESPONSIBILITIES',
  '• Hold a caseload of around 35 adults and agree recovery plans with them.',
  '• Deliver psychosocial interventions, one to one and in groups.',
  '1. Complete induction.',
  '2. Shadow experienced colleagues.',
  'PERSON SPECIFICATION',
  'Essential',
  '- Experience of working with adults with drug and alcohol needs.',
  'Desirable',
  '- A full driving licence.',
].join('\n');

describe('import: Markdown and plain text', () => {
  it('reads a plain-text job description with capitals headings, label lines and typed bullets', async () => {
    const { text, report } = await importDocument(Buffer.from(PLAIN), 'coordinator.txt');
    assert.equal(report.title, 'Recovery Coordinator');
    assert.deepEqual(report.fields, {
      title: 'Recovery Coordinator',
      salary: '£27,000 to £30,000',
      reports_to: 'Team Leader',
      hours: '37.5',
    });
    assert.deepEqual(
      report.sections.map((s) => [s.heading, s.source]),
      [
        ['About the role', 'JOB PURPOSE'],
        ['Main duties', 'KEY RESPONSIBILITIES'],
        ['Person specification', 'PERSON SPECIFICATION'],
      ],
    );
    assert.match(text, /^Car user: Essential$/m, 'a detail jdkit has no field for stays in the text');
    assert.match(
      text,
      /## Main duties\n\n- Hold a caseload of around 35 adults and agree recovery plans with them\.\n- Deliver psychosocial interventions, one to one and in groups\.\n\n1\. Complete induction\.\n2\. Shadow experienced colleagues\.\n/,
    );
    assert.match(
      text,
      /## Person specification\n\n### Essential\n\n- Experience of working with adults with drug and alcohol needs\.\n\n### Desirable\n\n- A full driving licence\.\n/,
    );
    assert.deepEqual(
      lint(text).diagnostics.filter((d) => d.rule === 'invalid-front-matter'),
      [],
    );
  });

  it('keeps the front matter of a Markdown file, unknown fields in it, and reads its body', async () => {
    const md =
      '---\ntitle: Nurse\ngrade: Band 6\nbudget_code: X12\npublished: true\n---\n\n# Nurse\n\n## Key duties\n\n- Lead on physical health care.\n\n| Day | Hours |\n| --- | --- |\n| Monday | 9 to 5 |\n';
    const { text, report } = await importDocument(Buffer.from(md), 'nurse.md');
    assert.deepEqual(report.fields, { title: 'Nurse', grade: 'Band 6' });
    // Unknown fields stay front matter, whatever their value, which the unknown-field rule reports and the export leaves out.
    assert.match(text, /^---\ntitle: Nurse\ngrade: Band 6\nbudget_code: X12\npublished: true\n---\n/);
    assert.equal(text.split('---')[2].includes('budget_code'), false);
    assert.deepEqual(
      lint(text)
        .diagnostics.filter((d) => d.rule === 'unknown-field')
        .map((d) => d.data?.field),
      ['budget_code', 'published'],
    );
    assert.match(
      text,
      /## Main duties\n\n- Lead on physical health care\.\n\n\| Day \| Hours \|\n\| --- \| --- \|\n\| Monday \| 9 to 5 \|\n/,
    );
    assert.equal(report.role?.id, 'nurse');
  });

  it('reads a person-specification table written with tabs in plain text as Word tables are read', async () => {
    const spec = async (...rows: string[]) => {
      const { text, report } = await importDocument(
        Buffer.from(['Service Manager', 'Person specification', ...rows, 'Supervision', 'Monthly.'].join('\n')),
        'jd.txt',
      );
      const section = report.sections.find((s) => s.heading === 'Person specification');
      return { text, counts: [section?.essential, section?.desirable] };
    };
    const byAttribute = await spec(
      'Attribute\tCriteria\tE/D',
      'Experience\tExperience of managing budgets\tE',
      'Qualifications\tManagement qualification at Level 5\tD',
    );
    assert.deepEqual(byAttribute.counts, [1, 1]);
    assert.match(
      byAttribute.text,
      /### Experience\n\n- Essential: Experience of managing budgets\n\n### Qualifications\n\n- Desirable: Management qualification at Level 5\n/,
    );
    const ticked = await spec('Criteria\tEssential\tDesirable', 'Degree in social work\t✓\t', 'Car driver\t\t✓');
    assert.deepEqual(ticked.counts, [1, 1]);
    assert.match(ticked.text, /- Degree in social work\n\n### Desirable\n\n- Car driver\n/);
    const assessed = await spec(
      'Attribute\tEssential/Desirable\tHow assessed',
      'Degree in social work\tEssential\tApplication form',
    );
    assert.deepEqual(assessed.counts, [1, 0]);
    assert.match(assessed.text, /- Degree in social work \(how assessed: Application form\)\n/);
    // Other lines with tabs stay lines.
    const other = await importDocument(Buffer.from('Nurse\nDay\tHours\nMonday\t9 to 5\n'), 'jd.txt');
    assert.match(other.text, /^Monday 9 to 5$/m);
  });

  it('says what a vague title usually means without saying the linter takes it', async () => {
    const { text, report } = await importDocument(
      Buffer.from('Job title: Recovery Worker\nHold a caseload.\n'),
      'rw.txt',
    );
    assert.deepEqual(report.role, {
      id: 'drug-and-alcohol-worker',
      name: 'Drug and alcohol worker',
      from: 'vague title',
    });
    assert.match(
      text,
      /The job title is one the workforce plan calls vague; it usually stands for the framework role "Drug and alcohol worker"\. jdkit checks the document against a role only once the title or the front matter names it: add "role: drug-and-alcohol-worker" if that is right\./,
    );
    assert.doesNotMatch(text, /jdkit takes it for/);
    assert.equal(lint(text).role, null, 'the linter indeed takes no role from it');
  });

  it('says the text about young people, and not the title alone, made a generic title the children and young people’s role', async () => {
    const young = 'You will work with young people aged 11 to 18 and the families of young people.';
    const { text, report } = await importDocument(
      Buffer.from(`Job title: Substance Misuse Practitioner\n${young}\n`),
      'smp.txt',
    );
    assert.deepEqual(report.role, {
      id: 'cyp-drug-and-alcohol-worker',
      name: 'Children and young people’s drug and alcohol worker',
      from: 'title and text',
    });
    assert.match(
      text,
      /jdkit takes it for the framework role "Children and young people’s drug and alcohol worker" \(from the job title, and the text, which is about children and young people\); add "role: cyp-drug-and-alcohol-worker"/,
    );
    // Without the young people, the title alone says which role.
    const adult = await importDocument(
      Buffer.from('Job title: Substance Misuse Practitioner\nHold a caseload.\n'),
      'a.txt',
    );
    assert.deepEqual(adult.report.role, {
      id: 'drug-and-alcohol-worker',
      name: 'Drug and alcohol worker',
      from: 'title',
    });
  });

  it('says a vague title over a post with young people usually means the children and young people’s role', async () => {
    const { report } = await importDocument(
      Buffer.from('Job title: Recovery Worker\nYou will work with young people and the families of young people.\n'),
      'rw.txt',
    );
    assert.equal(report.role?.id, 'cyp-drug-and-alcohol-worker');
    assert.equal(report.role?.from, 'vague title');
  });

  it('quotes front-matter values that YAML would misread', async () => {
    const { text, report } = await importDocument(
      Buffer.from('Job title: Nurse: Band 6\nReference: 0412\nClosing date: yes\n'),
      'x.txt',
    );
    assert.equal(report.title, 'Nurse: Band 6');
    assert.match(text, /^title: "Nurse: Band 6"$/m);
    assert.match(text, /^reference: "0412"$/m);
    assert.deepEqual(
      lint(text).diagnostics.filter((d) => d.rule === 'invalid-front-matter'),
      [],
    );
  });

  it('refuses an empty file and a file type it does not read', async () => {
    await assert.rejects(importDocument(Buffer.from(' \n\n'), 'empty.txt'), /the document has no text/);
    await assert.rejects(
      importDocument(Buffer.from('x'), 'jd.pdf'),
      /jdkit imports Word documents \(\.docx\), Markdown \(\.md\) and plain text \(\.txt\), not "\.pdf"/,
    );
  });
});
