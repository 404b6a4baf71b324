import assert from 'node:assert/strict';
import { MIX_AND_MATCH_THRESHOLD } from '../../../src/core/coverage';
import { parseJd } from '../../../src/core/document/parse';
import { insertStatementsEdits } from '../../../src/core/edits/insert-statements';
import { getFramework, type StatementEntry } from '../../../src/core/framework/load';
import { jd, runRule } from '../helpers';
import { applyEdits } from '../../../src/core/edits/apply-edits';

const framework = getFramework();
const run = (text: string) => runRule('capability-other-role', text);
const text = (id: string) => framework.statement(id)!.statement.text;

/** A job description listing `entries` under their domain headings. */
function withStatements(frontMatter: Record<string, string>, entries: readonly StatementEntry[]): string {
  const base = jd(frontMatter, '# Job description\n');
  return applyEdits(base, insertStatementsEdits(parseJd(base), framework, entries));
}

describe('capability-other-role', () => {
  const daw = { title: 'Drug and alcohol worker', role: 'drug-and-alcohol-worker' };
  const complete = withStatements(daw, framework.roleStatements('drug-and-alcohol-worker'));

  it('tells a regulated role that its profession’s own standards may cover a duty (section 2)', () => {
    const duty =
      '## Main duties\n\n- Use the Mental Health Act 1983 and Mental Capacity Act 2005 appropriately in your practice.\n';
    const nurse = run(jd({ title: 'Nurse', role: 'nurse' }, duty));
    assert.equal(nurse.length, 1);
    assert.match(
      nurse[0].message,
      / For a regulated role the framework’s capabilities sit alongside the profession’s own competency frameworks and regulation \(section 2\): if those cover this work, keep it\.$/,
    );
    const worker = run(
      jd({ title: 'Peer support worker', role: 'peer-support-worker' }, `## Main duties\n\n- ${text('SDAW-5-10')}\n`),
    );
    assert.equal(worker.length, 1);
    assert.doesNotMatch(worker[0].message, /regulated role/);
  });

  it('is silent for a complete drug and alcohol worker job description', () => {
    assert.deepEqual(run(complete), []);
  });

  it('fires on another role’s statement that this role has nothing like, naming the role', () => {
    const doc = jd(daw, `## Capabilities\n\n- ${text('DAW-1-01')}\n- ${text('SDAW-5-10')}\n`);
    const [d, ...rest] = run(doc);
    assert.equal(rest.length, 0);
    assert.match(
      d.message,
      /^This is capability statement SDAW-5-10 of the senior drug and alcohol worker role, and nothing in the drug and alcohol worker capabilities \(section 5\.1\) is like it\. The framework says capabilities are specific to each role and not to be mixed and matched \(section 2\)\./,
    );
    assert.deepEqual(d.range, {
      start: { line: 7, character: 2 },
      end: { line: 7, character: 2 + text('SDAW-5-10').length },
    });
    assert.deepEqual(d.data, {
      roles: ['senior-drug-and-alcohol-worker'],
      statementId: 'SDAW-5-10',
      kind: 'exact',
      duty: false,
    });
    // Remove the bullet, or replace it with the drug and alcohol worker statement nearest in meaning.
    assert.equal(d.fixes![0].title, 'Remove this bullet');
    assert.equal(applyEdits(doc, d.fixes![0].edits), jd(daw, `## Capabilities\n\n- ${text('DAW-1-01')}\n`));
    assert.match(d.fixes![1].title, /^Replace with DAW-\d-\d\d, the nearest drug and alcohol worker statement$/);
    const replaced = applyEdits(doc, d.fixes![1].edits);
    const id = d.fixes![1].title.split(' ')[2].replace(',', '');
    assert.ok(replaced.includes(`- ${text(id)}\n`));
    assert.deepEqual(run(replaced), []);
  });

  it('names every role sharing the statement, and says when the bullet is only close to it', () => {
    const [shared] = run(jd(daw, '## Capabilities\n\n- Knowledge of research methods.\n'));
    assert.deepEqual(shared.data?.roles, [
      'nurse',
      'practitioner-psychologist',
      'social-worker',
      'pharmacy-professional',
    ]);
    assert.match(
      shared.message,
      /of the nurse, practitioner psychologist, social worker, and pharmacist and pharmacy technician roles,/,
    );
    const [close] = run(
      jd(daw, `## Capabilities\n\n- ${text('SDAW-5-08').replace('senior management', 'the service manager')}\n`),
    );
    assert.match(close.message, /^This is close \(\d\d% similar wording\) to capability statement SDAW-5-08 /);
  });

  it('leaves statements the role has a variant of to modified-capability', () => {
    // CYP-2-07 is the CYP worker's wording of the drug and alcohol worker's DAW-2-03.
    assert.deepEqual(run(jd(daw, `## Capabilities\n\n- ${text('CYP-2-07')}\n`)), []);
  });

  it('accepts the statements of the role a senior worker builds on for the population', () => {
    const senior = {
      title: 'Senior drug and alcohol worker',
      role: 'senior-drug-and-alcohol-worker',
      population: 'adults',
    };
    assert.deepEqual(run(jd(senior, `## Capabilities\n\n- ${text('DAW-4-10')}\n`)), []);
  });

  it('offers no replacement when the role is inferred from the bullets themselves', () => {
    // The replacement could change which role is inferred, so fixes would never settle.
    const bullets = ['DAW-1-01', 'DAW-1-02', 'DAW-1-03', 'SDAW-5-10'].map((id) => `- ${text(id)}`).join('\n');
    const [d] = run(jd({ title: 'Wellbeing navigator' }, `## Capabilities\n\n${bullets}\n`));
    assert.equal(d.data?.statementId, 'SDAW-5-10');
    assert.deepEqual(
      d.fixes!.map((f) => f.title),
      ['Remove this bullet'],
    );
  });

  it('reports a duty in the employer’s words that is another role’s work', () => {
    const doc = jd(
      daw,
      '## Main duties\n\n- Administer and dispense medication, including controlled drugs, under Patient Group Directions\n',
    );
    const [d, ...rest] = run(doc);
    assert.equal(rest.length, 0);
    assert.equal(d.data?.duty, true);
    assert.equal(d.data?.kind, 'meaning');
    assert.ok(
      (d.data?.roles as string[]).every((r) => ['nurse', 'pharmacy-professional'].includes(r)),
      String(d.data?.roles),
    );
    assert.match(d.message, /^This duty says in other words \(meaning match \d\d%\) what is capability statement /);
    assert.match(
      d.message,
      /Remove it from this drug and alcohol worker post, or say how the post holder is trained, supervised and accountable for it/,
    );
    // A duty is only removed: no framework statement stands in for the employer's duty.
    assert.deepEqual(
      d.fixes!.map((f) => f.title),
      ['Remove this duty'],
    );
    assert.equal(applyEdits(doc, d.fixes![0].edits), jd(daw, '## Main duties\n\n'));
  });

  it('adds what the workforce plan says when a peer support worker is given keyworkers’ work', () => {
    const psw = { title: 'Peer support worker', role: 'peer-support-worker' };
    const [d] = run(
      jd(
        psw,
        '## Capabilities\n\n- able to carry out comprehensive, person-centred assessments of people’s drug and alcohol use and their psychological, social, financial and health needs\n',
      ),
    );
    assert.ok((d.data?.roles as string[]).includes('drug-and-alcohol-worker'), String(d.data?.roles));
    assert.match(d.message, /The workforce plan reports peer support workers doing keyworkers' work/);
    // Not for another role's work that the plan does not single out.
    const [other] = run(
      jd(
        daw,
        '## Main duties\n\n- Administer and dispense medication, including controlled drugs, under Patient Group Directions\n',
      ),
    );
    assert.doesNotMatch(other.message, /workforce plan/);
  });

  it('leaves a duty giving the post work the plan singles out to other-role-duties, which names the plan’s roles', () => {
    const psw = { title: 'Peer support worker', role: 'peer-support-worker' };
    const duty =
      '## Main duties\n\n- Hold a caseload of 15 service users on the recovery pathway and act as their keyworker\n';
    assert.deepEqual(run(jd(psw, duty)), []);
    // Another role's duty the plan does not single out is still this rule's.
    assert.equal(
      run(jd(psw, '## Main duties\n\n- Administer and dispense medication, including controlled drugs\n')).length,
      1,
    );
  });

  it('does not report a duty as the other population’s version of the role when it names neither population', () => {
    const adultFamilies = { title: 'Family support worker', role: 'family-support-worker-adult' };
    const duty = (text: string) => run(jd(adultFamilies, `## Main duties\n\n- ${text}\n`));
    // FSWC-1-04 words it as holding a caseload; the adult role manages its own: both hold one, each for its own people.
    assert.deepEqual(duty('Hold a caseload of around 30 family members.'), []);
    assert.deepEqual(duty('Hold a caseload of around 30 young people and their families.')[0]?.data?.roles, [
      'family-support-worker-cyp',
    ]);
  });

  it('never reports a person-specification criterion as another role’s: experience may come from another role', () => {
    const psw = { title: 'Peer support worker', role: 'peer-support-worker' };
    const criterion =
      'Carry out comprehensive assessments of each client’s substance use and their health and social needs';
    assert.deepEqual(run(jd(psw, `## Person specification\n\n- ${criterion}\n`)), []);
  });

  it('reads "complete" and "conduct" an assessment as "carry out": no other role’s work for the word (framework 5.1, 5.2, 5.6)', () => {
    // The framework conducts and completes assessments where other roles carry them out (NUR-3-01, NUR-3-05 against
    // DAW-3-03, CYP-3-04): the verb says the task is done, not which role's it is.
    const cyp = { title: 'Young people’s drug and alcohol worker', role: 'cyp-drug-and-alcohol-worker' };
    const duty = (role: Record<string, string>, text: string) => run(jd(role, `## Main duties\n\n- ${text}\n`));
    assert.deepEqual(
      duty(
        cyp,
        'Complete assessments and care plans with young people, their families and the professionals around them',
      ),
      [],
    );
    assert.deepEqual(duty(daw, 'Assess clients’ needs and complete care plans'), []);
    // Still another role's: the verb was never what made it so.
    assert.deepEqual(duty(daw, 'Conduct parenting capacity assessments')[0]?.data?.roles, ['social-worker']);
  });

  it('leaves a weak match by meaning alone (below the mix-and-match threshold)', () => {
    const fsw = { title: 'Family support worker', role: 'family-support-worker-cyp' };
    const duty = 'Prescribe medication for young people’s drug and alcohol use';
    const match = framework.matcher.match(duty, new Set(['family-support-worker-cyp', 'family-support-worker-adult']));
    assert.ok(
      match.best && !match.own && match.best.score < MIX_AND_MATCH_THRESHOLD,
      'the duty should match another role weakly',
    );
    assert.deepEqual(run(jd(fsw, `## Main duties\n\n- ${duty}\n`)), []);
  });

  it('is silent without a role and for descriptor-only roles', () => {
    assert.deepEqual(run(jd({ title: 'Worker' }, `## Capabilities\n\n- ${text('SDAW-5-10')}\n`)), []);
    assert.deepEqual(
      run(jd({ title: 'Service manager', role: 'leader-manager' }, `## Capabilities\n\n- ${text('SDAW-5-10')}\n`)),
      [],
    );
  });
});
