import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { JOB_ARCHIVED, JOB_CLOSED, JOB_FILLED, JobEndedEvent } from '../jobs';
import { CampaignActionsService } from './campaign-actions.service';

const WHY: Record<JobEndedEvent['status'], string> = { closed: 'was closed', filled: 'was filled', archived: 'was deleted' };

/**
 * A job that can no longer be applied to must not be advertised: pause every publication of its
 * campaigns that is live or still being published, through the same queue as a manual pause.
 */
@Injectable()
export class JobEndedListener {
  constructor(private readonly actions: CampaignActionsService) {}

  @OnEvent(JOB_CLOSED)
  @OnEvent(JOB_FILLED)
  @OnEvent(JOB_ARCHIVED)
  async onJobEnded(event: JobEndedEvent): Promise<void> {
    const reason = `Paused automatically: the job ${WHY[event.status]}${event.reason ? ` (${event.reason})` : ''}.`;
    await this.actions.pauseForJob(event.jobId, reason, { jobStatus: event.status, reason: event.reason });
  }
}
