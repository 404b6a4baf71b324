// `jdkit roles`: the framework's roles with what the linter needs to know about each.
import { getFramework } from '../core/framework/load';
import type { Role } from '../core/framework/schema';
import { columns } from './args';
import { EXIT, type Command } from './command';

export const command: Command = {
  name: 'roles',
  summary: 'List the roles of the capability framework and their ids.',
  usage: 'jdkit roles [options]',
  options: {
    format: {
      type: 'string',
      short: 'f',
      value: 'format',
      description: 'Output format (default text).',
      choices: ['text', 'json'],
    },
  },
  positionals: { min: 0, max: 0 },
  run({ values }, io) {
    const framework = getFramework();
    const roles = framework.roles.map((role) => ({
      id: role.id,
      name: role.name,
      section: role.section,
      kind: role.kind,
      statements: statementCount(role),
      pickAndMix: role.pickAndMix,
      buildsOn: role.buildsOn.map((b) => ({ role: b.role, population: b.population ?? null })),
      regulator: role.regulation?.regulator ?? null,
    }));
    if (values.format === 'json') {
      io.stdout.write(`${JSON.stringify({ roles }, null, 2)}\n`);
      return EXIT.ok;
    }
    const header = ['ID', 'NAME', 'SECTION', 'STATEMENTS', 'PICK-AND-MIX', 'BUILDS ON', 'REGULATOR'];
    const rows = roles.map((r) => [
      r.id,
      r.name,
      r.section,
      r.kind === 'descriptor' ? 'descriptor only' : String(r.statements),
      r.pickAndMix ? 'yes' : 'no',
      r.buildsOn.map((b) => (b.population ? `${b.role} (${b.population})` : b.role)).join(', ') || '-',
      r.regulator ?? '-',
    ]);
    io.stdout.write(columns([header, ...rows]).join('\n') + '\n');
    return EXIT.ok;
  },
};

function statementCount(role: Role): number {
  return role.domains.reduce((n, d) => n + d.statements.length, 0);
}
