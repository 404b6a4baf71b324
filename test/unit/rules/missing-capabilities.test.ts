import assert from 'node:assert/strict';
import { parseJd } from '../../../src/core/document/parse';
import { insertStatementsEdits } from '../../../src/core/edits/insert-statements';
import { getFramework, type StatementEntry } from '../../../src/core/framework/load';
import { applyEdits } from '../../../src/core/edits/apply-edits';
import { jd, runRule } from '../helpers';

const framework = getFramework();
const run = (text: string) => runRule('missing-capabilities', text);

/** A job description listing `entries` under their domain headings. */
function withStatements(frontMatter: Record<string, string>, entries: readonly StatementEntry[]): string {
  const base = jd(frontMatter, '# Job description\n');
  return applyEdits(base, insertStatementsEdits(parseJd(base), framework, entries));
}

const lineOf = (text: string, line: string) => text.split('\n').indexOf(line);

describe('missing-capabilities', () => {
  const daw = { title: 'Drug and alcohol worker', role: 'drug-and-alcohol-worker' };
  const all = framework.roleStatements('drug-and-alcohol-worker');

  it('is silent for a complete drug and alcohol worker job description', () => {
    assert.deepEqual(run(withStatements(daw, all)), []);
  });

  it('reports the missing statements per domain at the Capabilities heading, and inserts them', () => {
    const dropped = [
      'DAW-2-11',
      'DAW-2-12',
      'DAW-2-13',
      ...all.filter((e) => e.domain.id === 'service-development').map((e) => e.statement.id),
    ];
    const text = withStatements(
      daw,
      all.filter((e) => !dropped.includes(e.statement.id)),
    );
    const [d, ...rest] = run(text);
    assert.equal(rest.length, 0);
    assert.match(
      d.message,
      /^12 of the 74 drug and alcohol worker capabilities \(section 5\.1\) are missing: Application of knowledge 3, Service development 9\. /,
    );
    assert.match(d.message, /section 2\) says .* not to be used "pick and mix"/);
    assert.match(d.message, / Of the 74: 62 in the framework wording, 12 missing\. /);
    const heading = lineOf(text, '## Capabilities');
    assert.deepEqual(d.range, { start: { line: heading, character: 0 }, end: { line: heading, character: 15 } });
    assert.deepEqual(d.data?.missing, dropped);
    assert.deepEqual(d.data?.byDomain, [
      {
        domain: 'application-of-knowledge',
        name: 'Application of knowledge',
        missing: ['DAW-2-11', 'DAW-2-12', 'DAW-2-13'],
      },
      { domain: 'service-development', name: 'Service development', missing: dropped.slice(3) },
    ]);
    assert.equal(d.fixes![0].title, 'Insert the 12 missing statements');
    const fixed = applyEdits(text, d.fixes![0].edits);
    assert.deepEqual(run(fixed), []);
    // The three knowledge statements went back to the end of their group, where they were.
    assert.ok(
      fixed.includes(
        `- ${framework.statement('DAW-2-10')!.statement.text}\n- ${framework.statement('DAW-2-11')!.statement.text}\n`,
      ),
    );
  });

  it('counts a close copy of a statement as present (modified-capability reports the wording)', () => {
    const text = withStatements(daw, all).replace(
      'able to work independently with people',
      'able to work independently with service users',
    );
    assert.deepEqual(run(text), []);
  });

  it('reports at the title when there is no Capabilities section, and the fix adds one', () => {
    const text = jd(daw, '# Job description\n\n## Main duties\n\n- Hold a caseload\n');
    const [d] = run(text);
    assert.match(d.message, /^74 of the 74 /);
    // Nothing to break down when every one is missing.
    assert.doesNotMatch(d.message, /Of the 74/);
    assert.deepEqual(d.range, { start: { line: 1, character: 7 }, end: { line: 1, character: 32 } });
    const fixed = applyEdits(text, d.fixes![0].edits);
    assert.match(
      fixed,
      /\n- Hold a caseload\n\n## Capabilities\n\n### Overarching capabilities\n\n- able to consistently deploy/,
    );
    assert.deepEqual(run(fixed), []);
  });

  it('lets nurse, psychologist, pharmacy and peer support worker posts select a subset (section 2)', () => {
    const pickAndMix = framework.capabilityRoles.filter((r) => r.pickAndMix).map((r) => r.id);
    assert.deepEqual(pickAndMix, [
      'nurse',
      'practitioner-psychologist',
      'pharmacy-professional',
      'peer-support-worker',
    ]);
    for (const role of pickAndMix) {
      const subset = framework.roleStatements(role).slice(0, 8);
      assert.deepEqual(run(withStatements({ title: 'Post', role }, subset)), [], role);
    }
  });

  it('is silent without a role and for descriptor-only roles', () => {
    assert.deepEqual(run(jd({ title: 'Administrator' }, '## Capabilities\n\n- Good IT skills\n')), []);
    assert.deepEqual(
      run(jd({ title: 'Team leader', role: 'leader-manager' }, '## Capabilities\n\n- Leads the team\n')),
      [],
    );
  });
});
