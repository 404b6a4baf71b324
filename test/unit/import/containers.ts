// Minimal writers and readers for the two container formats Word files come
// in: zip (.docx) and the OLE2 compound file (.doc, and encrypted .docx). The
// bad-input fixtures need byte-level control neither the docx library nor
// jszip gives (a pre-compressed entry that inflates to hundreds of megabytes,
// 20,000 entries, a compound file with named streams), and the self-test needs
// to inspect those files without inflating them.
import zlib from 'node:zlib';

// ---- zip --------------------------------------------------------------------

export interface ZipEntry {
  name: string;
  /** Stored as is (method 0) unless `deflate` is set. */
  data?: Buffer;
  deflate?: boolean;
  /** An entry compressed elsewhere (raw DEFLATE), with the CRC-32 and size of what it inflates to. */
  compressed?: { data: Buffer; crc: number; size: number };
}

/** A fixed timestamp (3 March 2025, 12:00) so the same fixture is the same bytes on every run. */
const DOS_TIME = 12 << 11;
const DOS_DATE = ((2025 - 1980) << 9) | (3 << 5) | 3;

interface Packed {
  name: Buffer;
  method: number;
  crc: number;
  size: number;
  body: Buffer;
}

function pack(entry: ZipEntry): Packed {
  const name = Buffer.from(entry.name, 'utf8');
  if (entry.compressed)
    return { name, method: 8, crc: entry.compressed.crc, size: entry.compressed.size, body: entry.compressed.data };
  const data = entry.data ?? Buffer.alloc(0);
  const body = entry.deflate ? zlib.deflateRawSync(data, { level: 9 }) : data;
  return { name, method: entry.deflate ? 8 : 0, crc: zlib.crc32(data), size: data.length, body };
}

/** Writes the fields local and central headers share, from "version needed" to the extra-field length (26 bytes). */
function writeCommon(b: Buffer, at: number, p: Packed): void {
  b.writeUInt16LE(20, at);
  b.writeUInt16LE(0x0800, at + 2); // names are UTF-8
  b.writeUInt16LE(p.method, at + 4);
  b.writeUInt16LE(DOS_TIME, at + 6);
  b.writeUInt16LE(DOS_DATE, at + 8);
  b.writeUInt32LE(p.crc >>> 0, at + 10);
  b.writeUInt32LE(p.body.length, at + 14);
  b.writeUInt32LE(p.size, at + 18);
  b.writeUInt16LE(p.name.length, at + 22);
  // at + 24: no extra field
}

/**
 * A zip archive (no zip64: every size and the entry count must fit the
 * classic fields), written into one buffer: the entry-count bomb has 20,000
 * entries, and a buffer per header made that slow.
 */
export function writeZip(entries: readonly ZipEntry[]): Buffer {
  if (entries.length > 0xffff) throw new Error('writeZip: more than 65,535 entries needs zip64');
  const packed = entries.map(pack);
  const localSize = packed.reduce((n, p) => n + 30 + p.name.length + p.body.length, 0);
  const centralSize = packed.reduce((n, p) => n + 46 + p.name.length, 0);
  const out = Buffer.alloc(localSize + centralSize + 22);
  let local = 0;
  let central = localSize;
  for (const p of packed) {
    out.writeUInt32LE(0x04034b50, local);
    writeCommon(out, local + 4, p);
    p.name.copy(out, local + 30);
    p.body.copy(out, local + 30 + p.name.length);
    out.writeUInt32LE(0x02014b50, central);
    out.writeUInt16LE(20, central + 4); // version made by
    writeCommon(out, central + 6, p);
    out.writeUInt32LE(local, central + 42); // comment length, disk and attributes stay 0
    p.name.copy(out, central + 46);
    local += 30 + p.name.length + p.body.length;
    central += 46 + p.name.length;
  }
  const end = localSize + centralSize;
  out.writeUInt32LE(0x06054b50, end);
  out.writeUInt16LE(entries.length, end + 8);
  out.writeUInt16LE(entries.length, end + 10);
  out.writeUInt32LE(centralSize, end + 12);
  out.writeUInt32LE(localSize, end + 16);
  return out;
}

export interface ZipDirectoryEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  /** As declared in the central directory: the bomb's claim, checked without inflating. */
  size: number;
  offset: number;
}

/** The central directory, or null when there is none (not a zip, or truncated). */
export function readZipDirectory(zip: Buffer): ZipDirectoryEntry[] | null {
  try {
    return zipDirectory(zip);
  } catch (e) {
    if (e instanceof RangeError) return null; // offsets point past the end: damaged
    throw e;
  }
}

function zipDirectory(zip: Buffer): ZipDirectoryEntry[] | null {
  const end = zip.lastIndexOf(u32(0x06054b50));
  // The record ends the file (after its comment); anything else is those four bytes inside compressed data.
  if (end < 0 || end + 22 > zip.length || end + 22 + zip.readUInt16LE(end + 20) !== zip.length) return null;
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const out: ZipDirectoryEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) return null;
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    out.push({
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      method: zip.readUInt16LE(at + 10),
      crc: zip.readUInt32LE(at + 16),
      compressedSize: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      offset: zip.readUInt32LE(at + 42),
    });
    at += 46 + skip;
  }
  return out;
}

/** An entry's bytes as stored (still compressed when method is 8). */
export function rawEntryData(zip: Buffer, entry: ZipDirectoryEntry): Buffer {
  const start = entry.offset + 30 + zip.readUInt16LE(entry.offset + 26) + zip.readUInt16LE(entry.offset + 28);
  return zip.subarray(start, start + entry.compressedSize);
}

/** An entry inflated; only for small entries (the self-test streams the bomb instead). */
export function readZipEntry(zip: Buffer, entry: ZipDirectoryEntry): Buffer {
  const raw = rawEntryData(zip, entry);
  return entry.method === 8 ? zlib.inflateRawSync(raw) : Buffer.from(raw);
}

// ---- OLE2 compound file (CFB, MS-CFB version 3) -------------------------------

export const OLE2_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const SECTOR = 512;
/** Streams shorter than this live in the mini stream, which this writer does not implement: callers pad to it. */
export const MINI_STREAM_CUTOFF = 4096;
const FREESECT = 0xffffffff;
const ENDOFCHAIN = 0xfffffffe;
const FATSECT = 0xfffffffd;
const NOSTREAM = 0xffffffff;

export interface CfbStream {
  name: string;
  data: Buffer;
}

/**
 * A compound file with the given streams in its root storage, readable by
 * real OLE2 readers (olefile, LibreOffice): header, FAT, a directory whose
 * siblings form a valid red-black tree, and each stream in its own chain.
 */
export function writeCfb(streams: readonly CfbStream[], rootClsid: Buffer = Buffer.alloc(16)): Buffer {
  for (const s of streams) {
    if (s.data.length < MINI_STREAM_CUTOFF)
      throw new Error(`writeCfb: ${s.name} is shorter than ${MINI_STREAM_CUTOFF} bytes`);
  }
  const dirSectors = Math.ceil((streams.length + 1) / 4);
  const streamSectors = streams.map((s) => Math.ceil(s.data.length / SECTOR));
  const others = dirSectors + streamSectors.reduce((a, b) => a + b, 0);
  let fatSectors = 1;
  while (fatSectors * (SECTOR / 4) < fatSectors + others) fatSectors++;
  if (fatSectors > 109) throw new Error('writeCfb: too large for a header-only DIFAT');

  const fat = new Uint32Array(fatSectors * (SECTOR / 4)).fill(FREESECT);
  fat.fill(FATSECT, 0, fatSectors);
  let next = fatSectors;
  const chain = (length: number): number => {
    const start = next;
    for (let i = 0; i < length; i++) fat[next + i] = i === length - 1 ? ENDOFCHAIN : next + i + 1;
    next += length;
    return start;
  };
  const firstDirSector = chain(dirSectors);
  const starts = streamSectors.map(chain);

  const directory = Buffer.alloc(dirSectors * SECTOR);
  // Unused entries too must say "no sibling, no child".
  for (let at = 0; at < directory.length; at += 128) {
    for (const field of [68, 72, 76]) directory.writeUInt32LE(NOSTREAM, at + field);
  }
  const tree = siblingTree(streams.map((s) => s.name));
  dirEntry(directory, 0, {
    name: 'Root Entry',
    type: 5,
    black: true,
    child: tree.root,
    start: ENDOFCHAIN,
    size: 0,
    clsid: rootClsid,
  });
  streams.forEach((s, i) => {
    const node = tree.nodes[i];
    dirEntry(directory, i + 1, {
      name: s.name,
      type: 2,
      black: node.black,
      left: node.left,
      right: node.right,
      start: starts[i],
      size: s.data.length,
    });
  });

  const body = streams.map((s, i) => Buffer.concat([s.data, Buffer.alloc(streamSectors[i] * SECTOR - s.data.length)]));
  return Buffer.concat([cfbHeader(fatSectors, firstDirSector), Buffer.from(fat.buffer), directory, ...body]);
}

function cfbHeader(fatSectors: number, firstDirSector: number): Buffer {
  const h = Buffer.alloc(SECTOR);
  OLE2_MAGIC.copy(h, 0);
  h.writeUInt16LE(0x003e, 24); // minor version
  h.writeUInt16LE(0x0003, 26); // major version 3: 512-byte sectors
  h.writeUInt16LE(0xfffe, 28); // little-endian
  h.writeUInt16LE(9, 30); // sector shift: 2^9
  h.writeUInt16LE(6, 32); // mini sector shift: 2^6
  h.writeUInt32LE(fatSectors, 44);
  h.writeUInt32LE(firstDirSector, 48);
  h.writeUInt32LE(MINI_STREAM_CUTOFF, 56);
  h.writeUInt32LE(ENDOFCHAIN, 60); // no mini FAT
  h.writeUInt32LE(ENDOFCHAIN, 68); // no DIFAT sectors: the header's 109 slots suffice
  for (let i = 0; i < 109; i++) h.writeUInt32LE(i < fatSectors ? i : FREESECT, 76 + i * 4);
  return h;
}

interface DirEntryOptions {
  name: string;
  type: number;
  black: boolean;
  left?: number;
  right?: number;
  child?: number;
  start: number;
  size: number;
  clsid?: Buffer;
}

function dirEntry(directory: Buffer, index: number, e: DirEntryOptions): void {
  const at = index * 128;
  const name = Buffer.from(`${e.name}\0`, 'utf16le');
  if (name.length > 64) throw new Error(`writeCfb: the name ${e.name} is longer than 31 characters`);
  name.copy(directory, at);
  directory.writeUInt16LE(name.length, at + 64);
  directory.writeUInt8(e.type, at + 66);
  directory.writeUInt8(e.black ? 1 : 0, at + 67);
  directory.writeUInt32LE(e.left ?? NOSTREAM, at + 68);
  directory.writeUInt32LE(e.right ?? NOSTREAM, at + 72);
  directory.writeUInt32LE(e.child ?? NOSTREAM, at + 76);
  e.clsid?.copy(directory, at + 80);
  directory.writeUInt32LE(e.start, at + 116);
  directory.writeUInt32LE(e.size, at + 120);
}

interface TreeNode {
  left?: number;
  right?: number;
  black: boolean;
}

/**
 * Directory siblings as a balanced binary search tree in the compound file's
 * order (shorter names first, then by upper-cased code units). Nodes on the
 * deepest level of an imperfect tree are red and the rest black, which keeps
 * every path's black count equal, as strict readers check.
 */
function siblingTree(names: readonly string[]): { root: number; nodes: TreeNode[] } {
  const order = names.map((_, i) => i).sort((a, b) => compareNames(names[a], names[b]));
  const nodes: TreeNode[] = names.map(() => ({ black: true }));
  const depth: number[] = [];
  const build = (lo: number, hi: number, d: number): number | undefined => {
    if (lo > hi) return undefined;
    const mid = (lo + hi) >> 1;
    const index = order[mid];
    depth[index] = d;
    nodes[index].left = entryId(build(lo, mid - 1, d + 1));
    nodes[index].right = entryId(build(mid + 1, hi, d + 1));
    return index;
  };
  const root = build(0, order.length - 1, 0);
  const deepest = Math.max(...depth);
  const perfect = names.length === 2 ** (deepest + 1) - 1;
  if (!perfect) depth.forEach((d, i) => (nodes[i].black = d !== deepest));
  return { root: entryId(root) ?? NOSTREAM, nodes };
}

/** Stream i is directory entry i + 1 (entry 0 is the root). */
function entryId(index: number | undefined): number | undefined {
  return index === undefined ? undefined : index + 1;
}

function compareNames(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  const x = a.toUpperCase();
  const y = b.toUpperCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

export interface CfbDirectoryEntry {
  name: string;
  type: number;
  size: number;
  start: number;
}

/** The directory of a compound file, read by following the FAT chain as a real reader would. */
export function readCfbDirectory(file: Buffer): CfbDirectoryEntry[] {
  if (!file.subarray(0, 8).equals(OLE2_MAGIC)) throw new Error('not an OLE2 compound file');
  const out: CfbDirectoryEntry[] = [];
  for (const sector of cfbChain(file, file.readUInt32LE(48))) {
    for (let at = SECTOR * (sector + 1); at < SECTOR * (sector + 2); at += 128) {
      const type = file.readUInt8(at + 66);
      if (type === 0) continue;
      const nameLength = file.readUInt16LE(at + 64);
      out.push({
        name: file.toString('utf16le', at, at + nameLength - 2),
        type,
        start: file.readUInt32LE(at + 116),
        size: file.readUInt32LE(at + 120),
      });
    }
  }
  return out;
}

/** A stream's bytes (regular sectors only, as written by writeCfb). */
export function readCfbStream(file: Buffer, entry: CfbDirectoryEntry): Buffer {
  const parts = cfbChain(file, entry.start).map((s) => file.subarray(SECTOR * (s + 1), SECTOR * (s + 2)));
  return Buffer.concat(parts).subarray(0, entry.size);
}

function cfbChain(file: Buffer, start: number): number[] {
  const fatSectors = file.readUInt32LE(44);
  const fat = (n: number) => {
    const fatSector = file.readUInt32LE(76 + 4 * Math.floor(n / (SECTOR / 4)));
    return file.readUInt32LE(SECTOR * (fatSector + 1) + 4 * (n % (SECTOR / 4)));
  };
  const out: number[] = [];
  for (let s = start; s !== ENDOFCHAIN; s = fat(s)) {
    if (out.length > fatSectors * (SECTOR / 4)) throw new Error('OLE2: FAT chain loops');
    out.push(s);
  }
  return out;
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
}
