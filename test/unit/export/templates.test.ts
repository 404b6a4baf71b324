import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_CONFIG } from '../../../src/core/config';
import { ExportError } from '../../../src/export/errors';
import { exportJd, renderMarkup, type ExportRequest } from '../../../src/export/export';
import { inlineText } from '../../../src/export/model';
import { blocksMarkup, HELPER_NAMES } from '../../../src/export/render-template';
import { BUILT_IN_TEMPLATES, builtInTemplatesDir, findTemplate, listTemplates } from '../../../src/export/templates';
import { DAW, NOW, ROOT, tempDir, write } from './support';

/** A user templates folder holding `files` (name → source). */
function userTemplates(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, source] of Object.entries(files)) write(path.join(dir, name), source);
  return dir;
}

function render(dir: string, template: string, extra: Partial<ExportRequest> = {}) {
  return renderMarkup({ text: DAW, template, userTemplatesDir: dir, now: NOW, ...extra });
}

function renderError(dir: string, template: string, extra: Partial<ExportRequest> = {}): ExportError {
  try {
    render(dir, template, extra);
  } catch (err) {
    assert.ok(err instanceof ExportError, `expected an ExportError, got ${(err as Error).stack}`);
    return err;
  }
  assert.fail('expected the template to fail');
}

const MINIMAL = '<h1>{{job.title}}</h1>\n';

describe('export: templates', () => {
  it('lists the built-in templates with their descriptions', () => {
    const { templates, problems } = listTemplates();
    assert.deepEqual(problems, []);
    assert.deepEqual(
      templates.map((t) => [t.name, t.origin]),
      [
        ['advert', 'built-in'],
        ['interview', 'built-in'],
        ['job-description', 'built-in'],
        ['person-specification', 'built-in'],
        ['shortlisting', 'built-in'],
      ],
    );
    assert.deepEqual(
      templates.map((t) => t.title),
      ['Job advert', 'Interview pack', 'Job description', 'Person specification', 'Shortlisting grid'],
    );
    // One line that a picker shows whole.
    assert.ok(
      templates.every((t) => t.description && t.description.length > 20 && t.description.length <= 80),
      'each built-in has a one-line description',
    );
    assert.equal(builtInTemplatesDir(), path.join(ROOT, 'templates'));
  });

  it('lists user templates alongside the built-ins; a user template replaces a built-in of the same name', () => {
    const dir = userTemplates({
      'short-advert.hbs': `{{!-- A short advert. --}}\n${MINIMAL}`,
      'advert.hbs': MINIMAL,
      'bad name.hbs': MINIMAL,
      'notes.txt': 'not a template',
      'partials/extra.hbs': '<p>x</p>',
    });
    const { templates, problems } = listTemplates(dir);
    assert.deepEqual(
      templates.map((t) => `${t.name}:${t.origin}`),
      [
        'interview:built-in',
        'job-description:built-in',
        'person-specification:built-in',
        'shortlisting:built-in',
        'advert:user',
        'short-advert:user',
      ],
    );
    assert.equal(templates.find((t) => t.name === 'short-advert')?.description, 'A short advert.');
    assert.equal(
      templates.find((t) => t.name === 'short-advert')?.title,
      'Short advert',
      'no <document subject>: the file name in words',
    );
    assert.equal(problems.length, 1);
    assert.match(problems[0], /bad name\.hbs" is not listed: template names may only use letters, digits/);
    const [title] = render(dir, 'advert').document.blocks;
    assert.equal(title.type === 'heading' && inlineText(title.content), 'Drug and alcohol worker');
  });

  it('reports a missing user folder without hiding the built-ins', () => {
    const { templates, problems } = listTemplates(path.join(tempDir(), 'nope'));
    assert.equal(templates.length, BUILT_IN_TEMPLATES.length);
    assert.match(problems[0], /does not exist; check templatesPath/);
  });

  it('suggests the closest name for an unknown template', () => {
    assert.throws(
      () => findTemplate('advrt'),
      /there is no template called "advrt"; did you mean "advert"\? Templates: advert, interview, job-description, person-specification, shortlisting\./,
    );
  });

  it('uses templatesPath from the config, relative to the config file', () => {
    const dir = userTemplates({ 'word/mine.hbs': MINIMAL });
    const result = renderMarkup({
      text: DAW,
      template: 'mine',
      config: { ...DEFAULT_CONFIG, templatesPath: 'word' },
      configFile: path.join(dir, '.jdkit.json'),
    });
    assert.equal(result.template.origin, 'user');
  });

  it('gives user templates the built-in partials, and lets user partials replace them', () => {
    const dir = userTemplates({
      'uses-partials.hbs': `${MINIMAL}{{> details-table}}{{> footer-note}}`,
      'partials/footer-note.hbs': '<p>Our note.</p>',
      'partials/details-table.hbs': '<p>My own details.</p>',
    });
    const { blocks } = render(dir, 'uses-partials').document;
    assert.deepEqual(
      blocks.slice(1).map((b) => b.type === 'paragraph' && inlineText(b.content)),
      ['My own details.', 'Our note.'],
    );
  });

  describe('errors name the file, the line and the problem', () => {
    const cases: [string, Record<string, string>, string, RegExp][] = [
      [
        'a Handlebars syntax error',
        { 't.hbs': '<h1>x</h1>\n{{#each capabilities.items}\n' },
        't.hbs',
        /t\.hbs:2: Handlebars syntax error/,
      ],
      [
        'an unclosed block',
        { 't.hbs': '<h1>x</h1>\n{{#if role}}\n<p>y</p>\n' },
        't.hbs',
        /t\.hbs:\d+(:\d+)?: .*Expecting/,
      ],
      [
        'a misspelt field',
        { 't.hbs': '<h1>x</h1>\n\n  <p>{{job.salry}}</p>\n' },
        't.hbs',
        /t\.hbs:3:8: "salry" is not in the template context here/,
      ],
      [
        'a misspelt path inside a helper',
        { 't.hbs': '<h1>x</h1>\n{{#if jbo.salary}}<p>{{job.salary}}</p>{{/if}}\n' },
        't.hbs',
        /t\.hbs:2: "salary" was looked up on a value that is missing/,
      ],
      [
        'an unknown helper',
        { 't.hbs': '<h1>x</h1>\n{{shout job.title}}\n' },
        't.hbs',
        /t\.hbs:2:\d+: "shout" is not a helper; the helpers are blocks, eq/,
      ],
      [
        'the log helper, which is removed',
        { 't.hbs': '<h1>x</h1>\n{{log job.title}}\n' },
        't.hbs',
        /"log" is not a helper/,
      ],
      [
        'a markup error inside a loop',
        { 't.hbs': '<h1>x</h1>\n<ul>\n{{#each capabilities.items}}\n<li>{{text}}\n{{/each}}\n</ul>\n' },
        't.hbs',
        /t\.hbs:6: <\/ul> found where <\/li> was expected: the <li> opened at .*t\.hbs:4 is not closed/,
      ],
      [
        'a markup error in a partial',
        {
          't.hbs': '<h1>x</h1>\n{{> broken}}\n',
          'partials/broken.hbs': '<p>fine</p>\n<table><tr><td>x</td></tr></table>\n',
        },
        'partials/broken.hbs',
        /broken\.hbs:2: a table must start with a header row/,
      ],
      [
        'a runtime error in a partial',
        { 't.hbs': '<h1>x</h1>\n{{> broken}}\n', 'partials/broken.hbs': '\n{{nonsense}}\n' },
        'partials/broken.hbs',
        /broken\.hbs:2:\d+: "nonsense" is not in the template context/,
      ],
      [
        'a helper used wrongly',
        { 't.hbs': '<h1>x</h1>\n{{#each (limit job.title 2)}}{{/each}}\n' },
        't.hbs',
        /t\.hbs:2: the "limit" helper needs a list/,
      ],
      [
        'blocks given something that is not blocks',
        { 't.hbs': '<h1>x</h1>\n\n{{blocks capabilities.domains}}\n' },
        't.hbs',
        /t\.hbs:3: the "blocks" helper needs a list of blocks/,
      ],
      [
        'lookup without a field name',
        { 't.hbs': '<h1>x</h1>\n<p>{{lookup job}}</p>\n' },
        't.hbs',
        /t\.hbs:2: the "lookup" helper needs a value and the name of one of its fields/,
      ],
      [
        'a partial that does not exist',
        { 't.hbs': '<h1>x</h1>\n\n{{> footer}}\n' },
        't.hbs',
        /t\.hbs:3: there is no partial called "footer"/,
      ],
      ['heading rules', { 't.hbs': '<h1>x</h1>\n<h3>y</h3>\n' }, 't.hbs', /t\.hbs:2: <h3> follows <h1>/],
      [
        'a control character',
        { 't.hbs': '<h1>x</h1>\n<p>\u0007</p>\n' },
        't.hbs',
        /t\.hbs:2: the template contains a control character/,
      ],
    ];
    for (const [name, files, culprit, pattern] of cases) {
      it(name, () => {
        const dir = userTemplates(files);
        const err = renderError(dir, 't');
        assert.match(err.message, pattern);
        assert.equal(err.location?.file, path.join(dir, culprit));
      });
    }
  });

  describe('templates are code, so they run with limits', () => {
    it('cannot reach prototypes, constructors or globals', () => {
      const dir = userTemplates({
        't.hbs': `${MINIMAL}<p>[{{constructor}}][{{job.constructor}}][{{lookup job "constructor"}}][{{capabilities.items.length}}][{{lookup this "__proto__"}}][{{#with job}}{{__defineGetter__}}{{/with}}]</p>`,
      });
      // Every lookup is empty except the list's own length.
      const [, p] = render(dir, 't').document.blocks;
      assert.equal(p.type === 'paragraph' && inlineText(p.content), '[][][][74][][]');
    });

    it('stops a runaway template after the time limit', function () {
      this.timeout(20000);
      const loop =
        '{{#each capabilities.items}}{{#each @root.capabilities.items}}{{#each @root.capabilities.items}}{{#each @root.capabilities.items}}x{{/each}}{{/each}}{{/each}}{{/each}}';
      const dir = userTemplates({ 't.hbs': `${MINIMAL}<p>${loop}</p>` });
      const started = Date.now();
      const err = renderError(dir, 't', { timeoutMs: 300 });
      assert.match(err.message, /took longer than 300 ms and was stopped/);
      assert.ok(Date.now() - started < 10000);
    });

    it('stops a template whose compilation runs away (blocks nested thousands deep)', function () {
      this.timeout(30000);
      const depth = 5000;
      const dir = userTemplates({
        't.hbs': `${MINIMAL}<p>${'{{#if job.title}}'.repeat(depth)}x${'{{/if}}'.repeat(depth)}</p>`,
      });
      const started = Date.now();
      assert.match(
        renderError(dir, 't', { timeoutMs: 300 }).message,
        /took longer than 300 ms to compile and was stopped/,
      );
      assert.ok(Date.now() - started < 15000);
    });

    it('refuses template files that link outside their folder', () => {
      const outside = userTemplates({ 'secret.txt': 'TOP SECRET' });
      const dir = userTemplates({ 't.hbs': `${MINIMAL}<p>{{> leak}}</p>` });
      fs.mkdirSync(path.join(dir, 'partials'));
      fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'partials', 'leak.hbs'));
      fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'linked.hbs'));
      const err = renderError(dir, 't');
      assert.match(err.message, /leak\.hbs: the template is a link to a file outside its templates folder/);
      assert.doesNotMatch(err.message, /TOP SECRET/);
      assert.equal(
        listTemplates(dir).templates.find((t) => t.name === 'linked')?.description,
        null,
        'not even its first line is shown',
      );
    });

    it('stops a partial that includes itself', () => {
      const dir = userTemplates({ 't.hbs': `${MINIMAL}{{> again}}`, 'partials/again.hbs': '<p>x</p>{{> again}}' });
      assert.match(renderError(dir, 't').message, /includes itself/);
    });

    it('cannot produce a document without exactly one title heading', () => {
      const dir = userTemplates({ 't.hbs': '<p>{{job.title}}</p>' });
      assert.match(renderError(dir, 't').message, /must start with one <h1> heading/);
    });

    it('escapes values, so document text cannot inject markup', async () => {
      const text = DAW.replace('title: Drug and alcohol worker', 'title: "<b>Worker</b> & </h1><h1>x"');
      const result = await exportJd({ text, template: 'advert', now: NOW });
      const title = result.document.blocks[0];
      assert.equal(title.type === 'heading' && inlineText(title.content), '<b>Worker</b> & </h1><h1>x');
    });
  });

  it('documents every helper and markup element in docs/templates.md', () => {
    const docs = fs.readFileSync(path.join(ROOT, 'docs', 'templates.md'), 'utf8');
    for (const helper of HELPER_NAMES) assert.ok(docs.includes(`\`${helper}\``), `helper ${helper}`);
    for (const element of [
      'document',
      'h1',
      'p',
      'ul',
      'ol',
      'li',
      'table',
      'tr',
      'th',
      'td',
      'b',
      'i',
      'a href',
      'br/',
      'page-break/',
    ]) {
      assert.ok(docs.includes(`<${element}`), `element <${element}>`);
    }
    for (const partial of fs.readdirSync(path.join(ROOT, 'templates', 'partials')))
      assert.ok(docs.includes(`\`${partial.replace('.hbs', '')}\``), partial);
  });

  it('rebuilds nested lists from item depths in the blocks helper', () => {
    const markup = blocksMarkup(
      [
        {
          type: 'list',
          ordered: true,
          items: [
            { text: 'a', markup: 'a', depth: 0 },
            { text: 'b', markup: 'b', depth: 1 },
            { text: 'c', markup: 'c', depth: 2 },
            { text: 'd', markup: 'd', depth: 0 },
          ],
        },
        { type: 'heading', level: 2, text: 'H', markup: 'H' },
      ],
      3,
    );
    assert.equal(
      markup.replace(/\n/g, ''),
      '<ol><li>a<ol><li>b<ol><li>c</li></ol></li></ol></li><li>d</li></ol><h4>H</h4>',
    );
  });
});
