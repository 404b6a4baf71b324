import assert from 'node:assert/strict';
import { z } from 'zod';
import { ValidationError, parseJsonFile, rejectProtoKeys } from '../../src/core/validate';

describe('validate', () => {
  it('names the file and every issue, with its path when it has one', () => {
    const error = new ValidationError('a.json', [
      { path: 'roles[0].name', message: 'required' },
      { path: '', message: 'not an object' },
    ]);
    assert.equal(error.message, 'a.json: roles[0].name: required; not an object');
    assert.equal(error.name, 'ValidationError');
  });

  it('rejects every __proto__ key, however deep, and walks past nulls, strings and numbers', () => {
    const text = '{"a": null, "b": "text", "c": 3, "list": [{"__proto__": 1}], "__proto__": {"x": true}}';
    assert.throws(
      () => parseJsonFile(z.unknown(), text, 'settings.json'),
      (err: unknown) => {
        assert.ok(err instanceof ValidationError);
        assert.deepEqual(
          err.issues.map((i) => i.path),
          ['__proto__', 'list[0].__proto__'],
        );
        assert.equal(err.issues[0].message, '"__proto__" cannot be used as a key: it would be dropped without effect');
        return true;
      },
    );
    assert.doesNotThrow(() => rejectProtoKeys(JSON.parse('{"a": [null, "s", 1, {"b": "proto"}]}'), 'ok.json'));
  });
});
