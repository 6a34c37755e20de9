#!/usr/bin/env node
// Draws build/icon.png (512×512): a blue rounded square with a white page and lines, the app's
// mark. Plain zlib PNG encoding so no image tool is needed. Run: node scripts/make-icon.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const size = 512;
const px = Buffer.alloc(size * size * 4);
const set = (x, y, [r, g, b, a]) => px.set([r, g, b, a], (y * size + x) * 4);
const inRounded = (x, y, x0, y0, x1, y1, rad) => {
  const cx = Math.min(Math.max(x, x0 + rad), x1 - rad);
  const cy = Math.min(Math.max(y, y0 + rad), y1 - rad);
  return (x - cx) ** 2 + (y - cy) ** 2 <= rad ** 2 && x >= x0 && x <= x1 && y >= y0 && y <= y1;
};
for (let y = 0; y < size; y++)
  for (let x = 0; x < size; x++) {
    let c = [0, 0, 0, 0];
    if (inRounded(x, y, 16, 16, 496, 496, 96)) c = [11, 92, 173, 255];
    if (inRounded(x, y, 136, 96, 376, 416, 20)) c = [255, 255, 255, 255];
    for (const ly of [170, 230, 290, 350]) if (y >= ly && y < ly + 22 && x >= 176 && x <= (ly === 350 ? 290 : 336)) c = [11, 92, 173, 255];
    set(x, y, c);
  }
const rows = Buffer.alloc(size * (size * 4 + 1));
for (let y = 0; y < size; y++) px.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const sum = Buffer.alloc(4);
  sum.writeUInt32BE(crc(body));
  return Buffer.concat([len, body, sum]);
};
const header = Buffer.alloc(13);
header.writeUInt32BE(size, 0);
header.writeUInt32BE(size, 4);
header.set([8, 6, 0, 0, 0], 8);
const png = Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
writeFileSync(new URL('../build/icon.png', import.meta.url), png);
