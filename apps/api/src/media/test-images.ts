/**
 * Test-only builders of small, structurally valid PNG, JPEG and WebP files with metadata in them
 * (not used by production code). The PNG is a real decodable image; the JPEG and WebP carry a
 * placeholder payload, which is all the header reader and the metadata stripper look at.
 */
import { deflateSync } from 'node:zlib';

/** The EXIF payload the builders embed: a GPS-looking marker the specs search for after stripping. */
export const EXIF_MARKER = 'GPS 52.5200N 13.4050E Canon EOS owner=Jane';

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

export function pngImage(width: number, height: number, opts: { exif?: boolean } = {}): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const raw = Buffer.alloc((width + 1) * height); // filter byte + one grey byte per pixel, all black
  const chunks = [pngChunk('IHDR', ihdr)];
  if (opts.exif !== false) {
    chunks.push(pngChunk('eXIf', Buffer.concat([Buffer.from('MM\0*', 'latin1'), Buffer.from(EXIF_MARKER)])));
    chunks.push(pngChunk('tEXt', Buffer.from(`Comment\0${EXIF_MARKER}`, 'latin1')));
  }
  chunks.push(pngChunk('IDAT', deflateSync(raw)), pngChunk('IEND', Buffer.alloc(0)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ...chunks]);
}

function jpegSegment(marker: number, data: Buffer): Buffer {
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(data.length + 2, 2);
  return Buffer.concat([head, data]);
}

export function jpegImage(width: number, height: number, opts: { padTo?: number } = {}): Buffer {
  const sof = Buffer.alloc(15);
  sof[0] = 8;
  sof.writeUInt16BE(height, 1);
  sof.writeUInt16BE(width, 3);
  sof[5] = 3;
  const parts = [
    Buffer.from([0xff, 0xd8]),
    jpegSegment(0xe0, Buffer.from('JFIF\0\x01\x01\0\0\x01\0\x01\0\0', 'latin1')),
    jpegSegment(0xe1, Buffer.concat([Buffer.from('Exif\0\0MM\0*', 'latin1'), Buffer.from(EXIF_MARKER)])),
    jpegSegment(0xe2, Buffer.from('ICC_PROFILE\0\x01\x01colour', 'latin1')),
    jpegSegment(0xfe, Buffer.from(`comment ${EXIF_MARKER}`)),
    jpegSegment(0xc0, sof),
    jpegSegment(0xda, Buffer.from([3, 1, 0, 2, 0x11, 3, 0x11, 0, 0x3f, 0])),
  ];
  const scan = Buffer.alloc(Math.max(16, (opts.padTo ?? 0) - parts.reduce((n, p) => n + p.length, 0) - 2), 0x55);
  return Buffer.concat([...parts, scan, Buffer.from([0xff, 0xd9])]);
}

function riffChunk(fourcc: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.write(fourcc, 0, 'latin1');
  head.writeUInt32LE(data.length, 4);
  return Buffer.concat([head, data, data.length % 2 ? Buffer.alloc(1) : Buffer.alloc(0)]);
}

/** Extended WebP: VP8X (with the EXIF flag) + VP8L + an EXIF chunk. */
export function webpImage(width: number, height: number): Buffer {
  const vp8x = Buffer.alloc(10);
  vp8x[0] = 0x08; // EXIF present
  vp8x.writeUIntLE(width - 1, 4, 3);
  vp8x.writeUIntLE(height - 1, 7, 3);
  const vp8l = Buffer.alloc(10);
  vp8l[0] = 0x2f;
  vp8l.writeUInt32LE(((width - 1) & 0x3fff) | (((height - 1) & 0x3fff) << 14), 1);
  const body = Buffer.concat([riffChunk('VP8X', vp8x), riffChunk('VP8L', vp8l), riffChunk('EXIF', Buffer.concat([Buffer.from('MM\0*', 'latin1'), Buffer.from(EXIF_MARKER)]))]);
  const header = Buffer.alloc(12);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(body.length + 4, 4);
  header.write('WEBP', 8, 'latin1');
  return Buffer.concat([header, body]);
}

/** A lossy (simple format) WebP header: VP8 chunk only. */
export function webpLossy(width: number, height: number): Buffer {
  const vp8 = Buffer.alloc(10);
  vp8.set([0x9d, 0x01, 0x2a], 3);
  vp8.writeUInt16LE(width, 6);
  vp8.writeUInt16LE(height, 8);
  const body = riffChunk('VP8 ', Buffer.concat([vp8, Buffer.alloc(10)]));
  const header = Buffer.alloc(12);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(body.length + 4, 4);
  header.write('WEBP', 8, 'latin1');
  return Buffer.concat([header, body]);
}
