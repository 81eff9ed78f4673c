import type { Candidate, CandidateImport } from '../../api/hooks/candidates';

export const CANDIDATE_ID = '30000000-0000-4000-8000-000000000001';
export const SEGMENT_ID = '20000000-0000-4000-8000-000000000001';
export const IMPORT_ID = '40000000-0000-4000-8000-000000000001';

export function candidateFixture(overrides: Partial<Candidate> = {}): Candidate {
  return {
    id: CANDIDATE_ID,
    fullName: 'Ana Gómez',
    email: 'ana@example.com',
    phone: null,
    location: { city: 'Medellín', region: 'Antioquia', countryCode: 'CO' },
    yearsExperience: 6,
    educationLevel: 'bachelor',
    skills: ['java', 'sql'],
    primarySkill: 'java',
    desiredSalary: null,
    desiredSalaryCurrency: null,
    desiredPosition: 'Backend Engineer',
    seekingStatus: 'active',
    preferredEmploymentType: null,
    languages: ['es'],
    availability: null,
    source: null,
    marketingConsent: false,
    marketingConsentAt: null,
    segmentId: SEGMENT_ID,
    segmentDistance: 0.5,
    createdAt: '2026-03-01T10:00:00Z',
    updatedAt: '2026-03-01T10:00:00Z',
    ...overrides,
  };
}

export function importFixture(overrides: Partial<CandidateImport> = {}): CandidateImport {
  return {
    id: IMPORT_ID,
    status: 'queued',
    fileName: 'people.csv',
    fileSize: 120,
    progress: { rowsProcessed: 0, totalRows: null, percent: 0 },
    counts: { created: 0, updated: 0, unchanged: 0, rejected: 0, warned: 0 },
    error: null,
    rejectedCsvUrl: null,
    createdAt: '2026-03-01T10:00:00Z',
    startedAt: null,
    finishedAt: null,
    errors: [],
    warnings: [],
    ...overrides,
  };
}

/** `GET /api/segments` with one named segment, so the table can show segment names. */
export const segmentsList = {
  run: null,
  items: [{ id: SEGMENT_ID, name: 'Senior backend', runId: '10000000-0000-4000-8000-000000000001' }],
};
