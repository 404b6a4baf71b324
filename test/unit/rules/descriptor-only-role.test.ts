import assert from 'node:assert/strict';
import { jd, runRule } from '../helpers';

const run = (text: string) => runRule('descriptor-only-role', text);

describe('descriptor-only-role', () => {
  it('points a declared counsellor role to the BACP and SCoPEd frameworks (7.3)', () => {
    const [d, ...rest] = run(jd({ title: 'Counsellor', role: 'counsellor' }));
    assert.equal(rest.length, 0);
    assert.match(
      d.message,
      /^The capability framework has no capability statements for the "Counsellor" role: section 7\.3 is a role descriptor only\./,
    );
    assert.match(
      d.message,
      /"Addictions Counselling Competence Framework" from British Association for Counselling and Psychotherapy \(BACP\)/,
    );
    assert.match(d.message, /SCoPEd framework/);
    assert.deepEqual(d.range, { start: { line: 2, character: 6 }, end: { line: 2, character: 18 } });
    assert.deepEqual(d.data?.roles, ['counsellor']);
  });

  it('fires on the title when the role comes from it, for doctors and managers', () => {
    const [doctor] = run(jd({ title: 'Addiction psychiatrist' }));
    assert.match(
      doctor.message,
      /"Medical workforce" role: section 7\.1.*Royal College of Psychiatrists.*General Medical Council/,
    );
    assert.deepEqual(doctor.range, { start: { line: 1, character: 7 }, end: { line: 1, character: 31 } });
    const [manager] = run(jd({ title: 'Team leader' }));
    assert.match(
      manager.message,
      /section 7\.2.*"Leadership for empowered and healthy communities: A framework" and "Leadership Framework" from NHS Leadership Academy/,
    );
  });

  it('is silent for roles with capability statements and with no role', () => {
    assert.deepEqual(run(jd({ title: 'Registered nurse', role: 'nurse' })), []);
    assert.deepEqual(run(jd({ title: 'Wellbeing navigator' })), []);
  });
});
