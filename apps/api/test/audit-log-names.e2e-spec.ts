import { createTestApp, loginAs, resetState, Session, TestApp } from './harness';
import { jobBody } from './jobs-fixtures';

type Entry = { action: string; targetType: string | null; targetId: string | null; targetName: string | null };

/** The audit log names each target as it is called now (resolved per page, by the owning module). */
describe('audit log target names (integration)', () => {
  let t: TestApp;
  let admin: Session & { userId: string };
  beforeAll(async () => {
    t = await createTestApp();
    await resetState(t.dataSource);
    admin = await loginAs(t, 'admin');
  });
  afterAll(() => t.close());

  const log = async (): Promise<Entry[]> => (await admin.get('/api/audit-log?limit=200').expect(200)).body.items;

  it("shows each target's current name; a deleted target keeps only its id", async () => {
    const kept = (await admin.post('/api/jobs', jobBody({ title: 'Ward nurse' })).expect(201)).body;
    await admin.patch(`/api/jobs/${kept.id}`, { title: 'Senior ward nurse' }).expect(200);
    const gone = (await admin.post('/api/jobs', jobBody({ title: 'Draft to delete' })).expect(201)).body;
    await admin.delete(`/api/jobs/${gone.id}`).expect(204);
    const { token } = (await admin.post('/api/api-tokens', { name: 'Nightly BI export', scopes: ['read'] }).expect(201)).body;

    const entries = await log();
    const named = (action: string, id: string) => entries.find((e) => e.action === action && e.targetId === id);
    expect(named('job.created', kept.id)).toMatchObject({ targetType: 'job', targetName: 'Senior ward nurse' });
    expect(named('job.updated', kept.id)).toMatchObject({ targetName: 'Senior ward nurse' });
    expect(named('job.created', gone.id)).toMatchObject({ targetType: 'job', targetName: null });
    expect(entries.find((e) => e.targetType === 'api_token' && e.targetId === token.id)).toMatchObject({ targetName: 'Nightly BI export' });
  });

  it('names users, platform connections and every page, not only the first', async () => {
    const { user } = (await admin.post('/api/users', { email: 'hm@test.local', name: 'Hiring Manager Hana', role: 'viewer', password: 'correct horse battery staple' }).expect(201)).body;
    const page1 = (await admin.get('/api/audit-log?limit=1').expect(200)).body;
    expect(page1.items[0]).toMatchObject({ targetType: 'user', targetId: user.id, targetName: 'Hiring Manager Hana' });
    const page2 = (await admin.get(`/api/audit-log?limit=1&cursor=${page1.nextCursor}`).expect(200)).body;
    expect(page2.items[0]).toMatchObject({ targetType: 'api_token', targetName: 'Nightly BI export' });
    const seeded = (await log()).filter((e) => e.targetType === 'platform_connection' && e.targetId);
    for (const e of seeded) expect(e.targetName).toEqual(expect.any(String));
  });
});
