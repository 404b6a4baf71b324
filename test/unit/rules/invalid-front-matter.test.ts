import assert from 'node:assert/strict';
import { parseJd } from '../../../src/core/document/parse';
import { applyEdits } from '../../../src/core/edits/apply-edits';
import { jd, runRule } from '../helpers';

const run = (text: string) => runRule('invalid-front-matter', text);

describe('invalid-front-matter', () => {
  it('accepts complete, valid front matter and leaves unknown fields to unknown-field', () => {
    const text = jd({
      title: 'Drug and alcohol worker',
      role: 'drug-and-alcohol-worker',
      population: 'adults',
      caseload: 35,
      salary: 28000,
      organization: 'X',
    });
    assert.deepEqual(run(text), []);
  });

  it('fires on a document without front matter, offering the first heading as the title', () => {
    const text = '# Peer support worker\n\nJoin our team.\n';
    const [d, ...rest] = run(text);
    assert.equal(rest.length, 0);
    assert.match(d.message, /no front matter.*"---".*"title" field is required/s);
    assert.deepEqual(d.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 21 } });
    const fixed = applyEdits(text, d.fixes![0].edits);
    assert.equal(fixed, '---\ntitle: Peer support worker\n---\n# Peer support worker\n\nJoin our team.\n');
    assert.deepEqual(run(fixed), []);
  });

  it('keeps a byte-order mark first and uses the document line endings when adding front matter', () => {
    const text = '\uFEFFDraft\r\n\r\n# Nurse\r\n';
    const [d] = run(text);
    const fixed = applyEdits(text, d.fixes![0].edits);
    assert.equal(fixed, '\uFEFF---\r\ntitle: Nurse\r\n---\r\nDraft\r\n\r\n# Nurse\r\n');
    assert.deepEqual(run(fixed), []);
  });

  it('has no fix when there is no heading to take a title from, and handles an empty file', () => {
    const [d] = run('Some text\n');
    assert.equal(d.fixes, undefined);
    const [empty, ...rest] = run('');
    assert.equal(rest.length, 0);
    assert.deepEqual(empty.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
  });

  /** The one diagnostic for `text`, on `line`, with `message`, whose single fix gives `fixed`, which then lints clean. */
  function assertFixed(text: string, line: number, message: string, title: string, fixed: string): void {
    const [d, ...rest] = run(text);
    assert.equal(rest.length, 0, rest.map((r) => r.message).join('\n'));
    assert.equal(d.message, message);
    assert.deepEqual(d.range, {
      start: { line, character: 0 },
      end: { line, character: text.split(/\r?\n/)[line].length },
    });
    assert.equal(d.fixes?.length, 1);
    assert.equal(d.fixes[0].title, title);
    assert.equal(applyEdits(text, d.fixes[0].edits), fixed);
    assert.deepEqual(run(fixed), []);
  }

  describe('YAML mistakes, in plain words on their line', () => {
    it('a known field without its colon: adds the colon', () => {
      assertFixed(
        '---\ntitle Drug and alcohol worker\nrole: nurse\n---\n',
        1,
        'Line 2: "title" needs a colon after it: title: Drug and alcohol worker',
        'Add the colon',
        '---\ntitle: Drug and alcohol worker\nrole: nurse\n---\n',
      );
      assertFixed(
        '---\ntitle: Nurse\nsalary £30,000\n---\n',
        2,
        'Line 3: "salary" needs a colon after it: salary: £30,000',
        'Add the colon',
        '---\ntitle: Nurse\nsalary: £30,000\n---\n',
      );
      // Alone, the line is valid YAML (one piece of text), but not a field.
      assertFixed(
        '---\ntitle Nurse\n---\n',
        1,
        'Line 2: "title" needs a colon after it: title: Nurse',
        'Add the colon',
        '---\ntitle: Nurse\n---\n',
      );
    });

    it('a known field written in other words or case, or with "=" or " - " for its colon: writes it as the field', () => {
      assertFixed(
        '---\ntitle: Nurse\nclosing date 9 May 2025\n---\n',
        2,
        'Line 3: "closing date" should be the field "closing_date", with a colon after it: closing_date: 9 May 2025',
        'Change to "closing_date:"',
        '---\ntitle: Nurse\nclosing_date: 9 May 2025\n---\n',
      );
      assertFixed(
        '---\ntitle: Nurse\nClosing-Date - 9 May\n---\n',
        2,
        'Line 3: "Closing-Date" should be the field "closing_date", with a colon after it: closing_date: 9 May',
        'Change to "closing_date:"',
        '---\ntitle: Nurse\nclosing_date: 9 May\n---\n',
      );
      assertFixed(
        '---\nTitle = Nurse\n---\n',
        1,
        'Line 2: "title" needs a colon after it: title: Nurse',
        'Add the colon',
        '---\ntitle: Nurse\n---\n',
      );
    });

    it('a colon with no space after it: adds the space', () => {
      assertFixed(
        '---\ntitle:Nurse\n---\n',
        1,
        'Line 2: "title" needs a space after its colon: title: Nurse',
        'Add a space after the colon',
        '---\ntitle: Nurse\n---\n',
      );
    });

    it('an unknown word without a colon: says what a field looks like, with no fix', () => {
      for (const line of ['titel Nurse lead', 'salry £30,000']) {
        const [d, ...rest] = run(`---\ntitle: Nurse\n${line}\n---\n`);
        assert.equal(rest.length, 0);
        assert.equal(
          d.message,
          'Line 3 has no colon: write each field as its name, a colon and the value, such as "title: Drug and alcohol worker".',
        );
        assert.deepEqual(d.range, { start: { line: 2, character: 0 }, end: { line: 2, character: line.length } });
        assert.equal(d.fixes, undefined);
      }
    });

    it('a second colon in a value: puts the value in double quotes, escaping quotes and backslashes', () => {
      assertFixed(
        '---\ntitle: Nurse: Band 6\nrole: nurse\n---\n',
        1,
        'Line 2: the value of "title" has a second colon, so it needs quotes: title: "Nurse: Band 6"',
        'Put the value in quotes',
        '---\ntitle: "Nurse: Band 6"\nrole: nurse\n---\n',
      );
      const text = '---\ntitle: Nurse\nsalary: Band 6: £30,000 "plus" C:\\ 5%\n---\n';
      const [d] = run(text);
      const fixed = applyEdits(text, d.fixes![0].edits);
      assert.equal(fixed, '---\ntitle: Nurse\nsalary: "Band 6: £30,000 \\"plus\\" C:\\\\ 5%"\n---\n');
      assert.equal(parseJd(fixed).frontMatter!.fields.get('salary')!.value, 'Band 6: £30,000 "plus" C:\\ 5%');
      assert.deepEqual(run(fixed), []);
    });

    it('leaves a URL alone: its colon is not followed by a space', () => {
      assert.deepEqual(run('---\ntitle: Nurse\napply: https://jobs.example.org/123\n---\n'), []);
    });

    it('a value starting with a character YAML reserves: puts it in quotes', () => {
      assertFixed(
        '---\ntitle: @nurse\n---\n',
        1,
        'Line 2: the value of "title" starts with "@", which YAML reserves, so it needs quotes: title: "@nurse"',
        'Put the value in quotes',
        '---\ntitle: "@nurse"\n---\n',
      );
      assertFixed(
        '---\ntitle: [Drug and alcohol worker\nrole: nurse\n---\n',
        1,
        'Line 2: the value of "title" starts with "[", which YAML reserves, so it needs quotes: title: "[Drug and alcohol worker"',
        'Put the value in quotes',
        '---\ntitle: "[Drug and alcohol worker"\nrole: nurse\n---\n',
      );
      assertFixed(
        '---\ntitle: *Nurse\n---\n',
        1,
        'Line 2: the value of "title" starts with "*", which YAML reads as a reference to another value, so it needs quotes: title: "*Nurse"',
        'Put the value in quotes',
        '---\ntitle: "*Nurse"\n---\n',
      );
    });

    it('a quote that is never closed: closes it, unless it is closed on the next line', () => {
      assertFixed(
        '---\ntitle: "Nurse\nrole: nurse\n---\n',
        1,
        'Line 2: the value of "title" opens a quote that is never closed: title: "Nurse"',
        'Close the quote',
        '---\ntitle: "Nurse"\nrole: nurse\n---\n',
      );
      assert.equal(run('---\ntitle: "Nurse\nlead"\n---\n')[0].fixes, undefined);
    });

    it('a tab in the indentation: replaces it with two spaces', () => {
      assertFixed(
        '---\ntitle: >\n\tDrug and alcohol\n\tworker\n---\n',
        2,
        'Line 3 is indented with a tab, which YAML does not allow: use spaces.',
        'Replace the tabs with spaces',
        '---\ntitle: >\n  Drug and alcohol\n  worker\n---\n',
      );
    });

    it('an indented field: starts it at the beginning of the line, whether the indent is a tab or spaces', () => {
      assertFixed(
        '---\ntitle: Nurse\n\trole: nurse\n---\n',
        2,
        'Line 3 starts with a tab, which YAML does not allow: start the field "role" at the beginning of the line.',
        'Remove the indentation',
        '---\ntitle: Nurse\nrole: nurse\n---\n',
      );
      assertFixed(
        '---\ntitle: Nurse\n  role: nurse\n  salary: £30,000\n---\n',
        2,
        'Line 3: the field "role" is indented, so YAML does not read it as a field of its own. Start it at the beginning of the line.',
        'Remove the indentation',
        '---\ntitle: Nurse\nrole: nurse\nsalary: £30,000\n---\n',
      );
      assertFixed(
        '---\n  title: Nurse\nrole: nurse\n---\n',
        1,
        'Line 2: the field "title" is indented, so YAML does not read it as a field of its own. Start it at the beginning of the line.',
        'Remove the indentation',
        '---\ntitle: Nurse\nrole: nurse\n---\n',
      );
      assert.deepEqual(run('---\n  title: Nurse\n  role: nurse\n---\n'), [], 'all indented alike is valid YAML');
    });

    it('a field written as a list item: removes the dash', () => {
      // YAML reports three errors for this one mistake; only the explanation is shown.
      assertFixed(
        '---\ntitle: Nurse\n- role: nurse\n---\n',
        2,
        'Line 3 starts with "- ", which makes a list item, not a field: role: nurse',
        'Remove the dash',
        '---\ntitle: Nurse\nrole: nurse\n---\n',
      );
    });

    it('explains each mistake, and keeps the line endings', () => {
      const text = '---\r\ntitle Nurse\r\nrole: nurse\r\nsalary £30,000\r\n---\r\n';
      const diagnostics = run(text);
      assert.deepEqual(
        diagnostics.map((d) => d.range.start.line),
        [1, 3],
      );
      const fixed = applyEdits(
        text,
        diagnostics.flatMap((d) => d.fixes![0].edits),
      );
      assert.equal(fixed, '---\r\ntitle: Nurse\r\nrole: nurse\r\nsalary: £30,000\r\n---\r\n');
      assert.deepEqual(run(fixed), []);
    });

    it('keeps the YAML library’s message, with the line, for other mistakes, and names a field given twice', () => {
      const [d, ...rest] = run('---\ntitle: "Nurse" lead\n---\n');
      assert.equal(rest.length, 0);
      assert.equal(d.message, 'Line 2: the front matter is not valid YAML: Unexpected scalar at node end');
      assert.deepEqual(d.range, { start: { line: 1, character: 15 }, end: { line: 1, character: 19 } });
      assert.equal(d.fixes, undefined);
      const [twice] = run('---\ntitle: Nurse\nrole: nurse\ntitle: Nurse\n---\n');
      assert.equal(twice.message, 'Line 4: the field "title" is given twice. Keep one of them.');
      assert.equal(twice.fixes, undefined);
    });
  });

  it('reports front matter that is never closed after its last field, adding the closing line', () => {
    const text = '---\ntitle: Nurse\nrole: nurse\n\n# Nurse\n';
    assertFixed(
      text,
      2,
      'The front matter opened with "---" on line 1 is never closed: add a line "---" after the last field.',
      'Add "---" after line 3',
      '---\ntitle: Nurse\nrole: nurse\n---\n\n# Nurse\n',
    );
    // With no field after the opening line, nothing shows where the front matter ends.
    const [d, ...rest] = run('---\n# Nurse\n');
    assert.equal(rest.length, 0);
    assert.match(d.message, /never closed/);
    assert.deepEqual(d.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } });
    assert.equal(d.fixes, undefined);
  });

  it('fires when the title is missing, on the opening fence, adding the heading as title before the closing fence', () => {
    const text = '---\r\nrole: nurse\r\n---\r\n# Registered nurse\r\n';
    const [d, ...rest] = run(text);
    assert.equal(rest.length, 0);
    assert.match(d.message, /no "title" field/);
    assert.deepEqual(d.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } });
    assert.equal(d.fixes![0].title, 'Add the title "Registered nurse"');
    const fixed = applyEdits(text, d.fixes![0].edits);
    assert.equal(fixed, '---\r\nrole: nurse\r\ntitle: Registered nurse\r\n---\r\n# Registered nurse\r\n');
    assert.deepEqual(run(fixed), []);
  });

  it('names the field, the value found and what is allowed', () => {
    const [d, ...rest] = run(jd({ title: 'Nurse', caseload: 'forty' }));
    assert.equal(rest.length, 0);
    assert.equal(d.message, 'The field "caseload" must be a number, but it is "forty".');
    assert.deepEqual(d.range, { start: { line: 2, character: 10 }, end: { line: 2, character: 17 } });
    assert.equal(d.fixes, undefined);
    assert.match(
      run(jd({ title: 'Nurse', caseload: 37.5 }))[0].message,
      /"caseload" must be a whole number, but it is 37\.5/,
    );
    assert.match(
      run('---\ntitle: Nurse\nsalary: [1, 2]\n---\n')[0].message,
      /"salary" must be text or a number, but it is a list/,
    );
    assert.equal(
      run('---\ntitle: Nurse\nessential_capabilities: N-1-01\n---\n')[0].message,
      'The field "essential_capabilities" must be a list in square brackets, such as [A, B], but it is "N-1-01".',
    );
  });

  it('lists the values of a field with fixed values and fixes a near miss', () => {
    const text = '---\ntitle: Nurse\npopulation: adult\nsetting: Criminal justice\n---\n';
    const [population, setting, ...rest] = run(text);
    assert.equal(rest.length, 0);
    assert.equal(
      population.message,
      'The field "population" must be one of: adults, children-and-young-people, but it is "adult". Did you mean "adults"?',
    );
    assert.deepEqual(population.range, { start: { line: 2, character: 12 }, end: { line: 2, character: 17 } });
    assert.equal(population.fixes![0].title, 'Change population to adults');
    assert.match(setting.message, /Did you mean "criminal-justice"\?/);
    const fixed = applyEdits(text, [...population.fixes![0].edits, ...setting.fixes![0].edits]);
    assert.equal(fixed, '---\ntitle: Nurse\npopulation: adults\nsetting: criminal-justice\n---\n');
    assert.deepEqual(run(fixed), []);
  });

  it('suggests the closest role id for an unknown role, replacing only the value', () => {
    const text = jd({ title: 'Registered nurse', role: 'nurses' });
    const [d, ...rest] = run(text);
    assert.equal(rest.length, 0);
    assert.match(
      d.message,
      /^The field "role" must be one of: drug-and-alcohol-worker, .*counsellor, but it is "nurses"\. Did you mean "nurse"\?$/,
    );
    assert.deepEqual(d.range, { start: { line: 2, character: 6 }, end: { line: 2, character: 14 } });
    assert.deepEqual(d.data, { field: 'role', suggestion: 'nurse', roles: ['nurse'] });
    assert.equal(d.fixes![0].title, 'Change role to nurse');
    const fixed = applyEdits(text, d.fixes![0].edits);
    assert.equal(fixed, '---\ntitle: "Registered nurse"\nrole: "nurse"\n---\n');
    assert.deepEqual(run(fixed), []);
  });

  it('recognises a role written as a title, as words or as one distinctive word', () => {
    const suggestion = (role: string) => run(jd({ title: 'Practitioner', role }))[0]?.data?.suggestion;
    assert.equal(suggestion('Peer support worker'), 'peer-support-worker');
    assert.equal(suggestion('clinical psychologist'), 'practitioner-psychologist');
    assert.equal(suggestion('Psychologist'), 'practitioner-psychologist');
    assert.equal(suggestion('drug-alcohol-worker'), 'drug-and-alcohol-worker');
    assert.equal(suggestion('worker'), undefined);
    assert.equal(suggestion('banana'), undefined);
    assert.equal(run(jd({ title: 'Practitioner', role: 'banana' }))[0].fixes, undefined);
  });

  it('reports an empty value on the key, saying what the field holds', () => {
    const [d] = run('---\ntitle:\nrole: nurse\n---\n');
    assert.match(d.message, /^The field "title" has no value\. Fill it in: the job title/);
    assert.deepEqual(d.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 5 } });
    const [role] = run('---\ntitle: Nurse\nrole: ""\n---\n');
    assert.match(role.message, /"role" has no value.*Use one of: drug-and-alcohol-worker/);
  });
});
