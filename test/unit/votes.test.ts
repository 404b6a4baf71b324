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
});
