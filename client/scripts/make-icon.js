// Renders images/icon.png (128x128): two overlapping article pages sharing a highlighted line,
// with a check badge. Built-in zlib only, so no image dependency. Run: node client/scripts/make-icon.js
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZE = 128;
const SAMPLES = 4; // per axis, for anti-aliased edges

const hex = (h) => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16), 255];
const NAVY_TOP = hex('#24476f');
const NAVY_BOTTOM = hex('#16304d');
const PAGE_BACK = hex('#d6e0ea');
const PAGE_FRONT = hex('#ffffff');
const TEXT = hex('#9aabbd');
const HIGHLIGHT = hex('#f2a93b');
const BADGE = hex('#2e9e5b');
const WHITE = hex('#ffffff');

function roundRect(x0, y0, x1, y1, r) {
  return (x, y) => {
    const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
    const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
    return dx * dx + dy * dy <= r * r && x >= x0 && x <= x1 && y >= y0 && y <= y1;
  };
}
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
function segment(ax, ay, bx, by, w) {
  return (x, y) => {
    const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
    return (x - ax - t * (bx - ax)) ** 2 + (y - ay - t * (by - ay)) ** 2 <= (w / 2) ** 2;
  };
}
const lines = (x0, x1, ys, h) => ys.map((y, i) => roundRect(x0, y, i % 2 ? x1 - 10 : x1, y + h, h / 2));

// Painted in order; the last shape that covers a point wins.
const background = roundRect(0, 0, SIZE, SIZE, 26);
const layers = [
  [roundRect(14, 18, 70, 100, 6), PAGE_BACK],
  ...lines(22, 62, [30, 42, 66, 78], 5).map((s) => [s, TEXT]),
  [roundRect(22, 54, 62, 59, 2.5), HIGHLIGHT],
  [roundRect(50, 30, 112, 112, 6), PAGE_FRONT],
  ...lines(59, 103, [42, 54, 78, 90], 5).map((s) => [s, TEXT]),
  [roundRect(59, 66, 103, 71, 2.5), HIGHLIGHT],
  [circle(100, 100, 21), WHITE],
  [circle(100, 100, 18), BADGE],
  [segment(91, 101, 97.5, 107.5, 5), WHITE],
  [segment(97.5, 107.5, 110, 93, 5), WHITE],
];

function colourAt(x, y) {
  if (!background(x, y)) return [0, 0, 0, 0];
  let c = NAVY_TOP.map((v, i) => Math.round(v + (NAVY_BOTTOM[i] - v) * (y / SIZE)));
  for (const [inside, colour] of layers) if (inside(x, y)) c = colour;
  return c;
}

const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let py = 0; py < SIZE; py++) {
  raw[py * (SIZE * 4 + 1)] = 0; // filter: none
  for (let px = 0; px < SIZE; px++) {
    const acc = [0, 0, 0, 0];
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const c = colourAt(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES);
        // Premultiply so transparent corners do not darken the edge.
        for (let i = 0; i < 3; i++) acc[i] += c[i] * c[3];
        acc[3] += c[3];
      }
    }
    const o = py * (SIZE * 4 + 1) + 1 + px * 4;
    const a = acc[3] / (SAMPLES * SAMPLES);
    for (let i = 0; i < 3; i++) raw[o + i] = acc[3] ? Math.round(acc[i] / acc[3]) : 0;
    raw[o + 3] = Math.round(a);
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0);
ihdr.writeUInt32BE(SIZE, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = path.join(__dirname, '..', '..', 'images', 'icon.png');
fs.writeFileSync(out, png);
console.log(`wrote ${out} (${png.length} bytes)`);
