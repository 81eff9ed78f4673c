import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { AuditService } from '../audit';
import { Principal } from '../auth';
import { fieldProblem, ProblemException } from '../common/problem';
import { CANDIDATE_ERASED, CANDIDATE_UPSERTED, CandidateErasedEvent, CandidateUpsertedEvent } from './candidate-events';
import { CandidateColumns, CandidatesRepository } from './candidates.repository';
import { CandidateDto } from './dto/candidate.dto';
import { CreateCandidateDto, UpdateCandidateDto } from './dto/candidate-input.dto';
import { ListCandidatesQuery } from './dto/list-candidates.query';
import { Candidate } from './entities/candidate.entity';
import { CandidateInput, crossFieldErrors, finalizeCandidate } from './validation/validate-candidate';

/** Candidate rules and transactions; other modules use this service (never the tables). */
@Injectable()
export class CandidatesService {
  constructor(
    private readonly repository: CandidatesRepository,
    private readonly audit: AuditService,
    private readonly events: EventEmitter2,
  ) {}

  /** A page as its JSON body (CandidatePageDto): the list goes out as PostgreSQL wrote it. */
  listJson(query: ListCandidatesQuery): Promise<string> {
    const { limit, cursor, sort, ...filter } = query;
    if (filter.minExperience !== undefined && filter.maxExperience !== undefined && filter.minExperience > filter.maxExperience) {
      throw fieldProblem(400, 'maxExperience', 'must be greater than or equal to minExperience');
    }
    return this.repository.listJson(filter, sort, limit ?? 50, cursor);
  }

  async get(id: string): Promise<CandidateDto> {
    const candidate = await this.repository.findOne(id);
    if (!candidate) throw notFound(id);
    return candidate;
  }

  /** For other modules linking records to a candidate (e.g. an application's e-mail). */
  idByEmail(email: string): Promise<string | null> {
    return this.repository.idByEmail(email);
  }

  async create(dto: CreateCandidateDto): Promise<CandidateDto> {
    const input = finalizeCandidate({ ...dto, location: dto.location ? { ...dto.location } : dto.location });
    assertConsistent(input);
    const id = await this.repository.insert({ ...toColumns(input), marketingConsentAt: input.marketingConsent ? new Date() : null });
    await this.upsertedAndPlaced(id);
    return this.get(id);
  }

  async update(id: string, dto: UpdateCandidateDto): Promise<CandidateDto> {
    const current = await this.find(id);
    const merged = finalizeCandidate(mergePatch(toInput(current), dto));
    assertConsistent(merged);
    const next = toColumns(merged);
    const changes: Partial<CandidateColumns> = {};
    for (const [key, value] of Object.entries(next) as Array<[keyof typeof next, unknown]>) {
      if (JSON.stringify(value) !== JSON.stringify(current[key])) (changes as Record<string, unknown>)[key] = value;
    }
    if (Object.keys(changes).length === 0) return this.get(id);
    if (changes.marketingConsent !== undefined) changes.marketingConsentAt = changes.marketingConsent ? new Date() : null;
    await this.repository.update(id, changes);
    await this.upsertedAndPlaced(id);
    return this.get(id);
  }

  /** Right to be forgotten: the row and its traces go; the audit log keeps only the id. */
  async erase(id: string, principal: Principal, ip: string): Promise<void> {
    await this.repository.transaction(async (tx) => {
      if (!(await this.repository.erase(id, tx))) throw notFound(id);
      await this.audit.record({ action: 'candidate.erased', principal, ip, targetType: 'candidate', targetId: id, details: { reason: 'erasure request' } }, tx);
    });
    this.events.emit(CANDIDATE_ERASED, { candidateIds: [id] } satisfies CandidateErasedEvent);
  }

  /** For bulk writers (import, data generation): announce candidates created or changed. */
  upserted(candidateIds: string[]): void {
    if (candidateIds.length) this.events.emit(CANDIDATE_UPSERTED, { candidateIds } satisfies CandidateUpsertedEvent);
  }

  /**
   * One candidate written through the API: waits for the listeners (segmentation places them with
   * the cached model in a few ms and never throws), so the response already carries their segment.
   */
  private async upsertedAndPlaced(id: string): Promise<void> {
    await this.events.emitAsync(CANDIDATE_UPSERTED, { candidateIds: [id] } satisfies CandidateUpsertedEvent);
  }

  private async find(id: string): Promise<Candidate> {
    const candidate = await this.repository.findRow(id);
    if (!candidate) throw notFound(id);
    return candidate;
  }
}

const notFound = (id: string) => new ProblemException(404, `Candidate ${id} does not exist.`);

function assertConsistent(input: Partial<CandidateInput>): void {
  const errors = crossFieldErrors(input);
  if (errors.length) throw new ProblemException(400, errors.map((e) => `${e.field}: ${e.message}`).join('; '), { errors });
}

function toInput(c: Candidate): CandidateInput {
  return {
    fullName: c.fullName, email: c.email, phone: c.phone, location: { city: c.city, region: c.region, countryCode: c.countryCode },
    yearsExperience: c.yearsExperience, educationLevel: c.educationLevel, skills: c.skills, primarySkill: c.primarySkill,
    desiredSalary: c.desiredSalary, desiredSalaryCurrency: c.desiredSalaryCurrency, desiredPosition: c.desiredPosition,
    seekingStatus: c.seekingStatus, preferredEmploymentType: c.preferredEmploymentType, languages: c.languages,
    availability: c.availability, source: c.source, marketingConsent: c.marketingConsent,
  };
}

/** PATCH: fields left out keep their value; `location: null` clears it, location keys merge. */
function mergePatch(current: CandidateInput, patch: UpdateCandidateDto): CandidateInput {
  const merged: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined || key === 'location') continue;
    merged[key] = value;
  }
  if (patch.location === null) merged.location = null;
  else if (patch.location) {
    const location = { ...current.location };
    for (const [key, value] of Object.entries(patch.location)) if (value !== undefined) (location as Record<string, unknown>)[key] = value;
    merged.location = location;
  }
  // A new skill list without a primary skill keeps the old one only if it is still listed.
  if (patch.skills !== undefined && patch.primarySkill === undefined) {
    merged.primarySkill = current.primarySkill && patch.skills.includes(current.primarySkill) ? current.primarySkill : null;
  }
  return merged as unknown as CandidateInput;
}

function toColumns(c: CandidateInput): Omit<CandidateColumns, 'marketingConsentAt'> {
  return {
    fullName: c.fullName, email: c.email, phone: c.phone ?? null,
    city: c.location?.city ?? null, region: c.location?.region ?? null, countryCode: c.location?.countryCode ?? null,
    yearsExperience: c.yearsExperience ?? null, educationLevel: c.educationLevel ?? null, skills: c.skills ?? [], primarySkill: c.primarySkill ?? null,
    desiredSalary: c.desiredSalary ?? null, desiredSalaryCurrency: c.desiredSalaryCurrency ?? null, desiredPosition: c.desiredPosition ?? null,
    seekingStatus: c.seekingStatus ?? null, preferredEmploymentType: c.preferredEmploymentType ?? null, languages: c.languages ?? [],
    availability: c.availability ?? null, source: c.source ?? null, marketingConsent: c.marketingConsent ?? false,
  };
}
