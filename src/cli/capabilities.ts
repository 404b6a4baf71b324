// `jdkit capabilities <role-id>`: the statements a role must have, by domain,
// with the statements of the roles it builds on (framework section 2).
import { getFramework } from '../core/framework/load';
import { EXIT, type Command } from './command';
import { POPULATION_OPTION, populationArgument, roleArgument } from './role-args';

export const command: Command = {
  name: 'capabilities',
  summary: 'List the capability statements of a role, by domain, with their ids.',
  usage: 'jdkit capabilities <role-id> [options]',
  details: 'Without --population, a senior drug and alcohol worker lists the statements of both roles it can build on.',
  options: {
    population: POPULATION_OPTION,
    format: {
      type: 'string',
      short: 'f',
      value: 'format',
      description: 'Output format (default text).',
      choices: ['text', 'json'],
    },
  },
  positionals: { min: 1, max: 1 },
  run({ values, positionals }, io) {
    const framework = getFramework();
    const role = roleArgument(positionals[0]);
    const population = populationArgument(values.population);
    const groups = [role, ...framework.baseRoles(role.id, population)].flatMap((source) =>
      source.domains.map((domain) => ({
        role: source.id,
        domain: { id: domain.id, name: domain.name, number: domain.number },
        statements: domain.statements.map((s) => ({ id: s.id, text: s.text })),
      })),
    );
    const externalFrameworks = role.externalFrameworks.map((f) => ({ name: f.name, publisher: f.publisher }));

    if (values.format === 'json') {
      const json = {
        role: { id: role.id, name: role.name, section: role.section, kind: role.kind },
        population: population ?? null,
        groups,
        externalFrameworks,
      };
      io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
      return EXIT.ok;
    }
    const out = [`${role.name} (framework section ${role.section})`];
    if (role.kind === 'descriptor') {
      out.push('', 'The framework describes this role but lists no capability statements for it. It points to:');
      out.push(
        ...externalFrameworks.map((f) => (f.publisher === null ? `  - ${f.name}` : `  - ${f.name} (${f.publisher})`)),
      );
    }
    let shownRole = role.id;
    for (const group of groups) {
      if (group.role !== shownRole) {
        const base = framework.role(group.role)!;
        out.push('', `Builds on: ${base.name} (framework section ${base.section})`);
        shownRole = group.role;
      }
      out.push(
        '',
        `${group.domain.number}. ${group.domain.name}`,
        ...group.statements.map((s) => `  ${s.id.padEnd(10)} ${s.text}`),
      );
    }
    io.stdout.write(out.join('\n') + '\n');
    return EXIT.ok;
  },
};
