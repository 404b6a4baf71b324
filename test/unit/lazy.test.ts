import assert from 'node:assert/strict';
import { lazily } from '../../src/core/lazy';

describe('lazily', () => {
  it('makes nothing until the first call, then makes the value once and keeps it', () => {
    let made = 0;
    const value = lazily(() => ({ made: ++made }));
    assert.equal(made, 0);
    const first = value();
    assert.equal(made, 1);
    assert.equal(value(), first);
    assert.equal(made, 1);
  });

  it('keeps a value that is undefined instead of making it again', () => {
    let made = 0;
    const value = lazily(() => {
      made++;
      return undefined;
    });
    assert.equal(value(), undefined);
    assert.equal(value(), undefined);
    assert.equal(made, 1);
  });
});
