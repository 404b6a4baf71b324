// Windows-1252, the code page of Word's "Plain text" files in England. Node's
// TextDecoder('windows-1252') reads Latin-1 since Node 20.18.3 and 22.13.0
// (nodejs/node#56542): bytes 0x80 to 0x9F, where Windows-1252 has its bullet,
// curly quotes, dashes and euro sign, came out as C1 control characters.
// Those 32 bytes are mapped here, as the WHATWG Encoding Standard's
// index-windows-1252 maps them; every other byte is its Latin-1 character.

/** The characters of bytes 0x80 to 0x9F. The five bytes Windows-1252 leaves undefined keep their C1 code points, as WHATWG's index does. */
const HIGH_CONTROLS =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (c) => HIGH_CONTROLS[c.charCodeAt(0) - 0x80]);
}
