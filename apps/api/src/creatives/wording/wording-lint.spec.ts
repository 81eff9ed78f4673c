import { genderCodedBalance, lintWording } from './wording-lint';

const lint = (text: string, internship = false) => lintWording([{ field: 'description', text }], { internship });
const rules = (text: string, internship = false) => lint(text, internship).map((f) => `${f.rule}:${f.severity}:${f.phrase}`);

describe('lintWording', () => {
  it('age-coded: "young", "digital native" warn with a suggestion and the phrase position', () => {
    const text = 'Join our young team of digital natives.';
    const findings = lint(text);
    expect(findings.map((f) => [f.rule, f.severity, f.phrase])).toEqual([['age-young', 'warn', 'young'], ['age-digital-native', 'warn', 'digital natives']]);
    expect(text.slice(findings[1].start, findings[1].end)).toBe('digital natives');
    expect(findings[0].suggestion).toMatch(/Describe the team/);
    expect(findings[0].source).toMatch(/EEOC/);
  });

  it('"recent graduate" warns, except for an internship', () => {
    expect(rules('Ideal for a recent graduate.')).toEqual(['age-recent-graduate:warn:recent graduate']);
    expect(rules('Ideal for a recent graduate.', true)).toEqual([]);
  });

  it('an explicit age limit blocks', () => {
    expect(rules('Candidates must be under 35 years old.')).toEqual(['age-limit:block:under 35 years old']);
    expect(rules('Applicants aged 25-40 preferred.')).toEqual(['age-limit:block:aged 25-40']);
  });

  it('gender: masculine-coded words warn (Gaucher et al.), explicit limits and gendered titles are caught', () => {
    expect(rules('An aggressive, competitive salesman.')).toEqual([
      'gender-coded-aggress:warn:aggressive', 'gender-coded-compet:warn:competitive', 'gender-titles:warn:salesman',
    ]);
    expect(rules('Male candidates only.')).toEqual(['gender-only:block:Male candidates only']);
    expect(lint('A competitive salary.')[0].source).toMatch(/Gaucher, Friesen & Kay \(2011\)/);
  });

  it('nationality: "native speaker" and "citizens only" warn, "no foreigners" blocks', () => {
    expect(rules('Native English speaker required.')).toEqual(['nationality-native-speaker:warn:Native English speaker']);
    expect(rules('US citizens only.')).toEqual(['nationality-citizens-only:warn:US citizens only']);
    expect(rules('Locals only, no foreigners.')).toEqual(['nationality-no-foreigners:block:Locals only', 'nationality-no-foreigners:block:no foreigners']);
  });

  it('neutral text has no findings, and words merely containing a stem are not flagged', () => {
    expect(rules('We build scheduling software for hospitals. Fluent English required; must be authorized to work in the US.')).toEqual([]);
    expect(rules('Youngstown office; a reactive UI.')).toEqual([]);
  });

  it('reports each field separately, ordered by field then position', () => {
    const findings = lintWording([{ field: 'title', text: 'Young rockstar' }, { field: 'creative.headline', text: 'Digital native wanted' }], { internship: false });
    expect(findings.map((f) => f.field)).toEqual(['creative.headline', 'title']);
  });
});

describe('genderCodedBalance', () => {
  it('counts masculine- and feminine-coded words', () => {
    expect(genderCodedBalance([{ field: 'd', text: 'A competitive, ambitious leader who is supportive and understanding.' }])).toEqual({ masculine: 3, feminine: 2 });
  });
});
