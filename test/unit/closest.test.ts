import assert from 'node:assert/strict';
import { closest, editDistance, nearest } from '../../src/core/text/closest';

describe('closest', () => {
  it('measures Levenshtein distance over strings and token lists', () => {
    assert.equal(editDistance('', ''), 0);
    assert.equal(editDistance('kitten', 'sitting'), 3);
    assert.equal(editDistance('abc', ''), 3);
    assert.equal(editDistance(['peer', 'support', 'worker'], ['support', 'worker']), 1);
  });

  it('suggests near spellings, ignoring case', () => {
    const fields = ['title', 'organisation', 'closing_date', 'caseload'];
    assert.equal(closest('organization', fields), 'organisation');
    assert.equal(closest('closing-date', fields), 'closing_date');
    assert.equal(closest('caseLoad', fields), 'caseload');
    assert.equal(closest('Title', fields), 'title');
  });

  it('suggests nothing for different words or an exact match', () => {
    assert.equal(closest('benefits', ['title', 'role', 'salary']), undefined);
    assert.equal(closest('title', ['title']), undefined);
  });

  it('honours maxDistance, which defaults to a third of the input length', () => {
    assert.equal(closest('nurses', ['nurse']), 'nurse');
    assert.equal(closest('nrse', ['nurse'], 0), undefined);
    assert.equal(closest('abcdef', ['abcxyz']), undefined);
    assert.equal(closest('abcdef', ['abcxyz'], 3), 'abcxyz');
  });

  it('returns every equally near candidate, in order', () => {
    assert.deepEqual(nearest('cat', ['bat', 'cart', 'rat', 'dog']), ['bat', 'cart', 'rat']);
    assert.deepEqual(nearest('cat', ['cart', 'cab', 'ca']), ['cart', 'cab', 'ca']);
    assert.deepEqual(nearest('cats', ['cat', 'rats', 'cots']), ['cat', 'rats', 'cots']);
    assert.deepEqual(nearest('dogs', ['dog', 'cogs', 'dig']), ['dog', 'cogs']);
  });
});
