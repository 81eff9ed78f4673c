import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { ProblemException } from '../common/problem';
import { minuteSlot, SlotCron, SlotCronScheduler } from '../queues/slot-cron';

export interface DeclaredSchedule {
  name: string;
  /** null when the cron is off in this configuration (it can still be run on demand) */
  cron: string | null;
}

/**
 * Every cron the schedulers declare, found through Nest's discovery like the queues, and running one on demand:
 * its enqueue for the current minute's slot, exactly what a tick does (so a worker that ticked this minute and
 * the on-demand run add one job, not two).
 */
@Injectable()
export class ScheduleRunner implements OnModuleInit {
  private crons = new Map<string, SlotCron>();

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders()) {
      if (wrapper.instance instanceof SlotCronScheduler) for (const cron of wrapper.instance.declaredCrons()) this.crons.set(cron.name, cron);
    }
  }

  declared(): DeclaredSchedule[] {
    return [...this.crons.values()].map((c) => ({ name: c.name, cron: c.cronTime || null })).sort((a, b) => a.name.localeCompare(b.name));
  }

  /** Enqueues the named cron's job for the current slot; 404 naming the known crons otherwise. */
  async run(name: string, now: Date = new Date()): Promise<string> {
    const cron = this.crons.get(name);
    if (!cron) throw new ProblemException(404, `There is no schedule named ${name}. Schedules: ${[...this.crons.keys()].sort().join(', ')}.`);
    const slot = minuteSlot(now);
    await cron.enqueue(slot, now);
    return slot;
  }
}
