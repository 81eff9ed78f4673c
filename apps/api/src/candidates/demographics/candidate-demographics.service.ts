import { AUDITED_ATTRIBUTES } from '@adflux/segmentation';
import type { Demographics } from '@adflux/segmentation';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../../audit';
import { Principal } from '../../auth';
import { ProblemException } from '../../common/problem';
import { CandidatesService } from '../candidates.service';
import { CandidateDemographicsDto, CandidatePersonalDataDto } from '../dto/candidate-demographics.dto';
import { AuditRow, CandidateDemographicsRepository, DemographicValues } from './candidate-demographics.repository';

/** Audit-only demographics: admin reads and writes, the personal-data export, the audit's input. */
@Injectable()
export class CandidateDemographicsService {
  constructor(
    private readonly repository: CandidateDemographicsRepository,
    private readonly candidates: CandidatesService,
    private readonly audit: AuditService,
  ) {}

  async get(candidateId: string): Promise<CandidateDemographicsDto> {
    await this.candidates.get(candidateId); // 404 for an unknown candidate
    return (await this.repository.find(candidateId)) ?? undeclared();
  }

  async replace(candidateId: string, dto: CandidateDemographicsDto, principal: Principal, ip: string): Promise<CandidateDemographicsDto> {
    const values = Object.fromEntries(AUDITED_ATTRIBUTES.map((a) => [a, dto[a] ?? null])) as DemographicValues;
    if (!(await this.repository.upsert(candidateId, values))) throw new ProblemException(404, `Candidate ${candidateId} does not exist.`);
    // The audit log says that they changed, never the values (special-category data).
    await this.audit.record({ action: 'candidate.demographics_updated', principal, ip, targetType: 'candidate', targetId: candidateId, details: { fields: AUDITED_ATTRIBUTES.filter((a) => values[a] !== null) } });
    return values;
  }

  async personalData(candidateId: string, principal: Principal, ip: string): Promise<CandidatePersonalDataDto> {
    const candidate = await this.candidates.get(candidateId);
    const demographics = await this.repository.find(candidateId);
    await this.audit.record({ action: 'candidate.exported', principal, ip, targetType: 'candidate', targetId: candidateId, details: { reason: 'access request' } });
    return { candidate, demographics, exportedAt: new Date().toISOString() };
  }

  /** Declared demographics by candidate id, for the segment fairness audit (exported). */
  async forAudit(): Promise<Map<string, Demographics>> {
    const rows: AuditRow[] = await this.repository.allForAudit();
    return new Map(rows.map(([id, ageBand, gender, disability, veteran]) => [id, { ageBand, gender, disability, veteran }]));
  }
}

const undeclared = (): DemographicValues => ({ ageBand: null, gender: null, disability: null, veteran: null });
