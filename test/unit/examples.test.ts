import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getFramework } from '../../src/core/framework/load';
import { lint } from '../../src/core/lint';

const EXAMPLES = path.resolve(__dirname, '..', '..', '..', 'examples');

describe('examples', () => {
  const framework = getFramework();

  it('has one example per capability role', () => {
    const files = readdirSync(EXAMPLES)
      .filter((f) => f.endsWith('.jd.md'))
      .sort();
    assert.deepEqual(files, framework.capabilityRoles.map((r) => `${r.id}.jd.md`).sort());
  });

  for (const role of framework.capabilityRoles) {
    it(`${role.id}.jd.md declares its role and lints with no diagnostics`, () => {
      const result = lint(readFileSync(path.join(EXAMPLES, `${role.id}.jd.md`), 'utf8'));
      assert.equal(result.role, role.id);
      assert.equal(result.roleSource, 'declared');
      assert.deepEqual(
        result.diagnostics.map((d) => `${d.range.start.line + 1}: ${d.severity} ${d.rule}: ${d.message}`),
        [],
      );
    });
  }
});
