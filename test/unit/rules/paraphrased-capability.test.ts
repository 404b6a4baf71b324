import assert from 'node:assert/strict';
import { getFramework } from '../../../src/core/framework/load';
import { applyEdits } from '../../../src/core/edits/apply-edits';
import { jd, runRule } from '../helpers';

const framework = getFramework();
const run = (text: string) => runRule('paraphrased-capability', text);
const text = (id: string) => framework.statement(id)!.statement.text;

/** DAW-4-10 in the employer's words: no term the statement lacks but "clients". */
const OWN_WORDS = 'Able to support clients to attend mutual aid groups such as AA, NA and SMART Recovery';
/** The same with a place name: two terms the statement lacks, enough local detail to keep as a duty. */
const WITH_DETAIL = `${OWN_WORDS} in Wexcombe`;
const DUTY = 'Hold a caseload of service users, managing your time and priorities as risks and needs change';

describe('paraphrased-capability', () => {
  const daw = { title: 'Drug and alcohol worker', role: 'drug-and-alcohol-worker' };

  it('fires on a capability in the employer’s words, naming the statement, its domain and the framework text', () => {
    const doc = jd(daw, `## Capabilities\n\n- ${text('DAW-1-01')}\n- ${OWN_WORDS}\n`);
    const [d, ...rest] = run(doc);
    assert.equal(rest.length, 0);
    assert.equal(d.severity, 'information');
    assert.equal(
      d.message,
      `This reads as capability DAW-4-10 (Harm reduction, treatment and recovery interventions) in your own words (meaning match ${Math.round((d.data!.score as number) * 100)}%): “${text('DAW-4-10')}”. ` +
        'It counts towards the role’s capabilities; use the framework wording so the post matches the framework (section 2).',
    );
    assert.match(d.message, /meaning match \d\d%/);
    assert.deepEqual(d.range, { start: { line: 7, character: 2 }, end: { line: 7, character: 2 + OWN_WORDS.length } });
    assert.equal(d.data?.statementId, 'DAW-4-10');
    assert.equal(d.data?.domain, 'harm-reduction-treatment-and-recovery-interventions');
    assert.equal(d.data?.localDetail, false);
  });

  it('replaces the bullet with the framework wording, after which it is silent', () => {
    const doc = jd(daw, `## Capabilities\n\n- ${OWN_WORDS}\n`);
    const [d] = run(doc);
    assert.equal(d.fixes![0].title, 'Use the framework wording of DAW-4-10');
    const fixed = applyEdits(doc, d.fixes![0].edits);
    assert.equal(fixed, jd(daw, `## Capabilities\n\n- ${text('DAW-4-10')}\n`));
    assert.deepEqual(run(fixed), []);
  });

  it('is silent for exact and close-wording bullets (modified-capability’s) and for unrelated bullets', () => {
    const reworded = text('DAW-1-03').replace('with people', 'with service users');
    assert.deepEqual(
      run(
        jd(
          daw,
          `## Capabilities\n\n- ${text('DAW-4-10')}\n- ${reworded}\n- Full UK driving licence\n- Make tea for the team\n`,
        ),
      ),
      [],
    );
  });

  it('is silent for a paraphrase of another role’s statement only (capability-other-role’s)', () => {
    assert.deepEqual(
      run(
        jd(
          daw,
          '## Capabilities\n\n- Administer and dispense medication, including controlled drugs, under Patient Group Directions\n',
        ),
      ),
      [],
    );
  });

  it('is silent for a duty in the employer’s words: only capability bullets', () => {
    assert.deepEqual(run(jd(daw, `## Main duties\n\n- ${OWN_WORDS}\n`)), []);
  });

  it('is silent without a role and for descriptor-only roles', () => {
    assert.deepEqual(run(jd({ title: 'Wellbeing navigator' }, `## Capabilities\n\n- ${OWN_WORDS}\n`)), []);
    assert.deepEqual(
      run(jd({ title: 'Service manager', role: 'leader-manager' }, `## Capabilities\n\n- ${OWN_WORDS}\n`)),
      [],
    );
  });

  it('offers to keep the text as a main duty only when the bullet carries local detail', () => {
    const plain = run(jd(daw, `## Capabilities\n\n- ${OWN_WORDS}\n`));
    assert.equal(plain[0].fixes!.length, 1, 'one term the statement lacks is not local detail');
    const [d] = run(jd(daw, `## Capabilities\n\n- ${WITH_DETAIL}\n`));
    assert.equal(d.data?.localDetail, true);
    assert.equal(d.data?.statementId, 'DAW-4-10');
    assert.match(d.message, /, and keep the local detail as a main duty\.$/);
    assert.deepEqual(
      d.fixes!.map((f) => f.title),
      [
        'Use the framework wording of DAW-4-10',
        'Use the framework wording of DAW-4-10 and keep this text as a main duty',
      ],
    );
  });

  it('keeps the text after the last bullet of an existing Main duties section', () => {
    const doc = jd(daw, `## Main duties\n\n- ${DUTY}\n\n## Capabilities\n\n- ${WITH_DETAIL}\n`);
    const [d] = run(doc);
    const fixed = applyEdits(doc, d.fixes![1].edits);
    assert.equal(
      fixed,
      jd(daw, `## Main duties\n\n- ${DUTY}\n- ${WITH_DETAIL}\n\n## Capabilities\n\n- ${text('DAW-4-10')}\n`),
    );
    assert.deepEqual(run(fixed), []);
  });

  it('adds a Main duties section just before Capabilities when there is none', () => {
    const doc = jd(daw, `# Drug and alcohol worker\n\n## Capabilities\n\n- ${WITH_DETAIL}\n`);
    const [d] = run(doc);
    const fixed = applyEdits(doc, d.fixes![1].edits);
    assert.equal(
      fixed,
      jd(
        daw,
        `# Drug and alcohol worker\n\n## Main duties\n\n- ${WITH_DETAIL}\n\n## Capabilities\n\n- ${text('DAW-4-10')}\n`,
      ),
    );
    assert.deepEqual(run(fixed), []);
  });

  it('keeps CRLF line endings in both fixes', () => {
    const crlf = (s: string) => s.replace(/\n/g, '\r\n');
    const withSection = crlf(jd(daw, `## Main duties\n\n- ${DUTY}\n\n## Capabilities\n\n- ${WITH_DETAIL}\n`));
    const [d] = run(withSection);
    assert.equal(
      applyEdits(withSection, d.fixes![1].edits),
      crlf(jd(daw, `## Main duties\n\n- ${DUTY}\n- ${WITH_DETAIL}\n\n## Capabilities\n\n- ${text('DAW-4-10')}\n`)),
    );
    const without = crlf(jd(daw, `## Capabilities\n\n- ${WITH_DETAIL}\n`));
    const [e] = run(without);
    const fixed = applyEdits(without, e.fixes![1].edits);
    assert.equal(
      fixed,
      crlf(jd(daw, `## Main duties\n\n- ${WITH_DETAIL}\n\n## Capabilities\n\n- ${text('DAW-4-10')}\n`)),
    );
    assert.doesNotMatch(fixed, /[^\r]\n/);
    assert.deepEqual(run(fixed), []);
  });
});
