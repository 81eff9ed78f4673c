/**
 * Strips metadata from an uploaded image without re-encoding it (no native image library):
 * the segments/chunks that carry EXIF (camera, GPS position, owner, capture time), XMP, IPTC,
 * comments and text are dropped; pixel data and colour information are copied byte for byte.
 *
 * - JPEG: APP1 (EXIF, XMP), APP3–APP13 (IPTC/Photoshop in APP13), APP15 and COM are dropped; APP0
 *   (JFIF), APP2 only when it is an ICC profile, and APP14 (Adobe colour transform, needed to decode
 *   CMYK) are kept. Everything from the start of scan on is copied (and nothing after EOI); a file
 *   without EOI is refused as truncated.
 * - PNG: tEXt, zTXt, iTXt, eXIf and tIME chunks are dropped, and anything after IEND.
 * - WebP: the EXIF and XMP chunks are dropped and their flags cleared in VP8X; the RIFF size is fixed.
 *
 * A known trade-off: the EXIF orientation tag goes too, so a phone photo stored sideways with an
 * orientation flag shows sideways (platforms do the same with such files); rotate before upload.
 */
import type { ImageFormat } from './image-format';

export interface StrippedImage {
  bytes: Buffer;
  /** What was removed, e.g. ['APP1', 'COM'] or ['tEXt', 'eXIf'] (for the response and the tests). */
  removed: string[];
}

export class MalformedImageError extends Error {}

export function stripImageMetadata(bytes: Buffer, format: ImageFormat): StrippedImage {
  if (format === 'png') return stripPng(bytes);
  if (format === 'jpeg') return stripJpeg(bytes);
  return stripWebp(bytes);
}

const JPEG_KEEP_APP = new Set([0xe0, 0xee]);

function stripJpeg(b: Buffer): StrippedImage {
  const parts: Buffer[] = [b.subarray(0, 2)];
  const removed: string[] = [];
  let offset = 2;
  for (;;) {
    if (offset + 4 > b.length || b[offset] !== 0xff) throw new MalformedImageError('JPEG segment structure is broken');
    const marker = b[offset + 1];
    if (marker === 0xff) { offset += 1; continue; }
    if (marker === 0xda) {
      // Start of scan: entropy-coded data follows until EOI; copy it, and nothing after EOI.
      const eoi = b.lastIndexOf(Buffer.from([0xff, 0xd9]));
      if (eoi < offset) throw new MalformedImageError('JPEG ends without its end-of-image marker (truncated)');
      parts.push(b.subarray(offset, eoi + 2));
      if (eoi + 2 < b.length) removed.push('trailing data');
      return { bytes: Buffer.concat(parts), removed };
    }
    const length = b.readUInt16BE(offset + 2);
    const end = offset + 2 + length;
    if (length < 2 || end > b.length) throw new MalformedImageError('JPEG segment runs past the end of the file');
    const isApp = marker >= 0xe0 && marker <= 0xef;
    const isIcc = marker === 0xe2 && b.toString('latin1', offset + 4, offset + 15) === 'ICC_PROFILE';
    if ((isApp && !JPEG_KEEP_APP.has(marker) && !isIcc) || marker === 0xfe) {
      removed.push(marker === 0xfe ? 'COM' : `APP${marker - 0xe0}`);
    } else {
      parts.push(b.subarray(offset, end));
    }
    offset = end;
  }
}

const PNG_DROP = new Set(['tEXt', 'zTXt', 'iTXt', 'eXIf', 'tIME']);

function stripPng(b: Buffer): StrippedImage {
  const parts: Buffer[] = [b.subarray(0, 8)];
  const removed: string[] = [];
  let offset = 8;
  for (;;) {
    if (offset + 12 > b.length) throw new MalformedImageError('PNG ends before its IEND chunk');
    const length = b.readUInt32BE(offset);
    const type = b.toString('latin1', offset + 4, offset + 8);
    const end = offset + 12 + length;
    if (end > b.length) throw new MalformedImageError('PNG chunk runs past the end of the file');
    if (PNG_DROP.has(type)) removed.push(type);
    else parts.push(b.subarray(offset, end));
    if (type === 'IEND') {
      if (end < b.length) removed.push('trailing data');
      return { bytes: Buffer.concat(parts), removed };
    }
    offset = end;
  }
}

const WEBP_DROP = new Set(['EXIF', 'XMP ']);
const VP8X_EXIF_FLAG = 0x08;
const VP8X_XMP_FLAG = 0x04;

function stripWebp(b: Buffer): StrippedImage {
  const riffEnd = Math.min(b.length, 8 + b.readUInt32LE(4));
  const parts: Buffer[] = [];
  const removed: string[] = [];
  let offset = 12;
  while (offset + 8 <= riffEnd) {
    const fourcc = b.toString('latin1', offset, offset + 4);
    const size = b.readUInt32LE(offset + 4);
    const end = offset + 8 + size + (size % 2);
    if (offset + 8 + size > riffEnd) throw new MalformedImageError('WebP chunk runs past the end of the file');
    if (WEBP_DROP.has(fourcc)) {
      removed.push(fourcc.trim());
    } else if (fourcc === 'VP8X') {
      const chunk = Buffer.from(b.subarray(offset, Math.min(end, riffEnd)));
      chunk[8] &= ~(VP8X_EXIF_FLAG | VP8X_XMP_FLAG);
      parts.push(chunk);
    } else {
      parts.push(b.subarray(offset, Math.min(end, riffEnd)));
    }
    offset = end;
  }
  const body = Buffer.concat(parts);
  const header = Buffer.alloc(12);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(body.length + 4, 4);
  header.write('WEBP', 8, 'latin1');
  return { bytes: Buffer.concat([header, body]), removed };
}
