import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import { RULE_DOCS_DIR, ruleDocFiles, writeRuleDocs } from '../../scripts/generate-docs';
import { ENGINE_RULES } from '../../src/core/formatters/report';
import { getFramework } from '../../src/core/framework/load';
import {
  citation,
  DOCUMENTED_RULES,
  FRAMEWORK_TITLE,
  OGL_ATTRIBUTION,
  ruleDocFile,
  ruleDocMarkdown,
  ruleDocPath,
  ruleDocText,
} from '../../src/core/rule-docs';
import { ALL_RULES, RULE_BY_ID } from '../../src/core/rules';

const markdown = new MarkdownIt({ html: true });
const rule = (id: string) => DOCUMENTED_RULES.find((r) => r.id === id)!;
/** The text of the section under `## heading`, up to the next heading. */
const section = (page: string, heading: string) => (page.split(`\n## ${heading}\n`)[1]?.split(/\n## /)[0] ?? '').trim();

describe('rule documentation pages', () => {
  it('are up to date in docs/rules, one per rule and engine diagnostic (run `npm run docs` to regenerate)', () => {
    const expected = ruleDocFiles();
    assert.deepEqual(readdirSync(RULE_DOCS_DIR).sort(), [...expected.keys()].sort());
    for (const [name, text] of expected)
      assert.equal(readFileSync(path.join(RULE_DOCS_DIR, name), 'utf8'), text, `docs/rules/${name} is stale`);
  });

  it('documents every rule id and the engine diagnostics, at docs/rules/<id>.md', () => {
    assert.deepEqual(
      DOCUMENTED_RULES.map((r) => r.id),
      [...ALL_RULES, ...ENGINE_RULES].map((r) => r.id),
    );
    assert.equal(ruleDocPath('vague-title'), 'docs/rules/vague-title.md');
    assert.equal(ruleDocFiles().get('vague-title.md'), ruleDocFile(RULE_BY_ID.get('vague-title')!));
  });

  it('writes the pages and removes the page of a rule that no longer exists', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'jdkit-rule-docs-'));
    try {
      writeFileSync(path.join(dir, 'retired-rule.md'), '# retired-rule\n');
      writeRuleDocs(dir);
      assert.deepEqual(readdirSync(dir).sort(), [...ruleDocFiles().keys()].sort());
      assert.equal(
        readFileSync(path.join(dir, 'caseload-too-high.md'), 'utf8'),
        ruleDocFile(rule('caseload-too-high')),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('mark the file as generated, from the rule’s source file', () => {
    assert.match(
      ruleDocFile(rule('vague-title')),
      /^<!-- Generated from src\/core\/rules\/vague-title\.ts by scripts\/generate-docs\.ts: .*-->\n\n# vague-title\n/,
    );
    assert.match(
      ruleDocFile(rule('unreadable-file')),
      /^<!-- Generated from ENGINE_RULES in src\/core\/formatters\/report\.ts /,
    );
  });

  it('give the id as the heading, then the summary, the default severity and whether there are fixes', () => {
    const page = ruleDocMarkdown(rule('vague-title'));
    assert.ok(
      page.startsWith(
        '# vague-title\n\nThe job title is one the workforce plan calls vague, such as "recovery worker".\n\n- Default severity: `warning`\n- Fixes: yes\n\n## Why\n\n',
      ),
      page.slice(0, 300),
    );
    assert.match(ruleDocMarkdown(rule('caseload-too-high')), /^- Fixes: none$/m);
  });

  it('explain why, quoting each source with its citation and naming the documents', () => {
    // Two quoted plan passages and one cited without a quote.
    const r = rule('volunteer-title');
    const page = ruleDocMarkdown(r);
    assert.ok(section(page, 'Why').includes(r.rationale));
    const sources = section(page, 'What the sources say');
    for (const source of r.sources) {
      assert.ok(
        sources.includes(`**${citation(source)}${source.quote ? `:** “${source.quote}”` : '.**'}`),
        `${source.document} ${source.ref}`,
      );
    }
    assert.doesNotMatch(sources, /NHS England’s/, 'the framework is not named when the rule does not cite it');
    assert.match(
      section(ruleDocMarkdown(rule('missing-supervision')), 'What the sources say'),
      /NHS England’s \*Capability framework for the drug and alcohol treatment and recovery workforce\* \(2024\); the workforce plan/,
    );
    assert.match(
      sources,
      /\n\nThe workforce plan is the \*10-year strategic plan for the drug and alcohol treatment and recovery workforce\* \(2024–2034\)/,
    );
    assert.equal(citation({ document: 'plan', ref: '6.18' }), 'Workforce plan, 6.18');
    assert.equal(citation({ document: 'framework', ref: '5.3' }), 'Capability framework, section 5.3');
    // Text from the plan is shown, so the licence's attribution is too; not on a page that quotes nothing.
    assert.ok(page.endsWith(`\n---\n\n${OGL_ATTRIBUTION}\n`));
    assert.ok(!ruleDocMarkdown(rule('invalid-front-matter')).includes(OGL_ATTRIBUTION));
  });

  it('name the framework by its published title', () => {
    assert.equal(FRAMEWORK_TITLE, getFramework().source.title);
  });

  it('list the fixes a rule offers, or say it offers none', () => {
    const fixes = section(ruleDocMarkdown(rule('paraphrased-capability')), 'Fixes');
    for (const fix of rule('paraphrased-capability').fixesOffered) assert.ok(fixes.includes(`- ${fix}`), fix);
    assert.match(fixes, /Fix all jdkit problems/);
    assert.match(section(ruleDocMarkdown(rule('missing-registration')), 'Fixes'), /^This rule offers no automatic fix/);
  });

  it('say how to change or turn the rule off: .jdkit.json, the VS Code setting and inline directives', () => {
    const page = ruleDocMarkdown(rule('stigmatising-language'));
    const how = section(page, 'Changing or turning it off');
    const json = /```json\n([\s\S]*?)```/.exec(how);
    assert.ok(json, 'a .jdkit.json example');
    assert.deepEqual(JSON.parse(json[1]), { rules: { 'stigmatising-language': 'off' } });
    assert.match(
      how,
      /`"error"`, `"warning"`, `"information"`, `"hint"`, `"off"`, `true` \(on, at its default severity\) or `false` \(off\)/,
    );
    assert.match(how, /`"jdkit\.rules": \{ "stigmatising-language": "information" \}`/);
    for (const directive of ['jdkit-disable-next-line', 'jdkit-disable', 'jdkit-enable', 'jdkit-disable-line']) {
      assert.ok(how.includes(`<!-- ${directive} stigmatising-language -->`), directive);
    }
  });

  it('say the engine’s own diagnostics cannot be configured, and offer no fix section', () => {
    const page = ruleDocMarkdown(rule('internal-error'));
    assert.match(page, /^- Severity: `error`, always$/m);
    assert.match(section(page, 'Changing or turning it off'), /is not one of the rules/);
    assert.equal(section(page, 'Fixes'), '');
    assert.ok(!page.includes('"rules"'));
  });

  it('escape what Markdown would read as markup in rule texts, keeping their code spans', () => {
    const placeholder = ruleDocMarkdown(rule('placeholder-text'));
    const html = markdown.render(placeholder);
    assert.ok(html.includes('&lt;insert salary&gt;'), 'the placeholder is text, not an HTML tag');
    assert.ok(html.includes('[Organisation name]'));
    assert.match(
      markdown.render(ruleDocMarkdown(rule('missing-base-capabilities'))),
      /The front-matter field <code>population<\/code> decides/,
    );
    assert.match(markdown.render(ruleDocMarkdown(rule('unknown-field'))), /closing_date/);
  });

  it('have a plain-text form with the same content and no Markdown', () => {
    for (const r of DOCUMENTED_RULES) {
      const text = ruleDocText(r);
      assert.ok(text.startsWith(`${r.id}\n\n${r.summary}\n\n`), r.id);
      assert.ok(text.includes(r.rationale.replace(/`/g, '')), r.id);
      assert.doesNotMatch(text, /`|\*\*|^#/m, r.id);
    }
    const text = ruleDocText(rule('duplicate-capability'));
    assert.match(text, /^ {4}\{\n {6}"rules": \{\n {8}"duplicate-capability": "off"/m);
    assert.match(text, /Fix all jdkit problems \(source\.fixAll\.jdkit\)/);
  });
});
