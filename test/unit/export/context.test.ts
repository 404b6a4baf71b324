import assert from 'node:assert/strict';
import fs from 'node:fs';
import { configSchema } from '../../../src/core/config';
import { parseJd } from '../../../src/core/document/parse';
import { getFramework } from '../../../src/core/framework/load';
import { markdownBlocks } from '../../../src/export/blocks';
import { buildTemplateContext } from '../../../src/export/build-context';
import { templateContextSchema } from '../../../src/export/context';
import { contextReference, regenerateTemplatesDoc, TEMPLATES_DOC } from '../../../src/export/docs';
import { DAW, DAW_FILE, jobDescription, NOW } from './support';

const config = (overrides: unknown = {}) => configSchema().parse(overrides);
const contextOf = (text: string, overrides: unknown = {}) =>
  buildTemplateContext(parseJd(text), {
    template: 'job-description',
    config: config(overrides),
    file: DAW_FILE,
    now: NOW,
  });

describe('export: template context', () => {
  const context = contextOf(DAW);

  it('names a grade given as a bare number, which beside a salary or in its place would say nothing', () => {
    const grade = (value: string) => contextOf(DAW.replace(/^title: .*$/m, (t) => `${t}\ngrade: ${value}`));
    assert.equal(grade('4').job.grade, 'Grade 4');
    assert.equal(grade("'6'").job.grade, 'Grade 6');
    assert.equal(grade('Band 6').job.grade, 'Band 6');
    assert.deepEqual(
      grade('4').details.find((d) => d.label === 'Grade'),
      { label: 'Grade', value: '4' },
    );
  });

  it('reads the front matter into job, with labels and a summary in a fixed order', () => {
    assert.equal(context.organisation, 'Hope & Recovery Services');
    assert.equal(context.job.title, 'Drug and alcohol worker');
    assert.equal(context.job.hours, '37.5 hours a week');
    assert.equal(context.job.caseload, 35);
    assert.equal(context.job.settingLabel, 'Community');
    assert.equal(context.job.populationLabel, 'Adults');
    assert.equal(context.job.contact, 'Zoë Ó Súilleabháin, team leader, on 0161 496 0000');
    assert.equal(context.job.grade, null);
    assert.equal(context.job.volunteer, false);
    assert.deepEqual(
      context.details.map((d) => d.label),
      [
        'Location',
        'Salary',
        'Hours',
        'Typical caseload',
        'Contract',
        'Department',
        'Reports to',
        'Closing date',
        'Interview date',
        'Reference',
      ],
    );
    assert.deepEqual(context.document, { file: 'drug-and-alcohol-worker.jd.md', generated: '3 March 2025' });
    assert.deepEqual(context.options, { appendix: true });
  });

  it('has the role, its supervision and the sections the templates look for', () => {
    assert.equal(context.role?.id, 'drug-and-alcohol-worker');
    assert.equal(context.role?.source, 'declared');
    assert.equal(context.role?.regulation, null);
    assert.deepEqual(
      context.supervision.map((s) => s.kind),
      ['clinical'],
    );
    assert.equal(context.supervision[0].source, 'plan 3.2');
    const { sections } = context;
    assert.equal(sections.aboutTheRole?.heading, 'About the role');
    assert.equal(sections.mainDuties?.id, 'main-duties');
    assert.equal(sections.personSpecification?.heading, 'Person specification');
    assert.equal(sections.supervisionAndSupport?.heading, 'Supervision and support');
    assert.equal(sections.terms?.heading, 'Terms');
    assert.equal(sections.howToApply?.heading, 'How to apply');
    assert.equal(sections.equality, null);
    assert.deepEqual(sections.other, []);
    assert.deepEqual(
      sections.all.map((s) => s.heading),
      ['About the role', 'Main duties', 'Person specification', 'Supervision and support', 'Terms', 'How to apply'],
    );
  });

  it('keeps Markdown formatting as markup, without HTML comments', () => {
    const about = context.sections.aboutTheRole!;
    assert.match(
      about.blocks[0].type === 'paragraph' ? about.blocks[0].markup : '',
      /offering <b>person-centred, trauma-informed<\/b> care/,
    );
    assert.match(about.blocks[0].type === 'paragraph' ? about.blocks[0].markup : '', /You&#x27;ll hold/);
    assert.ok(!about.text.includes('Reviewed with'), 'comments are left out');
    const duties = context.sections.mainDuties!.blocks[0];
    assert.ok(duties.type === 'list' && duties.ordered && duties.items.length === 7);
    const apply = context.sections.howToApply!.blocks[0];
    assert.ok(apply.type === 'list');
    assert.equal(
      apply.items[1].markup,
      'Apply online at <a href="https://jobs.example.org/HRS-0142">our jobs page</a> by 14 March 2025.',
    );
  });

  it('matches every capability to its framework statement and groups them by domain in framework order', () => {
    const { capabilities, coverage } = context;
    const role = getFramework().role('drug-and-alcohol-worker')!;
    const statements = role.domains.flatMap((d) => d.statements);
    assert.equal(capabilities.count, statements.length);
    assert.equal(capabilities.matched, statements.length);
    assert.deepEqual(capabilities.unmatched, []);
    assert.deepEqual(
      capabilities.domains.map((d) => d.name),
      role.domains.map((d) => d.name),
    );
    assert.deepEqual(
      capabilities.items.map((c) => c.statement?.id),
      statements.map((s) => s.id),
    );
    assert.ok(capabilities.items.every((c) => c.exact && c.ownRole && c.score === 1));
    assert.equal(capabilities.items[0].group, 'Overarching capabilities');
    assert.equal(capabilities.groups.length, role.domains.length);
    assert.match(
      capabilities.intro[0].type === 'paragraph' ? capabilities.intro[0].text : '',
      /^The post holder will have/,
    );
    assert.deepEqual(
      { total: coverage.total, covered: coverage.covered, missing: coverage.missing.length },
      { total: statements.length, covered: statements.length, missing: 0 },
    );
  });

  it('derives person specification criteria with how each is assessed', () => {
    const { essential, desirable, stated } = context.criteria;
    const experience = essential.find((c) => c.text.startsWith('Experience of working'));
    assert.deepEqual(
      experience && { category: experience.category, assessment: experience.assessment, source: experience.source },
      {
        category: 'Experience',
        assessment: 'Application and interview',
        source: 'person-specification',
      },
    );
    assert.deepEqual(
      desirable.map((c) => [c.text, c.assessment]),
      [
        ['A qualification in health, social care or a related field.', 'Application and certificate check'],
        [
          'Lived experience of recovery from drug or alcohol use, and readiness to draw on it.',
          'Application and interview',
        ],
        ['A full UK driving licence', 'Pre-employment check'],
      ],
    );
    assert.deepEqual(
      desirable.map((c) => c.category),
      ['Qualifications and training', 'Values and personal qualities', 'Other requirements'],
    );
    // Framework section 2: no capability is essential unless the author lists it; the rest are developed in post.
    assert.equal(essential.filter((c) => c.source === 'capability').length, 0);
    assert.deepEqual(
      context.criteria.develop.map((d) => [d.domain, d.ids]),
      getFramework()
        .role('drug-and-alcohol-worker')!
        .domains.map((d) => [d.name, `${d.statements[0].id} to ${d.statements[d.statements.length - 1].id}`]),
    );
    assert.deepEqual(
      stated.map((c) => c.source),
      [
        'person-specification',
        'person-specification',
        'person-specification',
        'person-specification',
        'person-specification',
      ],
    );
    assert.deepEqual(
      stated.map((c) => c.essential),
      [true, true, false, false, false],
    );
    assert.deepEqual(
      context.criteria.groups.map((g) => [g.category, g.criteria.map((c) => c.essential)]),
      [
        ['Qualifications and training', [false]],
        ['Experience', [true]],
        ['Skills and abilities', [true]],
        ['Values and personal qualities', [false]],
        ['Other requirements', [false]],
      ],
    );
  });

  it('takes how a criterion is assessed from the note after it, and guesses from its words otherwise', () => {
    const criteria = contextOf(
      jobDescription(
        { title: 'Registered nurse', role: 'nurse' },
        [
          '## Person specification',
          '',
          '- Essential: Knowledge of drug testing and court orders (how assessed: I)',
          '- Essential: Full driving licence (how assessed: A/I)',
          '- Essential: Post-registration experience in mental health nursing',
          '- Desirable: GCSE English and Maths at grade C or above',
          '- Desirable: a completed peer mentoring course',
          '',
        ].join('\n'),
      ),
    ).criteria.stated.filter((c) => c.source === 'person-specification');
    assert.deepEqual(
      criteria.map((c) => [c.text, c.assessment]),
      [
        ['Knowledge of drug testing and court orders', 'Interview'],
        ['Full driving licence', 'Application / Interview'],
        ['Post-registration experience in mental health nursing', 'Application and interview'],
        ['GCSE English and Maths at grade C or above', 'Application and certificate check'],
        ['A completed peer mentoring course', 'Application and certificate check'],
      ],
    );
    assert.deepEqual(
      criteria.map((c) => c.category),
      ['Knowledge', 'Other requirements', 'Experience', 'Qualifications and training', 'Qualifications and training'],
    );
  });

  it('gives each criterion a category and an assessment that agree, from its words or else its heading', () => {
    const criteria = contextOf(
      jobDescription(
        { title: 'Recovery worker', role: 'drug-and-alcohol-worker' },
        [
          '## Person specification',
          '',
          '- Essential: An enhanced DBS certificate',
          '- Essential: Safeguarding training',
          '- Desirable: A 2:1 degree in a related subject',
          '',
          '### Experience',
          '',
          '- Essential: Prescribing in drug and alcohol services',
          '',
        ].join('\n'),
      ),
    ).criteria.stated;
    assert.deepEqual(
      criteria.map((c) => [c.text, c.category, c.assessment]),
      [
        ['An enhanced DBS certificate', 'Other requirements', 'Pre-employment check'],
        ['Safeguarding training', 'Qualifications and training', 'Application and certificate check'],
        ['Prescribing in drug and alcohol services', 'Experience', 'Application and interview'],
        ['A 2:1 degree in a related subject', 'Qualifications and training', 'Application and certificate check'],
      ],
    );
    // A framework capability is a skill, whatever it is about: "able to deliver training" is no qualification.
    const essential = contextOf(
      '---\ntitle: Recovery worker\nrole: drug-and-alcohol-worker\nessential_capabilities: [DAW-7-10]\n---\nText.\n',
    ).criteria.essential.filter((c) => c.source === 'capability');
    assert.deepEqual(
      essential.map((c) => [c.category, c.assessment]),
      [['Skills and abilities', 'Interview']],
    );
  });

  it('asks about the role descriptor of a role without capabilities, and only then', () => {
    const manager = contextOf(
      jobDescription({ title: 'Service manager', role: 'leader-manager' }, '## Main duties\n\n- Lead.\n'),
    );
    assert.equal(manager.interview.domains.length, 0);
    assert.equal(manager.interview.profile.length, 2);
    assert.match(manager.interview.profile[0].question, /led a team to an outcome/);
    assert.deepEqual(context.interview.profile, []);
  });

  it('asks a volunteer about supervision and support, not clinical supervision (plan 39.1)', () => {
    const volunteer = contextOf(
      jobDescription({ title: 'Peer mentor', employment: 'volunteer' }, '## Main duties\n\n- Welcome people.\n'),
    );
    assert.match(
      volunteer.interview.supervision.question,
      /^How would you use supervision and support as a volunteer\?/,
    );
    // Given the employed peer support worker role, a volunteer post still gets none of its capabilities.
    const withRole = contextOf(
      jobDescription(
        { title: 'Peer mentor', employment: 'volunteer', role: 'peer-support-worker' },
        '## Main duties\n\n- Welcome people.\n',
      ),
    );
    assert.deepEqual(withRole.interview.domains, []);
    assert.deepEqual(withRole.criteria.develop, []);
    assert.doesNotMatch(JSON.stringify(volunteer.interview.supervision), /clinical supervision/i);
    assert.match(context.interview.supervision.question, /clinical supervision/);
    // A peer support worker needs supportive supervision (framework section 4).
    const peer = contextOf(jobDescription({ title: 'Peer support worker', role: 'peer-support-worker' }, 'Text.\n'));
    assert.match(peer.interview.supervision.question, /^Supportive supervision gives peer support workers/);
  });

  it('takes acting as clinical supervisor, or being responsible for clinical supervision, for no offer of it but a key duty', () => {
    for (const duty of [
      'Act as clinical supervisor to two recovery workers.',
      'Be responsible for the clinical supervision of three drug and alcohol workers.',
    ]) {
      const gives = contextOf(
        jobDescription(
          { title: 'Drug and alcohol worker', role: 'drug-and-alcohol-worker' },
          `## Main duties\n\n- Run groups.\n- ${duty}\n`,
        ),
      );
      assert.deepEqual(
        gives.supervision.map((s) => [s.kind, s.offered]),
        [['clinical', false]],
        duty,
      );
      assert.deepEqual(gives.supervisionSentences, [], duty);
      assert.deepEqual(
        gives.duties.map((d) => d.key),
        [false, true],
        duty,
      );
    }
  });

  it('takes making sure others get supervision for no offer of it to the post holder (trial 11)', () => {
    const manager = contextOf(
      jobDescription(
        { title: 'Service manager', role: 'leaders-and-managers' },
        '## Main duties\n\n- Manage the service budget\n- Make sure all staff get regular management and clinical supervision and annual appraisals\n',
      ),
    );
    assert.deepEqual(manager.supervisionSentences, []);
    const worker = contextOf(
      jobDescription(
        { title: 'Senior drug and alcohol worker', role: 'senior-drug-and-alcohol-worker', population: 'adults' },
        '## Main duties\n\n- Make sure the recovery workers in your team get monthly clinical supervision\n',
      ),
    );
    assert.deepEqual(
      worker.supervision.map((s) => [s.kind, s.offered]),
      [['clinical', false]],
    );
    assert.deepEqual(worker.supervisionSentences, []);
  });

  it('takes the postholder’s own supervision for an offer, whoever gives it or however it is booked (trial 12)', () => {
    for (const duty of [
      'Arrange your monthly clinical supervision with one of our senior practitioners.',
      'Make sure your diary has monthly clinical supervision booked in advance.',
    ]) {
      const worker = contextOf(
        jobDescription(
          { title: 'Drug and alcohol worker', role: 'drug-and-alcohol-worker', population: 'adults' },
          `## Main duties\n\n- Hold a caseload of around 35 adults.\n- ${duty}\n`,
        ),
      );
      assert.deepEqual(
        worker.supervision.map((s) => [s.kind, s.offered]),
        [['clinical', true]],
        duty,
      );
      assert.equal(worker.supervisionSentences.length, 1, duty);
    }
  });

  it('adds the registration a regulated role needs, once', () => {
    const nurse = (personSpec: string) =>
      contextOf(
        jobDescription({ title: 'Registered nurse', role: 'nurse' }, `## Person specification\n\n${personSpec}\n`),
      ).criteria.essential.filter((c) => /registration|registered/i.test(c.text));
    const added = nurse('- Experience of substance misuse nursing.');
    assert.equal(added.length, 1);
    assert.equal(added[0].source, 'registration');
    assert.match(added[0].text, /^Registration with the Nursing and Midwifery Council \(NMC\)/);
    assert.equal(added[0].assessment, 'Application and registration check');
    const stated = nurse('- Registration with the NMC as a nurse.');
    assert.deepEqual(
      stated.map((c) => c.source),
      ['person-specification'],
    );
  });

  it('makes the capabilities listed in essential_capabilities essential, word for word, and leaves the rest to develop in post', () => {
    const framework = getFramework();
    const [first, second] = framework.role('drug-and-alcohol-worker')!.domains[1].statements;
    const text = `---\ntitle: Drug and alcohol worker\nrole: drug-and-alcohol-worker\nessential_capabilities: [${second.id}, ${first.id}]\n---\n\n## Main duties\n\n- Hold a caseload.\n`;
    const { criteria } = contextOf(text);
    const chosen = criteria.essential.filter((c) => c.source === 'capability');
    assert.deepEqual(
      chosen.map((c) => c.statementId),
      [first.id, second.id],
    );
    assert.equal(chosen[0].text, first.text.charAt(0).toUpperCase() + first.text.slice(1));
    const knowledge = criteria.develop.find(
      (d) => d.domain === framework.role('drug-and-alcohol-worker')!.domains[1].name,
    )!;
    assert.ok(!knowledge.statementIds.includes(first.id) && !knowledge.statementIds.includes(second.id));
    assert.equal(
      knowledge.statementIds.length,
      framework.role('drug-and-alcohol-worker')!.domains[1].statements.length - 2,
    );
  });

  it('lists a senior worker’s base-role capabilities to develop in post, named with their role', () => {
    const { criteria } = contextOf(
      `---\ntitle: Senior drug and alcohol worker\nrole: senior-drug-and-alcohol-worker\npopulation: adults\n---\n`,
    );
    assert.equal(criteria.develop[0].domain, 'Overarching capabilities (drug and alcohol worker)');
    assert.ok(criteria.develop.some((d) => d.domain === 'Overarching capabilities' && d.ids.startsWith('SDAW-1-01')));
  });

  it('gives the interview questions of every domain of the role, its regulator’s question and the shared ones', () => {
    const { interview } = contextOf(jobDescription({ title: 'Registered nurse', role: 'nurse' }, ''));
    const nurse = getFramework().role('nurse')!;
    assert.deepEqual(
      interview.domains.map((d) => d.name),
      nurse.domains.map((d) => d.name),
    );
    assert.ok(interview.domains.every((d) => d.questions.length >= 1 && d.questions.length <= 2));
    assert.match(interview.registration?.regulator ?? '', /Nursing and Midwifery Council/);
    assert.ok(interview.values.length >= 4);
    assert.equal(
      contextOf(jobDescription({ title: 'Peer support worker', role: 'peer-support-worker' }, '')).interview
        .registration,
      null,
    );
  });

  it('infers the role from the title, falls back to the config organisation, and handles a bare document', () => {
    const inferred = contextOf(jobDescription({ title: 'Social worker' }, '## About the role\n\nHello.\n'), {
      export: { organisation: 'Config Org' },
    });
    assert.equal(inferred.role?.id, 'social-worker');
    assert.equal(inferred.role?.source, 'title');
    assert.equal(inferred.organisation, 'Config Org');
    const bare = contextOf('Just text, no front matter.');
    assert.equal(bare.job.title, 'Untitled post');
    assert.equal(bare.role, null);
    assert.equal(bare.organisation, null);
    assert.deepEqual(
      bare.intro.map((b) => b.type === 'paragraph' && b.text),
      ['Just text, no front matter.'],
    );
    assert.equal(bare.coverage.total, 0);
  });

  it('leaves invalid front-matter values out and removes control characters', () => {
    const c = contextOf(
      jobDescription(
        { title: 'Nurse\u0001 lead', caseload: 'lots', setting: 'moon' },
        '## Terms\n\n- Leave\u0007 days\n',
      ),
    );
    assert.equal(c.job.title, 'Nurse lead');
    assert.equal(c.job.caseload, null);
    assert.equal(c.job.setting, null);
    assert.equal(c.sections.terms?.text, 'Leave days');
  });

  it('validates against the documented schema, which describes every field', () => {
    assert.doesNotThrow(() => templateContextSchema.parse(context));
    const reference = contextReference();
    for (const line of reference.split('\n').filter((l) => l.startsWith('| `'))) {
      const meaning = line.split(' | ')[2];
      assert.ok(meaning && meaning.trim() !== '|' && meaning.trim() !== '', `undocumented field: ${line}`);
    }
  });

  it('is documented in docs/templates.md (run `node out/src/export/docs.js` to regenerate)', () => {
    const text = fs.readFileSync(TEMPLATES_DOC, 'utf8');
    assert.equal(text, regenerateTemplatesDoc(text));
  });
});

describe('export: Markdown blocks', () => {
  it('turns paragraphs, nested lists and sub-headings into blocks', () => {
    const blocks = markdownBlocks(
      'Intro with *emphasis* and `code`.\n\n### Sub\n\n- one\n  - nested\n- two\n\n  continued\n\n```\nfenced\n```\n',
    );
    assert.deepEqual(blocks, [
      { type: 'paragraph', text: 'Intro with emphasis and code.', markup: 'Intro with <i>emphasis</i> and code.' },
      { type: 'heading', level: 1, text: 'Sub', markup: 'Sub' },
      {
        type: 'list',
        ordered: false,
        items: [
          { text: 'one', markup: 'one', depth: 0 },
          { text: 'nested', markup: 'nested', depth: 1 },
          { text: 'two continued', markup: 'two continued', depth: 0 },
        ],
      },
      { type: 'paragraph', text: 'fenced', markup: 'fenced' },
    ]);
  });

  it('escapes text and keeps only web and mail links', () => {
    const [p] = markdownBlocks('<b>not html</b> & [local](file.md) [web](https://x.org/?a=1&b=2) <!-- c -->');
    assert.equal(
      p.type === 'paragraph' && p.markup,
      'not html &amp; local <a href="https://x.org/?a&#x3D;1&amp;b&#x3D;2">web</a>',
    );
  });
});
