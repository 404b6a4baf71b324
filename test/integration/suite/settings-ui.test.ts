// The Settings UI filtered by "jdkit": every setting has a type and a default
// the editor knows, and a screenshot records how the page looks.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { requestScreenshot } from '../runner/host-hooks';
import { activateExtension, closeAllEditors, EXTENSION_ID } from './helpers';

interface Property {
  type?: string | string[];
  default?: unknown;
  markdownDescription?: string;
}

describe('settings', () => {
  before(activateExtension);
  after(closeAllEditors);

  it('gives every jdkit setting a type, a default the editor reports and a description, under the title "jdkit"', async () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as {
      contributes: { configuration: { title: string; properties: Record<string, Property> } };
    };
    const { title, properties } = manifest.contributes.configuration;
    assert.equal(title, 'jdkit');
    const configuration = vscode.workspace.getConfiguration();
    for (const [key, property] of Object.entries(properties)) {
      assert.ok(property.type, `${key} has a type`);
      assert.ok(property.markdownDescription, `${key} has a markdownDescription`);
      assert.deepEqual(
        configuration.inspect(key)?.defaultValue,
        property.default,
        `${key}: the editor's default is the declared one`,
      );
    }
    assert.equal(configuration.inspect('jdkit.caseload.max')?.defaultValue, 40);
    await vscode.commands.executeCommand('notifications.clearAll');
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await vscode.commands.executeCommand('workbench.action.openSettings', 'jdkit');
    await requestScreenshot('test-results/settings-jdkit.png', { settleMs: 1500 });
  });
});
