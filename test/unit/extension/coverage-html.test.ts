import assert from 'node:assert/strict';
import { analyseCoverage } from '../../../src/core/coverage';
import { parseJd } from '../../../src/core/document/parse';
import { getFramework } from '../../../src/core/framework/load';
import { LintContext } from '../../../src/core/lint-context';
import { renderCoverageHtml } from '../../../src/extension/coverage-html';
import { config, jd } from '../helpers';

const framework = getFramework();
const knowledge = framework.role('drug-and-alcohol-worker')!.domains[1];

function html(text: string): string {
  return renderCoverageHtml(analyseCoverage(new LintContext(parseJd(text), framework, config())), 'jobs/<x>.jd.md');
}

describe('coverage view HTML', () => {
  it('has a table per domain with present, modified and missing statements, and other bullets', () => {
    const page = html(
      jd({ title: 'Drug and alcohol worker', role: 'drug-and-alcohol-worker' }, [
        '## Capabilities',
        '',
        `- ${knowledge.statements[0].text}`,
        `- ${knowledge.statements[1].text.replace('and so able to apply this to enable', 'and able to use this to support')}`,
        '- Hold a full UK driving licence & a <car>',
      ].join('\n')),
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

  it('explains a document without a role, and a descriptor-only role', () => {
    assert.match(html(jd({ title: 'Administrator' })), /has no framework role/);
    assert.match(html(jd({ title: 'Doctor', role: 'medical-workforce' })), /descriptor-only role/);
  });
});
