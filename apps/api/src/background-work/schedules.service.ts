import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { REDIS } from '../redis/redis.module';
import { ScheduleDto } from './background-work.dto';
import { ScheduleReport, SCHEDULES_KEY, STALE_AFTER_MS } from './schedule-journal';

const later = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);
const sooner = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);

/** The crons of every live worker, merged: the latest tick any of them saw and the soonest next one. */
@Injectable()
export class SchedulesService {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async list(now: Date = new Date()): Promise<ScheduleDto[]> {
    const reports = Object.values(await this.redis.hgetall(SCHEDULES_KEY)).map((v) => JSON.parse(v) as ScheduleReport);
    const merged = new Map<string, ScheduleDto>();
    for (const r of reports) {
      if (now.getTime() - Date.parse(r.reportedAt) > STALE_AFTER_MS) continue;
      const seen = merged.get(r.name);
      merged.set(r.name, seen
        ? { ...seen, lastRunAt: later(seen.lastRunAt, r.lastRunAt), nextRunAt: sooner(seen.nextRunAt, r.nextRunAt), workers: seen.workers + 1 }
        : { name: r.name, cron: r.cron, lastRunAt: r.lastRunAt, nextRunAt: r.nextRunAt, workers: 1 });
    }
    return [...merged.values()].sort((a, b) => a.name.localeCompare(b.name));
  }
}
