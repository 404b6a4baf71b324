// The matcher index as framework-data stores it (src/core/match/matcher-index.ts).
import { strict as assert } from 'node:assert';
import { getFramework } from '../../src/core/framework/load';
import { MATCH_THRESHOLD } from '../../src/core/match/matcher';
import {
  buildMatcherIndex,
  packIntegers,
  readStoredMatcherIndex,
  storedMatcherIndex,
  unpackIntegers,
  type StoredMatcherIndex,
} from '../../src/core/match/matcher-index';
import { TermAnalyser } from '../../src/core/match/terms';

describe('matcher index storage', () => {
  it('packs whole numbers from 0 to 65,535 and reads them back', () => {
    const values = [0, 1, 255, 256, 4095, 32768, 65535, 12091, 7];
    assert.deepEqual(Array.from(unpackIntegers(packIntegers(values))), values);
    assert.deepEqual(Array.from(unpackIntegers(packIntegers([]))), []);
  });

  it('reads the stored bytes as little-endian whatever the platform', () => {
    // [1, 0, 0, 1, 52, 18] are 1, 256 and 0x1234 little-endian; a big-endian platform's Uint16Array reads 256, 1, 0x3412.
    assert.deepEqual(
      Array.from(unpackIntegers(Buffer.from([1, 0, 0, 1, 0x34, 0x12]).toString('base64'))),
      [1, 256, 0x1234],
    );
  });

  it('refuses numbers it cannot pack', () => {
    for (const value of [65536, -1, 1.5]) assert.throws(() => packIntegers([3, value]), RangeError, String(value));
  });

  it('reads a stored index back as the index it was made from, prefix postings included', () => {
    const framework = getFramework();
    const built = buildMatcherIndex(framework.statementRefs(), new TermAnalyser(framework.thesaurus), MATCH_THRESHOLD);
    assert.ok(built.prefixPostings && built.prefixPostings.entries.length > 0, 'the prefix postings are built');
    const read = readStoredMatcherIndex(JSON.parse(JSON.stringify(storedMatcherIndex(built))) as StoredMatcherIndex);
    const plain = (index: typeof built) =>
      Object.fromEntries(
        Object.entries(index).map(([key, value]) => [key, value instanceof Int32Array ? Array.from(value) : value]),
      );
    assert.deepEqual(plain(read), plain(built));
  });
});
