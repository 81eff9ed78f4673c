import { describe, expect, it } from 'vitest';
import { emptyJobForm, formToCreateBody, formToPatch, validateJobForm, type JobFormValues } from './jobForm';

const today = '2030-06-15';
const valid = (overrides: Partial<JobFormValues> = {}): JobFormValues => ({
  ...emptyJobForm(),
  title: 'Backend Engineer',
  company: 'Acme GmbH',
  shortDescription: 'Build APIs',
  description: 'Long text',
  countryCode: 'de',
  ...overrides,
});

describe('validateJobForm (mirrors the API)', () => {
  it('accepts a minimal job', () => {
    expect(validateJobForm(valid(), { today })).toEqual({});
  });

  it('requires title, company, short description, description and country', () => {
    const errors = validateJobForm(emptyJobForm(), { today });
    expect(Object.keys(errors).sort()).toEqual(['company', 'countryCode', 'description', 'shortDescription', 'title']);
  });

  it('limits the short description to 150 characters', () => {
    expect(validateJobForm(valid({ shortDescription: 'x'.repeat(150) }), { today })).toEqual({});
    expect(validateJobForm(valid({ shortDescription: 'x'.repeat(151) }), { today }).shortDescription).toMatch(/150/);
  });

  it('wants a 2-letter country code', () => {
    expect(validateJobForm(valid({ countryCode: 'DEU' }), { today }).countryCode).toBeDefined();
    expect(validateJobForm(valid({ countryCode: 'D1' }), { today }).countryCode).toBeDefined();
  });

  it('accepts only https application URLs', () => {
    expect(validateJobForm(valid({ applicationUrl: 'http://example.com/jobs' }), { today }).applicationUrl).toMatch(/https/);
    expect(validateJobForm(valid({ applicationUrl: 'not a url' }), { today }).applicationUrl).toBeDefined();
    expect(validateJobForm(valid({ applicationUrl: 'https://careers.example.com/jobs/42' }), { today })).toEqual({});
  });

  it('checks salary min ≤ max and needs a currency with a salary (and a salary with a currency)', () => {
    expect(validateJobForm(valid({ salaryMin: '90000', salaryMax: '80000', salaryCurrency: 'EUR' }), { today }).salaryMax).toBeDefined();
    expect(validateJobForm(valid({ salaryMin: '50000' }), { today }).salaryCurrency).toMatch(/currency/i);
    expect(validateJobForm(valid({ salaryCurrency: 'EUR' }), { today }).salaryCurrency).toBeDefined();
    expect(validateJobForm(valid({ salaryMin: '1.5', salaryCurrency: 'EUR' }), { today }).salaryMin).toBeDefined();
    expect(validateJobForm(valid({ salaryMin: '50000', salaryMax: '50000', salaryCurrency: 'eur' }), { today })).toEqual({});
  });

  it('refuses a closing date in the past (today is fine, as in the API), but keeps an unchanged stored one', () => {
    expect(validateJobForm(valid({ closingDate: '2030-06-14' }), { today }).closingDate).toBeDefined();
    expect(validateJobForm(valid({ closingDate: '2030-02-30' }), { today }).closingDate).toMatch(/real date/);
    expect(validateJobForm(valid({ closingDate: today }), { today })).toEqual({});
    expect(validateJobForm(valid({ closingDate: '2030-01-01' }), { today, storedClosingDate: '2030-01-01' })).toEqual({});
  });

  it('wants 1–10000 openings', () => {
    expect(validateJobForm(valid({ openings: '0' }), { today }).openings).toBeDefined();
    expect(validateJobForm(valid({ openings: '10001' }), { today }).openings).toBeDefined();
  });
});

describe('form → API body', () => {
  it('builds the flat create body, leaving empty optional fields out', () => {
    const body = formToCreateBody(valid({ skills: 'TypeScript, postgresql ,typescript', benefits: 'Remote budget\n\nGym', salaryMin: '50000', salaryCurrency: 'eur' }));
    expect(body).toEqual({
      title: 'Backend Engineer',
      company: 'Acme GmbH',
      shortDescription: 'Build APIs',
      description: 'Long text',
      countryCode: 'DE',
      remote: 'onsite',
      employmentType: 'full_time',
      experienceLevel: 'mid',
      skills: ['typescript', 'postgresql'],
      benefits: ['Remote budget', 'Gym'],
      openings: 1,
      salaryMin: 50000,
      salaryCurrency: 'EUR',
    });
  });

  it('patches only what changed, with null for a cleared field and the salary parts together', () => {
    const initial = valid({ city: 'Berlin', salaryMin: '50000', salaryMax: '70000', salaryCurrency: 'EUR' });
    expect(formToPatch(initial, { ...initial, city: '' })).toEqual({ city: null });
    expect(formToPatch(initial, { ...initial, salaryMax: '80000' })).toEqual({ salaryMin: 50000, salaryMax: 80000, salaryCurrency: 'EUR' });
    expect(formToPatch(initial, initial)).toEqual({});
  });
});

