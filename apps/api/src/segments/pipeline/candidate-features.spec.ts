import { FeatureRow, PackedIds, PackedMillis, PackedStrings, PackedYears, StringInterner, toCandidateFeatures } from './candidate-features';

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

  it('reads COPY text fields the same way (numbers arrive as strings)', () => {
    const fields: FeatureRow = ['7c1d0b7e-0000-4000-8000-000000000001', '6', '90000000', 'COP', 'bachelor', 'active', 'full_time', 'CO', 'Antioquia', 'Java'];
    expect(toCandidateFeatures(fields, new StringInterner())).toMatchObject({ yearsExperience: 6, desiredSalary: 90_000_000, skills: ['Java'] });
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

describe('sharing in bulk loads', () => {
  it('shares one array per distinct skill list, and can leave the id out', () => {
    const strings = new StringInterner();
    const row = (id: string): FeatureRow => [id, 3, null, null, null, null, null, null, null, 'Java\x1fSQL'];
    const a = toCandidateFeatures(row('7c1d0b7e-0000-4000-8000-000000000001'), strings, '');
    const b = toCandidateFeatures(row('7c1d0b7e-0000-4000-8000-000000000002'), strings, '');
    expect(a.skills).toBe(b.skills);
    expect(a.skills).toEqual(['Java', 'SQL']);
    expect(a.id).toBe('');
  });

  it('packs ids and reads them back across blocks', () => {
    const ids = new PackedIds();
    const make = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    for (let i = 0; i < 70_000; i++) ids.push(make(i));
    expect(ids.length).toBe(70_000);
    expect([ids.get(0), ids.get(65_535), ids.get(65_536), ids.get(69_999)]).toEqual([make(0), make(65_535), make(65_536), make(69_999)]);
    expect(() => ids.push('not-a-uuid')).toThrow(/Not a uuid/);
  });

  it('packs created_at milliseconds and reads them back past its first allocation', () => {
    const times = new PackedMillis();
    const base = Date.parse('2026-11-26T08:00:03.277Z');
    for (let i = 0; i < 70_000; i++) times.push(base + i);
    expect(times.length).toBe(70_000);
    expect([times.get(0), times.get(65_536), times.get(69_999)]).toEqual([base, base + 65_536, base + 69_999]);
    expect(() => times.push(Number('not a number'))).toThrow(/Not a time/);
  });

  it('packs years of experience (null included) and names (any UTF-8) past their first allocations', () => {
    const [years, names] = [new PackedYears(), new PackedStrings()];
    const name = (i: number) => `Zoë Ñúñez-${i}\t${'x'.repeat(i % 40)}`;
    for (let i = 0; i < 70_000; i++) {
      years.push(i % 7 === 0 ? null : i % 71);
      names.push(name(i));
    }
    expect([years.get(0), years.get(1), years.get(65_537), years.get(69_999)]).toEqual([null, 1, 65_537 % 71, 69_999 % 71]);
    expect([names.get(0), names.get(65_536), names.get(69_999)]).toEqual([name(0), name(65_536), name(69_999)]);
  });
});
