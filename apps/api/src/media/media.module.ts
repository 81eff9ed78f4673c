import { Module } from '@nestjs/common';
import { join } from 'node:path';
import { APP_CONFIG, AppConfig } from '../config/config.module';
import { DiskImageStorage } from './disk-image-storage';
import { IMAGE_STORAGE } from './image-storage';

/**
 * Media: the creative image store (IMAGE_STORAGE, disk under UPLOAD_DIR/creative-images) and the
 * pure image helpers. No routes: the creatives module uploads and serves, the ads platforms read.
 */
@Module({
  providers: [{ provide: IMAGE_STORAGE, useFactory: (config: AppConfig) => new DiskImageStorage(join(config.uploadDir, 'creative-images')), inject: [APP_CONFIG] }],
  exports: [IMAGE_STORAGE],
})
export class MediaModule {}
