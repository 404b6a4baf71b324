import assert from 'node:assert/strict';
import { ValidationError } from '../../../src/core/validate';
import { mergeConfig, SETTINGS_SOURCE } from '../../../src/extension/merge-config';
import { config } from '../helpers';

describe('mergeConfig (jdkit.* settings over .jdkit.json)', () => {
  const file = config({
    rules: { 'modified-capability': 'warning', 'vague-title': 'off' },
    caseload: { max: 35 },
    allowedTerms: ['offender'],
    titleAliases: { nurse: ['Staff nurse'] },
    export: { organisation: 'Northmere' },
  });

  it('keeps the file’s configuration, the same object, when no setting is set', () => {
    assert.equal(mergeConfig(file, {}), file);
  });

  it('lets settings win key by key, rules per rule id, and adds up terms and aliases', () => {
    const merged = mergeConfig(file, {
      rules: { 'vague-title': 'error', 'caseload-too-high': false },
      caseload: { lowerMax: 25 },
      allowedTerms: ['service user', 'offender'],
      titleAliases: { nurse: ['Recovery nurse'], 'peer-support-worker': ['Peer mentor'] },
      export: { colour: '1F4E79' },
    });
    assert.deepEqual(merged.rules, {
      'modified-capability': 'warning',
      'vague-title': 'error',
      'caseload-too-high': false,
    });
    assert.deepEqual(merged.caseload, { max: 35, lowerMax: 25 });
    assert.deepEqual(merged.allowedTerms, ['offender', 'service user']);
    assert.deepEqual(merged.titleAliases, {
      nurse: ['Staff nurse', 'Recovery nurse'],
      'peer-support-worker': ['Peer mentor'],
    });
    assert.deepEqual(merged.export, { appendix: true, organisation: 'Northmere', colour: '1F4E79' });
  });

  it('treats an empty text setting as not set, as the Settings UI leaves one', () => {
    const withPath = config({ templatesPath: 'templates', export: { organisation: 'Northmere' } });
    const merged = mergeConfig(withPath, { templatesPath: '', export: { organisation: '', logo: '' } });
    assert.equal(merged.templatesPath, 'templates');
    assert.equal(merged.export.organisation, 'Northmere');
    assert.equal(merged.export.logo, undefined);
  });

  it('names the settings and the key when a setting is invalid', () => {
    assert.throws(
      () => mergeConfig(file, { caseload: { max: 'forty' } }),
      (err: unknown) =>
        err instanceof ValidationError && err.file === SETTINGS_SOURCE && err.issues[0].path === 'caseload.max',
    );
    assert.throws(
      () => mergeConfig(file, { rules: { 'vague-titel': 'off' } }),
      (err: unknown) => err instanceof ValidationError && /did you mean "vague-title"/.test(err.message),
    );
    // Settings arrive as parsed JSON, where "__proto__" is an ordinary key that validation would drop unseen.
    assert.throws(
      () => mergeConfig(file, { rules: JSON.parse('{"__proto__": {"vague-title": "off"}}') }),
      (err: unknown) => err instanceof ValidationError && err.issues[0].path === 'rules.__proto__',
    );
  });
});
