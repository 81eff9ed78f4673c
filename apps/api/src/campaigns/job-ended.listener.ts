import { Injectable } from '@nestjs/common';
import { EventEmitter2, OnEvent } from '@nestjs/event-emitter';
import { JOB_ARCHIVED, JOB_CLOSED, JOB_FILLED, JobEndedEvent } from '../jobs';
import { CampaignActionsService } from './campaign-actions.service';
import { JOB_ADS_PAUSED, JobAdsPausedEvent } from './campaign-events';

const WHY: Record<JobEndedEvent['status'], string> = { closed: 'was closed', filled: 'was filled', archived: 'was deleted' };

/**
 * A job that can no longer be applied to must not be advertised: pause every publication of its
 * campaigns that is live or still being published, through the same queue as a manual pause.
 */
@Injectable()
export class JobEndedListener {
  constructor(private readonly actions: CampaignActionsService, private readonly events: EventEmitter2) {}

  @OnEvent(JOB_CLOSED)
  @OnEvent(JOB_FILLED)
  @OnEvent(JOB_ARCHIVED)
  async onJobEnded(event: JobEndedEvent): Promise<void> {
    const reason = `Paused automatically: the job ${WHY[event.status]}${event.reason ? ` (${event.reason})` : ''}.`;
    const paused = await this.actions.pauseForJob(event.jobId, reason, { jobStatus: event.status, reason: event.reason });
    if (paused > 0) this.events.emit(JOB_ADS_PAUSED, { jobId: event.jobId, paused, reason } satisfies JobAdsPausedEvent);
  }
}
