// Where the repository is, for both integration-test runners: they run from
// out/, which may hold a copy of package.json, so look for tsconfig.json too.
import * as fs from 'fs';
import * as path from 'path';

export function findRepoRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    // out/ may hold a copy of package.json (resolveJsonModule), hence the tsconfig.json check.
    if (fs.existsSync(manifest) && fs.existsSync(path.join(dir, 'tsconfig.json'))) {
      try {
        if ((JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string }).name === 'jdkit') {
          return dir;
        }
      } catch {
        // keep looking
      }
    }
    if (path.dirname(dir) === dir) {
      return process.cwd();
    }
  }
}
