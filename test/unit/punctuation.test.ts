import assert from 'node:assert/strict';
import { isTypographicPunctuation } from '../../src/core/text/punctuation';

describe('isTypographicPunctuation', () => {
  it('holds only characters that are no letter, mark, digit, underscore or whitespace', () => {
    const claimed: number[] = [];
    for (let code = 0; code <= 0xffff; code++) if (isTypographicPunctuation(code)) claimed.push(code);
    assert.ok(claimed.includes(0x2019) && claimed.includes(0x2013) && claimed.includes(0x2026));
    for (const code of claimed) {
      const c = String.fromCharCode(code);
      assert.ok(!/[\p{L}\p{M}\p{N}_]|\s/u.test(c), `U+${code.toString(16)} is read as punctuation`);
    }
  });
});
