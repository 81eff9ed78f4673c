import { validateCandidate } from '../../candidates';
import { validateGeneratedJob } from '../validate-generated-job';
import { COUNTRY_BY_CODE } from './countries';
import { OfflineGenerator } from './offline-generator';

const NOW = new Date('2026-11-26T12:00:00Z');

describe('OfflineGenerator', () => {
  it('is deterministic by seed and differs between seeds', () => {
    const a = new OfflineGenerator(7, NOW);
    const b = new OfflineGenerator(7, NOW);
    const c = new OfflineGenerator(8, NOW);
    const take = (g: OfflineGenerator) => [...Array.from({ length: 50 }, () => g.candidate()), g.job()];
    const first = take(a);
    expect(take(b)).toEqual(first);
    expect(take(c)).not.toEqual(first);
  });

  it('produces candidates the API accepts, with unique example.com emails', () => {
    const g = new OfflineGenerator(1, NOW);
    const emails = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const { createdAt, ...candidate } = g.candidate();
      const { errors, value } = validateCandidate(candidate as unknown as Record<string, unknown>);
      expect(errors).toEqual([]);
      expect(value.email).toMatch(/@example\.com$/);
      emails.add(value.email);
      expect(createdAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
    }
    expect(emails.size).toBe(2000);
  });

  it('produces jobs the jobs API accepts', () => {
    const g = new OfflineGenerator(3, NOW);
    for (let i = 0; i < 300; i++) {
      const { job, status } = g.job();
      expect(validateGeneratedJob(job).errors).toEqual([]);
      expect(['open', 'draft']).toContain(status);
    }
  });

  it('plants the correlations segmentation should find', () => {
    const g = new OfflineGenerator(11, NOW);
    const people = Array.from({ length: 20_000 }, () => g.candidate());
    const withSkill = (s: string) => people.filter((p) => p.skills?.includes(s));
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const usd = (p: (typeof people)[number]) => p.desiredSalary! / COUNTRY_BY_CODE.get(p.location!.countryCode!)!.perUsd;

    // Nurses: more experience than support agents, less often looking actively, rarely in India.
    const nurses = withSkill('nursing');
    const agents = withSkill('customer service');
    expect(mean(nurses.map((p) => p.yearsExperience ?? 0))).toBeGreaterThan(mean(agents.map((p) => p.yearsExperience ?? 0)) + 4);
    expect(nurses.filter((p) => p.seekingStatus === 'active').length / nurses.length).toBeLessThan(0.35);
    expect(agents.filter((p) => p.seekingStatus === 'active').length / agents.length).toBeGreaterThan(0.65);

    // Same role pays far more in the US than in India, in dollars; Java people earn more than warehouse staff.
    const java = withSkill('java').filter((p) => p.desiredSalary);
    const javaUs = java.filter((p) => p.location?.countryCode === 'US').map(usd);
    const javaIn = java.filter((p) => p.location?.countryCode === 'IN').map(usd);
    expect(mean(javaUs)).toBeGreaterThan(3 * mean(javaIn));
    const warehouse = withSkill('forklift').filter((p) => p.desiredSalary && p.location?.countryCode === 'US').map(usd);
    expect(mean(javaUs)).toBeGreaterThan(2 * mean(warehouse));

    // Education follows the role; every region belongs to its country.
    const phd = withSkill('machine learning').filter((p) => p.educationLevel === 'doctorate').length;
    expect(phd).toBeGreaterThan(withSkill('forklift').filter((p) => p.educationLevel === 'doctorate').length + 20);
    for (const p of people.slice(0, 2000)) {
      const country = COUNTRY_BY_CODE.get(p.location!.countryCode!)!;
      expect(country.regions.map(([r]) => r)).toContain(p.location!.region);
      if (p.location!.city) expect(country.regions.find(([r]) => r === p.location!.region)![1]).toContain(p.location!.city);
    }
  });
});
