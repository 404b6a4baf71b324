// Layouts found by importing employers' job descriptions as a new user would
// (NHS Jobs, charity and council styles): details laid out with tabs or line
// breaks, caseload ranges, person-specification tables with a title row, E/D
// columns and a How assessed column, duty headings in other words, plain text
// saved by Word, and two sources with the same name.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HeadingLevel, Paragraph, Tab, Table, TableCell, TableRow, TextRun } from 'docx';
import { lint } from '../../../src/core/lint';
import { importDocument } from '../../../src/import/import';
import { jdkitInProcess } from '../cli/run';
import { pack } from './word-builder';

const docx = (...children: Paragraph[]) => pack(children);
const md = (text: string) => importDocument(Buffer.from(text), 'jd.md');

describe('import: layouts employers use', function () {
  this.timeout(30000);

  it('reads details separated by tabs, and by line breaks, as separate fields', async () => {
    const bytes = await docx(
      new Paragraph({
        children: [
          new TextRun({ children: ['Job title:', new Tab(), 'Recovery Worker', new Tab(), 'Band:', new Tab(), '4'] }),
        ],
      }),
      new Paragraph({
        children: [
          new TextRun('Salary: £25,000 - £28,000 pro rata'),
          new TextRun({ text: 'Hours: 37.5 per week', break: 1 }),
        ],
      }),
      new Paragraph({ children: [new TextRun('KEY RESPONSIBILITIES')] }),
      new Paragraph({ children: [new TextRun('• Hold a caseload.')] }),
    );
    const { report } = await importDocument(bytes, 'jd.docx');
    assert.deepEqual(report.fields, {
      title: 'Recovery Worker',
      grade: 'Band 4',
      salary: '£25,000 - £28,000 pro rata',
      hours: '37.5 per week',
    });
  });

  it('keeps the label of a band or grade given as a bare number, which the advert shows as the salary', async () => {
    const grades = await Promise.all(
      ['**Band:** 4', 'Pay band: 8a', 'Grade: 6', 'Band: Band 7', 'Grade: SO1'].map(async (line) => {
        const { report } = await md(`# Team Leader\n\n${line}\n\n## About the role\n\nText.\n`);
        return report.fields.grade;
      }),
    );
    assert.deepEqual(grades, ['Band 4', 'Band 8a', 'Grade 6', 'Band 7', 'SO1']);
  });

  it('reads key facts between bars, labelled or known by their value, into the fields "Salary: …" lines give', async () => {
    const txt = (text: string) => importDocument(Buffer.from(text), 'jd.txt');
    const first = await txt(
      'Recovery Worker\n£25,500 per annum | Full time, 37.5 hours | Permanent | Based at Eastbridge Police Custody Suite\n',
    );
    assert.deepEqual(first.report.fields, {
      title: 'Recovery Worker',
      location: 'Eastbridge Police Custody Suite',
      salary: '£25,500 per annum',
      hours: 'Full time, 37.5 hours',
      contract: 'Permanent',
    });
    const nhs = await md('# Dual Diagnosis Nurse\n\n**Band 6 | £33,706 – £40,588 | Ref: 215-DDN-0923**\n');
    assert.deepEqual(nhs.report.fields, {
      title: 'Dual Diagnosis Nurse',
      salary: '£33,706 – £40,588',
      grade: 'Band 6',
      reference: '215-DDN-0923',
    });
    // A line with fewer than two known facts stays in the text, whole.
    const names = await txt('Recovery Worker\nThe Forward Trust | Eastbridge Recovery Service\n');
    assert.deepEqual(names.report.fields, { title: 'Recovery Worker' });
    assert.match(names.text, /^The Forward Trust \| Eastbridge Recovery Service$/m);
  });

  it('reads key facts between bars labelled without a colon ("Salary £28,000"), but not a name starting with a label', async () => {
    const txt = (text: string) => importDocument(Buffer.from(text), 'jd.txt');
    const { report } = await txt('Recovery Worker\nHumankind | Salary £28,000 | 37.5 hours | Permanent\n');
    assert.deepEqual(report.fields, {
      title: 'Recovery Worker',
      organisation: 'Humankind',
      salary: '£28,000',
      hours: '37.5 hours',
      contract: 'Permanent',
    });
    const others = await txt(
      'Recovery Worker\nHours 37.5 | Contract Fixed term | Location Leeds | Band 5 | Ref HK-12 | Closing date 30 June\n',
    );
    assert.deepEqual(others.report.fields, {
      title: 'Recovery Worker',
      location: 'Leeds',
      grade: 'Band 5',
      hours: '37.5',
      contract: 'Fixed term',
      closing_date: '30 June',
      reference: 'HK-12',
    });
    // A team or post is a name, whatever word it starts with.
    const names = await txt('Recovery Worker\nTurning Point | Team Leader | Contract Manager | £31,000 | Permanent\n');
    assert.equal(names.report.fields.department, undefined);
    assert.equal(names.report.fields.contract, 'Permanent');
    assert.match(names.text, /^Team Leader \| Contract Manager$/m);
  });

  it('reads key facts between bars beside names: the first the organisation, the others kept in the text', async () => {
    const { text, report } = await md(
      '# Team Leader\n\nHumankind | Ashby Recovery Service | £31,000 – £33,500 | 37.5 hours | Permanent\n\n' +
        '## Overview\n\nTo lead.\n',
    );
    assert.deepEqual(report.fields, {
      title: 'Team Leader',
      organisation: 'Humankind',
      salary: '£31,000 – £33,500',
      hours: '37.5 hours',
      contract: 'Permanent',
    });
    assert.match(text, /---\n\n(?:<!--.*-->\n\n)?Ashby Recovery Service\n\n## About the role\n/);
    // Under a letterhead, the first name is text too; "Band 6 equivalent" is a band; a bold line of them is no heading.
    const letterhead = await md(
      'Turning Point\n\nNurse\n\n**Brackley Service | Band 6 equivalent | £35,400 | Permanent**\n',
    );
    assert.deepEqual(letterhead.report.fields, {
      title: 'Nurse',
      organisation: 'Turning Point',
      salary: '£35,400',
      grade: 'Band 6 equivalent',
      contract: 'Permanent',
    });
    assert.match(letterhead.text, /^Brackley Service$/m);
    assert.deepEqual(letterhead.report.sections, []);
  });

  it('reads details written as a bulleted list, before the first section', async () => {
    const { text, report } = await md(
      '# Hidden Harm Family Worker\n\n* **Salary:** £25,400 – £27,100\n* **Hours:** 37.5 per week\n* **Car user:** Essential\n\n' +
        '## Main duties\n\n* Run groups for children.\n',
    );
    assert.deepEqual(report.fields, {
      title: 'Hidden Harm Family Worker',
      salary: '£25,400 – £27,100',
      hours: '37.5 per week',
    });
    assert.equal(report.keptDetails, 1);
    assert.match(text, /^Car user: Essential$/m);
    assert.deepEqual(
      report.sections.map((s) => [s.heading, s.items]),
      [['Main duties', 1]],
    );
  });

  it('keeps a detail with no field among the details, and counts it, but not a sentence after them', async () => {
    const { text, report } = await md(
      '# Recovery worker\n\nSalary: £26,000\n\nCar user: Essential\n\nNote: this post is new.\n\n## About the role\n\nText.\n',
    );
    assert.equal(report.keptDetails, 2);
    assert.match(text, /\nCar user: Essential {2}\nNote: this post is new\.\n/);
    const after = await md('# Recovery worker\n\n## About the role\n\nSalary: £26,000\n\nCar user: Essential\n');
    assert.equal(after.report.keptDetails, 0);
  });

  it('reads the header row of a details table as a detail when it reads as one, and drops only column headings', async () => {
    const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
    /** A details table under a Title heading; `header` marks the rows Word repeats on each page. */
    const detailsDocx = (rows: string[][], header: (row: number) => boolean) =>
      pack([
        new Paragraph({ text: 'Recovery Coordinator', heading: HeadingLevel.TITLE }),
        new Table({
          rows: rows.map(
            (cells, r) => new TableRow({ tableHeader: header(r) || undefined, children: cells.map(cell) }),
          ),
        }),
        new Paragraph({ text: 'Main duties', heading: HeadingLevel.HEADING_1 }),
        new Paragraph('Hold a caseload of up to 35 people.'),
      ]);
    const details = [
      ['Salary', '£31,000 – £34,000'],
      ['Hours', '37.5'],
      ['Location', 'Northbrook'],
    ];
    const fields = {
      title: 'Recovery Coordinator',
      salary: '£31,000 – £34,000',
      hours: '37.5',
      location: 'Northbrook',
    };
    for (const header of [(r: number) => r === 0, () => true]) {
      const { report } = await importDocument(await detailsDocx(details, header), 'jd.docx');
      assert.deepEqual(report.fields, fields);
    }
    const headed = await importDocument(
      await detailsDocx([['Post', 'Description'], ...details], (r) => r === 0),
      'jd.docx',
    );
    assert.deepEqual(headed.report.fields, fields);
    assert.doesNotMatch(headed.text, /Description/);
    // A Markdown table always has a header row.
    const table = (...rows: string[]) =>
      md(`# Recovery Coordinator\n\n${rows.join('\n')}\n\n## Main duties\n\nText.\n`);
    const markdown = await table(
      '| Salary | £31,000 – £34,000 |',
      '| --- | --- |',
      '| Hours | 37.5 |',
      '| Location | Northbrook |',
    );
    assert.deepEqual(markdown.report.fields, fields);
    const columns = await table(
      '| Field | Detail |',
      '| --- | --- |',
      '| Salary | £31,000 – £34,000 |',
      '| Hours | 37.5 |',
      '| Location | Northbrook |',
    );
    assert.deepEqual(columns.report.fields, fields);
    assert.doesNotMatch(columns.text, /Field/);
  });

  it('keeps the text of a details table that is no label and value in the body: a merged note, a value alone; a blank field goes', async () => {
    const cell = (text: string, columnSpan?: number) => new TableCell({ columnSpan, children: [new Paragraph(text)] });
    const row = (...cells: TableCell[]) => new TableRow({ children: cells });
    const bytes = await pack([
      new Paragraph({ text: 'Recovery Coordinator', heading: HeadingLevel.TITLE }),
      new Table({
        rows: [
          row(cell('Salary'), cell('£31,000 – £34,000')),
          row(cell('Subject to an enhanced DBS check.', 2)),
          row(cell('Hours'), cell('37.5')),
          row(cell(''), cell('Monday to Friday, with one late evening')),
          row(cell('Location'), cell('Northbrook')),
          row(cell('Interview date'), cell('')),
          row(cell(''), cell('- Car allowance paid')),
          row(cell('This post is exempt from the Rehabilitation of Offenders Act.'), cell('')),
        ],
      }),
      new Paragraph({ text: 'Main duties', heading: HeadingLevel.HEADING_1 }),
      new Paragraph('Hold a caseload of up to 35 people.'),
    ]);
    const { text, report } = await importDocument(bytes, 'jd.docx');
    assert.deepEqual(report.fields, {
      title: 'Recovery Coordinator',
      salary: '£31,000 – £34,000',
      hours: '37.5',
      location: 'Northbrook',
    });
    // Each a line of its own, the dash escaped so that it is no list item; a label with no value is a blank form
    // field ("Interview date"), which held nothing, and goes; a sentence beside an empty cell is a note.
    assert.ok(
      text.includes(
        '\nSubject to an enhanced DBS check.  \nMonday to Friday, with one late evening  \n\\- Car allowance paid  \nThis post is exempt from the Rehabilitation of Offenders Act.\n',
      ),
      text,
    );
    assert.doesNotMatch(text, /Interview date/);
    assert.equal(report.keptDetails, 4);
  });

  it('reads a details table laid out across, a row of field labels over one row of values, by its columns', async () => {
    const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
    const across = (rows: string[][], header: boolean) =>
      pack([
        new Table({
          rows: rows.map(
            (cells, r) => new TableRow({ tableHeader: (header && r === 0) || undefined, children: cells.map(cell) }),
          ),
        }),
        new Paragraph({ text: 'Main duties', heading: HeadingLevel.HEADING_1 }),
        new Paragraph('Hold a caseload of up to 35 people.'),
      ]);
    const labels = ['Job title', 'Salary', 'Hours', 'Location'];
    const values = ['Drug and Alcohol Worker', '£28,000', '37.5', 'Wexcombe'];
    for (const header of [true, false]) {
      const { text, report } = await importDocument(await across([labels, values], header), 'jd.docx');
      assert.deepEqual(
        report.fields,
        { title: 'Drug and Alcohol Worker', salary: '£28,000', hours: '37.5', location: 'Wexcombe' },
        `header ${header}`,
      );
      assert.doesNotMatch(text.split('---')[2], /Salary|£28,000|Wexcombe/);
    }
    // Two columns read so too; with two rows of values under the labels it is a table, kept as one.
    const two = await importDocument(
      await across(
        [
          ['Job title', 'Salary'],
          ['Nurse', '£35,000'],
        ],
        true,
      ),
      'jd.docx',
    );
    assert.deepEqual(two.report.fields, { title: 'Nurse', salary: '£35,000' });
    const rows = await importDocument(
      await across([labels, values, ['Recovery Worker', '£26,000', '30', 'Northbrook']], true),
      'jd.docx',
    );
    assert.equal(rows.report.fields.salary, undefined);
    assert.match(rows.text, /\| Job title \| Salary \| Hours \| Location \|/);
    assert.match(rows.text, /\| Recovery Worker \| £26,000 \| 30 \| Northbrook \|/);
  });

  it('takes the letterhead above the details for the organisation and a volunteer title for the employment', async () => {
    const bold = (text: string) => new Paragraph({ children: [new TextRun({ text, bold: true })] });
    const bytes = await docx(
      bold('HOPE STREET RECOVERY SERVICES'),
      bold('JOB DESCRIPTION'),
      new Paragraph({ children: [new TextRun('Job title: Peer Mentor (Volunteer)')] }),
      bold('KEY RESPONSIBILITIES'),
      new Paragraph({ children: [new TextRun('• Co-facilitate SMART Recovery groups.')] }),
    );
    const { text, report } = await importDocument(bytes, 'jd.docx');
    assert.deepEqual(report.fields, {
      title: 'Peer Mentor (Volunteer)',
      organisation: 'Hope Street Recovery Services',
      employment: 'volunteer',
    });
    assert.deepEqual(
      report.sections.map((s) => s.heading),
      ['Main duties'],
    );
    assert.doesNotMatch(text, /^## (?:Hope|Job description)/im);
    // Only the very first line: a heading further down that names no section is still one.
    const later = await docx(
      new Paragraph({ children: [new TextRun('Job title: Recovery Worker')] }),
      bold('HOPE STREET RECOVERY SERVICES'),
      new Paragraph({ children: [new TextRun('We are a charity.')] }),
    );
    assert.equal((await importDocument(later, 'jd.docx')).report.fields.organisation, undefined);
  });

  it('takes a Word title heading for the title over a letterhead above it, bold or not', async () => {
    for (const letterhead of [
      new Paragraph({ children: [new TextRun({ text: 'Westmere Drug and Alcohol Service', bold: true })] }),
      new Paragraph({ children: [new TextRun('Westmere Drug and Alcohol Service')] }),
    ]) {
      const bytes = await docx(
        letterhead,
        new Paragraph({ text: 'Job Description: Service Manager', heading: HeadingLevel.HEADING_1 }),
        new Paragraph({ text: 'About the role', heading: HeadingLevel.HEADING_2 }),
        new Paragraph({ children: [new TextRun('Lead the community team.')] }),
      );
      const { text, report } = await importDocument(bytes, 'jd.docx');
      assert.deepEqual(report.fields, { title: 'Service Manager', organisation: 'Westmere Drug and Alcohol Service' });
      assert.deepEqual(
        report.sections.map((s) => s.heading),
        ['About the role'],
      );
      assert.doesNotMatch(text.split('---')[2], /Westmere/);
    }
  });

  it('takes, of two bold lines at the top, the one that names a post for the title, and reads the details under it', async () => {
    const bold = (text: string) => new Paragraph({ children: [new TextRun({ text, bold: true })] });
    const bytes = await docx(
      bold('With You – Northfield Young People’s Service'),
      bold('Young People’s Substance Misuse Practitioner'),
      new Paragraph({
        children: [
          new TextRun('Salary: £24,000 – £26,500'),
          new TextRun({ text: 'Hours: 37.5 per week', break: 1 }),
          new TextRun({ text: 'Reports to: Young People’s Team Leader', break: 1 }),
        ],
      }),
      bold('KEY TASKS'),
      new Paragraph({ children: [new TextRun('• Complete assessments with young people.')] }),
    );
    const { report } = await importDocument(bytes, 'jd.docx');
    assert.deepEqual(report.fields, {
      title: 'Young People’s Substance Misuse Practitioner',
      organisation: 'With You – Northfield Young People’s Service',
      salary: '£24,000 – £26,500',
      hours: '37.5 per week',
      reports_to: 'Young People’s Team Leader',
    });
    assert.deepEqual(
      report.sections.map((s) => s.heading),
      ['Main duties'],
    );
  });

  it('takes a bold line just under the title heading, above the details, for the organisation, not a section', async () => {
    const under = (line: string, details: string) =>
      md(`# Dual Diagnosis Nurse\n\n${line}\n\n${details}\n\n## Job overview\n\nTo nurse.\n`);
    const { report } = await under('**Harbourside NHS Trust – Community Drug and Alcohol Team**', 'Salary: £33,706');
    assert.deepEqual(report.fields, {
      title: 'Dual Diagnosis Nurse',
      organisation: 'Harbourside NHS Trust',
      department: 'Community Drug and Alcohol Team',
      salary: '£33,706',
    });
    assert.deepEqual(
      report.sections.map((s) => s.heading),
      ['About the role'],
    );
    // The employer the details name wins; the line stays, as text.
    const named = await under('**Community Drug and Alcohol Team**', 'Employer: Harbourside NHS Trust');
    assert.equal(named.report.fields.organisation, 'Harbourside NHS Trust');
    assert.match(named.text, /^\*\*Community Drug and Alcohol Team\*\*$/m);
    // A "Job details" heading there is still the section the details are in.
    const details = await under('## Job details', 'Salary: £33,706');
    assert.equal(details.report.fields.organisation, undefined);
    assert.equal(details.report.fields.salary, '£33,706');
  });

  it('takes the bold line under the title heading for the organisation when a "Job title:" line repeats the title', async () => {
    const { text, report } = await md(
      '# Family Practitioner\n\n**Turning Point – Leeds Family Service**\n\n' +
        'Job title: Family Practitioner\nSalary: £25,800\nHours: 30 hours\n\n## Key responsibilities\n\n- Support families\n',
    );
    assert.deepEqual(report.fields, {
      title: 'Family Practitioner',
      organisation: 'Turning Point – Leeds Family Service',
      salary: '£25,800',
      hours: '30 hours',
    });
    assert.deepEqual(
      report.sections.map((s) => s.heading),
      ['Main duties'],
    );
    assert.doesNotMatch(text.split('---')[2], /Turning Point|Job title/);
  });

  it('takes a line naming the employer under a title that names a service for the organisation, the service becoming the department', async () => {
    const bold = (text: string) => new Paragraph({ children: [new TextRun({ text, bold: true })] });
    const title = new Paragraph({
      text: 'Service Manager – Northbrook Drug and Alcohol Service',
      heading: HeadingLevel.TITLE,
    });
    const duties = [
      new Paragraph({ text: 'Main duties', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ children: [new TextRun('Lead and manage the service.')] }),
    ];
    const expected = {
      title: 'Service Manager',
      organisation: 'Northbrook Recovery CIC',
      department: 'Northbrook Drug and Alcohol Service',
      hours: '37.5',
    };
    const hoursLine = new Paragraph({ children: [new TextRun('Hours: 37.5')] });
    const plainTitle = new Paragraph({
      children: [new TextRun('Service Manager – Northbrook Drug and Alcohol Service')],
    });
    // Under the title, bold or not, or above it as a letterhead; the details under it are still read. Naming an
    // organisation, a bold line is never the title either, under a plain title line.
    for (const children of [
      [title, bold('Northbrook Recovery CIC'), hoursLine, ...duties],
      [title, new Paragraph({ children: [new TextRun('Northbrook Recovery CIC')] }), hoursLine, ...duties],
      [bold('Northbrook Recovery CIC'), title, hoursLine, ...duties],
      [plainTitle, bold('Northbrook Recovery CIC'), hoursLine, ...duties],
    ]) {
      const { text, report } = await importDocument(await docx(...children), 'jd.docx');
      assert.deepEqual(report.fields, expected);
      assert.deepEqual(
        report.sections.map((s) => s.heading),
        ['Main duties'],
      );
      assert.doesNotMatch(text.split('---')[2], /Northbrook|Hours/);
    }
    // A bold line naming an organisation under the title is no section, even with no details after it.
    const bare = await importDocument(await docx(title, bold('Northbrook Recovery CIC'), ...duties), 'jd.docx');
    assert.deepEqual(bare.report.fields, {
      title: 'Service Manager',
      organisation: 'Northbrook Recovery CIC',
      department: 'Northbrook Drug and Alcohol Service',
    });
    assert.deepEqual(
      bare.report.sections.map((s) => s.heading),
      ['Main duties'],
    );
    // An employer the details name: the title's service is the department; the line under the title stays text.
    const named = await md(
      '# Service Manager – Northbrook Drug and Alcohol Service\n\n**Northbrook Recovery CIC**\n\n' +
        'Employer: Wexshire County Council\nHours: 37.5\n\n## Main duties\n\nLead.\n',
    );
    assert.deepEqual(named.report.fields, { ...expected, organisation: 'Wexshire County Council' });
    assert.match(named.text, /^\*\*Northbrook Recovery CIC\*\*$/m);
    // A heading about the employer is a section.
    const about = await md(
      '# Recovery Worker\n\n**About Northbrook Recovery CIC**\n\nWe are a charity.\n\n## Main duties\n\nLead.\n',
    );
    assert.deepEqual(
      about.report.sections.map((s) => s.heading),
      ['About Northbrook Recovery CIC', 'Main duties'],
    );
  });

  it('keeps a first line that is no name in the body, above the title heading', async () => {
    const bytes = await docx(
      new Paragraph({ children: [new TextRun('Please read this with the application pack.')] }),
      new Paragraph({ text: 'Counsellor', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ text: 'About the role', heading: HeadingLevel.HEADING_2 }),
      new Paragraph({ children: [new TextRun('Counselling.')] }),
    );
    const { text, report } = await importDocument(bytes, 'jd.docx');
    assert.deepEqual(report.fields, { title: 'Counsellor' });
    assert.match(text, /Please read this with the application pack\./);
  });

  it('makes one Person specification section of a heading below the section level above its table', async () => {
    const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
    const row = (...texts: string[]) => new TableRow({ children: texts.map(cell) });
    const bytes = await pack([
      new Paragraph({ text: 'Job purpose', heading: HeadingLevel.HEADING_1 }),
      new Paragraph('To support people who use drugs and/or alcohol.'),
      new Paragraph({ text: 'Key responsibilities', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ text: 'Deliver psychosocial interventions', bullet: { level: 0 } }),
      new Paragraph({ text: 'Person Specification', heading: HeadingLevel.HEADING_2 }),
      new Table({
        rows: [
          row('Criteria', 'Essential', 'Desirable'),
          row('Experience of key working', '✓', ''),
          row('Full driving licence', '', '✓'),
        ],
      }),
    ]);
    const { text, report } = await importDocument(bytes, 'jd.docx');
    assert.deepEqual(
      report.sections.map((s) => s.heading),
      ['About the role', 'Main duties', 'Person specification'],
    );
    assert.equal(text.match(/Person specification/gi)?.length, 1, text);
  });

  it('reads "Closing date: …" and "Reference: …" lines that end the document as details, not as the last section', async () => {
    const { text, report } = await importDocument(
      Buffer.from(
        'Recovery Worker\nSalary: £26,000\n\nAbout you\n• Experience of group work (essential)\n\n' +
          'Closing date: 30 June 2025\nReference: CGL-0412\n',
      ),
      'jd.txt',
    );
    assert.deepEqual(report.fields, {
      title: 'Recovery Worker',
      salary: '£26,000',
      closing_date: '30 June 2025',
      reference: 'CGL-0412',
    });
    assert.match(text, /## Person specification\n\n- Essential: Experience of group work\n$/);
    // Not when a line with no field ends the document: the lines stay the section's text, as written.
    const kept = await md('# Nurse\n\n## Terms\n\nClosing date: 30 June 2025\n\nCar user: Essential\n');
    assert.equal(kept.report.fields.closing_date, undefined);
    assert.match(kept.text, /## Terms\n\nClosing date: 30 June 2025\n\nCar user: Essential\n$/);
  });

  it('keeps a caseload range in the text, where the caseload rule reads its upper end', async () => {
    const { text, report } = await md(
      'Job title: Recovery worker\nCaseload: 40-50\n\n## Main duties\n\n- Hold a caseload.\n',
    );
    assert.equal(report.fields.caseload, undefined);
    assert.match(text, /^Caseload: 40-50$/m);
    assert.ok(
      lint(text).diagnostics.some((d) => d.rule === 'caseload-too-high'),
      'a caseload of up to 50 is still reported',
    );
    assert.equal((await md('Caseload: around 35\n')).report.fields.caseload, 35);
  });

  it('keeps a caseload with words after its number in the text too, beside the number in the field', async () => {
    const line = 'Typical caseload: 60 (prescribing reviews only, keyworking stays with the recovery team)';
    const { text, report } = await importDocument(
      Buffer.from(`Non-Medical Prescriber (Nurse)\n\nBand: 7\n${line}\n\nKey Duties\n\n- Run clinics\n`),
      'nmp.txt',
    );
    assert.equal(report.fields.caseload, 60);
    assert.equal(report.keptDetails, 1);
    assert.equal(text.split('---')[2].split(line).length, 2, 'the line is in the body once');
    // A number alone, or with the words the field reads ("around"), says all the field does: not repeated.
    for (const value of ['35', 'around 35']) {
      const plain = await md(`# Recovery worker\n\nCaseload: ${value}\n\n## Main duties\n\n- Hold a caseload.\n`);
      assert.equal(plain.report.fields.caseload, 35);
      assert.doesNotMatch(plain.text.split('---')[2], /Caseload:/);
    }
  });

  it('finds a person specification under a title row, with E and D columns marked X and a How assessed column', async () => {
    const { text, report } = await md(
      [
        '## Person specification',
        '',
        '| Person specification | | | |',
        '| --- | --- | --- | --- |',
        '| Criteria | E | D | How assessed |',
        '| Experience of working with adults who use drugs and/or alcohol | X | | Application / Interview |',
        '| Full UK driving licence | | X | Application |',
        '',
      ].join('\n'),
    );
    assert.deepEqual(
      report.sections.map((s) => [s.heading, s.essential, s.desirable]),
      [['Person specification', 1, 1]],
    );
    assert.match(
      text,
      /### Essential\n\n- Experience of working with adults who use drugs and\/or alcohol \(how assessed: Application \/ Interview\)\n/,
    );
    assert.match(text, /### Desirable\n\n- Full UK driving licence \(how assessed: Application\)\n/);
  });

  it('keeps a ticked row in a table of written criteria', async () => {
    const { text } = await md(
      [
        '## Person specification',
        '',
        '| Area | Essential | Desirable |',
        '| --- | --- | --- |',
        '| Experience | Working in treatment services | Criminal justice work |',
        '| Full UK driving licence | ✓ | |',
        '',
      ].join('\n'),
    );
    assert.match(text, /- Essential: Full UK driving licence/);
    assert.match(text, /- Essential: Working in treatment services/);
  });

  it('keeps the criteria of a ticked table with a category column, merged or repeated, and a How assessed column', async () => {
    const { text, report } = await md(
      [
        '## Person specification',
        '',
        '| Attribute | Criteria | E | D | How assessed |',
        '| --- | --- | --- | --- | --- |',
        '| Qualifications | Registered Mental Health Nurse (NMC) | ✔ | | Registration check |',
        '| | Non-medical prescribing (V300) | | ✔ | Certificate |',
        '| Experience | Community mental health work | X | | Interview |',
        '| Experience | Substance misuse services | | X | Interview |',
        '',
      ].join('\n'),
    );
    assert.deepEqual(
      report.sections.map((s) => [s.heading, s.essential, s.desirable]),
      [['Person specification', 2, 2]],
    );
    assert.match(
      text,
      /### Qualifications\n\n- Essential: Registered Mental Health Nurse \(NMC\) \(how assessed: Registration check\)\n- Desirable: Non-medical prescribing \(V300\) \(how assessed: Certificate\)\n/,
    );
    assert.match(
      text,
      /### Experience\n\n- Essential: Community mental health work \(how assessed: Interview\)\n- Desirable: Substance misuse services \(how assessed: Interview\)\n/,
    );
  });

  it('tells the Attribute (category) column from the Criteria column, whatever their order, with E/D and Assessed by', async () => {
    const table = (header: string, ...rows: string[]) =>
      md(['## Person specification', '', header, '| --- | --- | --- | --- |', ...rows, ''].join('\n'));
    const { text, report } = await table(
      '| Attribute | Criteria | E/D | Assessed by |',
      '| Qualifications | Degree or equivalent experience | E | Application |',
      '| Qualifications | Procurement qualification (e.g. CIPS) | D | Application |',
      '| Experience | Commissioning or contract management | E | Application / Interview |',
    );
    assert.deepEqual(
      report.sections.map((s) => [s.heading, s.essential, s.desirable]),
      [['Person specification', 2, 1]],
    );
    assert.match(
      text,
      /### Qualifications\n\n- Essential: Degree or equivalent experience \(how assessed: Application\)\n- Desirable: Procurement qualification \(e\.g\. CIPS\) \(how assessed: Application\)\n\n### Experience\n\n- Essential: Commissioning or contract management \(how assessed: Application \/ Interview\)\n/,
    );
    const swapped = await table(
      '| Criteria | Attribute | E/D | Assessed by |',
      '| Degree or equivalent experience | Qualifications | E | Application |',
    );
    assert.match(swapped.text, /### Qualifications\n\n- Essential: Degree or equivalent experience \(how/);
  });

  it('keeps a person-specification table whole, counting no criteria, when its reading would leave a column out', async () => {
    const { text, report } = await md(
      [
        '## Person specification',
        '',
        '| Area | Notes | Essential | Desirable |',
        '| --- | --- | --- | --- |',
        '| Experience | Paid or voluntary | Working in treatment services | Criminal justice work |',
        '',
      ].join('\n'),
    );
    assert.deepEqual(
      report.sections.map((s) => [s.heading, s.essential, s.desirable]),
      [['Person specification', undefined, undefined]],
    );
    assert.match(
      text,
      /\| Experience \| Paid or voluntary \| Working in treatment services \| Criminal justice work \|/,
    );
  });

  it('maps the duty headings employers use to Main duties', async () => {
    for (const heading of [
      'Key accountabilities',
      'Principal accountabilities',
      'What you’ll do',
      'Job responsibilities',
      'What you will be doing',
      'Key result areas',
    ]) {
      const { report } = await md(`# Recovery worker\n\n## ${heading}\n\n- Hold a caseload.\n`);
      assert.deepEqual(
        report.sections.map((s) => s.heading),
        ['Main duties'],
        heading,
      );
    }
  });

  it("maps headings written as questions, or as adverts word them, to jdkit's sections, in plain text too", async () => {
    const { report } = await importDocument(
      Buffer.from(
        [
          'Recovery Worker',
          'The role',
          'You will support adults in recovery.',
          'What will I be doing?',
          '- Hold a caseload of around 35 adults.',
          'What we need from you',
          '- Experience of working with adults who use drugs.',
          'What will I get?',
          '- 25 days of annual leave.',
        ].join('\n'),
      ),
      'jd.txt',
    );
    assert.deepEqual(
      report.sections.map((s) => [s.heading, s.source]),
      [
        ['About the role', 'The role'],
        ['Main duties', 'What will I be doing?'],
        ['Person specification', 'What we need from you'],
        ['What will I get?', null],
      ],
    );
  });

  it('maps the person-specification headings adverts use, and makes "Essential: …" lines its criteria', async () => {
    for (const heading of ['What we are looking for', 'Who we’re looking for', 'About you', 'Skills and experience']) {
      const { text, report } = await md(
        `# Recovery worker\n\n## ${heading}\n\nEssential: Full driving licence\n\nDesirable: NVQ level 3 in health and social care\n`,
      );
      assert.deepEqual(
        report.sections.map((s) => s.heading),
        ['Person specification'],
        heading,
      );
      assert.match(text, /\n- Essential: Full driving licence\n- Desirable: NVQ level 3 in health and social care\n/);
    }
    // Outside a person specification the same line is text.
    const { text } = await md('# Recovery worker\n\n## About the role\n\nEssential: a car for home visits.\n');
    assert.match(text, /\nEssential: a car for home visits\.\n/);
  });

  it('reads "– essential" and "(desirable)" after a criterion, in a list or on a line, and counts the criteria', async () => {
    const { text, report } = await md(
      [
        '# Recovery worker',
        '',
        '## What we need from you',
        '',
        '- Experience of working with young people with complex needs – essential',
        '- Good knowledge of *safeguarding* - Essential.',
        '- Full driving licence (desirable)',
        '',
      ].join('\n'),
    );
    assert.deepEqual(
      report.sections.map((s) => [s.heading, s.essential, s.desirable]),
      [['Person specification', 2, 1]],
    );
    assert.match(
      text,
      /\n- Essential: Experience of working with young people with complex needs\n- Essential: Good knowledge of \*safeguarding\*\n- Desirable: Full driving licence\n/,
    );
    const lines = await importDocument(
      Buffer.from('Recovery Worker\nPerson specification\nA full driving licence – desirable\n'),
      'jd.txt',
    );
    assert.match(lines.text, /\n- Desirable: A full driving licence\n/);
  });

  it('takes a plain-text letterhead above the "Job title:" line for the organisation', async () => {
    const { text, report } = await importDocument(
      Buffer.from(
        'Brightpath Recovery Services\nJob title: Recovery Worker\nSalary: £25,000\n\nKEY TASKS\n\n• Hold a caseload\n',
      ),
      'jd.txt',
    );
    assert.deepEqual(report.fields, {
      title: 'Recovery Worker',
      organisation: 'Brightpath Recovery Services',
      salary: '£25,000',
    });
    assert.doesNotMatch(text.split('---')[2], /Brightpath/);
  });

  it('takes, of two plain lines at the top, the one that names a post for the title, the letterhead above it for the organisation', async () => {
    const txt = (text: string) => importDocument(Buffer.from(text), 'jd.txt');
    const { text, report } = await txt(
      'Change Grow Live\nRecovery Worker\n\nSalary: £24,500 per annum\n\nAbout the role\nYou will support adults.\n',
    );
    assert.deepEqual(report.fields, {
      title: 'Recovery Worker',
      organisation: 'Change Grow Live',
      salary: '£24,500 per annum',
    });
    assert.doesNotMatch(text.split('---')[2], /Change Grow Live|Recovery Worker/);
    // A title the framework's lexicon does not hold names a post by its job noun, plain or bold.
    for (const [letterhead, title] of [
      ['Turning Point', 'Assistant Psychologist'],
      ['**The Forward Trust**', '**Lived Experience Recovery Champion (Volunteer)**'],
    ]) {
      const named = await md(`${letterhead}\n\n${title}\n\n## About the role\n\nTo help.\n`);
      assert.equal(named.report.fields.title, title.replace(/\*/g, ''));
      assert.equal(named.report.fields.organisation, letterhead.replace(/\*/g, ''));
    }
    // When neither names a post, the first line is the title, as before.
    const neither = await txt('Westmere Partnership\nCommunity Team\n\nAbout the role\nTo help.\n');
    assert.equal(neither.report.fields.title, 'Westmere Partnership');
  });

  it('takes a line at the top naming an organisation, or a letterhead above the title again or the document name, for the organisation', async () => {
    const txt = (text: string) => importDocument(Buffer.from(text), 'jd.txt');
    const body = (text: string) => text.split('---')[2];
    const cases: [Promise<{ text: string; report: { fields: Record<string, unknown> } }>, string][] = [
      [
        txt(
          'We Are With You\nPeer Support Worker\n\nJob title: Peer Support Worker\nSalary: £23,400\n\nPURPOSE OF THE POST\nTo help.\n',
        ),
        'We Are With You',
      ],
      [txt('Change Grow Live\nJOB DESCRIPTION\n\nJob title: Nurse\nSalary: £33,000\n'), 'Change Grow Live'],
      [
        txt('Northshire Partnership NHS Foundation Trust\nJOB DESCRIPTION\n\nJob title:\tNurse\nBand:\tBand 7\n'),
        'Northshire Partnership NHS Foundation Trust',
      ],
      [
        md(
          '# Social Worker\n\nBradford District Care NHS Foundation Trust\n\n- **Band:** 6\n- **Hours:** 37.5\n\n## About the job\n\nTo help.\n',
        ),
        'Bradford District Care NHS Foundation Trust',
      ],
      [
        md(
          '# Assistant Psychologist\n\n**Midlands Partnership University NHS Foundation Trust – Stoke Drug and Alcohol Service**\n\nBand 5 | £29,970 | 37.5 hours\n',
        ),
        'Midlands Partnership University NHS Foundation Trust',
      ],
    ];
    for (const [imported, organisation] of cases) {
      const { text, report } = await imported;
      assert.equal(report.fields.organisation, organisation);
      assert.doesNotMatch(body(text), new RegExp(organisation.split(' ')[0]));
      assert.doesNotMatch(body(text), /Peer Support Worker|JOB DESCRIPTION/);
    }
    // A sentence ending in "Trust" names none; an employer the details name wins, the line staying text.
    const sentence = await md('# Nurse\n\nWe are proud to be a Trust\n\nSalary: £33,000\n');
    assert.equal(sentence.report.fields.organisation, undefined);
    const named = await md('# Nurse\n\nLeeds Community NHS Trust\n\nEmployer: Leeds Council\n');
    assert.equal(named.report.fields.organisation, 'Leeds Council');
    assert.match(named.text, /^Leeds Community NHS Trust$/m);
    // The letterhead's name again first between bars is not kept as text.
    const bars = await txt(
      'Change Grow Live\nSubstance Misuse Worker\nChange Grow Live | £26,450 | 37.5 hours | Permanent\n',
    );
    assert.equal(bars.report.fields.organisation, 'Change Grow Live');
    assert.doesNotMatch(body(bars.text), /Change Grow Live/);
  });

  it('splits an organisation named by its ending from the name after its dash, which becomes the department', async () => {
    const txt = (text: string) => importDocument(Buffer.from(text), 'jd.txt');
    const body = (text: string) => text.split('---')[2];
    const duties = '\n\nMain duties\n• Hold a caseload.\n';
    // A line at the top, a letterhead above the title, a bold line under the title heading.
    const cases: [Promise<{ text: string; report: { fields: Record<string, unknown> } }>, string, string][] = [
      [
        txt(
          `Wexshire County Council – Youth Justice and Targeted Youth Support\nJob title: Youth Justice Worker${duties}`,
        ),
        'Wexshire County Council',
        'Youth Justice and Targeted Youth Support',
      ],
      [
        txt(`Stoke-on-Trent City Council – Drug and Alcohol Service\nYouth Justice Worker\nSalary: £28,000${duties}`),
        'Stoke-on-Trent City Council',
        'Drug and Alcohol Service',
      ],
      [
        md('**Harbourside NHS Trust – Community Drug and Alcohol Team**\n\n# Dual Diagnosis Nurse\n\nTo nurse.\n'),
        'Harbourside NHS Trust',
        'Community Drug and Alcohol Team',
      ],
      [
        md('# Dual Diagnosis Nurse\n\n**Wexcombe Recovery CIC – Northfield Hub**\n\n## Main duties\n\nTo nurse.\n'),
        'Wexcombe Recovery CIC',
        'Northfield Hub',
      ],
      // After the title's own dash too.
      [
        txt(`Outreach Worker – Harbourside NHS Trust – North Team\nSalary: £28,000${duties}`),
        'Harbourside NHS Trust',
        'North Team',
      ],
    ];
    for (const [imported, organisation, department] of cases) {
      const { text, report } = await imported;
      assert.equal(report.fields.organisation, organisation);
      assert.equal(report.fields.department, department);
      assert.doesNotMatch(body(text), new RegExp(`${organisation}|${department}`));
    }
    // A department the details give wins: the name after the dash stays text.
    const given = await txt(
      `Wexshire County Council – Youth Justice Service\nJob title: Youth Justice Worker\nDepartment: Targeted Youth Support${duties}`,
    );
    assert.equal(given.report.fields.organisation, 'Wexshire County Council');
    assert.equal(given.report.fields.department, 'Targeted Youth Support');
    assert.match(given.text, /^Youth Justice Service$/m);
    // No dash between spaces, or nothing after the dash that reads as a name: the line is the organisation whole.
    for (const line of [
      'Leeds and York Partnership NHS Foundation Trust',
      'Stoke-on-Trent City Council',
      'Harbourside NHS Trust – working with you',
    ]) {
      const { report } = await md(`# Nurse\n\n**${line}**\n\nSalary: £33,000\n`);
      assert.equal(report.fields.organisation, line);
      assert.equal(report.fields.department, undefined);
    }
  });

  it('takes a "Role:" or "Volunteer Role Description:" line for the title, and the letterhead above it without the document\'s name', async () => {
    const { text, report } = await importDocument(
      Buffer.from(
        'We Are With You – Volunteer Role Description\n\nRole: Peer Mentor (Volunteer)\n\n' +
          'What will I be doing?\n- Welcoming new clients\n',
      ),
      'jd.txt',
    );
    assert.deepEqual(report.fields, {
      title: 'Peer Mentor (Volunteer)',
      employment: 'volunteer',
      organisation: 'We Are With You',
    });
    assert.doesNotMatch(text.split('---')[2], /Role/);
    const volunteer = await md('Volunteer role: Recovery Champion\n\n## About the role\n\nTo help.\n');
    assert.equal(volunteer.report.fields.title, 'Recovery Champion');
    // Any of the document's names labels the title, as "Job description:" does, and says what the employment is.
    const labelled = await importDocument(
      Buffer.from(
        'Volunteer Role Description: Recovery Champion\n\nLocation: Northfield\n\nAbout the role\nTo help.\n',
      ),
      'jd.txt',
    );
    assert.deepEqual(labelled.report.fields, {
      title: 'Recovery Champion',
      employment: 'volunteer',
      location: 'Northfield',
    });
    assert.doesNotMatch(labelled.text.split('---')[2], /Role Description/);
    const profile = await md('# Role Description – Recovery Champion\n\n## About the role\n\nTo help.\n');
    assert.deepEqual(profile.report.fields, { title: 'Recovery Champion' });
  });

  it("takes the line after the document's name for the title, and a volunteer role description for a volunteer role, from text and Word alike", async () => {
    const expected = { title: 'Peer Mentor', employment: 'volunteer', organisation: 'Brightwater Recovery' };
    const fromText = await importDocument(
      Buffer.from(
        'Brightwater Recovery\nVolunteer Role Description\n\nPeer Mentor\n\nWhat will I be doing?\n- Share your story\n',
      ),
      'jd.txt',
    );
    assert.deepEqual(fromText.report.fields, expected);
    const bold = (text: string) => new Paragraph({ children: [new TextRun({ text, bold: true })] });
    const fromWord = await importDocument(
      await docx(
        bold('Brightwater Recovery'),
        bold('Volunteer Role Description'),
        new Paragraph({ text: 'Peer Mentor', heading: HeadingLevel.HEADING_1 }),
        new Paragraph({ text: 'What will I be doing?', heading: HeadingLevel.HEADING_1 }),
        new Paragraph({ children: [new TextRun('• Share your story')] }),
      ),
      'jd.docx',
    );
    assert.deepEqual(fromWord.report.fields, expected);
    // The document's name is neither the title nor text, as a heading; after the letterhead too.
    for (const { text } of [fromText, fromWord])
      assert.doesNotMatch(text.split('---')[2], /Role Description|Peer Mentor/);
    const letterhead = await importDocument(
      Buffer.from('We Are With You – Volunteer Role Description\nPeer Mentor\n\nAbout the role\nTo help.\n'),
      'jd.txt',
    );
    assert.deepEqual(letterhead.report.fields, { ...expected, organisation: 'We Are With You' });
    // A document that does not call itself a volunteer's leaves the employment alone.
    const paid = await importDocument(
      Buffer.from('Job Description\nRecovery Worker\n\nAbout the role\nTo help.\n'),
      'jd.txt',
    );
    assert.deepEqual(paid.report.fields, { title: 'Recovery Worker' });
    assert.doesNotMatch(paid.text.split('---')[2], /Job Description/);
  });

  it('reads "The role" holding the bulleted duties as Main duties when no other section has them', async () => {
    const txt = (text: string) => importDocument(Buffer.from(text), 'jd.txt');
    const { text, report } = await txt(
      'Hospital Alcohol Liaison Nurse\n\nThe role\n- Assess patients on the wards\n- Plan safe discharge\n',
    );
    assert.deepEqual(
      report.sections.map((s) => [s.heading, s.source, s.items]),
      [['Main duties', 'The role', 2]],
    );
    assert.match(text, /## Main duties\n\n- Assess patients on the wards\n/);
    // Beside a duties section it is about the role, whatever it holds; without a list, too.
    const both = await txt('Nurse\n\nThe role\n- Based on the wards\n\nMain duties\n- Assess patients\n');
    assert.deepEqual(
      both.report.sections.map((s) => s.heading),
      ['About the role', 'Main duties'],
    );
    const prose = await txt('Nurse\n\nThe role\nYou will work on the wards.\n');
    assert.deepEqual(
      prose.report.sections.map((s) => s.heading),
      ['About the role'],
    );
  });

  it('reads "What support will I get?" as Supervision and support, and "What is a Peer Mentor?" as About the role', async () => {
    const { report } = await importDocument(
      Buffer.from(
        'Role: Peer Mentor (Volunteer)\n\nWhat is a Peer Mentor?\nA volunteer with lived experience.\n\n' +
          'What will I be doing?\n- Welcoming new clients\n\nWhat support will I get?\n- Monthly supervision\n- Training\n',
      ),
      'jd.txt',
    );
    assert.deepEqual(
      report.sections.map((s) => [s.heading, s.items]),
      [
        ['About the role', 0],
        ['Main duties', 1],
        ['Supervision and support', 2],
      ],
    );
  });

  it('reads "SUPPORT" or "Support" as Supervision and support, but keeps "Support for families" as it is', async () => {
    const { report } = await importDocument(
      Buffer.from('Nurse\n\nMain duties\n- Assess patients\n\nSUPPORT\nMonthly clinical supervision.\n'),
      'jd.txt',
    );
    assert.deepEqual(
      report.sections.map((s) => [s.heading, s.source]),
      [
        ['Main duties', null],
        ['Supervision and support', 'SUPPORT'],
      ],
    );
    const families = await md(
      '# Family Worker\n\n## Support for families\n\n- Run a carers group\n\n## Support\n\nSupervision.\n',
    );
    assert.deepEqual(
      families.report.sections.map((s) => s.heading),
      ['Support for families', 'Supervision and support'],
    );
  });

  it('does not make the title, repeated as a heading, a section', async () => {
    const { report } = await md(
      'Job title: Harm Reduction Nurse\n\n# Harm Reduction Nurse\n\n## Job purpose\n\nTo reduce harm.\n',
    );
    assert.deepEqual(
      report.sections.map((s) => s.heading),
      ['About the role'],
    );
  });

  it('does not make a "Job description: X" heading a section when the details already give X as the title', async () => {
    const { text, report } = await md(
      '| | |\n| --- | --- |\n| Job title | Substance Misuse Nurse |\n| Band | Band 6 |\n\n' +
        '# Job Description: Substance Misuse Nurse\n\n## Job summary\n\nTo nurse.\n',
    );
    assert.equal(report.title, 'Substance Misuse Nurse');
    assert.deepEqual(
      report.sections.map((s) => s.heading),
      ['About the role'],
    );
    assert.doesNotMatch(text, /Job Description:/);
  });

  it('reads plain text saved by Word: Windows-1252, headings in any case, the first line as the title', async () => {
    // The bytes Word writes: £ is 0xA3, the bullet 0x95, curly quotes 0x93 and 0x94, the en dash 0x96, the euro sign 0x80.
    const text =
      'Recovery Worker\r\nSalary: \xa326,000\r\nKey responsibilities\r\n\x95 Hold a caseload of around 35 adults.\r\n' +
      '\x95 Explain \x93harm reduction\x94 \x96 safer use, and \x80 travel costs.\r\nSupervision\r\nMonthly clinical supervision.\r\n';
    const { text: imported, report } = await importDocument(Buffer.from(text, 'latin1'), 'jd.txt');
    assert.equal(report.title, 'Recovery Worker');
    assert.equal(report.fields.salary, '£26,000');
    assert.deepEqual(
      report.sections.map((s) => s.heading),
      ['Main duties', 'Supervision and support'],
    );
    assert.match(
      imported,
      /^- Hold a caseload of around 35 adults\.\n- Explain “harm reduction” – safer use, and € travel costs\.$/m,
    );
  });

  it('takes the title from a long first line before the employer or service it names, which becomes the organisation', async () => {
    const txt = (text: string) => importDocument(Buffer.from(text), 'service-manager.txt');
    const { text, report } = await txt(
      'Service Manager – Westmere Integrated Drug and Alcohol Service\nSalary: £42,000\n\nOverview\nTo lead the service.\n',
    );
    assert.equal(report.titleFrom, 'heading');
    assert.deepEqual(report.fields, {
      title: 'Service Manager',
      organisation: 'Westmere Integrated Drug and Alcohol Service',
      salary: '£42,000',
    });
    assert.doesNotMatch(text.split('---')[2], /Service Manager/);
    const at = await txt('Senior Substance Misuse Worker (Criminal Justice) at Westmere Recovery Partnership\n');
    assert.deepEqual(at.report.fields, {
      title: 'Senior Substance Misuse Worker (Criminal Justice)',
      organisation: 'Westmere Recovery Partnership',
    });
    // An employer the details name is the organisation: the service is the department.
    const named = await txt(
      'Service Manager – Westmere Integrated Drug and Alcohol Service\nEmployer: Westmere Recovery Partnership\n',
    );
    assert.deepEqual(named.report.fields, {
      title: 'Service Manager',
      organisation: 'Westmere Recovery Partnership',
      department: 'Westmere Integrated Drug and Alcohol Service',
    });
    // With a department the details give too, the service stays in the text.
    const both = await txt(
      'Service Manager – Westmere Integrated Drug and Alcohol Service\nEmployer: Westmere Recovery Partnership\nDepartment: Adult Services\n',
    );
    assert.equal(both.report.fields.department, 'Adult Services');
    assert.match(both.text, /^Westmere Integrated Drug and Alcohol Service$/m);
    // Words after the dash that could not be a name, nor are only the hours, are not the organisation: they stay text.
    const hours = await txt(
      'Drug and Alcohol Worker – Part Time (18.75 hours), job share\nSalary: £26,000\n\nMain duties\n• Hold a caseload.\n',
    );
    assert.deepEqual(hours.report.fields, { title: 'Drug and Alcohol Worker', salary: '£26,000' });
    assert.match(hours.text, /^Part Time \(18\.75 hours\), job share$/m);
  });

  it('splits a short first line too, when a post comes before the employer or service it names after a dash', async () => {
    const txt = (text: string) =>
      importDocument(Buffer.from(`${text}\nSalary: £42,000\n\nOverview\nTo lead.\n`), 'jd.txt');
    const fields = async (line: string) => (await txt(line)).report.fields;
    assert.deepEqual(await fields('Service Manager – Westmere Drug and Alcohol Service'), {
      title: 'Service Manager',
      organisation: 'Westmere Drug and Alcohol Service',
      salary: '£42,000',
    });
    assert.equal((await fields('Team Leader – Recovery Services')).organisation, 'Recovery Services');
    assert.equal((await fields('Clinical Psychologist – Drug & Alcohol Services')).title, 'Clinical Psychologist');
    // Words after the dash that name no employer or service are part of the title, as is a line naming no post.
    for (const line of ['Recovery Worker – Criminal Justice', 'Westmere Partnership – Community Services'])
      assert.deepEqual(await fields(line), { title: line, salary: '£42,000' });
  });

  it('knows an employer after a dash by the ending of its name, a team as the department, and leaves other words in the title', async () => {
    const imported = (text: string) =>
      importDocument(Buffer.from(`${text}\nSalary: £28,000\n\nOverview\nTo help.\n`), 'jd.txt');
    const fields = async (line: string) => (await imported(line)).report.fields;
    for (const [line, title, organisation] of [
      ['Peer Mentor – Wexcombe Recovery Community', 'Peer Mentor', 'Wexcombe Recovery Community'],
      ['Peer Support Worker – Northfield Recovery Collective', 'Peer Support Worker', 'Northfield Recovery Collective'],
      ['Nurse – Westmere Recovery Foundation', 'Nurse', 'Westmere Recovery Foundation'],
      ['Team Leader – Ashby Community Interest Company', 'Team Leader', 'Ashby Community Interest Company'],
    ])
      assert.deepEqual(await fields(line), { title, organisation, salary: '£28,000' }, line);
    // A team is part of the employer: the department, unless the details name one (then the team stays text).
    assert.deepEqual(await fields('Outreach Worker – North Team'), {
      title: 'Outreach Worker',
      department: 'North Team',
      salary: '£28,000',
    });
    assert.equal((await fields('Recovery Coordinator – Community Team')).department, 'Community Team');
    const named = await imported('Outreach Worker – North Team\nDepartment: Harm Reduction');
    assert.deepEqual(named.report.fields, {
      title: 'Outreach Worker',
      department: 'Harm Reduction',
      salary: '£28,000',
    });
    assert.match(named.text, /^North Team$/m);
    // A specialism, a client group, a place, or "Community" that is a setting rather than a recovery community; a
    // project, more often a specialism or team than the employer.
    for (const line of [
      'Recovery Worker – Criminal Justice',
      'Recovery Worker – Wexcombe Alcohol Project',
      'Substance Misuse Nurse – Hepatitis C Project',
      'Family Support Worker – Hidden Harm Project',
      'Nurse – Hepatitis C',
      'Drug and Alcohol Worker – Young People',
      'Peer Mentor – Recovery Community Hub',
      'Peer Mentor – Recovery Community',
      'Recovery Worker – Prison and Community',
    ])
      assert.deepEqual(await fields(line), { title: line, salary: '£28,000' }, line);
    // A client group the framework has roles for keeps the line whole, whatever its ending: the title then names
    // the children and young people's role.
    for (const line of [
      'Drug and Alcohol Worker – Youth Offending Team',
      'Substance Misuse Worker – Young People’s Team',
      "Recovery Worker – Young People's Project",
      'Drug and Alcohol Worker – Northfield Young People’s Service',
      'Recovery Worker – Youth Team',
    ])
      assert.deepEqual(await fields(line), { title: line, salary: '£28,000' }, line);
    const youth = await imported('Drug and Alcohol Worker – Youth Offending Team');
    assert.equal(youth.report.role?.id, 'cyp-drug-and-alcohol-worker');
    // A line at the top that names a foundation is the employer's, as one naming a trust is.
    assert.equal(
      (await fields('Recovery Worker\nWexcombe Recovery Foundation')).organisation,
      'Wexcombe Recovery Foundation',
    );
  });

  it('splits a Word title heading as it splits a line: a post, then the employer or service it names after a dash', async () => {
    const imported = async (heading: string) =>
      importDocument(
        await docx(
          new Paragraph({ text: heading, heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ children: [new TextRun('Location: Wexcombe')] }),
          new Paragraph({ text: 'Main duties', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ children: [new TextRun('• Hold a caseload.')] }),
        ),
        'jd.docx',
      );
    const { text, report } = await imported('Recovery Worker – Northfield Recovery Partnership');
    assert.deepEqual(report.fields, {
      title: 'Recovery Worker',
      organisation: 'Northfield Recovery Partnership',
      location: 'Wexcombe',
    });
    assert.doesNotMatch(text.split('---')[2], /Northfield/);
    for (const heading of ['Recovery Worker – Criminal Justice', 'Westmere Partnership – Community Services'])
      assert.deepEqual((await imported(heading)).report.fields, { title: heading, location: 'Wexcombe' });
  });

  it('reads the hours a title line or heading gives after a dash, a comma or in brackets, unless the details give them', async () => {
    const imported = (line: string, details = 'Salary: £26,000') =>
      importDocument(Buffer.from(`${line}\n${details}\n\nMain duties\n• Hold a caseload.\n`), 'jd.txt');
    const cases: [string, string, string][] = [
      ['Drug and Alcohol Worker – Part Time (18.75 hours)', 'Drug and Alcohol Worker', 'Part Time (18.75 hours)'],
      ['Recovery Worker (37.5 hrs)', 'Recovery Worker', '37.5 hrs'],
      ['Nurse – 30 hours per week', 'Nurse', '30 hours per week'],
      ['Recovery Worker – 22.5 hrs p/w', 'Recovery Worker', '22.5 hrs p/w'],
      ['Team Leader, full time 37.5 hours', 'Team Leader', 'full time 37.5 hours'],
      ['Peer Mentor (Volunteer) (Part time, 16 hrs)', 'Peer Mentor (Volunteer)', 'Part time, 16 hrs'],
    ];
    for (const [line, title, hours] of cases) {
      const { text, report } = await imported(line);
      assert.equal(report.titleFrom, 'heading', line);
      assert.equal(report.fields.title, title, line);
      assert.equal(report.fields.hours, hours, line);
      assert.equal(report.fields.salary, '£26,000', line);
      assert.ok(!text.split('---')[2].includes(hours), line);
    }
    // A Word title heading is read as the line is.
    const heading = await importDocument(
      await docx(
        new Paragraph({ text: 'Nurse – 30 hours per week', heading: HeadingLevel.HEADING_1 }),
        new Paragraph({ text: 'Main duties', heading: HeadingLevel.HEADING_2 }),
        new Paragraph({ children: [new TextRun('• Hold a caseload.')] }),
      ),
      'jd.docx',
    );
    assert.deepEqual(heading.report.fields, { title: 'Nurse', hours: '30 hours per week' });
    // Hours the details give win, on a line or between bars; the title's stay in the text, nothing lost.
    for (const [details, hours] of [
      ['Hours: 30 per week', '30 per week'],
      ['Humankind | £31,000 | 30 hours | Permanent', '30 hours'],
    ]) {
      const { text, report } = await imported('Recovery Worker (37.5 hrs)', details);
      assert.equal(report.fields.title, 'Recovery Worker', details);
      assert.equal(report.fields.hours, hours, details);
      assert.match(text, /^37\.5 hrs$/m, details);
    }
    const partTime = await imported('Recovery Worker (Part time)', 'Hours: 30 per week');
    assert.deepEqual(partTime.report.fields, { title: 'Recovery Worker', hours: '30 per week' });
    assert.match(partTime.text, /^Part time$/m);
    // Brackets or words after a dash that are not only the hours are left as they were.
    for (const line of ['Recovery Worker (24 Hour Service)', 'Recovery Worker – Criminal Justice'])
      assert.deepEqual((await imported(line)).report.fields, { title: line, salary: '£26,000' });
  });

  it('reads the hours a "Job title:" line gives after the title as the hours, unless the details give them', async () => {
    const txt = (text: string) =>
      importDocument(Buffer.from(`${text}\nSalary: £26,000\n\nMain duties\n• Hold a caseload.\n`), 'jd.txt');
    for (const [line, title, hours] of [
      ['Job title: Recovery Worker (37.5 hrs)', 'Recovery Worker', '37.5 hrs'],
      ['Post title: Nurse – 30 hours per week', 'Nurse', '30 hours per week'],
      ['Job description: Team Leader, full time 37.5 hours', 'Team Leader', 'full time 37.5 hours'],
    ]) {
      const { text, report } = await txt(line);
      assert.deepEqual(report.fields, { title, salary: '£26,000', hours }, line);
      assert.equal(report.keptDetails, 0, line);
      assert.ok(!text.split('---')[2].includes(hours), line);
    }
    // In Word, with the title repeated as a heading above: neither a section nor the letterhead.
    const word = await importDocument(
      await docx(
        new Paragraph({ text: 'Recovery Worker (37.5 hrs)', heading: HeadingLevel.HEADING_1 }),
        new Paragraph({ children: [new TextRun('Job title: Recovery Worker (37.5 hrs)')] }),
        new Paragraph({ text: 'Main duties', heading: HeadingLevel.HEADING_2 }),
        new Paragraph({ children: [new TextRun('• Hold a caseload.')] }),
      ),
      'jd.docx',
    );
    assert.deepEqual(word.report.fields, { title: 'Recovery Worker', hours: '37.5 hrs' });
    assert.deepEqual(
      word.report.sections.map((s) => s.heading),
      ['Main duties'],
    );
    assert.doesNotMatch(word.text.split('---')[2], /Recovery Worker/);
    // An Hours line wins, and the title is left whole, nothing lost; words in brackets that are not the hours stay.
    const hoursLine = await txt('Job title: Recovery Worker (37.5 hrs)\nHours: 30 per week');
    assert.deepEqual(hoursLine.report.fields, {
      title: 'Recovery Worker (37.5 hrs)',
      salary: '£26,000',
      hours: '30 per week',
    });
    assert.deepEqual((await txt('Job title: Recovery Worker (24 Hour Service)')).report.fields, {
      title: 'Recovery Worker (24 Hour Service)',
      salary: '£26,000',
    });
  });

  it('says in the note at the top when the title is the file name', async () => {
    const { text, report } = await importDocument(
      Buffer.from(
        'We are recruiting for a post in our busy community team.\n\nKey responsibilities\n\n- Hold a caseload.\n',
      ),
      'recovery-worker.txt',
    );
    assert.equal(report.titleFrom, 'file name');
    assert.equal(report.title, 'Recovery worker');
    assert.match(
      text,
      /<!-- Imported by jdkit from recovery-worker\.txt\. jdkit found no job title in the document: the title is the file name, check it\. /,
    );
  });

  it('refuses a .jd.md, whose import would replace it, even with --force', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jdkit-import-layouts-'));
    const original =
      '---\ntitle: Recovery worker\nclosing_date: 30 June 2025\n---\n\n## Main duties\n\n- Hold a caseload.\n';
    fs.writeFileSync(path.join(dir, 'rw.jd.md'), original);
    const { code, stderr } = await jdkitInProcess(['import', 'rw.jd.md', '--force'], dir);
    assert.equal(code, 2);
    assert.match(
      stderr,
      /rw\.jd\.md: it is already a jdkit job description \(\.jd\.md\), so there is nothing to import: lint it instead/,
    );
    assert.equal(fs.readFileSync(path.join(dir, 'rw.jd.md'), 'utf8'), original);
  });

  it('imports a .docx renamed .doc, and never writes two sources to one file in a run', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jdkit-import-layouts-'));
    const bytes = await docx(
      new Paragraph({ children: [new TextRun('Job title: Recovery worker')] }),
      new Paragraph({ children: [new TextRun('Hold a caseload.')] }),
    );
    for (const sub of ['a', 'b']) fs.mkdirSync(path.join(dir, sub));
    fs.writeFileSync(path.join(dir, 'a', 'JD.docx'), bytes);
    fs.writeFileSync(path.join(dir, 'b', 'JD.doc'), bytes);
    const { code, stderr } = await jdkitInProcess(['import', 'a/JD.docx', 'b/JD.doc', '--out-dir', 'out'], dir);
    assert.equal(code, 2);
    assert.match(
      stderr,
      /b\/JD\.doc: "out\/JD\.jd\.md" was just written from "a\/JD\.docx"; import the two into different folders/,
    );
    assert.equal((await importDocument(bytes, 'JD.doc')).report.title, 'Recovery worker');
  });
});
