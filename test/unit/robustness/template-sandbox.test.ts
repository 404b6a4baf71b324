// Templates are code (issue 5): a user's Word template must not be able to
// read files, reach prototypes or constructors (the road to running code), or
// run for ever. Tried against the export engine's public API with the
// well-known Handlebars escape payloads; each must fail with an ExportError or
// render nothing, and leave the process as it was.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ExportError, renderMarkup, type ExportRequest } from '../../../src/export';
import { HELPER_NAMES } from '../../../src/export/render-template';
import { MAX_TEMPLATE_BYTES } from '../../../src/export/templates';
import { inlineText } from '../../../src/export/model';
import { assertPrototypesClean, EXAMPLES } from './support';

const DAW = EXAMPLES.find((e) => e.name === 'drug-and-alcohol-worker.jd.md')!.text;
const HEAD = '<h1>{{job.title}}</h1>\n';

const folders: string[] = [];
/** A user templates folder holding `files` (relative name → source). */
function templates(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jdkit-sandbox-'));
  folders.push(dir);
  for (const [name, source] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), source);
  }
  return dir;
}

/** Renders template `t` (a paragraph wrapped around `body`); returns the paragraph's text, or the ExportError. */
function run(
  body: string,
  extra: Partial<ExportRequest> & { partials?: Record<string, string> } = {},
): string | ExportError {
  const { partials = {}, ...request } = extra;
  const dir = templates({
    't.hbs': `${HEAD}<p>[${body}]</p>\n`,
    ...Object.fromEntries(Object.entries(partials).map(([n, s]) => [`partials/${n}.hbs`, s])),
  });
  try {
    const { document } = renderMarkup({ text: DAW, template: 't', userTemplatesDir: dir, ...request });
    return document.blocks
      .slice(1)
      .map((b) => ('content' in b ? inlineText(b.content) : b.type))
      .join('\n');
  } catch (err) {
    if (err instanceof ExportError) return err;
    throw new Error(`expected an ExportError, got ${(err as Error).stack}`, { cause: err });
  }
}

describe('robustness: user templates are sandboxed', () => {
  let globalsBefore: string[] = [];
  // Handlebars reports denied prototype lookups on the console; keep the test output readable.
  const originalError = console.error;
  before(() => {
    globalsBefore = Object.getOwnPropertyNames(globalThis).sort();
    console.error = (...args: unknown[]) => {
      if (!String(args[0]).startsWith('Handlebars: Access has been denied')) originalError(...args);
    };
  });
  after(() => {
    console.error = originalError;
    for (const dir of folders.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  describe('no prototypes, constructors or globals', () => {
    // Each either renders as empty brackets or is refused; none may show a function, a constructor or a global.
    const payloads: [string, string][] = [
      ['constructor.constructor', '{{constructor.constructor}}'],
      ['a field’s constructor', '{{job.constructor.constructor}}'],
      ['__proto__ of a string', '{{#with "x"}}{{__proto__}}{{/with}}'],
      ['constructor of a string', '{{#with "x"}}{{constructor.name}}{{/with}}'],
      ['lookup "constructor"', '{{lookup this "constructor"}}'],
      ['lookup of a lookup', '{{lookup (lookup this "constructor") "constructor"}}'],
      ['lookup "__proto__"', '{{#with (lookup this "__proto__")}}{{constructor}}{{/with}}'],
      ['each over a constructor', '{{#each (lookup this "constructor")}}{{@key}}{{/each}}'],
      [
        'inherited methods',
        '{{#with job}}{{__defineGetter__}}{{__lookupGetter__}}{{hasOwnProperty}}{{toString}}{{valueOf}}{{/with}}',
      ],
      ['@root’s prototype', '{{@root.constructor}}{{@root.__proto__}}'],
      ['block parameters', '{{#each capabilities.items as |item|}}{{item.constructor}}{{/each}}'],
      [
        'a helper given a constructor',
        '{{lowerFirst (lookup this "constructor")}}{{join (lookup this "constructor")}}',
      ],
      ['log', '{{log "x"}}'],
      ['helperMissing', '{{helperMissing "x"}}'],
      ['a decorator', '{{* foo}}'],
      [
        'the Handlebars 4.0 code-execution payload',
        '{{#with "s" as |string|}}{{#with "e"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub "constructor")}}{{this.pop}}' +
          '{{#with string.split as |codelist|}}{{this.pop}}{{this.push "return globalThis.pwned = 1;"}}{{this.pop}}' +
          '{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}',
      ],
      [
        'Object.keys through a constructor',
        '{{#with this as |obj|}}{{#with (obj.constructor.keys "1") as |arr|}}{{arr.pop}}{{/with}}{{/with}}',
      ],
    ];
    for (const [name, payload] of payloads) {
      it(name, () => {
        const result = run(payload);
        if (typeof result === 'string') assert.equal(result, '[]', `rendered ${JSON.stringify(result)}`);
        else assert.ok(result.problem.length > 0);
        assert.equal((globalThis as Record<string, unknown>).pwned, undefined);
        assertPrototypesClean();
      });
    }

    it('has no helper that could touch files, the environment or other code', () => {
      assert.deepEqual(
        HELPER_NAMES.filter((h) => /file|read|write|require|import|include|env|exec|eval|spawn|fetch|log/i.test(h)),
        [],
      );
    });
  });

  describe('no reading files', () => {
    it('a partial cannot be named by path', () => {
      for (const body of [
        '{{> /etc/passwd}}',
        '{{> ../../../../etc/passwd}}',
        '{{> [../../../../etc/passwd]}}',
        '{{> (lookup this "x")}}',
      ]) {
        const result = run(body);
        assert.ok(result instanceof ExportError, `${body} rendered ${JSON.stringify(result)}`);
        assert.doesNotMatch(result.message, /root:/);
      }
    });

    it('a template over the size limit is refused before it is read', () => {
      const result = run(`{{!-- ${'x'.repeat(MAX_TEMPLATE_BYTES)} --}}`);
      assert.ok(result instanceof ExportError);
      assert.match(result.problem, /templates may be at most/);
    });

    // A templates folder may come from a cloned repository: a link in it must not put any readable file into a document or an error message.
    it('a partial that is a symbolic link to a file outside the templates folder is refused', () => {
      const secret = path.join(templates({ 'secret.txt': 'TOP SECRET' }), 'secret.txt');
      const dir = templates({ 't.hbs': `${HEAD}<p>{{> leak}}</p>\n` });
      fs.mkdirSync(path.join(dir, 'partials'));
      fs.symlinkSync(secret, path.join(dir, 'partials', 'leak.hbs'));
      let output: string;
      try {
        output = JSON.stringify(renderMarkup({ text: DAW, template: 't', userTemplatesDir: dir }).document);
      } catch (err) {
        output = (err as Error).message;
      }
      assert.doesNotMatch(output, /TOP SECRET/);
    });
  });

  describe('no running for ever', function () {
    this.timeout(30_000);
    const bounded = (body: string, partials: Record<string, string> = {}, pattern: RegExp) => {
      const started = Date.now();
      const result = run(body, { partials, timeoutMs: 500 });
      assert.ok(result instanceof ExportError, `rendered ${String(result).slice(0, 80)}`);
      assert.match(result.problem, pattern);
      assert.ok(Date.now() - started < 15_000, `took ${Date.now() - started} ms`);
    };

    it('four nested loops over every capability are stopped at the time limit', () => {
      const each = (inner: string) => `{{#each @root.capabilities.items}}${inner}{{/each}}`;
      bounded(each(each(each(each('x')))), {}, /took longer than 500 ms and was stopped/);
    });

    it('a partial that includes itself is stopped', () =>
      bounded('{{> again}}', { again: '<b>x</b>{{> again}}' }, /includes itself|took longer/));
    it('an inline partial that includes itself is stopped', () =>
      bounded('{{#*inline "p"}}x{{> p}}{{/inline}}{{> p}}', {}, /includes itself|took longer/));
    it('two partials that include each other are stopped', () =>
      bounded('{{> ping}}', { ping: '{{> pong}}', pong: '{{> ping}}' }, /includes itself|took longer/));

    it('output that would run to gigabytes is stopped', () => {
      const each = (inner: string) => `{{#each @root.capabilities.items}}${inner}{{/each}}`;
      bounded(each(each(each(`{{@root.capabilities.items.[0].text}}`))), {}, /took longer|MB of markup/);
    });

    const nested = (depth: number) => `${'{{#if job.title}}'.repeat(depth)}x${'{{/if}}'.repeat(depth)}`;

    it('a template nested 1,000 blocks deep renders or is refused, without crashing', () => {
      const result = run(nested(1000));
      if (typeof result === 'string') assert.equal(result, '[x]');
      else assert.ok(result.problem.length > 0);
    });

    // Handlebars' parser is far worse than linear in nesting depth: unbounded, this
    // 120 KB template (under the 512 KB limit) takes minutes of CPU to compile.
    it('a template nested 5,000 blocks deep is stopped within the time limit', () => {
      const started = Date.now();
      const result = run(nested(5000), { timeoutMs: 500 });
      assert.ok(result instanceof ExportError);
      assert.ok(Date.now() - started < 15_000, `took ${Date.now() - started} ms`);
    });
  });

  after(() => {
    assert.deepEqual(Object.getOwnPropertyNames(globalThis).sort(), globalsBefore, 'a template added a global');
    assertPrototypesClean();
  });
});
