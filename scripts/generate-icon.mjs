// Draws the extension icon (resources/icon.png, 128×128): a job description
// page with a tick, on the dark blue used for headings in the Word export.
// Plain Node (zlib for the PNG's compression), so it needs no image library.
//
// Usage: node scripts/generate-icon.mjs
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4; // per axis: 16 samples per pixel smooth the edges

const BLUE = [0x1f, 0x4e, 0x79];
const PAGE = [0xff, 0xff, 0xff];
const FOLD = [0xc9, 0xd6, 0xe3];
const TEXT = [0x9f, 0xb3, 0xc8];
const GREEN = [0x2e, 0x85, 0x40];

const inRoundedRect = (x, y, x0, y0, x1, y1, r) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};

/** Distance from (x, y) to the segment (ax, ay)–(bx, by). */
const segmentDistance = (x, y, ax, ay, bx, by) => {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
};

/** The colour at a point, or null for transparent; later shapes paint over earlier ones. */
function colourAt(x, y) {
  if (!inRoundedRect(x, y, 0, 0, SIZE, SIZE, 22)) return null;
  let colour = BLUE;
  const onPage = x >= 30 && x <= 92 && y >= 18 && y <= 108 && x - 78 <= y - 18;
  if (onPage) colour = PAGE;
  if (x >= 78 && x <= 92 && y >= 18 && y <= 32 && x - 78 >= y - 18 - 0.5 && onPage) colour = FOLD;
  for (const [top, right] of [
    [44, 80],
    [56, 80],
    [68, 70],
    [80, 62],
  ]) {
    if (y >= top && y <= top + 5 && x >= 40 && x <= right) colour = TEXT;
  }
  if ((x - 92) ** 2 + (y - 96) ** 2 <= 22 ** 2) colour = GREEN;
  if (segmentDistance(x, y, 81, 96, 89, 104) <= 3.2 || segmentDistance(x, y, 89, 104, 103, 87) <= 3.2) colour = PAGE;
  return colour;
}

function render() {
  const rows = Buffer.alloc(SIZE * (SIZE * 4 + 1));
  for (let py = 0; py < SIZE; py++) {
    const row = py * (SIZE * 4 + 1);
    rows[row] = 0; // filter: none
    for (let px = 0; px < SIZE; px++) {
      const sum = [0, 0, 0];
      let covered = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const c = colourAt(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES);
          if (!c) continue;
          covered++;
          for (let i = 0; i < 3; i++) sum[i] += c[i];
        }
      }
      const at = row + 1 + px * 4;
      for (let i = 0; i < 3; i++) rows[at + i] = covered ? Math.round(sum[i] / covered) : 0;
      rows[at + 3] = Math.round((255 * covered) / (SAMPLES * SAMPLES));
    }
  }
  return rows;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(width, height, rows) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'icon.png');
writeFileSync(out, png(SIZE, SIZE, render()));
console.log(`wrote ${path.relative(process.cwd(), out)}`);
