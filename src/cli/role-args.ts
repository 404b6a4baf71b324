// Role and population arguments shared by `jdkit capabilities` and `jdkit new`.
import { getFramework } from '../core/framework/load';
import { POPULATIONS, type Population, type Role } from '../core/framework/schema';
import { didYouMean } from './args';
import { UsageError, type OptionSpec } from './command';

export const POPULATION_OPTION: OptionSpec = {
  type: 'string',
  short: 'p',
  value: 'population',
  description:
    'Who the post works with; decides what a senior drug and alcohol worker builds on (framework section 2).',
  choices: POPULATIONS,
};

/** The framework role with this id, or a usage error suggesting the nearest id. */
export function roleArgument(id: string): Role {
  const framework = getFramework();
  const role = framework.role(id);
  if (role) return role;
  const hint = didYouMean(
    id,
    framework.roles.map((r) => r.id),
  );
  throw new UsageError(`unknown role "${id}".${hint} Run "jdkit roles" to list the role ids.`);
}

export function populationArgument(value: string | boolean | undefined): Population | undefined {
  return typeof value === 'string' ? (value as Population) : undefined;
}
