// The Word export's public surface: what `jdkit render` and the editor's
// Export to Word command use. The extension loads this module on demand (as
// dist/export.js), so docx and handlebars stay off its activation path; that
// file takes the core engine from dist/engine.js (scripts/bundle.mjs).
export {
  configTemplatesDir,
  exportJd,
  missingSectionsNote,
  outputPath,
  renderMarkup,
  type ExportRequest,
  type ExportResult,
} from './export';
export { describeExportError, ExportError, formatLocation, WriteError, type SourceLocation } from './errors';
export { OutputExistsError, writeOutput } from './write-output';
export { BUILT_IN_TEMPLATES, findTemplate, listTemplates, type TemplateInfo, type TemplateListing } from './templates';
// Word in the other direction: `jdkit import` and the editor's import command.
export { ImportError } from '../import/errors';
export { importDocument, importOutputPath, type ImportReport } from '../import/import';
