import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { GeminiSettingsRow } from './entities/gemini-settings.entity';

const ROW_ID = 1;

/** Every query on gemini_settings (a single row). */
@Injectable()
export class GeminiSettingsRepository {
  constructor(@InjectRepository(GeminiSettingsRow) private readonly rows: Repository<GeminiSettingsRow>) {}

  /** The row with its sealed key when asked for; null before an admin saved anything. */
  find(opts: { withKey?: boolean } = {}): Promise<GeminiSettingsRow | null> {
    const qb = this.rows.createQueryBuilder('g').where('g.id = :id', { id: ROW_ID });
    if (opts.withKey) qb.addSelect('g.apiKeyCiphertext');
    return qb.getOne();
  }

  async upsert(values: Partial<Omit<GeminiSettingsRow, 'id' | 'updatedAt'>>): Promise<void> {
    await this.rows.upsert({ id: ROW_ID, ...values, updatedAt: new Date() }, ['id']);
  }
}
