import assert from 'node:assert/strict';
import { getFramework, type StatementEntry } from '../../../src/core/framework/load';
import { POPULATIONS, type Population, type RoleId } from '../../../src/core/framework/schema';
import { canonicalTitle } from '../../../src/core/title';
import { applyEdits } from '../../../src/core/edits/apply-edits';
import { jd, runRule } from '../helpers';

const run = (text: string) => runRule('title-role-mismatch', text);
const framework = getFramework();

/** A Capabilities section listing statements of `role` (with its base roles for `population`). */
function capabilities(role: RoleId, count = Infinity, population?: Population): string {
  return section(framework.roleStatements(role, population).slice(0, count));
}

/** Statements of `role` that are not even close variants of any statement of `other` (many texts are shared). */
function only(role: RoleId, other: RoleId, count: number): StatementEntry[] {
  const others = new Set<RoleId>([other]);
  return framework
    .roleStatements(role)
    .filter((s) => framework.matcher.match(s.statement.text, others).own === null)
    .slice(0, count);
}

function section(statements: StatementEntry[]): string {
  return `## Capabilities\n\n${statements.map((s) => `- ${s.statement.text}`).join('\n')}\n`;
}

describe('title-role-mismatch', () => {
  describe('title against declared role', () => {
    it('fires on the role value when the title names another role, offering to set the role', () => {
      const text = jd({ title: 'Registered nurse', role: 'social-worker' });
      const [d, ...rest] = run(text);
      assert.equal(rest.length, 0);
      assert.equal(
        d.message,
        'The job title "Registered nurse" names the framework role "Nurse" (section 5.6), but the front matter declares role: social-worker ("Social worker", section 5.8). The workforce plan (6.18) asks that job titles align with the role and the capability framework: change the title or the role so they agree.',
      );
      assert.deepEqual(d.range, { start: { line: 2, character: 6 }, end: { line: 2, character: 21 } });
      assert.deepEqual(d.data?.roles, ['social-worker', 'nurse']);
      assert.deepEqual(
        d.fixes!.map((f) => f.title),
        ['Set role to nurse', 'Change the title to "Social worker"'],
      );
      const fixed = applyEdits(text, d.fixes![0].edits);
      assert.equal(fixed, jd({ title: 'Registered nurse', role: 'nurse' }));
      assert.deepEqual(run(fixed), []);
    });

    it('reads the titles services use: key working and CYP titles name a role, a profession beside them wins', () => {
      assert.deepEqual(run(jd({ title: 'Keyworker', role: 'nurse' }))[0].data?.roles, [
        'nurse',
        'drug-and-alcohol-worker',
      ]);
      assert.deepEqual(
        run(jd({ title: "Young people's substance misuse worker", role: 'drug-and-alcohol-worker' }))[0].data?.roles,
        ['drug-and-alcohol-worker', 'cyp-drug-and-alcohol-worker'],
      );
      assert.deepEqual(run(jd({ title: 'Nurse keyworker', role: 'nurse' })), []);
      assert.deepEqual(
        run(jd({ title: 'Senior substance misuse practitioner', role: 'senior-drug-and-alcohol-worker' })),
        [],
      );
    });

    it('takes a title without a population qualifier for a CYP post as naming the CYP role (framework 5.2)', () => {
      const title = 'Substance Misuse Practitioner';
      assert.deepEqual(run(jd({ title, role: 'cyp-drug-and-alcohol-worker' })), []);
      // The population does not set the title against a declared role: the role decides.
      assert.deepEqual(
        run(jd({ title, role: 'drug-and-alcohol-worker', population: 'children-and-young-people' })),
        [],
      );
      assert.deepEqual(run(jd({ title, role: 'nurse', population: 'children-and-young-people' }))[0].data?.roles, [
        'nurse',
        'drug-and-alcohol-worker',
      ]);
      // A title that says adults does not.
      assert.deepEqual(run(jd({ title: 'Adult ' + title, role: 'cyp-drug-and-alcohol-worker' }))[0].data?.roles, [
        'cyp-drug-and-alcohol-worker',
        'drug-and-alcohol-worker',
      ]);
    });

    // The plan says volunteer roles are not the employed peer support worker role, so a volunteer
    // title names no role to set; volunteer-title and volunteer-clinical-duties report such posts.
    it('never offers the peer support worker role for a volunteer title', () => {
      assert.deepEqual(run(jd({ title: 'Volunteer peer support worker', role: 'drug-and-alcohol-worker' })), []);
    });

    it('offers the title change first when the capabilities are the declared role’s', () => {
      const text = jd(
        { title: 'Registered nurse', role: 'social-worker' },
        section(only('social-worker', 'nurse', 10)),
      );
      const [d, ...rest] = run(text);
      assert.equal(rest.length, 0);
      assert.match(
        d.message,
        /The capabilities listed are those of the "Social worker" role, so the title is probably what should change\./,
      );
      assert.equal(d.fixes![0].title, 'Change the title to "Social worker"');
      const fixed = applyEdits(text, d.fixes![0].edits);
      assert.deepEqual(run(fixed), []);
    });

    it('reports once when the capabilities are those of the role the title names', () => {
      const [d, ...rest] = run(
        jd({ title: 'Registered nurse', role: 'social-worker' }, section(only('nurse', 'social-worker', 10))),
      );
      assert.equal(rest.length, 0);
      assert.deepEqual(d.data?.roles, ['social-worker', 'nurse']);
      assert.equal(d.fixes![0].title, 'Set role to nurse');
    });
  });

  describe('capabilities against the role', () => {
    it('fires on the Capabilities heading when most capabilities are another role’s', () => {
      const text = jd(
        { title: 'Drug and alcohol worker', role: 'drug-and-alcohol-worker' },
        capabilities('commissioner', 8),
      );
      const [d, ...rest] = run(text);
      assert.equal(rest.length, 0);
      assert.match(
        d.message,
        /^8 of the 8 capabilities jdkit recognises are framework statements for the "Commissioner" role \(section 6\.2\), not for the "Drug and alcohol worker" role declared in the front matter \(section 5\.1\)\./,
      );
      assert.deepEqual(d.range, { start: { line: 4, character: 0 }, end: { line: 4, character: 15 } });
      assert.deepEqual(d.data, { roles: ['drug-and-alcohol-worker', 'commissioner'], count: 8, matched: 8 });
      assert.equal(d.fixes![0].title, 'Set role to commissioner');
      const fixed = applyEdits(text, d.fixes![0].edits);
      assert.match(fixed, /^role: "commissioner"$/m);
      // The title now disagrees with the role: that is the other half of this rule, pointing at the title.
      assert.equal(run(fixed)[0].fixes![0].title, 'Change the title to "Commissioner"');
    });

    it('adds the role when it came from the title', () => {
      const pharmacy = section(only('pharmacy-professional', 'peer-support-worker', 6));
      const text = jd({ title: 'Peer support worker' }, pharmacy);
      const [d] = run(text);
      assert.match(
        d.message,
        /"Drug and alcohol peer support worker" role named by the job title "Peer support worker"/,
      );
      assert.equal(
        applyEdits(text, d.fixes![0].edits),
        `---\ntitle: "Peer support worker"\nrole: pharmacy-professional\n---\n${pharmacy}`,
      );
    });

    it('needs at least five bullets and more than half of the recognised ones', () => {
      const worker = { title: 'Social worker', role: 'social-worker' };
      const commissioner = only('commissioner', 'social-worker', 6);
      const social = only('social-worker', 'commissioner', 6);
      assert.deepEqual(run(jd(worker, section(commissioner.slice(0, 4)))), []);
      assert.deepEqual(run(jd(worker, section([...commissioner, ...social]))), []);
      assert.equal(run(jd(worker, section([...commissioner, ...social.slice(0, 5)]))).length, 1);
    });

    it('is silent for descriptor-only roles, which have no statements of their own', () => {
      assert.deepEqual(
        run(jd({ title: 'Team leader', role: 'leader-manager' }, capabilities('drug-and-alcohol-worker', 10))),
        [],
      );
    });
  });

  describe('complete job descriptions', () => {
    for (const role of framework.capabilityRoles) {
      const populations: (Population | undefined)[] = role.buildsOn.some((b) => b.population)
        ? [...POPULATIONS]
        : [undefined];
      for (const population of populations) {
        it(`is silent for a complete ${role.id} job description${population ? ` (${population})` : ''}`, () => {
          const front: Record<string, string> = { title: canonicalTitle(framework, role.id), role: role.id };
          if (population) front.population = population;
          assert.deepEqual(run(jd(front, capabilities(role.id, Infinity, population))), []);
          // Without a role field the title gives the same role.
          assert.deepEqual(
            run(
              jd(
                { title: front.title, ...(population ? { population } : {}) },
                capabilities(role.id, Infinity, population),
              ),
            ),
            [],
          );
        });
      }
    }
  });
});
