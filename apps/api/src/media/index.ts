/** What other modules may use of media: the image store port and the pure image helpers. */
export { IMAGE_EXT, IMAGE_MIME, readImageSize, sniffImageFormat, type ImageFormat, type ImageSize } from './image-format';
export { MalformedImageError, stripImageMetadata, type StrippedImage } from './image-metadata';
export { IMAGE_KEY_PATTERN, IMAGE_STORAGE, imageKey, isImageKey, type ImageStorage } from './image-storage';
export { DiskImageStorage } from './disk-image-storage';
export { MediaModule } from './media.module';
