import { inflateSync } from 'node:zlib';
import { readImageSize, sniffImageFormat } from './image-format';
import { MalformedImageError, stripImageMetadata } from './image-metadata';
import { EXIF_MARKER, jpegImage, pngImage, webpImage } from './test-images';

const has = (bytes: Buffer, text: string) => bytes.includes(Buffer.from(text, 'latin1'));

describe('stripImageMetadata', () => {
  it('JPEG: drops APP1 (Exif) and COM, keeps JFIF, the ICC profile, the frame and the scan', () => {
    const input = jpegImage(800, 800);
    expect(has(input, EXIF_MARKER)).toBe(true);
    const { bytes, removed } = stripImageMetadata(input, 'jpeg');
    expect(removed).toEqual(['APP1', 'COM']);
    expect(has(bytes, EXIF_MARKER)).toBe(false);
    expect(has(bytes, 'Exif\0\0')).toBe(false);
    expect(has(bytes, 'JFIF')).toBe(true);
    expect(has(bytes, 'ICC_PROFILE')).toBe(true);
    expect(sniffImageFormat(bytes)).toBe('jpeg');
    expect(readImageSize(bytes, 'jpeg')).toEqual({ width: 800, height: 800 });
    expect(bytes.subarray(-2)).toEqual(Buffer.from([0xff, 0xd9]));
  });

  it('JPEG: drops bytes appended after EOI (a common way to smuggle data)', () => {
    const input = Buffer.concat([jpegImage(10, 10), Buffer.from('PK\x03\x04hidden zip')]);
    const { bytes, removed } = stripImageMetadata(input, 'jpeg');
    expect(has(bytes, 'hidden zip')).toBe(false);
    expect(removed).toContain('trailing data');
  });

  it('PNG: drops eXIf and tEXt chunks; the image data still inflates to the same pixels', () => {
    const input = pngImage(4, 3);
    const { bytes, removed } = stripImageMetadata(input, 'png');
    expect(removed).toEqual(['eXIf', 'tEXt']);
    expect(has(bytes, EXIF_MARKER)).toBe(false);
    expect(has(bytes, 'eXIf')).toBe(false);
    expect(readImageSize(bytes, 'png')).toEqual({ width: 4, height: 3 });
    const idat = bytes.indexOf('IDAT');
    const length = bytes.readUInt32BE(idat - 4);
    expect(inflateSync(bytes.subarray(idat + 4, idat + 4 + length))).toHaveLength((4 + 1) * 3);
  });

  it('PNG without metadata comes back byte for byte', () => {
    const input = pngImage(5, 5, { exif: false });
    const { bytes, removed } = stripImageMetadata(input, 'png');
    expect(removed).toEqual([]);
    expect(bytes.equals(input)).toBe(true);
  });

  it('WebP: drops the EXIF chunk, clears the VP8X EXIF flag and fixes the RIFF size', () => {
    const input = webpImage(1200, 628);
    const { bytes, removed } = stripImageMetadata(input, 'webp');
    expect(removed).toEqual(['EXIF']);
    expect(has(bytes, EXIF_MARKER)).toBe(false);
    expect(bytes[20] & 0x08).toBe(0);
    expect(bytes.readUInt32LE(4)).toBe(bytes.length - 8);
    expect(readImageSize(bytes, 'webp')).toEqual({ width: 1200, height: 628 });
  });

  it('throws MalformedImageError on a truncated file instead of returning half of it', () => {
    expect(() => stripImageMetadata(pngImage(4, 4).subarray(0, 40), 'png')).toThrow(MalformedImageError);
    expect(() => stripImageMetadata(jpegImage(4, 4).subarray(0, 30), 'jpeg')).toThrow(MalformedImageError);
    const noEnd = jpegImage(4, 4);
    expect(() => stripImageMetadata(noEnd.subarray(0, noEnd.length - 2), 'jpeg')).toThrow(/end-of-image/);
    const webp = webpImage(4, 4);
    webp.writeUInt32LE(10_000, 16); // VP8X chunk claims to be huge
    expect(() => stripImageMetadata(webp, 'webp')).toThrow(MalformedImageError);
  });
});
