// Text normalisation for matching (src/core/match/normalise.ts).
import { strict as assert } from 'node:assert';
import { hasWords, tokenise } from '../../src/core/match/normalise';

describe('hasWords', () => {
  const agrees = (text: string) =>
    assert.equal(hasWords(text), tokenise(text).length > 0, `${JSON.stringify(text)}: ${tokenise(text).join(' ')}`);

  it('finds words where tokenise finds tokens', () => {
    for (const text of ['able to assess', 'NHS', '40', 'a', '&', '— & —', 'Ｆｕｌｌ', 'café', '—é', '1½']) {
      assert.ok(hasWords(text), text);
      agrees(text);
    }
  });

  it('finds none in punctuation, spacing and markup', () => {
    for (const text of ['', '   ', '—', '**', '- …', '\u00a0', '“”', '·', '()[]{}']) {
      assert.ok(!hasWords(text), JSON.stringify(text));
      agrees(text);
    }
  });

  it('agrees with tokenise on every character of the Basic Multilingual Plane, alone and after punctuation', () => {
    for (let c = 0; c < 0xd800; c++) {
      agrees(String.fromCharCode(c));
      agrees(`-${String.fromCharCode(c)}`);
    }
  });
});
