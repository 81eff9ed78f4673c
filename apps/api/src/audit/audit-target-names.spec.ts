import { AuditTargetNames, targetKey } from './audit-target-names';

describe('AuditTargetNames', () => {
  it('names a page of targets with one lookup per target type, never one per entry', async () => {
    const calls: Record<string, string[][]> = { job: [], campaign: [] };
    const names = new AuditTargetNames();
    names.register('job', async (ids) => (calls.job.push(ids), ids.filter((id) => id !== 'j-gone').map((id) => ({ id, name: `Job ${id}` }))));
    names.register('campaign', async (ids) => (calls.campaign.push(ids), ids.map((id) => ({ id, name: `Campaign ${id}` }))));
    const entries = [
      { targetType: 'job', targetId: 'j1' },
      { targetType: 'job', targetId: 'j2' },
      { targetType: 'job', targetId: 'j1' },
      { targetType: 'job', targetId: 'j-gone' },
      { targetType: 'campaign', targetId: 'c1' },
      { targetType: 'settings', targetId: null },
      { targetType: 'segmentation_run', targetId: 'r1' }, // no namer registered
      { targetType: null, targetId: null },
    ];

    const resolved = await names.resolve(entries);

    expect(calls.job).toEqual([['j1', 'j2', 'j-gone']]);
    expect(calls.campaign).toEqual([['c1']]);
    expect(resolved.get(targetKey('job', 'j1'))).toBe('Job j1');
    expect(resolved.get(targetKey('campaign', 'c1'))).toBe('Campaign c1');
    expect(resolved.has(targetKey('job', 'j-gone'))).toBe(false);
    expect(resolved.size).toBe(3);
  });

  it('looks nothing up for a page without named targets', async () => {
    const names = new AuditTargetNames();
    let called = false;
    names.register('job', async () => ((called = true), []));
    expect((await names.resolve([{ targetType: null, targetId: null }])).size).toBe(0);
    expect(called).toBe(false);
  });
});
