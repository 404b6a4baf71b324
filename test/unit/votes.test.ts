// The vote counter shared by role inference and the title-role-mismatch rule (votes.ts).
import assert from 'node:assert/strict';
import { mostVoted } from '../../src/core/votes';

describe('mostVoted', () => {
  const byLetters = (items: string[]) => mostVoted(items, (item) => item.split(''));

  it('is null when nobody votes', () => {
    assert.equal(byLetters([]), null);
    assert.equal(byLetters(['', '']), null);
  });

  it('gives the key with most votes and its voters in order', () => {
    assert.deepEqual(byLetters(['a', 'b', 'ab', 'c', 'b']), { key: 'b', voters: ['b', 'ab', 'b'] });
  });

  it('counts an item once for each key it names, however often it names it', () => {
    assert.deepEqual(byLetters(['aaa', 'b', 'b']), { key: 'b', voters: ['b', 'b'] });
    assert.deepEqual(byLetters(['ab', 'ba', 'c']), { key: 'a', voters: ['ab', 'ba'] });
  });

  it('breaks a tie for the key that got its first vote first', () => {
    assert.deepEqual(byLetters(['b', 'a', 'a', 'b']), { key: 'b', voters: ['b', 'b'] });
    assert.deepEqual(byLetters(['ba', 'c', 'ab']), { key: 'b', voters: ['ba', 'ab'] });
  });

  it('breaks a tie for a preferred key, whenever it got its first vote', () => {
    const preferring = (items: string[], preferred: string[]) =>
      mostVoted(items, (item) => item.split(''), new Set(preferred));
    assert.deepEqual(preferring(['b', 'a', 'a', 'b'], ['a']), { key: 'a', voters: ['a', 'a'] });
    assert.deepEqual(
      preferring(['b', 'a', 'a', 'b', 'b'], ['a']),
      { key: 'b', voters: ['b', 'b', 'b'] },
      'more votes win',
    );
    assert.deepEqual(preferring(['b', 'a', 'c', 'a', 'b', 'c'], ['a', 'c']), { key: 'a', voters: ['a', 'a'] });
  });
});
