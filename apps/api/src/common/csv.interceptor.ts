import { CallHandler, ExecutionContext, Injectable, NestInterceptor, SetMetadata } from '@nestjs/common';
import type { Request, Response } from 'express';
import { map, Observable } from 'rxjs';
import { toCsv } from './csv';
import { declaredTableColumns } from './csv-columns';

const CSV_COLUMNS = 'adflux:csv-columns';

/** The columns a handler's CSV always has, in order: an empty table still exports its header row. */
export const CsvColumns = (columns: readonly string[]) => SetMetadata(CSV_COLUMNS, columns);

/** A GET asking for CSV: `?format=csv` or `Accept: text/csv`. */
export function wantsCsv(req: Request): boolean {
  return req.method === 'GET' && (req.query.format === 'csv' || /^text\/csv/.test(req.headers.accept ?? ''));
}

/**
 * Any GET whose body holds a table (`items` or `rows`, or is an array) can be exported as CSV
 * with `?format=csv` or `Accept: text/csv`. One place, so every table view gets it, header row included
 * when the table is empty.
 */
@Injectable()
export class CsvInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const req = context.switchToHttp().getRequest<Request>();
    if (!wantsCsv(req)) return next.handle();
    const res = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(
      map((body: unknown) => {
        const rows = Array.isArray(body) ? body : ((body as { items?: unknown[]; rows?: unknown[] })?.items ?? (body as { rows?: unknown[] })?.rows);
        if (!Array.isArray(rows)) return body;
        const name = req.path.replace(/^\/api\//, '').replace(/[^a-z0-9]+/gi, '-');
        res.setHeader('Content-Type', 'text/csv; charset=utf-8');
        res.setHeader('Content-Disposition', `attachment; filename="${name}.csv"`);
        const currency = (body as { currency?: unknown })?.currency;
        // A route's fixed columns (@CsvColumns) always; otherwise an empty table still gets its header from the declared type.
        const fixed = Reflect.getMetadata(CSV_COLUMNS, context.getHandler()) as readonly string[] | undefined;
        const columns = fixed ?? (rows.length === 0 ? declaredTableColumns(context.getHandler()) : undefined);
        return toCsv(rows as object[], { currency: typeof currency === 'string' ? currency : undefined, columns });
      }),
    );
  }
}
