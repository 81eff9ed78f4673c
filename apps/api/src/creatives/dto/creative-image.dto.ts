import { ApiProperty } from '@nestjs/swagger';
import type { ImageFormat } from '../../media';
import { PLATFORM_KINDS, type PlatformKind } from '../../ads-platforms';

export class ImageUploadBodyDto {
  @ApiProperty({ type: 'string', format: 'binary', description: 'PNG, JPEG or WebP, at most 5 MB (the type is read from the bytes, not the name)' })
  file: unknown;
}

export class ImagePlatformFitDto {
  @ApiProperty({ enum: PLATFORM_KINDS, example: 'meta' }) platform: PlatformKind;
  @ApiProperty({ example: 'Meta' }) label: string;
  @ApiProperty({ description: 'The image fits one of the shapes this platform takes' }) fits: boolean;
  @ApiProperty({ type: String, nullable: true, example: 'square', description: 'The shape it fits' }) shape: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why it does not fit' }) message: string | null;
}

const EXAMPLE_KEY = '3f5a9c2e7b1d4f6a8c0e2b4d6f8a0c2e4b6d8f0a2c4e6b8d0f2a4c6e8b0d2f4a.jpg';

/** A stored creative image. Its key is the sha256 of the stored (metadata-free) bytes plus the extension. */
export class CreativeImageDto {
  @ApiProperty({ example: EXAMPLE_KEY, pattern: '^[0-9a-f]{64}\\.(png|jpg|webp)$' }) key: string;
  @ApiProperty({ example: `/api/creatives/images/${EXAMPLE_KEY}`, description: 'Where the image is served (immutable: cache forever)' }) url: string;
  @ApiProperty({ enum: ['png', 'jpeg', 'webp'] }) format: ImageFormat;
  @ApiProperty({ example: 'image/jpeg' }) mimeType: string;
  @ApiProperty({ example: 1080 }) width: number;
  @ApiProperty({ example: 1080 }) height: number;
  @ApiProperty({ description: 'Stored size in bytes, after metadata removal' }) bytes: number;
  @ApiProperty({ type: [String], example: ['APP1'], description: 'Metadata removed from the upload (EXIF, XMP, text chunks, comments, ...)' }) metadataRemoved: string[];
  @ApiProperty({ type: [ImagePlatformFitDto], description: 'Per real platform: whether the image meets its minimum size and shape' })
  platforms: ImagePlatformFitDto[];
}
