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

  it('reads a number before "people on your caseload", as a range or with "around" or "up to" before it', () => {
    assert.deepEqual(sizes('You will have 45-50 people on your caseload.'), [[50, '45-50']]);
    assert.deepEqual(sizes('Support 50 service users on your caseload.'), [[50, '50']]);
    assert.deepEqual(sizes('Up to 45 adult clients in your caseload'), [[45, '45']]);
    assert.deepEqual(sizes('between 35 and 50 families on your case-load'), [[50, '35 and 50']]);
    assert.deepEqual(sizes('forty-five young people on your caseload'), [[45, 'forty-five']]);
    // Stated once, whichever way it is read.
    assert.deepEqual(sizes('Caseload: 45 people on your caseload'), [[45, '45']]);
    for (const text of [
      'Spend 45 minutes with each person on your caseload.',
      '50 hours of training on caseload management.',
      'Hold one-to-one sessions with people on your caseload.',
      'We have 300 people on our caseload.',
      'There are 300 people on the team caseload.',
      'In 2025 people on your caseload will move.',
      'Spend 40% of your time on your caseload.',
    ]) {
      assert.deepEqual(sizes(text), [], text);
    }
  });

  it('reads only a number of people right before "on/in your/a caseload": not ages, a team\u2019s total or a way of working', () => {
    for (const text of [
      'You will support adults aged 18 to 65 on your caseload, many with complex needs.',
      'Support young people aged 16-25 on your caseload.',
      'The team of ten supports 300 people in their caseloads at any time.',
      'No worker holds more than 50 people on their caseload.',
      'Our family service works with around 200 families on a caseload basis each year.',
      'around 40 on a caseload',
      'Up to 45 of the adults on your caseload',
      '45 minutes a week with adults on your caseload',
    ]) {
      assert.deepEqual(sizes(text), [], text);
    }
    // At most one word before the people: "45-50 adult clients".
    assert.deepEqual(sizes('around 45-50 adult clients on your caseload'), [[50, '45-50']]);
    assert.deepEqual(sizes('sixty families in a caseload'), [[60, 'sixty']]);
  });

  it('reads numbers written in words, twenty to ninety-nine and below', () => {
    assert.deepEqual(sizes('Manage a caseload of around fifty people'), [[50, 'fifty']]);
    assert.deepEqual(sizes('a caseload of approximately twenty five'), [[25, 'twenty five']]);
    assert.deepEqual(sizes('Caseloads of Forty\u2013Fifty-Five'), [[55, 'Forty\u2013Fifty-Five']]);
    assert.deepEqual(sizes('a caseload of between thirty and 45'), [[45, 'thirty and 45']]);
    assert.deepEqual(sizes('A small caseload of twelve.'), [[12, 'twelve']]);
    assert.deepEqual(sizes('A caseload of ninety-nine'), [[99, 'ninety-nine']]);
    for (const text of ['A caseload of one-to-one sessions.', 'A caseload of none.', 'Caseload of onerous size.']) {
      assert.deepEqual(sizes(text), [], text);
    }
  });

  it('looks for a range or unit on the number\u2019s line only', () => {
    assert.deepEqual(sizes('Caseload: 45\nHours: 37.5'), [[45, '45']]);
    assert.deepEqual(sizes('- Caseload of 45\n- 40 hours per week'), [[45, '45']]);
  });

  it('gives exact offsets', () => {
    const text = 'Duties\nHold a caseload of around 45\u201355 people.';
    assert.deepEqual(statedCaseloads(text), [{ value: 55, start: 33, end: 38, range: true }]);
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
