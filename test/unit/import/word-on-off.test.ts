// Word's on/off properties switched off: ECMA-376 writes "off" as w:val
// "false", "off" or "0" on the element, and a row marked as a header with
// w:tblHeader w:val="off" is no header row, nor is a run with w:b w:val="off"
// bold. mammoth reads some of them as on; the import must not.
import assert from 'node:assert/strict';
import { HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { importDocument } from '../../../src/import/import';
import { readZipDirectory, readZipEntry, writeZip } from './containers';
import { pack } from './word-builder';

/** The document with its word/document.xml edited, for values the docx library does not write. */
function editDocumentXml(docx: Buffer, edit: (xml: string) => string): Buffer {
  return writeZip(
    readZipDirectory(docx)!.map((entry) => {
      const data = readZipEntry(docx, entry);
      if (entry.name !== 'word/document.xml') return { name: entry.name, data, deflate: true };
      const xml = edit(data.toString('utf8'));
      assert.notEqual(xml, data.toString('utf8'), 'the edit applies');
      return { name: entry.name, data: Buffer.from(xml), deflate: true };
    }),
  );
}

const row = (cells: string[], tableHeader?: boolean) =>
  new TableRow({ tableHeader, children: cells.map((text) => new TableCell({ children: [new Paragraph(text)] })) });

describe('import: Word properties switched off', function () {
  this.timeout(30000);

  it('reads a first row marked w:tblHeader "off", "false" or "0" as a row of the details table, not a header row', async () => {
    // The docx library writes tableHeader: false as <w:tblHeader w:val="off"/>, as the trial's document had it.
    const bytes = await pack([
      new Paragraph({ text: 'Recovery Coordinator', heading: HeadingLevel.TITLE }),
      new Table({
        rows: [
          row(['Car user', 'Essential'], false),
          row(['Salary', '£31,000 – £34,000'], false),
          row(['Hours', '37.5'], false),
        ],
      }),
      new Paragraph({ text: 'Main duties', heading: HeadingLevel.HEADING_1 }),
      new Paragraph('Hold a caseload of up to 35 people.'),
    ]);
    for (const value of ['off', 'false', '0']) {
      const docx =
        value === 'off'
          ? bytes
          : editDocumentXml(bytes, (xml) => xml.replaceAll('w:tblHeader w:val="off"', `w:tblHeader w:val="${value}"`));
      const { text, report } = await importDocument(docx, 'jd.docx');
      assert.equal(report.fields.salary, '£31,000 – £34,000', value);
      assert.match(text, /^Car user: Essential$/m, value);
    }
  });

  it('reads a run with w:b or w:i "off" as neither bold nor italic', async () => {
    const bytes = await pack([
      new Paragraph({ text: 'Recovery Coordinator', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ text: 'Main duties', heading: HeadingLevel.HEADING_2 }),
      new Paragraph({
        children: [
          new TextRun('Hold a caseload of up to '),
          new TextRun({ text: '35', bold: false }),
          new TextRun(' people and run '),
          new TextRun({ text: 'two', italics: false }),
          new TextRun(' groups a week.'),
        ],
      }),
    ]);
    const docx = editDocumentXml(bytes, (xml) =>
      xml
        .replaceAll('<w:b w:val="false"/>', '<w:b w:val="off"/>')
        .replaceAll('<w:i w:val="false"/>', '<w:i w:val="off"/>'),
    );
    const { text } = await importDocument(docx, 'jd.docx');
    assert.match(text, /^Hold a caseload of up to 35 people and run two groups a week\.$/m);
  });
});
