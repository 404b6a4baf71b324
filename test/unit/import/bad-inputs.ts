// Files `jdkit import` must refuse with a clear message naming the file (exit
// 2 for that file, the others still imported, no half-written output): issue
// 11, "Bad input". Each is built on demand; the slow ones are built once per
// process.
import zlib from 'node:zlib';
import { ImageRun, Paragraph } from 'docx';
import { readZipDirectory, readZipEntry, writeCfb, writeZip, type ZipEntry } from './containers';
import { heading, pack, para } from './word-builder';

export type BadInputKind = 'corrupt' | 'encrypted' | 'legacy-doc' | 'empty' | 'zip-bomb' | 'too-large';

export interface BadInput {
  name: string;
  kind: BadInputKind;
  fileName: string;
  /** What the file is and how it is made. */
  description: string;
  /** One line: what the importer should tell the user (after the file name). */
  message: string;
  build(): Buffer | Promise<Buffer>;
}

/** Over the 500 MB a reasonable importer bounds an entry's uncompressed size to. */
export const BOMB_CHUNKS = 600;
const MIB = 1 << 20;
/** Over the 10,000 entries a reasonable importer bounds a .docx to (Word writes a few dozen). */
export const BOMB_ENTRIES = 20_000;

export function badInputs(): BadInput[] {
  return [
    {
      name: 'corrupt-truncated',
      kind: 'corrupt',
      fileName: 'Recovery Worker (copy).docx',
      description:
        'A real .docx cut off at 60% of its length, as an interrupted download or copy leaves it: local entries but no central directory.',
      message:
        'is damaged or incomplete and cannot be read as a Word document: open it in Word and save it again, or get a fresh copy',
      build: async () => {
        const docx = await smallDocument();
        return docx.subarray(0, Math.floor(docx.length * 0.6));
      },
    },
    {
      name: 'encrypted',
      kind: 'encrypted',
      fileName: 'Recovery Worker (protected).docx',
      description:
        'What Word writes for a password-protected .docx: an OLE2 compound file (not a zip) holding "EncryptionInfo" (agile encryption ' +
        'header and XML descriptor) and "EncryptedPackage" (size, then ciphertext: pseudo-random bytes). Written by hand in containers.ts; ' +
        'the "\\x06DataSpaces" storage real files also carry is left out.',
      message:
        'is password-protected: remove the password in Word (File > Info > Protect Document > Encrypt with Password), save, and import again',
      build: () => encryptedDocx(),
    },
    {
      name: 'legacy-doc',
      kind: 'legacy-doc',
      fileName: 'Recovery Worker.doc',
      description:
        'A Word 97-2003 binary .doc: an OLE2 compound file with a "WordDocument" stream (starting with the FIB magic 0xA5EC) ' +
        'and a "1Table" stream.',
      message:
        'is a Word 97-2003 document (.doc): open it in Word or LibreOffice, save it as a Word Document (.docx), and import that',
      build: () => legacyDoc(),
    },
    {
      name: 'legacy-doc-renamed',
      kind: 'legacy-doc',
      fileName: 'Recovery Worker (old).docx',
      description:
        'The same .doc renamed to .docx, as people do: the importer must tell by the content, not the extension.',
      message:
        'is a Word 97-2003 document (.doc) with a .docx name: open it in Word or LibreOffice, save it as a Word Document (.docx), and import that',
      build: () => legacyDoc(),
    },
    {
      name: 'empty',
      kind: 'empty',
      fileName: 'New job description.docx',
      description: 'A valid .docx with no paragraphs at all (a document saved before anything was typed).',
      message: 'has no text to import',
      build: () => pack([]),
    },
    {
      name: 'zip-bomb-size',
      kind: 'zip-bomb',
      fileName: 'Recovery Worker (bomb).docx',
      description:
        `A valid .docx whose word/document.xml is about 0.6 MB compressed and inflates to ${BOMB_CHUNKS} MiB (one <w:t> of "A"s), ` +
        'its true size declared in the headers: refuse it from the declared size, and bound what is inflated too.',
      message: `is too large to import once uncompressed (word/document.xml would be about ${Math.round((BOMB_CHUNKS * MIB) / 1e6)} MB)`,
      build: () => once('zip-bomb-size', sizeBomb),
    },
    {
      name: 'zip-bomb-entries',
      kind: 'zip-bomb',
      fileName: 'Recovery Worker (entries).docx',
      description: `A valid .docx with ${BOMB_ENTRIES.toLocaleString('en-GB')} extra tiny entries (customXml/pad-N.xml) added to its zip.`,
      message: `has too many parts to be a Word document (more than ${BOMB_ENTRIES.toLocaleString('en-GB')} entries in its zip)`,
      build: () => once('zip-bomb-entries', entryBomb),
    },
    {
      name: 'too-large',
      kind: 'too-large',
      fileName: 'Recovery Worker (with photo).docx',
      description:
        'A legitimate but large .docx, just over 10 MiB: a Heading 1, 3,000 paragraphs of job-description text and one ' +
        'incompressible 10.8 MB PNG photograph (stored, not deflated). The issue lists a 10 MB document among the bad inputs.',
      message:
        'is too large to import (over 10 MB): remove large images from it in Word, or import a copy without them',
      build: () => once('too-large', largeDocument),
    },
  ];
}

const cache = new Map<string, Promise<Buffer>>();

/** The bomb and the large document take a second or so each: built once per process, each caller gets its own copy. */
async function once(key: string, build: () => Promise<Buffer>): Promise<Buffer> {
  let promise = cache.get(key);
  if (!promise) cache.set(key, (promise = build()));
  return Buffer.from(await promise);
}

function smallDocument(): Promise<Buffer> {
  return once('small', () =>
    pack([
      heading(1, 'Recovery Worker'),
      heading(2, 'Job purpose'),
      para('To support adults who use drugs and alcohol to reduce harm and work towards their own recovery goals.'),
      heading(2, 'Main duties'),
      ...Array.from({ length: 20 }, (_, i) =>
        para(`Duty ${i + 1}: hold a caseload, offer harm reduction advice and naloxone, and keep records.`),
      ),
    ]),
  );
}

/** Deterministic pseudo-random bytes (xorshift32), so fixtures are the same on every run yet do not compress. */
function noise(length: number, seed: number): Buffer {
  const words = new Uint32Array(Math.ceil(length / 4));
  let x = seed >>> 0 || 1;
  for (let i = 0; i < words.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    words[i] = x >>> 0;
  }
  return Buffer.from(words.buffer, 0, length);
}

const b64 = (length: number, seed: number) => noise(length, seed).toString('base64');

/** An agile-encryption EncryptionInfo stream (MS-OFFCRYPTO 2.3.4.10), padded with XML whitespace to the mini-stream cutoff. */
function encryptionInfo(): Buffer {
  const cipher =
    'saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512"';
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
    '<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" ' +
    'xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password">' +
    `<keyData ${cipher} saltValue="${b64(16, 1)}"/>` +
    `<dataIntegrity encryptedHmacKey="${b64(64, 2)}" encryptedHmacValue="${b64(64, 3)}"/>` +
    '<keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password">' +
    `<p:encryptedKey spinCount="100000" ${cipher} saltValue="${b64(16, 4)}" encryptedVerifierHashInput="${b64(16, 5)}" ` +
    `encryptedVerifierHashValue="${b64(64, 6)}" encryptedKeyValue="${b64(32, 7)}"/>` +
    '</keyEncryptor></keyEncryptors></encryption>';
  const header = Buffer.alloc(8);
  header.writeUInt16LE(4, 0); // version 4.4: agile
  header.writeUInt16LE(4, 2);
  header.writeUInt32LE(0x40, 4); // fAgile
  const info = Buffer.concat([header, Buffer.from(xml, 'utf8')]);
  return Buffer.concat([info, Buffer.alloc(Math.max(0, 4096 - info.length), ' ')]);
}

function encryptedDocx(): Buffer {
  const packageSize = 8192;
  const size = Buffer.alloc(8);
  size.writeUInt32LE(packageSize, 0);
  return writeCfb([
    { name: 'EncryptionInfo', data: encryptionInfo() },
    { name: 'EncryptedPackage', data: Buffer.concat([size, noise(packageSize, 8)]) },
  ]);
}

/** CLSID of Word.Document.8, as GUID bytes: {00020906-0000-0000-C000-000000000046}. */
const WORD_DOCUMENT_CLSID = Buffer.from('0609020000000000c000000000000046', 'hex');

function legacyDoc(): Buffer {
  const word = Buffer.alloc(4096);
  word.writeUInt16LE(0xa5ec, 0); // FIB wIdent: a Word binary document
  word.writeUInt16LE(0x00c1, 2); // nFib: Word 97 and later
  word.write('Recovery Worker. Job purpose: to support adults who use drugs and alcohol.', 0x800, 'latin1');
  return writeCfb(
    [
      { name: 'WordDocument', data: word },
      { name: '1Table', data: Buffer.alloc(4096) },
    ],
    WORD_DOCUMENT_CLSID,
  );
}

const DOCUMENT_XML_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
  '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>';
const DOCUMENT_XML_TAIL = '</w:t></w:r></w:p><w:sectPr/></w:body></w:document>';

/**
 * Raw DEFLATE of HEAD, then 64 KiB + BOMB_CHUNKS MiB of "A", then TAIL,
 * without compressing hundreds of megabytes: every part ends on a byte
 * boundary (sync flush) and only the last is final, so the parts concatenate
 * into one stream. The 1 MiB chunk is compressed once, against a dictionary of
 * "A"s; it is valid wherever it is repeated, because by then the 32 KiB window
 * holds only "A"s (the first part ends with 64 KiB of them).
 */
function bombDocumentXml(): { data: Buffer; crc: number; size: number } {
  const sync = { level: 9, finishFlush: zlib.constants.Z_SYNC_FLUSH };
  const window = Buffer.alloc(32 * 1024, 'A');
  const lead = Buffer.concat([Buffer.from(DOCUMENT_XML_HEAD), Buffer.alloc(64 * 1024, 'A')]);
  const chunk = Buffer.alloc(MIB, 'A');
  const tail = Buffer.from(DOCUMENT_XML_TAIL);
  const chunkDeflated = zlib.deflateRawSync(chunk, { ...sync, dictionary: window });
  const parts = [zlib.deflateRawSync(lead, sync), ...Array<Buffer>(BOMB_CHUNKS).fill(chunkDeflated)];
  parts.push(zlib.deflateRawSync(tail, { dictionary: window, finishFlush: zlib.constants.Z_FINISH }));
  let crc = zlib.crc32(lead);
  for (let i = 0; i < BOMB_CHUNKS; i++) crc = zlib.crc32(chunk, crc);
  crc = zlib.crc32(tail, crc);
  return { data: Buffer.concat(parts), crc, size: lead.length + BOMB_CHUNKS * MIB + tail.length };
}

/** The small document's zip entries, re-packed so one can be replaced or more added. */
async function smallDocumentEntries(): Promise<ZipEntry[]> {
  const docx = await smallDocument();
  return readZipDirectory(docx)!.map((e) => ({ name: e.name, data: readZipEntry(docx, e), deflate: true }));
}

async function sizeBomb(): Promise<Buffer> {
  const entries = await smallDocumentEntries();
  const bomb = bombDocumentXml();
  return writeZip(entries.map((e) => (e.name === 'word/document.xml' ? { name: e.name, compressed: bomb } : e)));
}

async function entryBomb(): Promise<Buffer> {
  const pad = Array.from({ length: BOMB_ENTRIES }, (_, i): ZipEntry => ({
    name: `customXml/pad-${i}.xml`,
    data: Buffer.from('<a/>'),
  }));
  return writeZip([...(await smallDocumentEntries()), ...pad]);
}

/** A valid, incompressible RGB PNG: random pixels, stored without compression. */
function png(width: number, height: number): Buffer {
  const stride = width * 3 + 1;
  const raw = noise(stride * height, 9);
  for (let y = 0; y < height; y++) raw[y * stride] = 0; // filter type: none
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(Buffer.concat([Buffer.from(type, 'latin1'), data])) >>> 0);
    return Buffer.concat([length, Buffer.from(type, 'latin1'), data, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, deflate, no filter choice, no interlace
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 0 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const FILLER = [
  'Staff follow the service’s harm reduction procedures when supplying naloxone, recording each supply and any overdose reversals reported.',
  'Assessments are reviewed with the person at least every twelve weeks, and sooner when their circumstances or risks change.',
  'Safeguarding concerns are discussed with the duty manager the same day and recorded on the case management system.',
  'Recovery care plans are written with the person, in their words, and shared with the multidisciplinary team with their consent.',
];

export const LARGE_PARAGRAPHS = 3000;
/** 1,900 × 1,900 RGB: about 10.8 MB of pixels that do not compress. */
const PHOTO_SIDE = 1900;

/**
 * The document is packed with a tiny stand-in picture, which is then swapped
 * for the photograph, stored as is: the docx library's own zip would spend
 * seconds deflating 10 MB of noise to no effect.
 */
async function largeDocument(): Promise<Buffer> {
  const photo = new Paragraph({
    children: [
      new ImageRun({
        type: 'png',
        data: png(2, 2),
        transformation: { width: 600, height: 600 },
        altText: { name: 'Photo', title: 'The team at the recovery hub', description: 'The team at the recovery hub' },
      }),
    ],
  });
  const paragraphs = Array.from({ length: LARGE_PARAGRAPHS }, (_, i) =>
    para(`Procedure ${i + 1}: ${FILLER[i % FILLER.length]}`),
  );
  const docx = await pack([heading(1, 'Recovery Worker'), photo, ...paragraphs]);
  const entries = readZipDirectory(docx)!.map((e): ZipEntry => {
    if (e.name.startsWith('word/media/')) return { name: e.name, data: png(PHOTO_SIDE, PHOTO_SIDE) };
    return { name: e.name, data: readZipEntry(docx, e), deflate: true };
  });
  return writeZip(entries);
}
