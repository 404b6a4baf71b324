import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_CONFIG, configSchema } from '../../../src/core/config';
import { ConfigResolver, NO_CONFIG, findConfigFile, loadConfigFile } from '../../../src/core/config-file';
import { ValidationError } from '../../../src/core/validate';
import { useTempDir } from './run';

function captured(run: () => unknown): unknown {
  try {
    run();
  } catch (err) {
    return err;
  }
  return undefined;
}

describe('config files', () => {
  const tmp = useTempDir();
  const write = (relative: string, value: unknown) => {
    const file = path.join(tmp(), relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
    return file;
  };

  it('defaults to what the schema makes of an empty .jdkit.json', () => {
    assert.deepEqual(DEFAULT_CONFIG, configSchema().parse({}));
    assert.deepEqual(loadConfigFile(write('.jdkit.json', {})).config, DEFAULT_CONFIG);
  });

  it('finds the nearest .jdkit.json upwards, stopping at the root given', () => {
    const top = write('.jdkit.json', {});
    const inner = write('a/.jdkit.json', {});
    mkdirSync(path.join(tmp(), 'a', 'b', 'c'), { recursive: true });
    mkdirSync(path.join(tmp(), 'd'), { recursive: true });
    assert.equal(findConfigFile(path.join(tmp(), 'a', 'b', 'c')), inner);
    assert.equal(findConfigFile(path.join(tmp(), 'd')), top);
    assert.equal(findConfigFile(path.join(tmp(), 'd'), path.join(tmp(), 'd')), null);
    const cache = new Map<string, string | null>();
    findConfigFile(path.join(tmp(), 'a', 'b', 'c'), undefined, cache);
    assert.equal(cache.get(path.join(tmp(), 'a', 'b')), inner);
    // Exactly the folders walked are remembered, and a remembered answer is used without looking.
    assert.deepEqual(
      [...cache.keys()],
      [path.join(tmp(), 'a', 'b', 'c'), path.join(tmp(), 'a', 'b'), path.join(tmp(), 'a')],
    );
    const remembered = new Map<string, string | null>([[path.join(tmp(), 'd'), '/elsewhere/.jdkit.json']]);
    assert.equal(findConfigFile(path.join(tmp(), 'd'), undefined, remembered), '/elsewhere/.jdkit.json');
  });

  it('loads and validates a config, rejecting unknown rule ids with their path', () => {
    const good = write('good.json', { rules: { 'caseload-too-high': 'error', 'vague-title': false } });
    assert.equal(loadConfigFile(good).config.rules['caseload-too-high'], 'error');
    const bad = write('bad.json', { rules: { 'caseload-too-high': 'off', 'vauge-title': 'off', nonsense: true } });
    assert.throws(
      () => loadConfigFile(bad),
      (err: ValidationError) => {
        assert.ok(err instanceof ValidationError);
        assert.equal(err.file, bad);
        assert.deepEqual(
          err.issues.map((i) => i.path),
          ['rules.vauge-title', 'rules.nonsense'],
        );
        assert.match(err.issues[0].message, /did you mean "vague-title"/);
        assert.equal(err.issues[1].message, '"nonsense" is not a jdkit rule');
        return true;
      },
    );
    assert.throws(() => loadConfigFile(path.join(tmp(), 'none.json')), /none\.json: cannot be read/);
  });

  it('says what a setting allows and which setting a misspelt one is', () => {
    const problems = (config: unknown) =>
      (captured(() => loadConfigFile(write('c.json', config))) as ValidationError).issues.map(
        (i) => `${i.path}: ${i.message}`,
      );
    assert.deepEqual(problems({ rules: { 'placeholder-text': 'warn', 'vague-title': 2 } }), [
      'rules.placeholder-text: must be "off", "error", "warning", "information", "hint", true or false: did you mean "warning"?',
      'rules.vague-title: must be "off", "error", "warning", "information", "hint", true or false',
    ]);
    assert.deepEqual(problems({ rule: {}, caseload: { maxx: 30, lowerMax: 0 }, export: { apendix: false } }), [
      'caseload.lowerMax: must be above 0',
      'caseload: "maxx" is not a jdkit setting: did you mean "max"?',
      'export: "apendix" is not a jdkit setting: did you mean "appendix"?',
      ': "rule" is not a jdkit setting: did you mean "rules"?',
    ]);
  });

  it('reads a config saved with a byte-order mark, and places a syntax error by line and column', () => {
    const bom = write('bom.json', '\uFEFF{\r\n  "caseload": { "max": 30 }\r\n}\r\n');
    assert.equal(loadConfigFile(bom).config.caseload.max, 30);
    const broken = write('broken.json', '{\n  "caseload": { "max": 30 }\n  "rules": {}\n}\n');
    assert.throws(() => loadConfigFile(broken), /broken\.json: not valid JSON at line 3, column 3 \(/);
    // For an editor to underline: the syntax error's position, an unknown key's name.
    assert.deepEqual((captured(() => loadConfigFile(broken)) as ValidationError).issues[0].position, {
      line: 3,
      column: 3,
    });
    // The mistakes of JSON written by hand, said in words.
    assert.throws(
      () => loadConfigFile(write('comment.json', '{\n  // ours\n  "allowedTerms": []\n}\n')),
      /comment\.json: not valid JSON at line 2, column 3: JSON does not allow comments \(/,
    );
    assert.throws(
      () => loadConfigFile(write('comma.json', '{\n  "allowedTerms": [],\n}\n')),
      /comma\.json: not valid JSON at line 3, column 1: JSON does not allow a comma before a closing bracket \(/,
    );
    const unknown = write('unknown.json', { caseload: { maxx: 1 } });
    assert.equal((captured(() => loadConfigFile(unknown)) as ValidationError).issues[0].key, 'maxx');
  });

  it('resolves per file, with defaults when there is no config and errors for every file using a bad one', () => {
    const resolver = new ConfigResolver(tmp());
    write('ok/.jdkit.json', { caseload: { max: 30 } });
    write('broken/.jdkit.json', '{');
    const ok = resolver.forFile(path.join(tmp(), 'ok', 'x', 'a.jd.md'));
    assert.equal(ok.config.caseload.max, 30);
    assert.equal(resolver.forFile(path.join(tmp(), 'ok', 'b.jd.md')), ok);
    assert.equal(resolver.forFile(path.join(tmp(), 'c.jd.md')), NO_CONFIG);
    assert.throws(
      () => resolver.forFile(path.join(tmp(), 'broken', 'a.jd.md')),
      /broken.\.jdkit\.json: not valid JSON/,
    );
    // The failed load is remembered: the same error, even once the file is mended.
    const first = captured(() => resolver.forFile(path.join(tmp(), 'broken', 'a.jd.md')));
    write('broken/.jdkit.json', {});
    const again = captured(() => resolver.forFile(path.join(tmp(), 'broken', 'b.jd.md')));
    assert.ok(again instanceof ValidationError);
    assert.equal(again, first);
  });
});
