import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { version } from '../../../package.json';
import { ENGINE_RULES } from '../../../src/core/formatters/report';
import { getFramework } from '../../../src/core/framework/load';
import { ruleDocMarkdown } from '../../../src/core/rule-docs';
import { ALL_RULES, RULE_BY_ID } from '../../../src/core/rules';
import { newJobDescription } from '../../../src/core/scaffold';
import { ROOT, jdkitInProcess as jdkit, useTempDir } from './run';

describe('jdkit commands (in process)', () => {
  const framework = getFramework();

  describe('help and version', () => {
    it('prints help and the version', async () => {
      const help = await jdkit(['--help']);
      assert.equal(help.code, 0);
      for (const command of ['lint', 'roles', 'capabilities', 'new', 'rules'])
        assert.match(help.stdout, new RegExp(`^  ${command} +\\S`, 'm'));
      assert.deepEqual(await jdkit(['-v']), { code: 0, stdout: `${version}\n`, stderr: '' });
      const lintHelp = await jdkit(['lint', '--help']);
      assert.equal(lintHelp.code, 0);
      assert.match(lintHelp.stdout, /^Usage: jdkit lint <files, folders or globs\.\.\.> \[options\]$/m);
      assert.match(
        lintHelp.stdout,
        /^ {2}-f, --format <format> +Output format \(default text; compact is one line per problem\)\. One of: text, compact, json, sarif\.$/m,
      );
      assert.match(lintHelp.stdout, /Exit codes: 0 /);
    });

    it('lists every built-in template in render --help', async () => {
      const { stdout } = await jdkit(['render', '--help']);
      const shipped = readdirSync(path.join(ROOT, 'templates'))
        .filter((f) => f.endsWith('.hbs'))
        .map((f) => f.slice(0, -'.hbs'.length));
      const listed = /Built-in templates: ([^.]*)\./.exec(stdout.replace(/\s+/g, ' '))![1].split(', ');
      assert.deepEqual([...listed].sort(), [...shipped].sort());
    });

    it('exits 2 with help on stderr when no command is given', async () => {
      const run = await jdkit([]);
      assert.equal(run.code, 2);
      assert.equal(run.stdout, '');
      assert.match(run.stderr, /Usage: jdkit <command>/);
    });

    it('suggests the nearest command', async () => {
      const run = await jdkit(['lnit', 'x.jd.md']);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /unknown command "lnit"\. Did you mean "lint"\?/);
      assert.equal((await jdkit(['toString'])).code, 2);
    });
  });

  describe('roles', () => {
    it('lists every role with its facts as text', async () => {
      const run = await jdkit(['roles']);
      assert.equal(run.code, 0);
      const lines = run.stdout.trimEnd().split('\n');
      assert.match(lines[0], /^ID +NAME +SECTION +STATEMENTS +PICK-AND-MIX +BUILDS ON +REGULATOR$/);
      assert.equal(lines.length, framework.roles.length + 1);
      assert.match(run.stdout, /^nurse +Nurse +5\.6 +105 +yes +- +NMC$/m);
      assert.match(run.stdout, /^counsellor +Counsellor +7\.3 +descriptor only +no +- +PSA$/m);
    });

    it('lists roles as JSON', async () => {
      const { roles } = JSON.parse((await jdkit(['roles', '--format', 'json'])).stdout) as { roles: { id: string }[] };
      assert.equal(roles.length, framework.roles.length);
      assert.deepEqual(
        roles.find((r) => r.id === 'senior-drug-and-alcohol-worker'),
        {
          id: 'senior-drug-and-alcohol-worker',
          name: 'Senior drug and alcohol worker',
          section: '5.3',
          kind: 'capabilities',
          statements: 30,
          pickAndMix: false,
          buildsOn: [
            { role: 'drug-and-alcohol-worker', population: 'adults' },
            { role: 'cyp-drug-and-alcohol-worker', population: 'children-and-young-people' },
          ],
          regulator: null,
        },
      );
    });
  });

  describe('capabilities', () => {
    it('lists statements by domain with ids', async () => {
      const run = await jdkit(['capabilities', 'nurse']);
      assert.equal(run.code, 0);
      const nurse = framework.role('nurse')!;
      assert.match(run.stdout, /^Nurse \(framework section 5\.6\)$/m);
      assert.match(run.stdout, new RegExp(`^1\\. ${nurse.domains[0].name}$`, 'm'));
      const first = nurse.domains[0].statements[0];
      assert.ok(run.stdout.includes(`  ${first.id.padEnd(10)} ${first.text}\n`));
    });

    it('adds the base role for the population', async () => {
      const cyp = JSON.parse(
        (
          await jdkit([
            'capabilities',
            'senior-drug-and-alcohol-worker',
            '-p',
            'children-and-young-people',
            '-f',
            'json',
          ])
        ).stdout,
      ) as {
        population: string;
        groups: { role: string; statements: unknown[] }[];
      };
      assert.equal(cyp.population, 'children-and-young-people');
      assert.deepEqual(
        [...new Set(cyp.groups.map((g) => g.role))],
        ['senior-drug-and-alcohol-worker', 'cyp-drug-and-alcohol-worker'],
      );
      const count = cyp.groups.reduce((n, g) => n + g.statements.length, 0);
      assert.equal(
        count,
        framework.roleStatements('senior-drug-and-alcohol-worker', 'children-and-young-people').length,
      );
      const text = (await jdkit(['capabilities', 'senior-drug-and-alcohol-worker', '--population', 'adults'])).stdout;
      assert.match(text, /^Builds on: Drug and alcohol worker \(framework section 5\.1\)$/m);
      assert.doesNotMatch(text, /CYP-1-01/);
    });

    it('points descriptor-only roles to their frameworks', async () => {
      const run = await jdkit(['capabilities', 'counsellor']);
      assert.equal(run.code, 0);
      assert.match(run.stdout, /lists no capability statements/);
      assert.match(run.stdout, /Addictions Counselling Competence Framework/);
    });

    it('exits 2 for an unknown role, suggesting the nearest ids', async () => {
      const typo = await jdkit(['capabilities', 'nures']);
      assert.equal(typo.code, 2);
      assert.match(typo.stderr, /unknown role "nures"\. Did you mean "nurse"\? Run "jdkit roles"/);
      assert.match((await jdkit(['capabilities', 'senior'])).stderr, /Did you mean "senior-drug-and-alcohol-worker"\?/);
      assert.match(
        (await jdkit(['capabilities', 'nurse', '--population', 'elders'])).stderr,
        /--population must be one of adults, children-and-young-people/,
      );
      assert.equal((await jdkit(['capabilities'])).code, 2);
      assert.equal((await jdkit(['capabilities', 'nurse', 'social-worker'])).code, 2);
    });
  });

  describe('rules', () => {
    it('lists every rule and engine diagnostic with its default severity, fixes and summary', async () => {
      const run = await jdkit(['rules']);
      assert.equal(run.code, 0);
      assert.equal(run.stderr, '');
      const lines = run.stdout.trimEnd().split('\n');
      assert.match(lines[0], /^RULE +DEFAULT +FIXES +FIRES WHEN$/);
      const rows = lines.slice(1, 1 + ALL_RULES.length + ENGINE_RULES.length);
      assert.deepEqual(
        rows.map((line) => line.split(/ +/)[0]),
        [...ALL_RULES, ...ENGINE_RULES].map((r) => r.id),
      );
      const vague = RULE_BY_ID.get('vague-title')!;
      const vagueRow = rows.find((row) => row.startsWith('vague-title '))!;
      assert.deepEqual(vagueRow.split(/ {2,}/), ['vague-title', 'warning', 'yes', vague.summary]);
      assert.match(run.stdout, /^caseload-too-high +warning +- +The caseload/m);
      assert.match(run.stdout, /^unreadable-file +error \(always\) +- +The file is not UTF-8 text/m);
      assert.match(lines.at(-1)!, /^Run "jdkit rules <rule-id>" for a rule's documentation\.$/);
    });

    it('prints a rule’s documentation page, the same Markdown the extension ships', async () => {
      const run = await jdkit(['rules', 'missing-supervision']);
      assert.deepEqual(run, { code: 0, stdout: ruleDocMarkdown(RULE_BY_ID.get('missing-supervision')!), stderr: '' });
      assert.match(run.stdout, /^# missing-supervision\n/);
      assert.equal(
        readFileSync(path.join(ROOT, 'docs', 'rules', 'missing-supervision.md'), 'utf8').endsWith(run.stdout),
        true,
      );
      assert.match(
        (await jdkit(['rules', 'internal-error'])).stdout,
        /^# internal-error\n[\s\S]*is not one of the rules/,
      );
    });

    it('gives the rules as JSON, all or one', async () => {
      const all = JSON.parse((await jdkit(['rules', '--format', 'json'])).stdout) as {
        rules: { id: string; configurable: boolean }[];
      };
      assert.equal(all.rules.length, ALL_RULES.length + ENGINE_RULES.length);
      const one = JSON.parse((await jdkit(['rules', 'volunteer-title', '-f', 'json'])).stdout) as unknown;
      const rule = RULE_BY_ID.get('volunteer-title')!;
      assert.deepEqual(one, {
        rules: [
          {
            id: 'volunteer-title',
            defaultSeverity: 'information',
            configurable: true,
            summary: rule.summary,
            rationale: rule.rationale,
            sources: rule.sources.map((s) => ({
              document: 'plan',
              ref: s.ref,
              citation: `Workforce plan, ${s.ref}`,
              quote: s.quote ?? null,
            })),
            fixes: rule.fixesOffered,
          },
        ],
      });
      assert.equal(all.rules.find((r) => r.id === 'unreadable-file')!.configurable, false);
    });

    it('rejects an unknown rule id with the nearest one', async () => {
      const run = await jdkit(['rules', 'vage-title']);
      assert.equal(run.code, 2);
      assert.equal(run.stdout, '');
      assert.match(
        run.stderr,
        /^jdkit rules: unknown rule "vage-title"\. Did you mean "vague-title"\? Run "jdkit rules" to list the rule ids\.\n/,
      );
      assert.equal((await jdkit(['rules', 'a', 'b'])).code, 2);
    });
  });

  describe('new', () => {
    const tmp = useTempDir();

    it('prints the scaffold', async () => {
      const run = await jdkit(['new', 'family-support-worker-cyp', '--organisation', 'Acme']);
      assert.equal(run.code, 0);
      assert.equal(run.stdout, newJobDescription({ role: 'family-support-worker-cyp', organisation: 'Acme' }));
    });

    it('writes --out, refusing to overwrite without --force', async () => {
      const out = path.join(tmp(), 'senior.jd.md');
      const first = await jdkit(
        ['new', 'senior-drug-and-alcohol-worker', '-p', 'children-and-young-people', '--out', 'senior.jd.md'],
        tmp(),
      );
      assert.equal(first.code, 0);
      assert.equal(
        readFileSync(out, 'utf8'),
        newJobDescription({ role: 'senior-drug-and-alcohol-worker', population: 'children-and-young-people' }),
      );
      writeFileSync(out, 'mine');
      const again = await jdkit(['new', 'nurse', '-o', 'senior.jd.md'], tmp());
      assert.equal(again.code, 2);
      assert.match(again.stderr, /"senior\.jd\.md" already exists; use --force to overwrite it/);
      assert.equal(readFileSync(out, 'utf8'), 'mine');
      assert.equal((await jdkit(['new', 'nurse', '-o', 'senior.jd.md', '--force'], tmp())).code, 0);
      assert.equal(readFileSync(out, 'utf8'), newJobDescription({ role: 'nurse' }));
    });

    it('makes the --out folder as render and import do; exits 2 for an unknown role or a file in the way', async () => {
      assert.equal((await jdkit(['new', 'plumber'])).code, 2);
      assert.equal((await jdkit(['new', 'nurse', '--out', 'new/folder/x.jd.md'], tmp())).code, 0);
      assert.equal(
        (await jdkit(['new', 'nurse', '--out', 'nurse.txt'], tmp())).stdout,
        'Wrote nurse.txt: fill in the [bracketed placeholders]. Name it <something>.jd.md so that the editor and "jdkit lint <folder>" find it.\n',
      );
      assert.equal(
        readFileSync(path.join(tmp(), 'new', 'folder', 'x.jd.md'), 'utf8'),
        newJobDescription({ role: 'nurse' }),
      );
      writeFileSync(path.join(tmp(), 'afile'), '');
      const run = await jdkit(['new', 'nurse', '--out', 'afile/x.jd.md'], tmp());
      assert.equal(run.code, 2);
      assert.equal(
        run.stderr,
        'jdkit new: cannot write "afile/x.jd.md": its folder cannot be made, as a file is in the way; choose another path\n',
      );
    });
  });
});
