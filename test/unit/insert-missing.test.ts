import assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../src/core/config';
import { analyseCoverage } from '../../src/core/coverage';
import { parseJd } from '../../src/core/document/parse';
import { allMissingStatements, insertAllMissingEdits } from '../../src/core/edits/insert-missing';
import { getFramework } from '../../src/core/framework/load';
import type { Population, RoleId } from '../../src/core/framework/schema';
import { lint } from '../../src/core/lint';
import { LintContext } from '../../src/core/lint-context';
import { normalisedKey } from '../../src/core/match/normalise';
import { newJobDescription } from '../../src/core/scaffold';
import { applyEdits } from '../../src/core/edits/apply-edits';
import { jd } from './helpers';

const framework = getFramework();
const context = (doc: string) => new LintContext(parseJd(doc), framework, DEFAULT_CONFIG);
const text = (id: string) => framework.statement(id)!.statement.text;
/** What the editor's "insert all missing" command inserts: from the lint result's coverage. */
const allMissing = (doc: string, population?: Population) => {
  const { document, coverage } = lint(doc);
  return insertAllMissingEdits(document, framework, coverage, population);
};
const insertAll = (doc: string, population?: Population) => applyEdits(doc, allMissing(doc, population).edits);
const rulesOf = (doc: string) => lint(doc).diagnostics.map((d) => d.rule);

/** The scaffold's Capabilities section, reduced as an author might have left it. */
const STRIPPED: Record<string, (scaffold: string) => string> = {
  'without bullets': (s) =>
    s.replace(/(## Capabilities\n[^]*?)(?=\n## )/, (section) => section.replace(/^- .*\n/gm, '')),
  'without every third bullet': (s) => {
    let i = 0;
    return s.replace(/(## Capabilities\n[^]*?)(?=\n## )/, (section) =>
      section.replace(/^- .*\n/gm, (line) => (i++ % 3 === 0 ? '' : line)),
    );
  },
  'without the section': (s) => s.replace(/## Capabilities\n[^]*?\n(?=## )/, ''),
};

describe('insertAllMissingEdits', () => {
  for (const role of framework.capabilityRoles) {
    const populations: (Population | undefined)[] = role.buildsOn.some((b) => b.population)
      ? ['adults', 'children-and-young-people']
      : [undefined];
    for (const population of populations) {
      it(`${role.id}${population ? ` (${population})` : ''}: a new job description missing capabilities lints clean apart from its placeholders once they are inserted`, () => {
        const scaffold = newJobDescription({ role: role.id, population });
        assert.deepEqual(allMissing(scaffold).statements, [], 'the scaffold lacks nothing');
        for (const [how, strip] of Object.entries(STRIPPED)) {
          const stripped = strip(scaffold);
          assert.notEqual(stripped, scaffold, how);
          const filled = insertAll(stripped);
          const rules = rulesOf(filled).filter((r) => r !== 'placeholder-text');
          assert.deepEqual(rules, [], `${how}: ${rules.join(', ')}`);
          assert.deepEqual(allMissing(filled).edits, [], `${how}: nothing left to insert`);
        }
      });
    }
  }

  it('inserts the missing statements of the role in framework order', () => {
    const doc = jd(
      { title: 'Drug and alcohol worker', role: 'drug-and-alcohol-worker' },
      `## Capabilities\n\n- ${text('DAW-1-02')}\n`,
    );
    const { statements } = allMissing(doc);
    const expected = framework.roleStatements('drug-and-alcohol-worker').filter((e) => e.statement.id !== 'DAW-1-02');
    assert.deepEqual(
      statements.map((e) => e.statement.id),
      expected.map((e) => e.statement.id),
    );
  });

  it('adds the base role’s statements, a text the role shares with its base role once', () => {
    const role: RoleId = 'senior-drug-and-alcohol-worker';
    const doc = jd({ title: 'Senior drug and alcohol worker', role, population: 'adults' }, '## Capabilities\n');
    const { statements } = allMissing(doc);
    const all = framework.roleStatements(role, 'adults');
    const texts = new Set(all.map((e) => normalisedKey(e.statement.text)));
    assert.ok(texts.size < all.length, 'the senior worker shares some texts with the drug and alcohol worker');
    assert.equal(statements.length, texts.size);
    assert.ok(statements.some((e) => e.role.id === 'drug-and-alcohol-worker'));
  });

  it('without `population`, adds an undecided base role only for the population given, and sets `population`', () => {
    const doc = jd(
      { title: 'Senior drug and alcohol worker', role: 'senior-drug-and-alcohol-worker' },
      '## Capabilities\n',
    );
    const coverage = analyseCoverage(context(doc));
    assert.equal(coverage.undecidedBases.length, 2);

    const ownOnly = allMissing(doc);
    assert.ok(ownOnly.statements.every((e) => e.role.id === 'senior-drug-and-alcohol-worker'));
    assert.equal(ownOnly.statements.length, coverage.own!.missing.length);
    assert.ok(
      rulesOf(applyEdits(doc, ownOnly.edits)).includes('missing-base-capabilities'),
      'the base role is still undecided',
    );

    const cyp = insertAll(doc, 'children-and-young-people');
    assert.match(cyp, /\npopulation: children-and-young-people\n---\n/);
    assert.ok(
      allMissingStatements(coverage, 'children-and-young-people').some(
        (e) => e.role.id === 'cyp-drug-and-alcohol-worker',
      ),
    );
    // Only the base role of the population given, never both.
    assert.ok(
      !allMissingStatements(coverage, 'children-and-young-people').some((e) => e.role.id === 'drug-and-alcohol-worker'),
    );
    assert.ok(!applyEdits(doc, ownOnly.edits).includes('population:'));
    const rules = rulesOf(cyp);
    assert.ok(
      !rules.includes('missing-capabilities') && !rules.includes('missing-base-capabilities'),
      rules.join(', '),
    );
  });

  it('sets nothing when `population` is set already, whatever population is given', () => {
    const doc = jd(
      { title: 'Senior drug and alcohol worker', role: 'senior-drug-and-alcohol-worker', population: 'adults' },
      '## Capabilities\n',
    );
    const filled = insertAll(doc, 'children-and-young-people');
    assert.match(filled, /\npopulation: "adults"\n---\n/);
    assert.ok(!filled.includes(text('CYP-1-01')));
  });

  it('inserts nothing without a role with capability statements', () => {
    assert.deepEqual(allMissing(jd({ title: 'Administrator' })), { statements: [], edits: [] });
    assert.deepEqual(allMissing(jd({ title: 'Doctor', role: 'medical-workforce' })).edits, []);
  });
});
