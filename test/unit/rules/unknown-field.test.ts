import assert from 'node:assert/strict';
import { applyEdits } from '../../../src/core/edits/apply-edits';
import { jd, runRule } from '../helpers';

const run = (text: string) => runRule('unknown-field', text);

describe('unknown-field', () => {
  it('accepts every known field', () => {
    const text = jd({
      title: 'Nurse',
      role: 'nurse',
      closing_date: '1 May 2025',
      organisation: 'X',
      caseload: 30,
      reports_to: 'Team leader',
    });
    assert.deepEqual(run(text), []);
  });

  it('fires on the key of a misspelt field and renames it to the closest known field', () => {
    const text = '---\ntitle: Nurse\nclosing-date: 1 May 2025\norganization: Acme\ncaseLoad: 30\n---\n';
    const diagnostics = run(text);
    assert.deepEqual(
      diagnostics.map((d) => [d.data?.field, d.data?.suggestion, d.fixes?.[0].title]),
      [
        ['closing-date', 'closing_date', 'Rename closing-date to closing_date'],
        ['organization', 'organisation', 'Rename organization to organisation'],
        ['caseLoad', 'caseload', 'Rename caseLoad to caseload'],
      ],
    );
    assert.equal(
      diagnostics[0].message,
      'The front-matter field "closing-date" is not one jdkit knows, so the checks and the Word export ignore it. Did you mean "closing_date"?',
    );
    assert.deepEqual(diagnostics[0].range, { start: { line: 2, character: 0 }, end: { line: 2, character: 12 } });
    const fixed = applyEdits(
      text,
      diagnostics.flatMap((d) => d.fixes![0].edits),
    );
    assert.equal(fixed, '---\ntitle: Nurse\nclosing_date: 1 May 2025\norganisation: Acme\ncaseload: 30\n---\n');
    assert.deepEqual(run(fixed), []);
  });

  it('lists the known fields when nothing is close', () => {
    const [d, ...rest] = run(jd({ title: 'Nurse', benefits: 'Pension' }));
    assert.equal(rest.length, 0);
    assert.match(
      d.message,
      /"benefits" is not one jdkit knows.*The fields are: title, role, population, .*apply, essential_capabilities\.$/,
    );
    assert.equal(d.fixes, undefined);
  });

  it('does not offer a rename onto a field that is already there', () => {
    const [d] = run('---\ntitle: Nurse\nTitle: Registered nurse\n---\n');
    assert.equal(d.data?.suggestion, 'title');
    assert.equal(d.fixes, undefined);
  });

  it('is silent without front matter', () => {
    assert.deepEqual(run('# Nurse\n'), []);
  });
});
