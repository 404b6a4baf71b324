import assert from 'node:assert/strict';
import { parseJd } from '../../src/core/document/parse';
import { getFramework } from '../../src/core/framework/load';
import { hover } from '../../src/core/hover';
import { jd } from './helpers';

const framework = getFramework();
const daw = framework.role('drug-and-alcohol-worker')!;
const statement = daw.domains[1].statements[1]; // DAW-2-02, trauma-informed approaches

/** Hover at the `|` marker, which is removed from the text. */
function hoverAt(textWithCursor: string) {
  const offset = textWithCursor.indexOf('|');
  const text = textWithCursor.slice(0, offset) + textWithCursor.slice(offset + 1);
  const before = text.slice(0, offset).split('\n');
  return hover(text, { line: before.length - 1, character: before[before.length - 1].length });
}

const header = jd({ title: 'Drug and alcohol worker', role: 'drug-and-alcohol-worker' });

describe('hover', () => {
  it('shows the framework statement an exact bullet matches, its roles, domain and id', () => {
    const result = hoverAt(`${header}\n## Capabilities\n\n- know|${statement.text.slice(4)}\n`);
    assert.ok(result);
    assert.match(result.contents, new RegExp(`\`${statement.id}\``));
    assert.match(result.contents, /Application of knowledge/);
    assert.ok(result.contents.includes(`> ${statement.text}`));
    assert.match(result.contents, /Match: 100%, exact/);
    // The same wording appears in other roles' sections too; each is named.
    const sameText = framework.allStatements.filter((e) => e.statement.text === statement.text).map((e) => e.role.name);
    for (const name of sameText) assert.ok(result.contents.includes(name), name);
    assert.ok(sameText.length > 1);
    assert.ok(result.contents.includes('\n\nRoles: Drug and alcohol worker (5.1); '), result.contents);
    const line = header.split('\n').length + 2;
    assert.deepEqual(result.range, {
      start: { line, character: 2 },
      end: { line, character: 2 + statement.text.length },
    });
  });

  it('gives the similarity of a close bullet', () => {
    const edited = statement.text.replace('and so able to apply this', 'and able to use this');
    const result = hoverAt(`${header}\n## Capabilities\n\n- |${edited}\n`);
    assert.ok(result);
    assert.match(result.contents, /Match: \d\d%, close: the wording differs/);
    assert.ok(!result.contents.includes('100%'));
  });

  it('says when a bullet matches no framework statement', () => {
    const result = hoverAt(`${header}\n## Capabilities\n\n- Drives a m|inibus on Tuesdays\n`);
    assert.match(result!.contents, /No capability statement/);
  });

  it('shows the role profile, regulator, pick-and-mix and base roles on `role:`', () => {
    const nurse = hoverAt(`${jd({ title: 'Nurse', role: 'nurse' })}`.replace('role: "nurse"', 'role: "nu|rse"'));
    assert.ok(nurse);
    assert.match(nurse.contents, /\*\*Nurse\*\* · framework section 5\.6/);
    assert.match(nurse.contents, /Nursing and Midwifery Council/);
    assert.match(nurse.contents, /Pick and mix: employers may select/);
    assert.deepEqual(nurse.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 13 } });

    const senior = hoverAt(jd({ title: 'Senior', role: 'senior-drug-and-alcohol-worker' }).replace('role:', 'ro|le:'))!;
    assert.match(
      senior.contents,
      /Builds on: Drug and alcohol worker \(5\.1\) for adults; .*\(5\.2\) for children and young people/,
    );
    assert.match(senior.contents, /Not a regulated role/);
    assert.match(senior.contents, /Include every capability statement/);

    const doctor = hoverAt(jd({ title: 'Doctor', role: 'medical-workforce' }).replace('role:', 'ro|le:'))!;
    assert.match(doctor.contents, /Descriptor only/);
  });

  it('shows nothing elsewhere or for an unknown role', () => {
    assert.equal(hoverAt(`${header}\n## About| the role\n`), null);
    assert.equal(hoverAt(`${header}\n## Main duties\n\n- Dr|ive\n`), null);
    assert.equal(hoverAt(jd({ title: 'X', role: 'plumber' }).replace('role:', 'ro|le:')), null);
  });

  it('shows the statement a bullet restates in the employer’s own words, and says it matched by meaning', () => {
    const result = hoverAt(
      `${header}\n## Capabilities\n\n- Able to support clients to att|end mutual aid groups such as AA, NA and SMART Recovery\n`,
    );
    assert.ok(result);
    assert.match(result.contents, /`DAW-4-10`/);
    assert.ok(result.contents.includes(`> ${framework.statement('DAW-4-10')!.statement.text}`));
    assert.match(result.contents, /Match by meaning \(\d\d%\)/);
  });

  it('shows the statement a duty restates, and nothing on an ordinary duty', () => {
    const duties = `${header}\n## Main duties\n\n- Carry out comprehensive assessments of each client’s substance use and their hea|lth and social needs\n`;
    const result = hoverAt(duties);
    assert.ok(result);
    assert.match(result.contents, /`DAW-3-0\d`/);
    assert.match(result.contents, /Match by meaning/);
    assert.equal(
      hoverAt(`${header}\n## Main duties\n\n- Hold a full driving lic|ence and have access to a car\n`),
      null,
    );
  });

  it('says when another role’s statement is nearest but too far for the lint to count or report the bullet', () => {
    const result = hoverAt(
      `${header}\n## Main duties\n\n- Look out for other members of the household, including children, who need help in their own ri|ght\n`,
    );
    assert.ok(result);
    assert.match(
      result.contents,
      /Nearest in meaning \(meaning match 3\d%\), but too far for jdkit to count the bullet as this statement or to report it as another role’s\./,
    );
    assert.doesNotMatch(result.contents, /the same content in other words/);
  });

  it('says "Role" for a statement of one role only', () => {
    const own = framework.statement('DAW-4-05')!.statement;
    const result = hoverAt(`${header}\n## Capabilities\n\n- |${own.text}\n`)!;
    assert.ok(result.contents.includes('\n\nRole: Drug and alcohol worker (5.1)\n\n'), result.contents);
    assert.match(result.contents, /^\*\*Framework capability `DAW-4-05`\*\* · /);
  });

  it('hovers on every line of a bullet that continues on the next line, and not past it', () => {
    const own = framework.statement('DAW-4-05')!.statement.text;
    const cut = own.indexOf(' depending');
    const text = `${header}\n## Capabilities\n\n- ${own.slice(0, cut)}\n  ${own.slice(cut + 1)}\n\nAfter the list.\n`;
    const line = header.split('\n').length + 2;
    const at = (l: number) => hover(text, { line: l, character: 3 });
    assert.match(at(line)!.contents, /`DAW-4-05`/);
    assert.match(at(line + 1)!.contents, /`DAW-4-05`/);
    assert.deepEqual(at(line + 1)!.range.start, { line, character: 2 });
    assert.equal(at(line + 3), null);
  });

  it('counts a role’s statements and domains, and names a descriptor role’s external frameworks', () => {
    const nurse = hoverAt(jd({ title: 'Nurse', role: 'nurse' }).replace('role:', 'ro|le:'))!;
    const role = framework.role('nurse')!;
    const count = role.domains.reduce((n, d) => n + d.statements.length, 0);
    assert.ok(
      nurse.contents.includes(`\n\n${count} capability statements in ${role.domains.length} domains.\n\n`),
      nurse.contents,
    );
    assert.ok(nurse.contents.includes(`Regulated: ${role.regulation!.requirement} (Nursing and Midwifery Council).`));
    assert.ok(nurse.contents.includes(`\n\n${role.profile[0]}\n\n`));
    assert.doesNotMatch(nurse.contents, /Builds on/);

    const doctor = hoverAt(jd({ title: 'Doctor', role: 'medical-workforce' }).replace('role:', 'ro|le:'))!;
    const names = framework
      .role('medical-workforce')!
      .externalFrameworks.map((f) => `“${f.name}” (${f.publisher})`)
      .join(' and ');
    assert.ok(
      doctor.contents.endsWith(`\n\nDescriptor only (framework section 7): no capability statements. Use ${names}.`),
      doctor.contents,
    );
    assert.doesNotMatch(doctor.contents, /capability statements in/);
  });

  it('shows the role hover only on the role field, and nothing for a role that is not text', () => {
    const text = jd({ title: 'Nurse', role: 'nurse' });
    assert.ok(hover(text, { line: 2, character: 13 }));
    assert.equal(hover(text, { line: 2, character: 14 }), null);
    assert.equal(hover(text, { line: 1, character: 3 }), null);
    assert.equal(hoverAt('---\ntitle: Nurse\nro|le: 5\n---\n'), null);
  });

  it('says when a close bullet is nearer another role’s statement than any of this role’s', () => {
    const cyp = framework.statement('CYP-1-02')!.statement;
    const text = `${header}\n## Capabilities\n\n- ${cyp.text}\n`;
    const line = header.split('\n').length + 2;
    const result = hover(text, { line, character: 3 })!;
    assert.match(result.contents, /^\*\*Framework capability `DAW-1-04`\*\*/);
    assert.ok(
      result.contents.endsWith(
        '\n\nCloser to `CYP-1-02` of Children and young people’s drug and alcohol worker (5.2) (100%).',
      ),
      result.contents,
    );
    // Without a role there is no "this role" to be nearer than.
    const noRole = `---\ntitle: Worker\n---\n## Capabilities\n\n- ${cyp.text}\n`;
    assert.doesNotMatch(hover(noRole, { line: 5, character: 3 })?.contents ?? '', /Closer to/);
  });

  it('takes a parsed document, or one without front matter, and shows nothing on the heading above a bullet', () => {
    const text = `${header}\n## Capabilities\n\n- ${statement.text}\n`;
    const line = header.split('\n').length + 2;
    assert.deepEqual(hover(parseJd(text), { line, character: 3 }), hover(text, { line, character: 3 }));
    assert.equal(hover(text, { line: line - 2, character: 3 }), null);
    const bare = `## Capabilities\n\n- ${statement.text}\n`;
    assert.match(hover(bare, { line: 2, character: 3 })!.contents, new RegExp(`\`${statement.id}\``));
  });

  it('names a base role without a population', () => {
    const cyp = hoverAt(
      jd({ title: 'Family support worker', role: 'family-support-worker-cyp' }).replace('role:', 'ro|le:'),
    )!;
    assert.ok(
      cyp.contents.includes('\n\nBuilds on: Family support worker (adult-focused) (5.4) (framework section 2).'),
      cyp.contents,
    );
  });
});
