import { ATTRIBUTE_GROUPS, AUDITED_ATTRIBUTES, auditCounts } from '@adflux/segmentation';
import type { Demographics, GroupCounts, SelectionAudit } from '@adflux/segmentation';
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

  /**
   * Location-radius audit (exported): the declared candidates living in the targeted city against
   * their whole country. A flag means the place reaches some group far less than others; places
   * a radius adds around the city are not known offline (no coordinates), so they are not counted.
   */
  async placeAudit(countryCode: string, city: string): Promise<SelectionAudit> {
    const rows = await this.repository.placeCounts(countryCode, city);
    const counts = Object.fromEntries(AUDITED_ATTRIBUTES.map((a) => {
      const groups = ATTRIBUTE_GROUPS[a];
      const c = { pool: new Array<number>(groups.length).fill(0), selected: new Array<number>(groups.length).fill(0) };
      for (const row of rows) {
        const g = row[a] === null ? -1 : groups.indexOf(row[a]);
        if (g < 0) continue;
        c.pool[g] += row.n;
        if (row.inside) c.selected[g] += row.n;
      }
      return [a, c];
    })) as GroupCounts;
    return auditCounts(counts);
  }

  /** Declared demographics by candidate id, for the segment fairness audit (exported). */
  async forAudit(): Promise<Map<string, Demographics>> {
    const rows: AuditRow[] = await this.repository.allForAudit();
    return new Map(rows.map(([id, ageBand, gender, disability, veteran]) => [id, { ageBand, gender, disability, veteran }]));
  }
}

const undeclared = (): DemographicValues => ({ ageBand: null, gender: null, disability: null, veteran: null });
