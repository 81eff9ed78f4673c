import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '../../audit';
import type { Principal } from '../../auth';
import { imageRuleMessage, matchImageShape, platformDescriptor, PLATFORM_KINDS, type CreativeImageRef } from '../../ads-platforms';
import { fieldProblem, ProblemException } from '../../common/problem';
import {
  IMAGE_EXT, IMAGE_MIME, IMAGE_STORAGE, isImageKey, MalformedImageError, readImageSize, sniffImageFormat, stripImageMetadata,
  type ImageFormat, type ImageSize, type ImageStorage,
} from '../../media';
import type { CreativeImageDto, ImagePlatformFitDto } from '../dto/creative-image.dto';

export interface UploadedImage {
  buffer: Buffer;
  size: number;
}

export interface StoredImage {
  bytes: Buffer;
  mimeType: string;
  etag: string;
}

const FORMAT_OF_EXT: Record<string, ImageFormat> = { png: 'png', jpg: 'jpeg', webp: 'webp' };

export const imageUrl = (key: string) => `/api/creatives/images/${key}`;

/**
 * Creative images: checked by their bytes (type by magic bytes, size from the header, each real
 * platform's minimum size and shape), stripped of metadata, stored content-addressed through the
 * ImageStorage port. Nothing is stored before every check passed.
 */
@Injectable()
export class CreativeImagesService {
  constructor(@Inject(IMAGE_STORAGE) private readonly storage: ImageStorage, private readonly audit: AuditService) {}

  async upload(file: UploadedImage | undefined, principal: Principal, ip: string): Promise<CreativeImageDto> {
    if (!file || file.size === 0) throw fieldProblem(400, 'file', 'send the image in the multipart field "file"');
    const format = sniffImageFormat(file.buffer);
    if (!format) throw new ProblemException(415, 'file: must be a PNG, JPEG or WebP image (judged by its content, not its name)', { errors: [{ field: 'file', message: 'must be a PNG, JPEG or WebP image' }] });
    const size = readImageSize(file.buffer, format);
    if (!size) throw fieldProblem(422, 'file', `the ${format.toUpperCase()} header is damaged: its width and height cannot be read`);
    const platforms = platformFits(size);
    const ruled = platforms.filter((p) => p.message !== null || p.shape !== null);
    if (ruled.length && !ruled.some((p) => p.fits)) throw fieldProblem(422, 'file', `too small for every platform: ${ruled.map((p) => p.message).join(' ')}`);
    let stripped;
    try {
      stripped = stripImageMetadata(file.buffer, format);
    } catch (err) {
      if (err instanceof MalformedImageError) throw fieldProblem(422, 'file', `the ${format.toUpperCase()} file is damaged: ${err.message}`);
      throw err;
    }
    const key = await this.storage.put(stripped.bytes, IMAGE_EXT[format]);
    await this.audit.record({ action: 'creative_image.uploaded', principal, ip, targetType: 'creative_image', targetId: key.split('.')[0], details: { key, ...size, bytes: stripped.bytes.length } });
    return {
      key, url: imageUrl(key), format, mimeType: IMAGE_MIME[format], ...size, bytes: stripped.bytes.length, metadataRemoved: stripped.removed, platforms,
    };
  }

  /** The stored bytes of a key; 400 for a malformed key, 404 when nothing is stored under it. */
  async read(key: string): Promise<StoredImage> {
    if (!isImageKey(key)) throw fieldProblem(400, 'key', 'must be <sha256>.<png|jpg|webp>');
    const bytes = await this.storage.get(key);
    if (!bytes) throw new ProblemException(404, `No image ${key}`);
    const format = FORMAT_OF_EXT[key.split('.')[1]];
    return { bytes, mimeType: IMAGE_MIME[format], etag: `"${key.split('.')[0]}"` };
  }

  /**
   * What a campaign creative stores for an uploaded image: the key with the real format and size,
   * read from the stored bytes (never taken from the client). 422 naming `field` when unknown.
   */
  async resolve(key: string, field: string): Promise<CreativeImageRef> {
    const bytes = isImageKey(key) ? await this.storage.get(key) : null;
    if (!bytes) throw fieldProblem(422, field, 'no uploaded image has this key; upload it with POST /api/creatives/images');
    const format = FORMAT_OF_EXT[key.split('.')[1]];
    const size = readImageSize(bytes, format);
    if (!size) throw fieldProblem(422, field, 'the stored image cannot be read; upload it again');
    return { key, format, ...size };
  }
}

/** Each real platform's verdict on the image size (the sandbox takes any image). */
function platformFits(size: ImageSize): ImagePlatformFitDto[] {
  return PLATFORM_KINDS.map(platformDescriptor).filter((d) => !d.isSandbox).map((d) => {
    const rules = d.compliance.image;
    if (!rules) return { platform: d.kind, label: d.label, fits: true, shape: null, message: null };
    const shape = matchImageShape(rules, size);
    return { platform: d.kind, label: d.label, fits: !!shape, shape: shape?.name ?? null, message: shape ? null : imageRuleMessage(rules, size) };
  });
}
