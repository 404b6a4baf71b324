// Reading a Word .docx for import: checks that the bytes are a Word document
// jdkit can safely open, then converts it to HTML with mammoth (first removing
// the properties switched off that mammoth would read as on). The checks come
// first because mammoth inflates the whole zip: a zip bomb is refused from its
// central directory (sizes and entry count) before anything is decompressed;
// old binary .doc files and password-protected documents (both OLE2 compound
// files) get a message that says what to do.
import { unzipSync, zipSync } from 'fflate';
import { ImportError } from './errors';
import { OLE2, startsWith, ZIP } from './file-signatures';

/**
 * Bounds for what a job description can need: a few pages of text and a logo
 * come to well under a megabyte; the bounds on the unpacked size and parts stop
 * zip bombs before anything is inflated.
 */
export const DOCX_LIMITS = {
  fileBytes: 10 * 1024 * 1024,
  entries: 2000,
  uncompressedBytes: 300 * 1024 * 1024,
  documentXmlBytes: 60 * 1024 * 1024,
};

/** Throws an ImportError for a Markdown or plain-text file over the size limit of a Word document (DOCX_LIMITS.fileBytes). */
export function checkTextSize(bytes: Uint8Array): void {
  if (bytes.length > DOCX_LIMITS.fileBytes)
    throw new ImportError(
      `the file is ${mb(bytes.length)}; jdkit imports Markdown and plain text up to ${mb(DOCX_LIMITS.fileBytes)}. A job description is a few pages of text: check that this is the right file`,
    );
}

/** Whether the UTF-16LE name of an OLE2 stream occurs in the file. */
function hasStream(bytes: Uint8Array, name: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(name, 'utf16le'));
}

/** Throws an ImportError saying why the bytes cannot be imported as a .docx. */
export function checkDocx(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new ImportError('the file is empty');
  if (bytes.length > DOCX_LIMITS.fileBytes) {
    throw new ImportError(
      `the file is ${mb(bytes.length)}; jdkit imports Word documents up to ${mb(DOCX_LIMITS.fileBytes)}. A job description is mostly text: save a copy with its pictures compressed or removed (in Word: File › Compress Pictures) and import that`,
    );
  }
  if (startsWith(bytes, OLE2)) {
    if (hasStream(bytes, 'EncryptedPackage') || hasStream(bytes, 'EncryptionInfo')) {
      throw new ImportError(
        'the document is password-protected (encrypted). Open it in Word, remove the password (File › Info › Protect Document › Encrypt with Password) and save it, then import it again',
      );
    }
    throw new ImportError(
      'this is an old Word 97–2003 document (.doc). Open it in Word or LibreOffice and save it as a Word document (.docx), then import that',
    );
  }
  if (!startsWith(bytes, ZIP))
    throw new ImportError('this is not a Word document (.docx): a .docx is a zip file, and this one is not');
  let entries = 0;
  let total = 0;
  let documentXml = -1;
  try {
    // The filter sees each entry's sizes from the central directory and declines them all, so nothing is inflated.
    unzipSync(bytes, {
      filter(file) {
        entries++;
        total += file.originalSize;
        if (file.name === 'word/document.xml') documentXml = file.originalSize;
        return false;
      },
    });
  } catch (err) {
    throw new ImportError(
      `the document is damaged: its zip structure cannot be read (${(err as Error).message}). If Word or LibreOffice can still open it, save it there as a new .docx and import that`,
    );
  }
  if (entries > DOCX_LIMITS.entries)
    throw new ImportError(
      `the document has ${entries} parts; a Word document has far fewer (jdkit stops at ${DOCX_LIMITS.entries}), so it was not opened`,
    );
  if (total > DOCX_LIMITS.uncompressedBytes) {
    throw new ImportError(
      `the document would unpack to ${mb(total)} (jdkit stops at ${mb(DOCX_LIMITS.uncompressedBytes)}), so it was not opened`,
    );
  }
  if (documentXml < 0) throw new ImportError('this zip file is not a Word document: it has no word/document.xml');
  if (documentXml > DOCX_LIMITS.documentXmlBytes)
    throw new ImportError(
      `the document's text is ${mb(documentXml)} (jdkit stops at ${mb(DOCX_LIMITS.documentXmlBytes)})`,
    );
}

/**
 * On/off properties switched off (w:val "false", "off" or "0") that mammoth
 * reads as on: it takes any w:tblHeader for a header row, whatever its value,
 * and "off" on bold or italic for on. mammoth reads none of them from styles,
 * so an element switched off is the same to it as none.
 */
const SWITCHED_OFF = /<w:(tblHeader|b|i)\s[^>]*?\bw:val\s*=\s*(["'])(?:false|off|0)\2[^>]*?(?:\/>|>\s*<\/w:\1\s*>)/g;

/** The checked .docx without switched-off properties in its Word parts; the same bytes when it has none. */
function withoutSwitchedOff(bytes: Uint8Array): Uint8Array {
  const changed: Record<string, Uint8Array> = {};
  for (const [name, data] of Object.entries(
    unzipSync(bytes, { filter: (file) => /^word\/[^/]+\.xml$/.test(file.name) }),
  )) {
    const xml = Buffer.from(data).toString('utf8');
    const fixed = xml.replace(SWITCHED_OFF, '');
    if (fixed !== xml) changed[name] = Buffer.from(fixed, 'utf8');
  }
  if (Object.keys(changed).length === 0) return bytes;
  // Stored, not compressed: mammoth inflates it again straight away.
  return zipSync({ ...unzipSync(bytes), ...changed }, { level: 0 });
}

/** The document as HTML (headings, lists, tables, bold and italic), images left out. */
export async function docxToHtml(bytes: Uint8Array): Promise<string> {
  checkDocx(bytes);
  const mammoth = (await import('mammoth')).default;
  try {
    const input = withoutSwitchedOff(bytes);
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(input.buffer, input.byteOffset, input.byteLength) },
      {
        styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"],
        // Images are not part of a job description's text: nothing is decoded.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
        ignoreEmptyParagraphs: true,
        externalFileAccess: false,
      },
    );
    return result.value;
  } catch (err) {
    throw new ImportError(`the document cannot be read as Word: ${(err as Error).message}`);
  }
}

/** The XML of one small part of a checked .docx (checkDocx), or null when it has none; only that part is inflated. */
export function docxPart(bytes: Uint8Array, name: string): string | null {
  const parts = unzipSync(bytes, { filter: (file) => file.name === name });
  return parts[name] ? Buffer.from(parts[name]).toString('utf8') : null;
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}
