// No link jdkit ships or prints may point at a placeholder host: the extension
// manifest, the README, the rule pages and SARIF output link only to places
// that exist, or not at all (the rule documentation is bundled, not online).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { README, RULE_DOCS_DIR } from '../../scripts/generate-docs';
import { PACKAGE_JSON } from '../../scripts/generate-manifest';
import { jdkit } from './cli/run';
import { parseSarif } from './cli/parse-output';

/** Hosts that cannot exist: the reserved top-level domains of RFC 2606 and 6761, and the example domains. */
const PLACEHOLDER_HOST = /^(?:.+\.)?(?:invalid|example|test|localhost)$|^(?:.+\.)?example\.(?:com|net|org)$/i;

function urls(text: string): URL[] {
  return [...text.matchAll(/\bhttps?:\/\/[^\s"'<>)\]`]+/g)].map((m) => new URL(m[0].replace(/[.,;:]+$/, '')));
}

function placeholderLinks(text: string): string[] {
  return urls(text)
    .filter((url) => PLACEHOLDER_HOST.test(url.hostname))
    .map((url) => url.href);
}

describe('links', () => {
  it('recognises placeholder hosts', () => {
    assert.deepEqual(
      placeholderLinks('see https://jdkit.invalid/x, http://example.com and https://github.com/a/b.git'),
      ['https://jdkit.invalid/x', 'http://example.com/'],
    );
  });

  it('package.json has no repository, homepage or script pointing at a placeholder host', () => {
    const text = readFileSync(PACKAGE_JSON, 'utf8');
    assert.deepEqual(placeholderLinks(text), []);
    const manifest = JSON.parse(text) as { repository?: unknown; scripts: Record<string, string> };
    assert.equal(manifest.repository, undefined, 'no repository until the project has a real one');
    assert.doesNotMatch(manifest.scripts.package, /--base(?:Content|Images)Url/);
  });

  it('README.md and the rule pages link to no placeholder host', () => {
    const readme = readFileSync(README, 'utf8');
    // The complete example's fictional employer links to example.org, as examples should; nothing else may.
    const example = /<!-- generated:example -->[\s\S]*<!-- \/generated:example -->/;
    assert.deepEqual(placeholderLinks(readme.match(example)![0]), ['https://jobs.example.org/wcc-ph-221']);
    assert.deepEqual(placeholderLinks(readme.replace(example, '')), []);
    for (const page of readdirSync(RULE_DOCS_DIR))
      assert.deepEqual(placeholderLinks(readFileSync(path.join(RULE_DOCS_DIR, page), 'utf8')), [], page);
  });

  it('SARIF output has no helpUri or informationUri, and links to no placeholder host', () => {
    const run = jdkit(['lint', 'test/fixtures/workspace/bad.jd.md', '--format', 'sarif']);
    assert.equal(run.stderr, '');
    assert.deepEqual(placeholderLinks(run.stdout), []);
    const { driver } = parseSarif(run.stdout).runs[0].tool;
    assert.equal(driver.informationUri, undefined);
    assert.ok(driver.rules.length > 0);
    for (const rule of driver.rules) assert.equal(rule.helpUri, undefined, rule.id);
  });
});
