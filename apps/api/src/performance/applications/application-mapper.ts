import type { ApplicationDto } from '../dto/application.dto';
import { allowedNextStages } from './application-stages';
import type { ApplicationRow } from './applications.repository';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toApplicationDto(r: ApplicationRow): ApplicationDto {
  return {
    id: r.id, publicationId: r.publication_id, campaignId: r.campaign_id, campaignName: r.campaign_name, jobId: r.job_id, jobTitle: r.job_title,
    candidateId: r.candidate_id, platform: r.platform, trackingCode: r.tracking_code, candidateEmail: r.candidate_email, source: r.source,
    externalId: r.external_id, stage: r.stage, stageAt: (r.stage_at ?? r.created_at).toISOString(),
    reachedAt: {
      screening: iso(r.screening_at), interview: iso(r.interview_at), offer: iso(r.offer_at), hired: iso(r.hired_at),
      rejected: iso(r.rejected_at), withdrawn: iso(r.withdrawn_at),
    },
    allowedStages: allowedNextStages(r.stage), notes: r.notes, createdAt: r.created_at.toISOString(), updatedAt: r.updated_at.toISOString(),
  };
}
