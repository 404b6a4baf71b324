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

describe('tokenise', () => {
  /** The definition: the runs of letters and digits of the text's NFKC form, lower-cased, and "&" as "and". */
  const reference = (text: string) =>
    (
      text
        .normalize('NFKC')
        .toLowerCase()
        .match(/[\p{L}\p{N}]+|&/gu) ?? []
    ).map((t) => (t === '&' ? 'and' : t));

  it('reads the lower-case words, "&" as "and", and no punctuation or markup', () => {
    assert.deepEqual(
      tokenise('Able to **ASSESS** people’s needs & risks — e.g. NDTMS, 40%'),
      'able to assess people s needs and risks e g ndtms 40'.split(' '),
    );
  });

  it('gives the definition’s tokens for ASCII text with typographic punctuation, which it reads without NFKC', () => {
    const typographic = Array.from({ length: 0x28 - 0x10 }, (_, i) => String.fromCharCode(0x2010 + i));
    for (const mark of typographic) {
      for (const text of [`Key${mark}Worker`, `${mark}NHS&CQC${mark}`, `a ${mark} b${mark}`, `x${mark}${mark}Y2`]) {
        assert.deepEqual(tokenise(text), reference(text), JSON.stringify(text));
      }
    }
  });

  it('gives the definition’s tokens for text that NFKC or lower-casing changes', () => {
    for (const text of ['Ｆｕｌｌ‑time', 'İstanbul café', 'ﬁrst-aid', 'CAFÉ’S', '1½ days', 'x\u0301y', 'Σίσυφος']) {
      assert.deepEqual(tokenise(text), reference(text), text);
    }
  });
});
