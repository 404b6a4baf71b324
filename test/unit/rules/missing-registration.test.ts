import assert from 'node:assert/strict';
import { getFramework } from '../../../src/core/framework/load';
import { jd, runRule } from '../helpers';

const run = (text: string) => runRule('missing-registration', text);
const nurse = { title: 'Nurse', role: 'nurse' };

describe('missing-registration', () => {
  it('fires at the person specification heading when a nurse post never mentions the NMC', () => {
    const text = jd(nurse, '## Main duties\n\nDeliver care.\n\n## Person specification\n\n- Registered nurse\n');
    const [d, ...rest] = run(text);
    assert.equal(rest.length, 0);
    assert.equal(
      d.message,
      'Nurse posts are regulated: say that the postholder must hold registration with the Nursing and Midwifery Council (NMC) as a nurse or nursing associate (framework section 5.6).',
    );
    assert.deepEqual(d.range, { start: { line: 8, character: 3 }, end: { line: 8, character: 23 } });
    assert.equal(d.data?.regulator, 'NMC');
    assert.equal(d.fixes, undefined);
  });

  it('fires at the title value when there is no person specification', () => {
    const [d] = run(jd({ title: 'Social worker', role: 'social-worker' }, 'Text.\n'));
    assert.match(
      d.message,
      /^Social worker posts are regulated: .*Social Work England \(SWE\) \(framework section 5\.8\)\.$/,
    );
    assert.deepEqual(d.range, { start: { line: 1, character: 7 }, end: { line: 1, character: 22 } });
  });

  it('uses the role inferred from the title, or from the capabilities (reported on the first line)', () => {
    const [fromTitle] = run(jd({ title: 'Clinical psychologist' }, 'Text.\n'));
    assert.match(fromTitle.message, /^Practitioner psychologist posts are regulated: .*HCPC/);
    const bullets = getFramework()
      .roleStatements('nurse')
      .filter((s) => !s.statement.text.includes('NMC'))
      .slice(0, 6)
      .map((s) => `- ${s.statement.text}`);
    const [fromCapabilities, ...rest] = run(`## Capabilities\n\n${bullets.join('\n')}\n`);
    assert.equal(rest.length, 0);
    assert.match(fromCapabilities.message, /^Nurse posts are regulated/);
    assert.deepEqual(fromCapabilities.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 15 } });
    assert.deepEqual(run('Text without front matter or role.\n'), []);
  });

  it('accepts any evidence phrase, anywhere outside the Capabilities section, case-insensitively and across a line break', () => {
    assert.deepEqual(run(jd(nurse, '## Person specification\n\n- Current NMC registration\n')), []);
    // The PIN nurses quote is their NMC registration.
    assert.deepEqual(
      run(jd(nurse, '## Person specification\n\n- Registered General or Mental Health Nurse with a live PIN\n')),
      [],
    );
    assert.deepEqual(run(jd(nurse, 'Registered with the nursing and\nmidwifery council.\n')), []);
    assert.deepEqual(run(jd({ ...nurse, summary: 'An NMC-registered nurse' })), []);
    assert.deepEqual(run(jd({ title: 'Counsellor', role: 'counsellor' }, 'Accredited by the BACP or UKCP.\n')), []);
    assert.deepEqual(run(jd({ title: 'Doctor', role: 'medical-workforce' }, 'Full GMC registration.\n')), []);
  });

  it('does not take the role’s own statements, which name the regulator, for the employer asking for registration', () => {
    const social = { title: 'Social worker', role: 'social-worker' };
    const statement = getFramework()
      .roleStatements('social-worker')
      .find((s) => s.statement.text.includes('SWE'))!.statement.text;
    const capabilities = `## Capabilities\n\n- ${statement}\n`;
    const [d] = run(
      jd(social, `${capabilities}\n## Person specification\n\n- Registered with the HCPC as a social worker\n`),
    );
    assert.match(d.message, /^Social worker posts are regulated: .*Social Work England/);
    assert.deepEqual(
      run(jd(social, `${capabilities}\n## Person specification\n\n- Registered with Social Work England\n`)),
      [],
    );
  });

  it('does not count evidence inside comments or whole-word look-alikes', () => {
    assert.equal(run(jd(nurse, '<!-- TODO: add NMC -->\n')).length, 1);
    assert.equal(run(jd({ title: 'Social worker', role: 'social-worker' }, 'Answer swedish questions.\n')).length, 1);
  });

  it('ignores roles that are not regulated', () => {
    assert.deepEqual(run(jd({ title: 'Drug and alcohol worker', role: 'drug-and-alcohol-worker' }, 'Text.\n')), []);
    assert.deepEqual(run(jd({ title: 'Peer support worker', role: 'peer-support-worker' }, 'Text.\n')), []);
  });
});
