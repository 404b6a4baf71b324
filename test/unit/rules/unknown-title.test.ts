import assert from 'node:assert/strict';
import { applyEdits } from '../apply-edits';
import { config, jd, runRule } from '../helpers';

const run = (text: string, cfg = config()) => runRule('unknown-title', text, cfg);

describe('unknown-title', () => {
  it('fires on a title no framework role uses, citing plan 6.18', () => {
    const [d, ...rest] = run(jd({ title: 'Wellbeing navigator' }));
    assert.equal(rest.length, 0);
    assert.equal(
      d.message,
      'The job title "Wellbeing navigator" does not match any role in the capability framework. The workforce plan (6.18) asks employers to align job titles with job responsibilities and the framework, so applicants know what the role is. If this is your organisation\'s name for a framework role, add it to "titleAliases" in .jdkit.json.',
    );
    assert.deepEqual(d.range, { start: { line: 1, character: 7 }, end: { line: 1, character: 28 } });
    assert.equal(d.fixes, undefined);
  });

  it('suggests the nearest framework title for a misspelling and fixes it', () => {
    const text = '---\ntitle: Drug and alchohol worker\n---\n';
    const [d] = run(text);
    assert.match(d.message, /Did you mean "Drug and alcohol worker"\?/);
    assert.deepEqual(d.data, { suggestions: ['Drug and alcohol worker'] });
    const fixed = applyEdits(text, d.fixes![0].edits);
    assert.equal(fixed, '---\ntitle: Drug and alcohol worker\n---\n');
    assert.deepEqual(run(fixed), []);
  });

  it('matches aliases by their nearest spelling and offers the canonical title', () => {
    const [d] = run(jd({ title: 'Clinical psycologist' }));
    assert.deepEqual(d.data, { suggestions: ['Practitioner psychologist'] });
  });

  it('offers the declared role’s title too', () => {
    const [d] = run(jd({ title: 'Harm reduction lead', role: 'nurse' }));
    assert.match(d.message, /Did you mean "Registered nurse"\?/);
    assert.deepEqual(
      d.fixes!.map((f) => f.title),
      ['Change the title to "Registered nurse"'],
    );
  });

  it('is silent for framework titles, aliases, configured aliases, vague titles and a missing title', () => {
    assert.deepEqual(run(jd({ title: 'Senior recovery co-ordinator' })), []);
    assert.deepEqual(run(jd({ title: 'Recovery worker' })), []);
    assert.deepEqual(run(jd({ role: 'nurse' })), []);
    const cfg = config({ titleAliases: { 'drug-and-alcohol-worker': ['Wellbeing navigator'] } });
    assert.deepEqual(run(jd({ title: 'Wellbeing navigator' }), cfg), []);
  });
});
