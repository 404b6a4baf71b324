// The first bytes that tell the documents people give jdkit apart: a .docx is
// a zip; an old .doc (and a password-protected .docx) an OLE2 compound file.

export const ZIP = [0x50, 0x4b, 0x03, 0x04];
export const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
export const PDF = [0x25, 0x50, 0x44, 0x46];

export function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}
