import assert from 'node:assert/strict';
import { CONFIG_FILE_NAME } from '../../../src/core/config';
import { lintDocument } from '../../../src/core/lint';
import { exportJd } from '../../../src/export';
import { CONFIG_FILE, CONFIG_FILE_GLOB, engine, loadExport } from '../../../src/extension/load-engine';

describe('the lazily loaded engine and Word code', () => {
  it('loads the engine module beside the loader', () => {
    assert.equal(typeof engine().lintDocument, 'function');
    assert.equal(engine().lintDocument, lintDocument);
  });

  it('loads the Word code from the compiled tree, once', () => {
    assert.equal(loadExport().exportJd, exportJd);
    assert.equal(loadExport(), loadExport());
  });

  it('watches the config file the engine reads', () => {
    assert.equal(CONFIG_FILE, CONFIG_FILE_NAME);
    assert.equal(CONFIG_FILE_GLOB, `**/${CONFIG_FILE_NAME}`);
  });
});
