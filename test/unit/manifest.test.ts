import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_SCHEMA, PACKAGE_JSON, regenerateManifest, schemaText } from '../../scripts/generate-manifest';
import { listFiles, PackageManager } from '@vscode/vsce';
import { getFramework } from '../../src/core/framework/load';
import { DOCUMENTED_RULES, ruleDocPath } from '../../src/core/rule-docs';
import { ALL_RULES } from '../../src/core/rules';
import { COVERAGE_COMMANDS } from '../../src/extension/coverage-html';

const root = path.dirname(PACKAGE_JSON);
const manifestText = readFileSync(PACKAGE_JSON, 'utf8');
interface Setting {
  type: unknown;
  default: unknown;
  properties?: Record<string, { type?: unknown }>;
}
/** The parts of the extension manifest these tests read. */
interface Manifest {
  main: string;
  activationEvents: string[];
  contributes: {
    commands: { command: string; category: string }[];
    configuration: { title: string; properties: Record<string, Setting> };
    jsonValidation: unknown;
  };
  capabilities: { untrustedWorkspaces: { restrictedConfigurations: string[] } };
}
const manifest = JSON.parse(manifestText) as Manifest;

describe('extension manifest (package.json)', () => {
  it('has up-to-date settings and .jdkit.json schema (run `npm run manifest` to regenerate)', () => {
    assert.equal(manifestText, regenerateManifest(manifestText));
    assert.equal(readFileSync(CONFIG_SCHEMA, 'utf8'), schemaText());
  });

  it('offers every rule in the jdkit.rules setting', () => {
    const rules = manifest.contributes.configuration.properties['jdkit.rules'].properties!;
    assert.deepEqual(
      Object.keys(rules),
      ALL_RULES.map((r) => r.id),
    );
  });

  it('gives every setting one type and its real default, so the Settings UI can edit it', () => {
    const { properties } = manifest.contributes.configuration;
    assert.equal(manifest.contributes.configuration.title, 'jdkit');
    for (const [key, setting] of Object.entries(properties)) {
      assert.equal(typeof setting.type, 'string', `${key} has type ${JSON.stringify(setting.type)}`);
      assert.notEqual(setting.default, null, `${key} has no default`);
    }
    assert.equal(properties['jdkit.caseload.max'].default, getFramework().guidance.caseload.max);
    // Each rule is a drop-down of severities.
    for (const rule of Object.values(properties['jdkit.rules'].properties!)) assert.equal(rule.type, 'string');
  });

  it('activates for *.jd.md files without "*"', () => {
    assert.equal(manifest.main, './dist/extension.js');
    assert.ok(!manifest.activationEvents.includes('*'));
    assert.ok(manifest.activationEvents.includes('workspaceContains:**/*.jd.md'));
  });

  it('contributes exactly the commands the extension registers, in category jdkit', () => {
    const dir = path.join(root, 'src', 'extension');
    const registered = readdirSync(dir)
      .flatMap((file) =>
        [...readFileSync(path.join(dir, file), 'utf8').matchAll(/registerCommand\(\s*'(jdkit\.[\w.]+)'/g)].map(
          (m) => m[1],
        ),
      )
      .sort();
    const contributed = manifest.contributes.commands.map((c) => c.command).sort();
    assert.deepEqual(contributed, registered);
    for (const command of manifest.contributes.commands) assert.equal(command.category, 'jdkit', command.command);
    // The coverage view's links run these; they must exist.
    for (const command of COVERAGE_COMMANDS) assert.ok(registered.includes(command), command);
  });

  it('restores the coverage view after a reload', () => {
    assert.ok(manifest.activationEvents.includes('onWebviewPanel:jdkit.coverage'));
  });

  it('ships the documentation page of every rule in the .vsix (.vscodeignore)', async () => {
    const shipped = (await listFiles({ cwd: root, packageManager: PackageManager.None })).map((f) =>
      f.replace(/\\/g, '/'),
    );
    assert.deepEqual(
      shipped.filter((f) => f.startsWith('docs/')).sort(),
      DOCUMENTED_RULES.map((r) => ruleDocPath(r.id)).sort(),
    );
  });

  // Needs the bundles (npm run build, which the test command runs first).
  it('ships the framework data files that the bundles in the .vsix read (.vscodeignore)', async () => {
    const shipped = (await listFiles({ cwd: root, packageManager: PackageManager.None })).map((f) =>
      f.replace(/\\/g, '/'),
    );
    const read = shipped
      .filter((f) => /^dist\/[^/]+\.js$/.test(f))
      .flatMap((f) => [...readFileSync(path.join(root, f), 'utf8').matchAll(/__dirname,\s*"(framework-data\/[^"]+)"/g)])
      .map((m) => `dist/${m[1]}`);
    assert.ok(read.includes('dist/framework-data/framework.json'), 'dist/engine.js reads the framework from its file');
    for (const file of read) assert.ok(shipped.includes(file), `${file} is read by a bundle but not in the .vsix`);
  });

  // Needs the bundles, as above.
  it('writes the framework data files the bundles read in ASCII, holding the same data as framework-data/', () => {
    for (const name of readdirSync(path.join(root, 'dist', 'framework-data'))) {
      const shipped = readFileSync(path.join(root, 'dist', 'framework-data', name), 'utf8');
      assert.ok(/^[\x00-\x7f]*$/.test(shipped), `dist/framework-data/${name} is not ASCII`);
      const source = readFileSync(path.join(root, 'framework-data', name), 'utf8');
      assert.deepEqual(JSON.parse(shipped), JSON.parse(source), name);
    }
  });

  it('validates .jdkit.json against the shipped schema and limits untrusted workspaces', () => {
    assert.deepEqual(manifest.contributes.jsonValidation, [
      { fileMatch: '.jdkit.json', url: './resources/jdkit.schema.json' },
    ]);
    assert.deepEqual(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations, ['jdkit.templatesPath']);
  });
});
