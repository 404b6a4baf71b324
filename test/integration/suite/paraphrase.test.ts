// Capabilities and duties matched by meaning: the paraphrased-capability
// diagnostic and its quick fix, the hovers that name the statement, and a duty
// that belongs to another role. Every document is a scratch file.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { getFramework } from '../../../src/core/framework/load';
import {
  activateExtension,
  applyAction,
  closeAllEditors,
  codeActions,
  hoverText,
  open,
  rangeOf,
  ruleOf,
  rulesOf,
  scratchFile,
  waitForDiagnostics,
} from './helpers';

const mutualAid = getFramework().statement('DAW-4-10')!.statement;
const OWN_WORDS = 'Able to support clients to attend mutual aid groups such as AA, NA and SMART Recovery';
const ASSESSMENT_DUTY =
  'Carry out comprehensive assessments of each client’s substance use and their health and social needs';
/** A drug and alcohol worker's assessment in other words, without the keyworkers' work the plan names (other-role-duties). */
const OTHER_ROLE_DUTY =
  'Assess each client’s substance use and their psychological, social, financial and health needs';

function jobDescription(name: string, role: string, title: string, body: string): vscode.Uri {
  return scratchFile(name, `---\ntitle: ${title}\nrole: ${role}\n---\n\n${body}`);
}

/** A drug and alcohol worker's job description with a duty that restates a capability and a capability in the employer's own words. */
function workerJd(name: string): vscode.Uri {
  return jobDescription(
    name,
    'drug-and-alcohol-worker',
    'Drug and alcohol worker',
    `## Main duties\n\n- ${ASSESSMENT_DUTY}\n\n## Capabilities\n\n- ${OWN_WORDS}\n`,
  );
}

describe('capabilities matched by meaning', () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it('reports a capability in the employer’s words and replaces it with the framework wording', async () => {
    const uri = workerJd('paraphrased-fix.jd.md');
    const { document } = await open(uri);
    const diagnostics = await waitForDiagnostics(uri, (d) => rulesOf(d).includes('paraphrased-capability'));
    const paraphrased = diagnostics.filter((d) => ruleOf(d) === 'paraphrased-capability');
    assert.equal(paraphrased.length, 1);
    const [diagnostic] = paraphrased;
    assert.match(diagnostic.message, /\bDAW-4-10\b/);
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Information);
    assert.deepEqual(diagnostic.range, rangeOf(document, OWN_WORDS));

    const actions = await codeActions(uri, diagnostic.range);
    const fix = actions.find((a) => a.title === 'Use the framework wording of DAW-4-10');
    assert.ok(fix, `a fix for paraphrased-capability among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(fix.kind?.value, vscode.CodeActionKind.QuickFix.value);
    await applyAction(fix, document);
    assert.equal(document.lineAt(diagnostic.range.start.line).text, `- ${mutualAid.text}`);
    assert.ok(!document.getText().includes(OWN_WORDS));
    await waitForDiagnostics(uri, (d) => !rulesOf(d).includes('paraphrased-capability'));
    // Now in the framework wording.
    assert.match(await hoverText(uri, new vscode.Position(diagnostic.range.start.line, 4)), /Match: 100%, exact/);
  });

  it('hovers a capability in the employer’s words with the statement it means', async () => {
    const uri = workerJd('paraphrased-hover.jd.md');
    const { document } = await open(uri);
    const text = await hoverText(uri, rangeOf(document, 'mutual aid groups').start);
    assert.match(text, /`DAW-4-10`/);
    assert.ok(text.includes(mutualAid.text), `the statement text in: ${text}`);
    assert.match(text, /Match by meaning \(\d\d%\)/);
  });

  it('hovers a main duty that restates a capability with the statement', async () => {
    const uri = workerJd('duty-hover.jd.md');
    const { document } = await open(uri);
    const text = await hoverText(uri, rangeOf(document, 'comprehensive assessments').start);
    assert.match(text, /`DAW-3-\d\d`/);
    assert.match(text, /Match by meaning \(\d\d%\)/);
  });

  it('warns about a peer support worker’s duty that is another role’s capability', async () => {
    const uri = jobDescription(
      'peer-duty.jd.md',
      'peer-support-worker',
      'Peer support worker',
      `## Main duties\n\n- ${OTHER_ROLE_DUTY}\n`,
    );
    const { document } = await open(uri);
    const diagnostics = await waitForDiagnostics(uri, (d) => rulesOf(d).includes('capability-other-role'));
    const other = diagnostics.filter((d) => ruleOf(d) === 'capability-other-role');
    assert.equal(other.length, 1);
    assert.equal(other[0].severity, vscode.DiagnosticSeverity.Warning);
    assert.deepEqual(other[0].range, rangeOf(document, OTHER_ROLE_DUTY));
    assert.match(other[0].message, /\bDAW-3-\d\d\b/);
  });

  it('reports keyworkers’ work in a peer support worker post in the plan’s terms, once', async () => {
    const uri = jobDescription(
      'peer-keywork.jd.md',
      'peer-support-worker',
      'Peer support worker',
      `## Main duties\n\n- ${ASSESSMENT_DUTY}\n`,
    );
    const { document } = await open(uri);
    const diagnostics = await waitForDiagnostics(uri, (d) => rulesOf(d).includes('other-role-duties'));
    assert.deepEqual(
      diagnostics.filter((d) => /other-role/.test(ruleOf(d))).map((d) => [ruleOf(d), document.getText(d.range)]),
      [['other-role-duties', 'comprehensive assessments']],
    );
  });
});
