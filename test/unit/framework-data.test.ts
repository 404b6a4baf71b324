// The data that ships with jdkit is not validated when it is loaded
// (src/core/framework/load.ts): these tests are where framework-data/*.json is
// checked against its schemas, and where the validated data is checked to be
// the file as it is, so that using the file unvalidated changes nothing.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { z } from 'zod';
import { getFramework } from '../../src/core/framework/load';
import {
  frameworkSchema,
  guidanceSchema,
  stigmaSchema,
  thesaurusSchema,
  titlesSchema,
} from '../../src/core/framework/data-schema';
import { INTERVIEW_FILE, interviewSchema } from '../../src/core/framework/interview-schema';
import { ValidationError, parseJsonFile } from '../../src/core/validate';
import { ROOT } from './sources';

const FILES: [string, z.ZodType][] = [
  ['framework-data/framework.json', frameworkSchema],
  ['framework-data/titles.json', titlesSchema],
  ['framework-data/guidance.json', guidanceSchema],
  ['framework-data/stigma.json', stigmaSchema],
  ['framework-data/thesaurus.json', thesaurusSchema],
  [INTERVIEW_FILE, interviewSchema],
];

const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

describe('bundled framework data against its schemas', () => {
  for (const [file, schema] of FILES) {
    it(`${file} is valid, and is the same once validated`, () => {
      const text = read(file);
      assert.deepEqual(parseJsonFile(schema, text, file), JSON.parse(text));
    });
  }

  it('catches a malformed file (the check can fail)', () => {
    const broken = JSON.parse(read('framework-data/thesaurus.json')) as { groups: { terms: unknown }[] };
    broken.groups[0].terms = 'people';
    assert.throws(() => parseJsonFile(thesaurusSchema, JSON.stringify(broken), 'thesaurus.json'), ValidationError);
  });

  it('is the data the engine loads', () => {
    const framework = getFramework();
    assert.deepEqual(framework.roles, (JSON.parse(read('framework-data/framework.json')) as { roles: unknown }).roles);
    assert.deepEqual(framework.thesaurus, JSON.parse(read('framework-data/thesaurus.json')));
  });
});
