import { ResponseSchema, SchemaType } from '@google/generative-ai';
import { EDUCATION_LEVELS, EMPLOYMENT_TYPES } from '../../common/enums';
import { AVAILABILITIES, SEEKING_STATUSES } from '../../candidates';
import { EXPERIENCE_LEVELS, REMOTE_MODES } from '../../jobs';

/*
 * Response schemas for Gemini's JSON mode. Kept to the keywords the API accepts (no minimum /
 * maximum: they have produced 400 INVALID_ARGUMENT); our own validation enforces ranges.
 */
const text = (description: string): ResponseSchema => ({ type: SchemaType.STRING, description });
const oneOf = (values: readonly string[]): ResponseSchema => ({ type: SchemaType.STRING, format: 'enum', enum: [...values] });
const list = (description: string): ResponseSchema => ({ type: SchemaType.ARRAY, items: { type: SchemaType.STRING }, description });
const integer = (description: string): ResponseSchema => ({ type: SchemaType.INTEGER, description });

export const CANDIDATES_SCHEMA: ResponseSchema = {
  type: SchemaType.ARRAY,
  items: {
    type: SchemaType.OBJECT,
    properties: {
      fullName: text('First and last name typical for the country'),
      phone: text('International format, e.g. +34 612 345 678'),
      city: text('A real city in the given country'),
      region: text('The state/region/province of that city'),
      yearsExperience: integer('Years of professional experience, 0 to 45'),
      educationLevel: oneOf(EDUCATION_LEVELS),
      skills: list('3 to 10 concrete skills, lowercase'),
      desiredSalary: integer('Desired annual gross salary in whole units of desiredSalaryCurrency'),
      desiredSalaryCurrency: text('ISO 4217 code of the local currency'),
      desiredPosition: text('Job title the person is looking for'),
      seekingStatus: oneOf(SEEKING_STATUSES),
      preferredEmploymentType: oneOf(EMPLOYMENT_TYPES),
      languages: list('ISO 639-1 codes of spoken languages'),
      availability: oneOf(AVAILABILITIES),
    },
    required: ['fullName', 'city', 'region', 'yearsExperience', 'educationLevel', 'skills', 'desiredSalary', 'desiredSalaryCurrency', 'desiredPosition', 'seekingStatus', 'preferredEmploymentType', 'languages', 'availability'],
  },
};

export const JOBS_SCHEMA: ResponseSchema = {
  type: SchemaType.ARRAY,
  items: {
    type: SchemaType.OBJECT,
    properties: {
      title: text('Job title'),
      company: text('A plausible, fictional company name'),
      department: text('Department'),
      city: text('A real city in the given country'),
      region: text('The state/region/province of that city'),
      description: text('Job description in plain text: about the role, duties, requirements, benefits (80-250 words)'),
      shortDescription: text('One-line summary for an ad, at most 140 characters'),
      remote: oneOf(REMOTE_MODES),
      employmentType: oneOf(EMPLOYMENT_TYPES),
      experienceLevel: oneOf(EXPERIENCE_LEVELS),
      educationLevel: oneOf(EDUCATION_LEVELS),
      skills: list('3 to 8 required skills, lowercase'),
      salaryMin: integer('Annual gross salary, lower bound, whole units of salaryCurrency'),
      salaryMax: integer('Annual gross salary, upper bound, whole units of salaryCurrency'),
      salaryCurrency: text('ISO 4217 code of the local currency'),
      benefits: list('2 to 5 benefits'),
      openings: integer('Number of people to hire, 1 to 10'),
    },
    required: ['title', 'company', 'city', 'region', 'description', 'shortDescription', 'remote', 'employmentType', 'experienceLevel', 'skills', 'salaryMin', 'salaryMax', 'salaryCurrency', 'benefits', 'openings'],
  },
};
