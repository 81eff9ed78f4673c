import { describeInPlainWords, pluralRole, type PlainWordsInput } from './plain-words';

const spread = (p25: number | null, median: number | null, p75: number | null) => ({ p25, median, p75, missingShare: 0 });
const skill = (name: string, share: number, overallShare: number) => ({ skill: name, share, overallShare, lift: share / overallShare });

const backend: PlainWordsInput = {
  experience: spread(2.2, 4, 5.8),
  topSkills: [skill('TypeScript', 0.8, 0.2), skill('PostgreSQL', 0.6, 0.06), skill('Node.js', 0.7, 0.15)],
  topCountries: [{ countryCode: 'DE', share: 0.35 }, { countryCode: 'FR', share: 0.2 }],
};

describe('describeInPlainWords: a segment in a recruiter\'s words', () => {
  it('backend engineers: the role, the years, and the skill that sets them apart', () => {
    expect(describeInPlainWords(backend, [{ position: 'Backend Engineer', share: 0.62 }, { position: 'Data Engineer', share: 0.1 }])).toBe(
      'Mostly backend engineers with 2–6 years, 10× more likely than your pool to know PostgreSQL.',
    );
  });

  it('two roles that together make the majority are both named', () => {
    expect(describeInPlainWords(backend, [{ position: 'Registered Nurse', share: 0.3 }, { position: 'Nurse Practitioner', share: 0.25 }])).toMatch(
      /^Mostly registered nurses and nurse practitioners with 2–6 years/,
    );
  });

  it('no dominant role: falls back to the top skills', () => {
    expect(describeInPlainWords(backend, [{ position: 'Engineer', share: 0.15 }])).toMatch(/^People skilled in TypeScript and PostgreSQL with 2–6 years/);
  });

  it('most of the segment in one country: says where', () => {
    const local = { ...backend, topCountries: [{ countryCode: 'DE', share: 0.7 }] };
    expect(describeInPlainWords(local, [{ position: 'Backend Engineer', share: 0.5 }])).toBe(
      'Mostly backend engineers with 2–6 years, mostly in Germany, 10× more likely than your pool to know PostgreSQL.',
    );
  });

  it('no skill much more common than in the pool: no lift claim', () => {
    const plain = { ...backend, topSkills: [skill('Excel', 0.5, 0.4)] };
    expect(describeInPlainWords(plain, [{ position: 'Office Manager', share: 0.5 }])).toBe('Mostly office managers with 2–6 years.');
  });

  it('a narrow experience range reads as "about N years"; unknown experience is left out', () => {
    expect(describeInPlainWords({ ...backend, experience: spread(1, 1, 1.2) }, [{ position: 'Cashier', share: 0.9 }])).toMatch(/^Mostly cashiers with about 1 year,/);
    expect(describeInPlainWords({ ...backend, experience: spread(null, null, null), topSkills: [] }, [])).toBe('A mix of candidates.');
  });

  it('never shows statistics vocabulary', () => {
    expect(describeInPlainWords(backend, [])).not.toMatch(/lift|IQR|silhouette|centroid|percentile/i);
  });
});

describe('pluralRole', () => {
  it.each([
    ['Backend Engineer', 'backend engineers'],
    ['UX Designer', 'UX designers'],
    ['Secretary', 'secretaries'],
    ['Sales Associate', 'sales associates'],
    ['Nurse', 'nurses'],
    ['Coach', 'coaches'],
  ])('%s → %s', (role, plural) => expect(pluralRole(role)).toBe(plural));
});
