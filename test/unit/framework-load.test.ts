import assert from 'node:assert/strict';
import frameworkJson from '../../framework-data/framework.json';
import { FRAMEWORK_FILE, Framework, getFramework } from '../../src/core/framework/load';
import { frameworkSchema } from '../../src/core/framework/data-schema';
import type { FrameworkData } from '../../src/core/framework/schema';
import { ValidationError, validate } from '../../src/core/validate';

const ids = (roles: readonly { id: string }[]): string[] => roles.map((r) => r.id);

/** A deep copy of framework.json that tests may mutate. */
function frameworkCopy(): FrameworkData {
  return structuredClone(frameworkJson) as FrameworkData;
}

describe('framework loader', () => {
  const fw = getFramework();

  it('loads once and returns the same instance', () => {
    assert.equal(getFramework(), fw);
    assert.equal(fw.source.reference, 'PRN01499');
    assert.ok(Array.isArray(fw.titles.roles));
    assert.ok(Array.isArray(fw.stigma.terms));
    assert.ok(fw.guidance.caseload.max > 0);
  });

  it('indexes roles in document order', () => {
    assert.equal(fw.roles.length, 14);
    assert.equal(fw.roles[0].id, 'drug-and-alcohol-worker');
    assert.equal(fw.capabilityRoles.length, 11);
    assert.ok(fw.capabilityRoles.every((r) => r.kind === 'capabilities'));
    assert.equal(fw.role('nurse')?.regulation?.regulator, 'NMC');
    assert.equal(fw.role('no-such-role'), undefined);
  });

  it('indexes statements by id and in document order', () => {
    const entry = fw.statement('DAW-1-01');
    assert.ok(entry);
    assert.match(entry.statement.text, /^able to consistently deploy evidence-based care and support strategies/);
    assert.equal(entry.role.id, 'drug-and-alcohol-worker');
    assert.equal(entry.domain.id, 'overarching-capabilities');
    assert.equal(fw.statement('COM-4-07')?.domain.name, 'Service and system development');
    assert.equal(fw.statement('DAW-9-99'), undefined);
    assert.equal(fw.allStatements.length, 799);
    assert.equal(fw.allStatements[0].statement.id, 'DAW-1-01');
    assert.equal(fw.allStatements.at(-1)?.statement.id, 'COM-4-07');
  });

  it('resolves the roles a role builds on by population (section 2)', () => {
    assert.deepEqual(ids(fw.baseRoles('senior-drug-and-alcohol-worker', 'adults')), ['drug-and-alcohol-worker']);
    assert.deepEqual(ids(fw.baseRoles('senior-drug-and-alcohol-worker', 'children-and-young-people')), [
      'cyp-drug-and-alcohol-worker',
    ]);
    assert.deepEqual(ids(fw.baseRoles('senior-drug-and-alcohol-worker')), [
      'drug-and-alcohol-worker',
      'cyp-drug-and-alcohol-worker',
    ]);
    assert.deepEqual(ids(fw.baseRoles('family-support-worker-cyp', 'children-and-young-people')), [
      'family-support-worker-adult',
    ]);
    assert.deepEqual(fw.baseRoles('drug-and-alcohol-worker'), []);
  });

  it('lists a role’s own statements followed by its base roles’', () => {
    const fswc = fw.roleStatements('family-support-worker-cyp').map((e) => e.statement.id);
    assert.equal(fswc.length, 41 + 74);
    assert.equal(fswc[0], 'FSWC-1-01');
    assert.ok(fswc.includes('FSWA-1-01'));
    const senior = fw.roleStatements('senior-drug-and-alcohol-worker', 'adults');
    assert.equal(senior.length, 30 + 74);
    assert.ok(
      senior.every((e) => e.role.id === 'senior-drug-and-alcohol-worker' || e.role.id === 'drug-and-alcohol-worker'),
    );
    assert.deepEqual(fw.roleStatements('medical-workforce'), []);
  });

  it('reports a malformed file with its name and the path inside it', () => {
    const copy = frameworkCopy();
    copy.roles[0].domains[0].statements[0].id = 'daw-1-1';
    assert.throws(
      () => validate(frameworkSchema, copy, FRAMEWORK_FILE),
      (err: unknown) =>
        err instanceof ValidationError &&
        err.message.startsWith('framework-data/framework.json: ') &&
        err.message.includes('roles[0].domains[0].statements[0].id'),
    );
  });

  it('rejects duplicate statement ids and bad buildsOn targets', () => {
    const knowledge = { titles: fw.titles, guidance: fw.guidance, stigma: fw.stigma, thesaurus: fw.thesaurus };
    const dup = frameworkCopy();
    dup.roles[1].domains[0].statements[0].id = 'DAW-1-01';
    assert.throws(
      () => new Framework(dup, knowledge),
      /roles\[1\]\.domains\[0\]\.statements\[0\]\.id: duplicate statement id "DAW-1-01"/,
    );

    const descriptorBase = frameworkCopy();
    descriptorBase.roles[4].buildsOn[0].role = 'medical-workforce';
    assert.throws(() => new Framework(descriptorBase, knowledge), /roles\[4\]\.buildsOn\[0\]\.role/);

    const chained = frameworkCopy();
    chained.roles[2].buildsOn[0].role = 'family-support-worker-cyp';
    assert.throws(() => new Framework(chained, knowledge), /roles\[2\]\.buildsOn\[0\]\.role/);
  });
});
