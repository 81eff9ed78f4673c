import { CallHandler, ExecutionContext, HttpException, Injectable, NestInterceptor } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { memoryStorage } from 'multer';
import type { Observable } from 'rxjs';
import { ProblemException } from '../../common/problem';

/** Largest creative image accepted (the platforms' own limits: Google 5120 KB, Meta 30 MB). */
export const CREATIVE_IMAGE_MAX_BYTES = 5 * 1024 * 1024;

const Multipart = FileInterceptor('file', { storage: memoryStorage(), limits: { fileSize: CREATIVE_IMAGE_MAX_BYTES, files: 1, fields: 2, parts: 3 } });

/**
 * The multipart `file` field, kept in memory (at most 5 MB) so nothing reaches the disk before the
 * image is checked: a refused upload leaves no file behind. Multer's own refusals (too large, a
 * second file, an unexpected field) become problems naming the field.
 */
@Injectable()
export class ImageUploadInterceptor extends Multipart implements NestInterceptor {
  override async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await super.intercept(context, next);
    } catch (err) {
      if (!(err instanceof HttpException)) throw err;
      const status = err.getStatus();
      const tooLarge = status === 413;
      const message = tooLarge ? `must be at most ${CREATIVE_IMAGE_MAX_BYTES / 1024 / 1024} MB` : 'send exactly one image in the multipart field "file"';
      throw new ProblemException(tooLarge ? 413 : 400, `file: ${message}`, { errors: [{ field: 'file', message }] });
    }
  }
}
