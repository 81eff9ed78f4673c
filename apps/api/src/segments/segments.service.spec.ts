import { QueryFailedError } from 'typeorm';
import type { AuditService } from '../audit';
import type { Principal } from '../auth';
import type { Segment } from './entities/segment.entity';
import type { SegmentationRun } from './entities/segmentation-run.entity';
import type { SegmentationRunsRepository } from './runs/segmentation-runs.repository';
import type { SegmentsRepository } from './segments.repository';
import { SegmentsService } from './segments.service';

const principal = { kind: 'session', id: 'u1', label: 'r@x', role: 'recruiter' } as unknown as Principal;
const PROFILE = {
  experience: { p25: 3, median: 5, p75: 8, missingShare: 0 },
  topSkills: [{ skill: 'ICU', share: 0.5, overallShare: 0.1, lift: 5 }],
  topCountries: [{ countryCode: 'US', share: 0.3 }],
};
const segment = (extra: Partial<Segment> = {}) => ({ id: 's1', runId: 'r1', index: 0, name: 'Nurses', description: 'ICU', generatedName: 'Nurses', profile: PROFILE, size: 5, share: 0.5, editedAt: null, editedBy: null, createdAt: new Date(), ...extra }) as unknown as Segment;

function setup() {
  const tx = { client: {}, manager: {} };
  const segments = {
    transaction: jest.fn((work: (t: typeof tx) => unknown) => work(tx)),
    findById: jest.fn(async () => segment()),
    findByRun: jest.fn(async () => [segment(), segment({ id: 's2', index: 1, name: 'Devs' })]),
    edit: jest.fn(),
    members: jest.fn(),
    typicalPositions: jest.fn(async (_runId: string, indexes: number[]) => new Map(indexes.map((i) => [i, i === 0 ? [{ position: 'ICU Nurse', share: 0.7 }] : []]))),
  };
  const runs = { findActive: jest.fn(async () => ({ id: 'r1', active: true }) as SegmentationRun), findOne: jest.fn(async () => ({ id: 'r1', active: true }) as SegmentationRun) };
  const audit = { record: jest.fn() };
  const service = new SegmentsService(segments as unknown as SegmentsRepository, runs as unknown as SegmentationRunsRepository, audit as unknown as AuditService);
  return { service, segments, runs, audit, tx };
}

describe('SegmentsService with fake repositories', () => {
  it("reads the active run's segments; none without an active run", async () => {
    const { service, runs, segments } = setup();
    expect((await service.getActiveSegments()).map((s) => s.name)).toEqual(['Nurses', 'Devs']);
    expect(segments.findByRun).toHaveBeenCalledWith('r1');
    runs.findActive.mockResolvedValue(null as unknown as SegmentationRun);
    expect(await service.getActiveSegments()).toEqual([]);
  });

  it('a segment carries its typical positions and a plain-words summary built from them', async () => {
    const { service, segments } = setup();
    const one = await service.get('s1');
    expect(segments.typicalPositions).toHaveBeenCalledWith('r1', [0]);
    expect(one).toMatchObject({ typicalPositions: [{ position: 'ICU Nurse', share: 0.7 }], summary: 'Mostly ICU nurses with 3–8 years, 5× more likely than your pool to know ICU.' });
    segments.findById.mockResolvedValue(segment({ index: 1 }));
    expect((await service.get('s1')).summary).toMatch(/^People skilled in ICU with 3–8 years/);
  });

  it('writes only what changed, with its audit record in the same transaction', async () => {
    const { service, segments, audit, tx } = setup();
    await service.update('s1', { name: 'Nurses', description: 'Intensive care' }, principal, 'ip');
    expect(segments.edit).toHaveBeenCalledWith(tx, 's1', { description: 'Intensive care' }, 'u1');
    expect(audit.record).toHaveBeenCalledWith(expect.objectContaining({ action: 'segment.updated', targetId: 's1' }), tx.manager);
    segments.edit.mockClear();
    await service.update('s1', { name: 'Nurses' }, principal, 'ip');
    expect(segments.edit).not.toHaveBeenCalled();
  });

  it('answers 409 on the name field when the run has a segment of that name, 404 for an unknown segment', async () => {
    const { service, segments } = setup();
    const conflict = Object.assign(new QueryFailedError('UPDATE', [], new Error('duplicate')), { driverError: { code: '23505', constraint: 'segments_run_name_key' } });
    segments.edit.mockRejectedValue(conflict);
    await expect(service.update('s1', { name: 'Devs' }, principal, 'ip')).rejects.toMatchObject({ response: { status: 409, errors: [{ field: 'name' }] } });
    segments.findById.mockResolvedValue(null as unknown as Segment);
    await expect(service.get('nope')).rejects.toMatchObject({ response: { status: 404 } });
  });
});
