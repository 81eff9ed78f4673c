import { unlink } from 'node:fs/promises';
import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import { catchError, Observable, throwError } from 'rxjs';

/**
 * Place after FileInterceptor: when anything after the upload fails (the body's validation pipe,
 * the guard-free handler, the service), the file multer wrote to disk is deleted, so a refused
 * upload never outlives its request. Success keeps it (the handler owns it then).
 */
@Injectable()
export class UploadCleanupInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    return next.handle().pipe(
      catchError((error: unknown) => {
        const path = request.file?.path;
        if (!path) return throwError(() => error);
        return new Observable<never>((subscriber) => {
          void unlink(path).catch(() => undefined).finally(() => subscriber.error(error));
        });
      }),
    );
  }
}
