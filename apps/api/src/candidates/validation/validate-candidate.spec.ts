import { validateCandidate } from './validate-candidate';

describe('validateCandidate (the rules the API and the CSV import share)', () => {
  it('normalizes like the API: trims, lowercases email and skills, uppercases codes, dedupes lists', () => {
    const { value, errors } = validateCandidate({
      fullName: '  Ana  ', email: ' Ana@Example.COM ', location: { countryCode: 'es', city: ' ', region: 'Madrid' },
      skills: ['Java', ' java', 'Spring  Boot', ''], languages: ['ES', 'es', 'en'], desiredSalary: 50000, desiredSalaryCurrency: 'eur', phone: '',
    });
    expect(errors).toEqual([]);
    expect(value).toEqual({
      fullName: 'Ana', email: 'ana@example.com', phone: null, location: { city: null, region: 'Madrid', countryCode: 'ES' },
      skills: ['java', 'spring boot'], primarySkill: 'java', languages: ['es', 'en'], desiredSalary: 50000, desiredSalaryCurrency: 'EUR',
    });
  });

  it('reports one message per bad field, with API field names', () => {
    const { errors } = validateCandidate({ email: 'nope', location: { countryCode: 'XX' }, yearsExperience: 71, seekingStatus: 'maybe', languages: ['english'] });
    expect(errors).toEqual([
      { field: 'fullName', message: 'is required' },
      { field: 'email', message: 'must be an email address' },
      { field: 'yearsExperience', message: 'must be a whole number between 0 and 70' },
      { field: 'seekingStatus', message: 'must be one of: active, passive, not_looking' },
      { field: 'languages', message: 'each item must be an ISO 639-1 language code (e.g. "en")' },
      { field: 'location.countryCode', message: 'must be an ISO 3166-1 alpha-2 country code (e.g. "US")' },
    ]);
  });

  it('checks rules between fields once every field is valid', () => {
    expect(validateCandidate({ fullName: 'A', email: 'a@b.co', desiredSalary: 1 }).errors).toEqual([
      { field: 'desiredSalaryCurrency', message: 'is required when desiredSalary is set' },
    ]);
  });

  it('puts the primary skill first in the skills when it is missing there', () => {
    expect(validateCandidate({ fullName: 'A', email: 'a@b.co', primarySkill: 'Forklift', skills: ['inventory'] }).value).toMatchObject({ primarySkill: 'forklift', skills: ['forklift', 'inventory'] });
  });
});
