import assert from 'node:assert/strict';
import { applyEdits } from '../apply-edits';
import { jd, runRule } from '../helpers';

const run = (text: string) => runRule('invalid-front-matter', text);

describe('invalid-front-matter', () => {
  it('accepts complete, valid front matter and leaves unknown fields to unknown-field', () => {
    const text = jd({ title: 'Drug and alcohol worker', role: 'drug-and-alcohol-worker', population: 'adults', caseload: 35, salary: 28000, organization: 'X' });
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

  it('reports YAML errors with the parser’s range and message, and nothing else', () => {
    const text = '---\ntitle: [Drug and alcohol worker\nrol: nurse\n---\n';
    const [d, ...rest] = run(text);
    assert.equal(rest.length, 0);
    assert.match(d.message, /^The front matter is not valid YAML: Flow sequence/);
    assert.deepEqual(d.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 1 } });
  });

  it('reports front matter that is never closed', () => {
    const [d, ...rest] = run('---\ntitle: Nurse\n\n# Nurse\n');
    assert.equal(rest.length, 0);
    assert.match(d.message, /never closed/);
    assert.deepEqual(d.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } });
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
    assert.match(run(jd({ title: 'Nurse', caseload: 37.5 }))[0].message, /"caseload" must be a whole number, but it is 37\.5/);
    assert.match(run('---\ntitle: Nurse\nsalary: [1, 2]\n---\n')[0].message, /"salary" must be text or a number, but it is a list/);
  });

  it('lists the values of a field with fixed values and fixes a near miss', () => {
    const text = '---\ntitle: Nurse\npopulation: adult\nsetting: Criminal justice\n---\n';
    const [population, setting, ...rest] = run(text);
    assert.equal(rest.length, 0);
    assert.equal(population.message, 'The field "population" must be one of: adults, children-and-young-people, but it is "adult". Did you mean "adults"?');
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
    assert.match(d.message, /^The field "role" must be one of: drug-and-alcohol-worker, .*counsellor, but it is "nurses"\. Did you mean "nurse"\?$/);
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
