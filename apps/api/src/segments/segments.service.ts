import type { SegmentProfile } from '@adflux/segmentation';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit';
import { Principal } from '../auth';
import { Page } from '../common/pagination';
import { fieldProblem, ProblemException } from '../common/problem';
import { SegmentationRunDto } from './dto/run.dto';
import { SegmentCandidateDto, SegmentDto, SegmentListDto } from './dto/segment.dto';
import { SegmentCandidatesQuery, SegmentListQuery, UpdateSegmentDto } from './dto/update-segment.dto';
import { Segment } from './entities/segment.entity';
import { SegmentationRunsRepository } from './runs/segmentation-runs.repository';
import { runNotFound } from './runs/segmentation-runs.service';
import { isNameConflict, SegmentEdit, SegmentsRepository } from './segments.repository';

/** What other modules (campaign targeting) read about a current segment. */
export interface ActiveSegment {
  id: string;
  runId: string;
  index: number;
  name: string;
  description: string;
  /** Members when the run was trained. */
  size: number;
  share: number;
  /** Top skills by lift, top countries/regions, experience and salary ranges, status mixes. */
  profile: SegmentProfile;
  /** Fairness flags of the run's audit, e.g. "may act as a proxy for age band" (campaigns warn and need an admin override). */
  fairnessFlags: string[];
}

/**
 * Segments of the active run (or of any run on request), their members, and human edits.
 * Exported: campaigns read segments and profiles through getActiveSegments / getProfile.
 */
@Injectable()
export class SegmentsService {
  constructor(
    private readonly segments: SegmentsRepository,
    private readonly runs: SegmentationRunsRepository,
    private readonly audit: AuditService,
  ) {}

  /** Segments of the active run, by index, with full profiles; empty when no run is active yet. */
  async getActiveSegments(): Promise<ActiveSegment[]> {
    const run = await this.runs.findActive();
    if (!run) return [];
    const segments = await this.segments.findByRun(run.id);
    return segments.map((s) => ({ id: s.id, runId: s.runId, index: s.index, name: s.name, description: s.description, size: s.size, share: s.share, profile: s.profile, fairnessFlags: s.fairness?.flags ?? [] }));
  }

  /** A segment's profile (top skills, locations, ranges), or null if the segment does not exist. */
  async getProfile(segmentId: string): Promise<SegmentProfile | null> {
    const segment = await this.segments.findById(segmentId);
    return segment?.profile ?? null;
  }

  async list(query: SegmentListQuery): Promise<SegmentListDto> {
    const run = query.runId ? await this.runs.findOne(query.runId) : await this.runs.findActive();
    if (query.runId && !run) throw runNotFound(query.runId);
    if (!run) return { run: null, items: [] };
    const segments = await this.segments.findByRun(run.id);
    const positions = await this.segments.typicalPositions(run.id, segments.map((s) => s.index));
    return { run: SegmentationRunDto.from(run), items: segments.map((s) => SegmentDto.from(s, run.active, positions.get(s.index))) };
  }

  async get(id: string): Promise<SegmentDto> {
    const segment = await this.find(id);
    const positions = await this.segments.typicalPositions(segment.runId, [segment.index]);
    return SegmentDto.from(segment, await this.isActiveRun(segment.runId), positions.get(segment.index));
  }

  async candidates(id: string, query: SegmentCandidatesQuery): Promise<Page<SegmentCandidateDto>> {
    return this.segments.members(await this.find(id), query.limit ?? 50, query.cursor);
  }

  /** A person renames or describes a segment; names stay unique within the run. */
  async update(id: string, dto: UpdateSegmentDto, principal: Principal, ip: string): Promise<SegmentDto> {
    const segment = await this.find(id);
    const changes: SegmentEdit = {};
    if (dto.name !== undefined && dto.name !== segment.name) changes.name = dto.name;
    if (dto.description !== undefined && dto.description !== segment.description) changes.description = dto.description;
    if (Object.keys(changes).length === 0) return SegmentDto.from(segment, await this.isActiveRun(segment.runId));
    try {
      await this.segments.transaction(async (tx) => {
        await this.segments.edit(tx, id, changes, principal.kind === 'session' ? principal.id : null);
        await this.audit.record(
          { action: 'segment.updated', principal, ip, targetType: 'segment', targetId: id, details: { before: { name: segment.name, description: segment.description }, changes } },
          tx.manager,
        );
      });
    } catch (error) {
      if (isNameConflict(error)) {
        throw fieldProblem(409, 'name', 'is already used by another segment of this run');
      }
      throw error;
    }
    return this.get(id);
  }

  private async find(id: string): Promise<Segment> {
    const segment = await this.segments.findById(id);
    if (!segment) throw new ProblemException(404, `Segment ${id} does not exist.`);
    return segment;
  }

  private async isActiveRun(runId: string): Promise<boolean> {
    return (await this.runs.findOne(runId))?.active ?? false;
  }
}
