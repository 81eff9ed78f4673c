import { Module } from '@nestjs/common';
import { MediaModule } from '../../media';
import { CreativeImagesController } from './creative-images.controller';
import { CreativeImagesService } from './creative-images.service';

/**
 * Creative images: POST /creatives/images and GET /creatives/images/<sha256>.<ext>. Campaigns use
 * CreativeImagesService to turn a creative's `imageKey` into the image reference they store.
 */
@Module({
  imports: [MediaModule],
  controllers: [CreativeImagesController],
  providers: [CreativeImagesService],
  exports: [CreativeImagesService],
})
export class CreativeImagesModule {}
