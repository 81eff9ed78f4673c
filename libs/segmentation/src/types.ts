// Input shape shared by every module: one flat record per candidate, as the API loads it.

export const EDUCATION_LEVELS = [
  'none',
  'high_school',
  'vocational',
  'associate',
  'bachelor',
  'master',
  'doctorate',
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export const SEEKING_STATUSES = ['active', 'passive', 'not_looking'] as const;
export type SeekingStatus = (typeof SEEKING_STATUSES)[number];

export const EMPLOYMENT_TYPES = ['full_time', 'part_time', 'contract', 'internship', 'temporary'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

export interface CandidateFeatures {
  id: string;
  yearsExperience: number | null;
  desiredSalary: number | null;
  desiredSalaryCurrency: string | null;
  educationLevel: EducationLevel | null;
  seekingStatus: SeekingStatus | null;
  preferredEmploymentType: EmploymentType | null;
  countryCode: string | null;
  region: string | null;
  skills: string[];
}

export const FEATURE_GROUPS = [
  'experience',
  'salary',
  'education',
  'seeking',
  'employmentType',
  'location',
  'skills',
] as const;
export type FeatureGroup = (typeof FEATURE_GROUPS)[number];

/** Phases reported by `runSegmentation`, in order. */
export type SegmentationPhase = 'encode' | 'select_k' | 'train' | 'assign' | 'profile';

export interface SegmentationProgress {
  phase: SegmentationPhase;
  /** 0–100 within the current phase. */
  phasePercent: number;
  /** 0–100 over the whole run (phases weighted by their usual cost). */
  percent: number;
}

export type ProgressCallback = (progress: SegmentationProgress) => void | Promise<void>;
