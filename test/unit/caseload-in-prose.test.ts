import assert from 'node:assert/strict';
import { statedCaseloads } from '../../src/core/text/caseload-in-prose';

/** Each stated caseload as [value, the text its offsets cover]. */
function sizes(text: string): [number, string][] {
  return statedCaseloads(text).map((s) => [s.value, text.slice(s.start, s.end)]);
}

describe('statedCaseloads', () => {
  it('finds the caseload sizes job descriptions state', () => {
    assert.deepEqual(sizes('You will manage a caseload of up to 50 service users.'), [[50, '50']]);
    assert.deepEqual(sizes('Caseloads of around 60 are usual.'), [[60, '60']]);
    assert.deepEqual(sizes('Caseload: 45'), [[45, '45']]);
    assert.deepEqual(sizes('A caseload of 50+ adults.'), [[50, '50+']]);
    assert.deepEqual(sizes('An average caseload (approx. 40) of adults.'), [[40, '40']]);
    assert.deepEqual(sizes('Your caseload is expected to be no more than 35.'), [[35, '35']]);
  });

  it('takes the upper end of a range and covers the whole range', () => {
    assert.deepEqual(sizes('hold a caseload of approximately 45\u201355 clients'), [[55, '45\u201355']]);
    assert.deepEqual(sizes('a caseload of 30 - 40 adults'), [[40, '30 - 40']]);
    assert.deepEqual(sizes('caseloads ranging from 35 to 50'), [[50, '35 to 50']]);
    assert.deepEqual(sizes('you will hold a case load of between 35 and 50 people'), [[50, '35 and 50']]);
  });

  it('spells "caseload" as one word, two words or hyphenated, in any case', () => {
    assert.deepEqual(sizes('CASE-LOAD of 41; case load of 42; Caseloads of 43'), [
      [41, '41'],
      [42, '42'],
      [43, '43'],
    ]);
  });

  it('looks for a range or unit on the number\u2019s line only', () => {
    assert.deepEqual(sizes('Caseload: 45\nHours: 37.5'), [[45, '45']]);
    assert.deepEqual(sizes('- Caseload of 45\n- 40 hours per week'), [[45, '45']]);
  });

  it('gives exact offsets', () => {
    const text = 'Duties\nHold a caseload of around 45\u201355 people.';
    assert.deepEqual(statedCaseloads(text), [{ value: 55, start: 33, end: 38 }]);
    assert.equal(text.slice(33, 38), '45\u201355');
  });

  it('ignores numbers that are not a caseload size', () => {
    for (const text of [
      'Caseload reviews every 12 weeks.',
      'A caseload and 40 hours a week.',
      'Caseload management; salary \u00a340,000.',
      'Caseloads from 1 April 2025 and caseloads from 2025.',
      'We aim to reduce caseloads by 10%.',
      'Caseloads in the last 12 months fell.',
      'caseload of 12 weeks',
      'caseload at 10.30am',
      'A caseload of adults. 40 staff work here.',
      'Tell us how large your caseload is. 50 people applied last year.',
      'Manage caseloads\n\n40 people attend the group.',
      'The team caseload of 300 is shared.',
      'Good caseload management is key to 3 outcomes.',
    ]) {
      assert.deepEqual(sizes(text), [], text);
    }
  });

  it('starts at the given offset', () => {
    assert.deepEqual(
      statedCaseloads('caseload of 50; caseload of 60', 14).map((s) => s.value),
      [60],
    );
  });

  it('scans a 10 MB document', () => {
    const filler = 'Caseload management and caseload reviews every 12 weeks, with 40 hours of work. ';
    const text = `${filler.repeat(Math.ceil(10_000_000 / filler.length))}A caseload of 45.`;
    assert.deepEqual(
      statedCaseloads(text).map((s) => s.value),
      [45],
    );
  });
});
