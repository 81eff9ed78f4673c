// Scenario (issue 12.10): backend engineers (TypeScript, PostgreSQL, Node.js) are a small family
// in a pool of nurses, warehouse staff, sales people …, and share country, experience and pay
// with designers. They must still end up together, in a segment that reads as backend, never
// in "Senior UX research prototyping".
jest.setTimeout(120_000);

import { roleScenario } from '../testing/role-scenario';

const BACKEND_SKILLS = ['TypeScript', 'PostgreSQL', 'Node.js', 'REST APIs'];

describe('scenario: backend engineers share one segment', () => {
  it('puts ≥ 90 % of the planted backend engineers in one segment', async () => {
    const { home } = await roleScenario();
    expect(home('backend').share).toBeGreaterThanOrEqual(0.9);
  });

  it('lists backend skills for that segment, and no design ones', async () => {
    const { result, home } = await roleScenario();
    const profile = result.profiles[home('backend').segment];
    const top = profile.topSkills.map((s) => s.skill);
    expect(top.filter((s) => BACKEND_SKILLS.includes(s)).length).toBeGreaterThanOrEqual(1);
    for (const design of ['UX Research', 'Prototyping', 'Figma', 'Interaction Design']) expect(top).not.toContain(design);
  });

  it('keeps designers (same country, pay and experience) out of it', async () => {
    const { home, shareOfSegment } = await roleScenario();
    const backend = home('backend').segment;
    expect(home('design').segment).not.toBe(backend);
    expect(shareOfSegment('design', backend)).toBeLessThan(0.1);
  });

  it('gives backend skills encoder columns although the family is small', async () => {
    const { result } = await roleScenario();
    const columns = result.model.encoder.vocabulary.skills;
    expect(['typescript', 'postgresql', 'node.js'].filter((s) => columns.includes(s)).length).toBeGreaterThanOrEqual(2);
  });
});
