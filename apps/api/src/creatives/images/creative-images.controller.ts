import { Controller, Get, Headers, HttpCode, Param, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Principal } from '../../auth';
import { ClientIp, CurrentPrincipal } from '../../common/decorators';
import { CreativeImageDto, ImageUploadBodyDto } from '../dto/creative-image.dto';
import { CreativeImagesService } from './creative-images.service';
import { ImageUploadInterceptor } from './image-upload.interceptor';

/** Creative images: upload (checked, metadata stripped) and content-addressed serving. */
@ApiTags('creatives')
@Controller('creatives/images')
export class CreativeImagesController {
  constructor(private readonly images: CreativeImagesService) {}

  @Post()
  @HttpCode(201)
  @UseInterceptors(ImageUploadInterceptor)
  @ApiOperation({
    operationId: 'uploadCreativeImage',
    summary: 'Upload an ad image (PNG, JPEG or WebP, ≤ 5 MB): type checked by its bytes, size checked against each platform’s minimum, EXIF and other metadata removed',
    description: 'The answer says, per platform, whether the image meets its minimum size and shape (Meta: 600×600; Google: landscape 1.91:1 ≥ 600×314 or square ≥ 300×300). Put its `key` in a campaign creative as `imageKey`. The same image uploaded twice gets the same key.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: ImageUploadBodyDto })
  @ApiCreatedResponse({ type: CreativeImageDto })
  upload(@UploadedFile() file: Express.Multer.File | undefined, @CurrentPrincipal() principal: Principal, @ClientIp() ip: string) {
    return this.images.upload(file, principal, ip);
  }

  @Get(':key')
  @ApiOperation({ operationId: 'getCreativeImage', summary: 'An uploaded image by its content hash (immutable: cache forever; ETag = the hash)' })
  @ApiProduces('image/png', 'image/jpeg', 'image/webp')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @ApiResponse({ status: 304, description: 'Not modified: If-None-Match names the ETag (the image never changes under its key)' })
  async get(@Param('key') key: string, @Headers('if-none-match') ifNoneMatch: string | undefined, @Res() res: Response): Promise<void> {
    const image = await this.images.read(key);
    // The URL names the content, so it never changes: private (it needs a session), cached for a year.
    res.setHeader('Cache-Control', 'private, max-age=31536000, immutable');
    res.setHeader('ETag', image.etag);
    if (ifNoneMatch?.split(',').some((tag) => tag.trim() === image.etag)) {
      res.status(304).end();
      return;
    }
    res.setHeader('Content-Type', image.mimeType);
    res.setHeader('Content-Length', String(image.bytes.length));
    res.status(200).end(image.bytes);
  }
}
