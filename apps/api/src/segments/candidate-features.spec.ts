import { FeatureRow, StringInterner, toCandidateFeatures } from './candidate-features';

describe('candidate feature rows', () => {
  const row = (skills: string | null, salary: string | null = '90000000'): FeatureRow => [
    '7c1d0b7e-0000-4000-8000-000000000001', 6, salary, 'COP', 'bachelor', 'active', 'full_time', 'CO', 'Antioquia', skills,
  ];

  it('maps a database row onto the library input, salary as a number', () => {
    expect(toCandidateFeatures(row('Java\x1fSpring'), new StringInterner())).toEqual({
      id: '7c1d0b7e-0000-4000-8000-000000000001',
      yearsExperience: 6,
      desiredSalary: 90_000_000,
      desiredSalaryCurrency: 'COP',
      educationLevel: 'bachelor',
      seekingStatus: 'active',
      preferredEmploymentType: 'full_time',
      countryCode: 'CO',
      region: 'Antioquia',
      skills: ['Java', 'Spring'],
    });
  });

  it('reads no skills and no salary', () => {
    const c = toCandidateFeatures(row('', null), new StringInterner());
    expect(c.skills).toEqual([]);
    expect(c.desiredSalary).toBeNull();
    expect(toCandidateFeatures(row(null), new StringInterner()).skills).toEqual([]);
  });

  it('shares one copy of each repeated string', () => {
    const strings = new StringInterner();
    const a = toCandidateFeatures(row('Java\x1fSQL'), strings);
    const b = toCandidateFeatures(row(['Ja', 'va'].join('') + '\x1fGo'), strings);
    expect(b.skills[0]).toBe(a.skills[0]);
    expect(strings.size).toBe(['COP', 'bachelor', 'active', 'full_time', 'CO', 'Antioquia', 'Java', 'SQL', 'Go'].length);
  });
});
