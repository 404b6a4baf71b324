import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { README, regenerate } from '../../scripts/generate-docs';
import { ALL_RULES } from '../../src/core/rules';

describe('README', () => {
  const readme = readFileSync(README, 'utf8');

  it('has up-to-date rule and field tables (run `npm run docs` to regenerate)', () => {
    assert.equal(readme, regenerate(readme));
  });

  it('documents every rule id', () => {
    for (const rule of ALL_RULES) assert.ok(readme.includes(`\`${rule.id}\``), rule.id);
  });

  it('opens with exactly the two commands', () => {
    const firstBlock = /```(?:sh|bash)?\n([\s\S]*?)```/.exec(readme);
    assert.ok(firstBlock, 'README has a command block');
    assert.deepEqual(firstBlock[1].trim().split('\n'), ['npm run main', 'npm run test:all']);
  });
});
