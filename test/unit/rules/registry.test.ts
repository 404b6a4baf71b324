// The rule registry is a public interface: ids, severities and sources are
// documented from it, so check what the type system cannot.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ALL_RULES } from '../../../src/core/rules';
import { sectionText } from '../../../scripts/build-framework';
import { ROOT, frameworkText, normalise, quoteIsVerbatim } from '../sources';

describe('rule registry', () => {
  it('registers one rule per file under src/core/rules, with the file named after the id', () => {
    const files = readdirSync(path.join(ROOT, 'src', 'core', 'rules'))
      .filter((f) => f.endsWith('.ts') && !['index.ts', 'rule.ts'].includes(f))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    assert.deepEqual(ALL_RULES.map((r) => r.id).sort(), files);
  });

  it('gives every rule a summary, a rationale and at least one source', () => {
    for (const rule of ALL_RULES) {
      assert.ok(rule.summary.length > 20, rule.id);
      assert.ok(rule.rationale.length > 40, rule.id);
      assert.ok(rule.sources.length > 0, `${rule.id} cites no source`);
    }
  });

  it('quotes its sources verbatim', () => {
    for (const rule of ALL_RULES) {
      for (const source of rule.sources)
        assert.ok(quoteIsVerbatim(source), `${rule.id}: not verbatim in the ${source.document}: "${source.quote}"`);
    }
  });

  it('quotes the framework from the section it cites', () => {
    const lines = frameworkText.split(/\r?\n/);
    for (const rule of ALL_RULES) {
      for (const source of rule.sources.filter((s) => s.document === 'framework' && s.quote)) {
        assert.ok(
          normalise(sectionText(lines, source.ref)).includes(normalise(source.quote!)),
          `${rule.id}: quote not in framework section ${source.ref}`,
        );
      }
    }
  });
});
