import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { decodeCursor, Page, toPage } from '../../common/pagination';
import { ListPlatformConnectionsQuery } from './dto/connection-input.dto';
import { PlatformConnectionDto } from './dto/connection.dto';
import { PlatformConnection } from './entities/platform-connection.entity';

/** Keyset list of live (not archived) connections, oldest first so the seeded sandbox leads. */
@Injectable()
export class ConnectionsRepository {
  constructor(@InjectRepository(PlatformConnection) private readonly rows: Repository<PlatformConnection>) {}

  async list(query: ListPlatformConnectionsQuery): Promise<Page<PlatformConnectionDto>> {
    const limit = query.limit ?? 50;
    const after = decodeCursor(query.cursor, 2);
    const qb = this.rows
      .createQueryBuilder('c')
      .where('c.archived_at IS NULL')
      // JS dates carry milliseconds, Postgres microseconds: order and compare at the cursor's precision.
      .orderBy(`date_trunc('milliseconds', c.created_at)`, 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(limit + 1);
    if (after) qb.andWhere(`(date_trunc('milliseconds', c.created_at), c.id) > (:at::timestamptz, :id::uuid)`, { at: String(after[0]), id: String(after[1]) });
    if (query.kind) qb.andWhere('c.kind = :kind', { kind: query.kind });
    if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    const rows = await qb.getMany();
    return toPage(rows, limit, PlatformConnectionDto.from, (row) => [row.createdAt.toISOString(), row.id]);
  }
}
