// Shared by the export tests: fixtures, a fixed export date and temporary folders.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The repository root (tests run from out/test/unit/export). */
export const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
export const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'export');
export const NOW = new Date('2025-03-03T12:00:00Z');

export function fixture(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** The full drug and alcohol worker job description: every DAW capability, all front-matter fields, non-ASCII names. */
export const DAW_FILE = path.join(FIXTURES, 'drug-and-alcohol-worker.jd.md');
export const DAW = fixture('drug-and-alcohol-worker.jd.md');

/** A job description from front-matter fields and a Markdown body. */
export function jobDescription(fields: Record<string, string | number>, body: string): string {
  return ['---', ...Object.entries(fields).map(([k, v]) => `${k}: ${JSON.stringify(v)}`), '---', body].join('\n');
}

/** A fresh temporary folder, removed after the current test file. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jdkit-export-'));
  created.push(dir);
  return dir;
}

const created: string[] = [];
after(() => {
  for (const dir of created.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

export function write(file: string, text: string): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
}
