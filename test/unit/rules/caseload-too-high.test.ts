import assert from 'node:assert/strict';
import { config, jd, runRule } from '../helpers';

describe('caseload-too-high', () => {
  const worker = { title: 'Drug and alcohol worker', role: 'drug-and-alcohol-worker' };

  it('fires above 40 with the range of the value', () => {
    const [d, ...rest] = runRule('caseload-too-high', jd({ ...worker, caseload: 45 }));
    assert.equal(rest.length, 0);
    assert.match(d.message, /45 is above 40/);
    assert.deepEqual(d.range, { start: { line: 3, character: 10 }, end: { line: 3, character: 12 } });
  });

  it('accepts 40 for an adult community post', () => {
    assert.deepEqual(runRule('caseload-too-high', jd({ ...worker, caseload: 40, setting: 'community' })), []);
  });

  it('fires at 40 for CYP workers and outreach settings (plan 4.4)', () => {
    const cyp = runRule(
      'caseload-too-high',
      jd({ title: 'CYP drug and alcohol worker', role: 'cyp-drug-and-alcohol-worker', caseload: 40 }),
    );
    assert.equal(cyp.length, 1);
    assert.match(cyp[0].message, /4\.4/);
    const outreach = runRule('caseload-too-high', jd({ ...worker, setting: 'outreach', caseload: 40 }));
    assert.equal(outreach.length, 1);
    assert.deepEqual(runRule('caseload-too-high', jd({ ...worker, setting: 'outreach', caseload: 39 })), []);
  });

  it('uses the thresholds from .jdkit.json', () => {
    assert.equal(
      runRule('caseload-too-high', jd({ ...worker, caseload: 36 }), config({ caseload: { max: 35 } })).length,
      1,
    );
    assert.deepEqual(
      runRule('caseload-too-high', jd({ ...worker, caseload: 36 }), config({ caseload: { max: 36 } })),
      [],
    );
  });

  it('gives a configured limit as the configuration’s, and the plan’s own beside it', () => {
    const [d] = runRule('caseload-too-high', jd({ ...worker, caseload: 38 }), config({ caseload: { max: 35 } }));
    assert.equal(
      d.message,
      'A caseload of 38 is above 35, the limit your jdkit configuration sets ("caseload.max"); the workforce plan (section 4) says good practice is a caseload of 40 or less, depending on complexity.',
    );
    const [plan] = runRule('caseload-too-high', jd({ ...worker, caseload: 45 }));
    // The plan's own limit set in the configuration is still the plan's.
    assert.equal(
      runRule('caseload-too-high', jd({ ...worker, caseload: 45 }), config({ caseload: { max: 40 } }))[0].message,
      plan.message,
    );
    assert.equal(
      plan.message,
      'A caseload of 45 is above 40: the workforce plan (section 4) says good practice is a caseload of 40 or less, depending on complexity.',
    );
    // Without its own lower limit, outreach work must stay below the configured general one.
    const [outreach] = runRule(
      'caseload-too-high',
      jd({ ...worker, setting: 'outreach', caseload: 36 }),
      config({ caseload: { max: 35 } }),
    );
    assert.match(
      outreach.message,
      /Reduce it below 35, the limit your jdkit configuration sets \("caseload\.max"\)\.$/,
    );
  });

  it('ignores a missing or invalid caseload (invalid-front-matter reports that)', () => {
    assert.deepEqual(runRule('caseload-too-high', jd(worker)), []);
    assert.deepEqual(runRule('caseload-too-high', jd({ ...worker, caseload: 'lots' })), []);
  });

  it('uses lowerMax from .jdkit.json for CYP workers and outreach, reporting the limit in data', () => {
    const cyp = { title: 'CYP drug and alcohol worker', role: 'cyp-drug-and-alcohol-worker' };
    const [d] = runRule('caseload-too-high', jd({ ...cyp, caseload: 30 }), config({ caseload: { lowerMax: 30 } }));
    assert.deepEqual(d.data, { caseload: 30, limit: 30, lower: true });
    assert.match(
      d.message,
      /^A caseload of 30 is too high for children and young people’s drug and alcohol worker posts: the workforce plan \(4\.4\) says they need to be lower than the 40 or less that is good practice for other posts \(section 4\)\. Reduce it below 30, the limit your jdkit configuration sets \("caseload\.lowerMax"\)\.$/,
    );
    assert.deepEqual(
      runRule('caseload-too-high', jd({ ...cyp, caseload: 29 }), config({ caseload: { lowerMax: 30 } })),
      [],
    );
    assert.deepEqual(runRule('caseload-too-high', jd({ ...cyp, caseload: 39 })), []);
  });

  it('names the role rather than the setting when both call for a lower caseload', () => {
    const [d] = runRule(
      'caseload-too-high',
      jd({ title: 'CYP worker', role: 'cyp-drug-and-alcohol-worker', setting: 'outreach', caseload: 45 }),
    );
    assert.match(d.message, /too high for children and young people’s drug and alcohol worker posts/);
  });

  it('applies the lower limit to outreach work for any role', () => {
    const [d] = runRule('caseload-too-high', jd({ ...worker, setting: 'outreach', caseload: 40 }));
    assert.match(d.message, /too high for outreach work: the workforce plan \(4\.4\)/);
    assert.deepEqual(d.data, { caseload: 40, limit: 40, lower: true });
  });

  it('accepts a caseload of 0', () => {
    assert.deepEqual(runRule('caseload-too-high', jd({ ...worker, caseload: 0 })), []);
  });

  describe('in the text', () => {
    const run = (frontMatter: Record<string, string | number>, body: string, cfg = config()) =>
      runRule('caseload-too-high', jd(frontMatter, body), cfg);

    it('fires on a caseload stated in the body, at the number', () => {
      const [d, ...rest] = run(worker, '## Main duties\n\n- Manage a caseload of up to 50 service users.\n');
      assert.equal(rest.length, 0);
      assert.deepEqual(d.range, { start: { line: 6, character: 29 }, end: { line: 6, character: 31 } });
      assert.match(d.message, /^A caseload of 50 is above 40: the workforce plan \(section 4\)/);
      assert.deepEqual(d.data, { caseload: 50, limit: 40, lower: false });
    });

    it('takes the upper end of a range, marking the whole range', () => {
      const [d] = run(worker, 'Hold a caseload of approximately 35\u201345 clients.');
      assert.deepEqual(d.range, { start: { line: 4, character: 33 }, end: { line: 4, character: 38 } });
      assert.match(d.message, /^A caseload of up to 45 is above 40/);
      assert.deepEqual(run(worker, 'Hold a caseload of 30\u201340 clients.'), []);
    });

    it('fires on a number before "people on your caseload" and on one written in words', () => {
      const body = [
        '- You will have 45-50 people on your caseload',
        '- Manage a caseload of around fifty people',
        '- Support 50 service users on your caseload',
      ].join('\n');
      assert.deepEqual(
        run(worker, body).map((d) => [d.range.start.line, d.range.start.character, d.message.split(':')[0]]),
        [
          [4, 16, 'A caseload of up to 50 is above 40'],
          [5, 30, 'A caseload of fifty is above 40'],
          [6, 10, 'A caseload of 50 is above 40'],
        ],
      );
      const within = [
        'Join a team of 45 staff, where no worker holds more than 40 people on their caseload.',
        'Caseloads of 40 or fewer; forty people on your caseload at most.',
        'Spend 45 minutes with each person on your caseload, after 50 hours of training on caseload management.',
      ].join('\n');
      assert.deepEqual(run(worker, within), []);
    });

    it('ignores ages, a team\u2019s total and a service\u2019s yearly number before "caseload"', () => {
      const body = [
        '- You will support adults aged 18 to 65 on your caseload, many with complex needs.',
        '- The team of ten supports 300 people in their caseloads at any time.',
        '- Our family service works with around 200 families on a caseload basis each year.',
      ].join('\n');
      assert.deepEqual(run(worker, body), []);
    });

    it('ignores numbers that are not caseload sizes', () => {
      assert.deepEqual(run(worker, 'Caseload reviews every 12 weeks; 45 hours; reduce caseloads by 50%.'), []);
    });

    it('uses the lower limit for CYP posts and outreach settings (plan 4.4)', () => {
      const cyp = { title: 'CYP drug and alcohol worker', role: 'cyp-drug-and-alcohol-worker' };
      const [d] = run(cyp, 'Hold a caseload of around 40 young people.');
      assert.match(
        d.message,
        /too high for children and young people’s drug and alcohol worker posts: the workforce plan \(4\.4\)/,
      );
      assert.deepEqual(run(cyp, 'Hold a caseload of around 39 young people.'), []);
      assert.equal(run({ ...worker, setting: 'outreach' }, 'A caseload of 40.').length, 1);
    });

    it('treats a post whose title says outreach as outreach work', () => {
      const outreach = { title: 'Outreach drug and alcohol worker', role: 'drug-and-alcohol-worker' };
      const [d] = run(outreach, 'A caseload of 40.');
      assert.match(d.message, /too high for outreach work/);
      assert.equal(run({ ...outreach, caseload: 40 }, '').length, 1);
      assert.deepEqual(run(worker, 'A caseload of 40.'), []);
      // Words are letters and digits in any script: "outreach" is a word of a title written with accents and dashes.
      const accented = { ...outreach, title: 'Équipe d\u2019outreach\u2014drug and alcohol worker' };
      assert.equal(run(accented, 'A caseload of 40.').length, 1);
      assert.deepEqual(run({ ...outreach, title: 'Outreachéquipe worker' }, 'A caseload of 40.'), []);
    });

    it('treats a post whose prose says it is outreach work as outreach work, but not its capabilities', () => {
      const nurse = { title: 'Harm reduction nurse', role: 'nurse' };
      const [d] = run(nurse, 'You will join our street outreach team.\n\n- Carry a caseload of around 40 people.');
      assert.match(d.message, /too high for work the text calls 'street outreach'/);
      assert.deepEqual(run(nurse, 'We have no outreach team.\n\n- Carry a caseload of around 40 people.'), []);
      assert.deepEqual(
        run(nurse, '- Carry a caseload of around 40 people.\n\n## Capabilities\n\n- able to work in an outreach team'),
        [],
      );
    });

    it('reports the text as well as the field, and says when they disagree', () => {
      const diagnostics = run({ ...worker, caseload: 35 }, 'A caseload of 50+ adults.');
      assert.equal(diagnostics.length, 1);
      assert.match(
        diagnostics[0].message,
        /^A caseload of 50\+ is above 40: .* The front matter gives a caseload of 35; make the two agree\.$/,
      );
      const both = run({ ...worker, caseload: 50 }, 'A caseload of 50 adults.');
      assert.deepEqual(
        both.map((d) => [d.range.start.line, /make the two agree/.test(d.message)]),
        [
          [3, false],
          [5, false],
        ],
      );
    });

    it('uses the thresholds from .jdkit.json', () => {
      assert.equal(run(worker, 'A caseload of 36.', config({ caseload: { max: 35 } })).length, 1);
    });

    it('ignores caseloads in comments and code blocks', () => {
      assert.deepEqual(run(worker, '<!-- caseload of 60 -->\n```\ncaseload: 60\n```\n'), []);
    });
  });
});
