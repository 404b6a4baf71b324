import assert from 'node:assert/strict';
import { analyseCoverage } from '../../../src/core/coverage';
import { parseJd } from '../../../src/core/document/parse';
import { getFramework } from '../../../src/core/framework/load';
import { LintContext } from '../../../src/core/lint-context';
import {
  INSERT_COMMAND,
  REVEAL_COMMAND,
  renderCoverageHtml,
  renderCoverageMessage,
} from '../../../src/extension/coverage-html';
import { config, jd } from '../helpers';

const framework = getFramework();
const knowledge = framework.role('drug-and-alcohol-worker')!.domains[1];
const URI = 'file:///jobs/%3Cx%3E%20100%25.jd.md';

function html(text: string): string {
  return renderCoverageHtml(
    analyseCoverage(new LintContext(parseJd(text), framework, config())),
    'jobs/<x>.jd.md',
    URI,
  );
}

interface Link {
  command: string;
  args: Record<string, unknown>;
  label: string;
}

/** The page's command links, read as VS Code reads a clicked link: the query decoded twice (parsing the URI, then the arguments). */
function links(page: string): Link[] {
  return [...page.matchAll(/<a[^>]* href="command:([\w.]+)\?([^"]*)"[^>]*>([^<]*)<\/a>/g)].map(
    ([, command, query, label]) => {
      const args = JSON.parse(decodeURIComponent(decodeURIComponent(query.replace(/&#39;/g, "'")))) as unknown;
      assert.ok(Array.isArray(args) && args.length === 1);
      return { command, args: args[0] as Link['args'], label };
    },
  );
}

describe('coverage view HTML', () => {
  it('has a table per domain with present, modified and missing statements, and other bullets', () => {
    const page = html(
      jd(
        { title: 'Drug and alcohol worker', role: 'drug-and-alcohol-worker' },
        [
          '## Capabilities',
          '',
          `- ${knowledge.statements[0].text}`,
          `- ${knowledge.statements[1].text.replace('and so able to apply this to enable', 'and able to use this to support')}`,
          '- Hold a full UK driving licence & a <car>',
        ].join('\n'),
      ),
    );
    assert.equal((page.match(/<table>/g) ?? []).length, 7 + 1);
    assert.equal((page.match(/class="present"/g) ?? []).length, 1);
    assert.equal((page.match(/class="modified"/g) ?? []).length, 1);
    assert.equal((page.match(/class="missing"/g) ?? []).length, 72);
    assert.match(page, /2 of 74 statements covered/);
    assert.match(page, /Bullets that match no framework statement \(1\)/);
    // Document text is escaped; the page runs no scripts.
    assert.ok(page.includes('jobs/&#60;x&#62;.jd.md'));
    assert.ok(page.includes('licence &#38; a &#60;car&#62;'));
    assert.ok(!/<script/i.test(page));
    assert.match(page, /default-src 'none'/);
  });

  it('links each covered statement and other bullet to its line, and each missing statement, domain and the role to an insertion', () => {
    const page = html(
      jd(
        { title: 'Drug and alcohol worker', role: 'drug-and-alcohol-worker' },
        [
          '## Capabilities',
          '',
          `- ${knowledge.statements[0].text}`,
          '- Hold a full UK driving licence',
          `- ${knowledge.statements[0].text}`,
        ].join('\n'),
      ),
    );
    const all = links(page);
    assert.ok(
      all.every((l) => l.args.uri === URI),
      'every link names the document',
    );
    const reveals = all.filter((l) => l.command === REVEAL_COMMAND);
    // The statement present twice (lines 7 and 9), and the unrecognised bullet.
    assert.deepEqual(
      reveals.map((l) => [l.args.line, l.label]),
      [
        [6, 'line 7'],
        [8, 'line 9'],
        [7, '8'],
      ],
    );
    const inserts = all.filter((l) => l.command === INSERT_COMMAND);
    assert.deepEqual(inserts[0], {
      command: INSERT_COMMAND,
      args: { uri: URI, all: true },
      label: 'Insert all 73 missing',
    });
    const statements = inserts.filter((l) => l.args.statements);
    assert.equal(statements.length, 73);
    assert.ok(statements.every((l) => l.label === 'Insert'));
    assert.deepEqual(statements[7].args.statements, [knowledge.statements[1].id]);
    const domains = inserts.filter((l) => l.args.domain);
    assert.equal(domains.length, 7);
    assert.deepEqual(domains[1], {
      command: INSERT_COMMAND,
      args: { uri: URI, domain: `drug-and-alcohol-worker/${knowledge.id}` },
      label: `Insert ${knowledge.statements.length - 1} missing`,
    });
  });

  it('offers to set the population when it decides the base role, and links nothing once nothing is missing', () => {
    const page = html(
      jd({ title: 'Senior drug and alcohol worker', role: 'senior-drug-and-alcohol-worker' }, '## Capabilities\n'),
    );
    const populations = links(page).filter((l) => l.args.population);
    assert.deepEqual(
      populations.map((l) => [l.args, l.label]),
      [
        [{ uri: URI, all: true, population: 'adults' }, populations[0].label],
        [{ uri: URI, all: true, population: 'children-and-young-people' }, populations[1].label],
      ],
    );
    assert.match(populations[0].label, /^Set population to adults and insert all \d+ missing$/);

    const complete = framework.role('commissioner')!.domains.flatMap((d) => d.statements.map((s) => `- ${s.text}`));
    const done = html(
      jd(
        { title: 'Drug and alcohol commissioner', role: 'commissioner' },
        ['## Capabilities', '', ...complete].join('\n'),
      ),
    );
    assert.ok(links(done).every((l) => l.command === REVEAL_COMMAND));
  });

  it('shows a message page without scripts', () => {
    const page = renderCoverageMessage('gone <now>');
    assert.ok(page.includes('<p>gone &#60;now&#62;</p>'));
    assert.match(page, /default-src 'none'/);
    assert.ok(!/<script/i.test(page));
  });

  it('explains a document without a role, and a descriptor-only role', () => {
    assert.match(html(jd({ title: 'Administrator' })), /has no framework role/);
    assert.match(html(jd({ title: 'Doctor', role: 'medical-workforce' })), /descriptor-only role/);
  });
});
