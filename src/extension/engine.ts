// Everything the extension uses from the core engine, in one module that is
// bundled separately (dist/engine.js) and loaded on first use by
// load-engine.ts. The rest of src/extension imports only types from the core,
// so activating the extension (for instance on a Markdown file that is not a
// job description) compiles none of the engine, zod, yaml or markdown-it.
// The bundle also exports `sharedModules`, the modules the Word code in
// dist/export.js takes from it rather than bundling again (scripts/bundle.mjs).
export { CONFIG_FILE_NAME } from '../core/config';
export { ConfigResolver, NO_CONFIG } from '../core/config-file';
export { complete } from '../core/completion';
export { describeCounts } from '../core/coverage';
export { parseJd } from '../core/document/parse';
export { allMissingStatements, insertAllMissingEdits } from '../core/edits/insert-missing';
export { insertStatementsEdits } from '../core/edits/insert-statements';
export { exportBlock, exportBlockers, untitledReason } from '../core/export-guard';
export { describeFixAll, planFixAll } from '../core/fix-all';
export { getFramework } from '../core/framework/load';
export { POPULATION_NAMES, POPULATIONS } from '../core/framework/schema';
export { upperFirst } from '../core/text/case';
export { hover } from '../core/hover';
export { lintDocument } from '../core/lint';
export { DOCUMENTED_RULES, ruleDocPath } from '../core/rule-docs';
export { newJobDescription } from '../core/scaffold';
export { ValidationError } from '../core/validate';
export { COVERAGE_COMMANDS, renderCoverageHtml, renderCoverageMessage } from './coverage-html';
export { mergeConfig, SETTINGS_SOURCE } from './merge-config';
