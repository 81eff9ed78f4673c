import { readImageSize, sniffImageFormat } from './image-format';
import { jpegImage, pngImage, webpImage, webpLossy } from './test-images';

describe('sniffImageFormat (magic bytes, not names)', () => {
  it('recognises PNG, JPEG and WebP by their signatures', () => {
    expect(sniffImageFormat(pngImage(2, 2))).toBe('png');
    expect(sniffImageFormat(jpegImage(2, 2))).toBe('jpeg');
    expect(sniffImageFormat(webpImage(2, 2))).toBe('webp');
  });

  it('refuses GIF, SVG, HTML, a RIFF that is not WebP, and truncated signatures', () => {
    expect(sniffImageFormat(Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'))).toBeNull();
    expect(sniffImageFormat(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffImageFormat(Buffer.from('<html><script>alert(1)</script>'))).toBeNull();
    expect(sniffImageFormat(Buffer.from('RIFF\x10\x00\x00\x00WAVEfmt ', 'latin1'))).toBeNull();
    expect(sniffImageFormat(pngImage(2, 2).subarray(0, 7))).toBeNull();
    expect(sniffImageFormat(Buffer.from([0xff, 0xd8]))).toBeNull();
  });
});

describe('readImageSize', () => {
  it('reads width and height from PNG IHDR, JPEG SOF0 (after APPn segments), WebP VP8X, VP8L and VP8', () => {
    expect(readImageSize(pngImage(1200, 628), 'png')).toEqual({ width: 1200, height: 628 });
    expect(readImageSize(jpegImage(1080, 1350), 'jpeg')).toEqual({ width: 1080, height: 1350 });
    expect(readImageSize(webpImage(600, 314), 'webp')).toEqual({ width: 600, height: 314 });
    const vp8l = webpImage(640, 480);
    // Without the VP8X chunk the lossless header alone must give the same size.
    const simple = Buffer.concat([Buffer.from('RIFF\0\0\0\0WEBP', 'latin1'), vp8l.subarray(30)]);
    expect(readImageSize(simple, 'webp')).toEqual({ width: 640, height: 480 });
    expect(readImageSize(webpLossy(1920, 1080), 'webp')).toEqual({ width: 1920, height: 1080 });
  });

  it('returns null for truncated or malformed headers instead of throwing', () => {
    expect(readImageSize(pngImage(10, 10).subarray(0, 20), 'png')).toBeNull();
    expect(readImageSize(Buffer.from([0xff, 0xd8, 0xff, 0xda, 0, 2]), 'jpeg')).toBeNull();
    expect(readImageSize(Buffer.from([0xff, 0xd8, 0x00, 0x00, 0x00, 0x00]), 'jpeg')).toBeNull();
    expect(readImageSize(Buffer.from('RIFF\0\0\0\0WEBPJUNK\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0', 'latin1'), 'webp')).toBeNull();
    const zero = pngImage(1, 1);
    zero.writeUInt32BE(0, 16);
    expect(readImageSize(zero, 'png')).toBeNull();
  });
});
