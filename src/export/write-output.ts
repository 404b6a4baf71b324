// Writing the .docx: through a temporary file in the target's folder that is
// flushed and then renamed into place, so a failure never leaves a
// half-written file and never destroys the previous one. File-system
// failures become WriteErrors that say, in words, what to do.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ExportError, WriteError } from './errors';

export class OutputExistsError extends ExportError {
  constructor(readonly target: string) {
    super(`"${target}" already exists; it was not overwritten`);
    this.name = 'OutputExistsError';
  }
}

/** What a failure means to someone exporting a document, by error code. */
const WRITE_FAILURES: Record<string, string> = {
  ENOSPC: 'the disk is full (no space left on device); free some space and try again',
  EDQUOT: 'your disk quota is used up; free some space and try again',
  EROFS: 'the folder is on a read-only file system; choose another folder',
  EACCES: 'permission denied: you may not create files in this folder; choose another folder',
  EPERM: 'permission denied: you may not create files in this folder; choose another folder',
  EIO: 'the disk reported an input/output error (i/o error); check the drive and try again',
  ENAMETOOLONG: 'the file name or folder path is too long; choose a shorter one',
};

const PREVIOUS_KEPT = 'The previous version of the file is unchanged';

/** A temporary file older than this was left by an export that was killed. */
const STALE_TEMP_MS = 10 * 60 * 1000;

/**
 * Writes `data` to `target`. Without `force` an existing file is left alone
 * (OutputExistsError); the check and the write are one step (a hard link
 * fails if the name exists), so a file created in the meantime is not
 * overwritten either.
 */
export async function writeOutput(
  target: string,
  data: Uint8Array,
  { force = false }: { force?: boolean } = {},
): Promise<void> {
  const dir = path.dirname(target);
  const prefix = `.${path.basename(target)}.`;
  const temp = path.join(dir, `${prefix}${randomBytes(6).toString('hex')}.tmp`);
  try {
    await fs.promises.mkdir(dir, { recursive: true });
    if (!force && fs.existsSync(target)) throw new OutputExistsError(target);
    await removeStaleTemps(dir, prefix);
    const handle = await fs.promises.open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (force) await replace(temp, target);
    else await createNew(temp, target);
  } catch (err) {
    if (err instanceof ExportError) throw err;
    throw writeError(err as NodeJS.ErrnoException, target, temp);
  } finally {
    await fs.promises.rm(temp, { force: true }).catch(() => undefined);
  }
}

function writeError(err: NodeJS.ErrnoException, target: string, temp: string): WriteError {
  // mkdir meets a file where a folder of the path should be: EEXIST for the folder itself, ENOTDIR above it.
  const fileInTheWay = err.syscall === 'mkdir' && (err.code === 'EEXIST' || err.code === 'ENOTDIR');
  const known = fileInTheWay
    ? `the folder "${path.dirname(target)}" cannot be made: a file of that name, or of a folder above it, is in the way; choose another folder`
    : err.code === undefined
      ? undefined
      : WRITE_FAILURES[err.code];
  // The temporary file's name means nothing to the user: name the target instead.
  const problem = known ?? err.message.split(temp).join(target);
  const kept = fs.existsSync(target) ? `. ${PREVIOUS_KEPT}` : '';
  return new WriteError(target, `${problem}${kept}`);
}

/** Temporary files of this target that a killed export left behind (fresh ones may belong to an export still running). */
async function removeStaleTemps(dir: string, prefix: string): Promise<void> {
  const names = await fs.promises.readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(prefix) || !/\.[0-9a-f]{12}\.tmp$/.test(name)) continue;
    const file = path.join(dir, name);
    const stat = await fs.promises.stat(file).catch(() => null);
    if (stat?.isFile() && Date.now() - stat.mtimeMs > STALE_TEMP_MS)
      await fs.promises.rm(file, { force: true }).catch(() => undefined);
  }
}

async function replace(temp: string, target: string): Promise<void> {
  try {
    await fs.promises.rename(temp, target);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EBUSY' || code === 'EPERM' || code === 'EACCES') {
      throw new WriteError(
        target,
        `the file is locked or in use (${code}): if it is open in Word, close it and try again. ${PREVIOUS_KEPT}`,
      );
    }
    throw err;
  }
}

async function createNew(temp: string, target: string): Promise<void> {
  try {
    await fs.promises.link(temp, target);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new OutputExistsError(target);
    // Some file systems (FAT, some network shares) have no hard links.
    if (fs.existsSync(target)) throw new OutputExistsError(target);
    await fs.promises.rename(temp, target);
  }
}
