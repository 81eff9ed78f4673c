import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { FieldError } from '../common/problem';
import { flattenValidationErrors } from '../common/validation';
import { CreateJobDto, jobRuleErrors, todayUtc } from '../jobs';

/**
 * A generated job passes exactly what POST /api/jobs would accept: the jobs module's DTO (with
 * its normalization) and its cross-field rules. Returns the normalized job, or the errors.
 */
export function validateGeneratedJob(plain: object): { job?: CreateJobDto; errors: FieldError[] } {
  const dto = plainToInstance(CreateJobDto, plain);
  const fieldErrors = flattenValidationErrors(validateSync(dto, { whitelist: true, forbidNonWhitelisted: true, stopAtFirstError: true }));
  if (fieldErrors.length) return { errors: fieldErrors };
  const given = new Set(Object.keys(dto).filter((k) => (dto as unknown as Record<string, unknown>)[k] !== undefined));
  const ruleErrors = jobRuleErrors(
    { salaryMin: dto.salaryMin ?? null, salaryMax: dto.salaryMax ?? null, salaryCurrency: dto.salaryCurrency ?? null, closingDate: dto.closingDate ?? null },
    given,
    todayUtc(),
  );
  return ruleErrors.length ? { errors: ruleErrors } : { job: dto, errors: [] };
}
