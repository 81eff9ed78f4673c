import { Injectable } from '@nestjs/common';
import { Principal } from '../../auth';
import { decodeCursor, Page, toPage } from '../../common/pagination';
import { fieldProblem } from '../../common/problem';
import { ApplicationDto, ApplicationQuery, CreateApplicationDto } from '../dto/application.dto';
import { ApplicationRow, ApplicationsRepository } from './applications.repository';
import { TrackingService } from './tracking.service';

/** First-party conversions reported by an ATS or the careers site, attributed by tracking code. */
@Injectable()
export class ApplicationsService {
  constructor(
    private readonly repository: ApplicationsRepository,
    private readonly tracking: TrackingService,
  ) {}

  async record(dto: CreateApplicationDto, principal: Principal): Promise<{ application: ApplicationDto; created: boolean }> {
    let link: { publicationId: string; platform: string } | null = null;
    if (dto.trackingCode) {
      const found = await this.tracking.resolve(dto.trackingCode);
      if (!found) throw fieldProblem(422, 'trackingCode', 'does not belong to any AdFlux ad');
      link = { publicationId: found.publication_id, platform: found.platform };
    }
    const insertedId = await this.repository.insert(dto, link, principal.label);
    // A resent externalId is the same application: answer with the stored one, count it once.
    const row = insertedId ? await this.repository.findById(insertedId) : await this.repository.findByExternalId(dto.externalId!);
    return { application: toDto(row!), created: insertedId !== null };
  }

  async list(query: ApplicationQuery): Promise<Page<ApplicationDto>> {
    const limit = query.limit ?? 50;
    const rows = await this.repository.list(query, limit, decodeCursor(query.cursor, ['timestamp', 'uuid']));
    return toPage(rows, limit, toDto, (r) => [r.created_at.toISOString(), r.id]);
  }
}

function toDto(r: ApplicationRow): ApplicationDto {
  return {
    id: r.id, publicationId: r.publication_id, campaignId: r.campaign_id, platform: r.platform, trackingCode: r.tracking_code,
    candidateEmail: r.candidate_email, source: r.source, externalId: r.external_id, createdAt: r.created_at.toISOString(),
  };
}
