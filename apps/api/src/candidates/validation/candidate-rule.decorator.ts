import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiPropertyOptions } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ValidateBy } from 'class-validator';
import { CANDIDATE_RULES, CandidateField, FieldRule, REQUIRED_ON_CREATE, ruleViolation } from './candidate-rules';

/**
 * Puts one shared candidate rule on a DTO property: Swagger docs, normalization and validation
 * all come from CANDIDATE_RULES, so the API and the CSV importer cannot drift apart.
 */
export function CandidateRule(field: CandidateField, mode: 'create' | 'patch', extraApi: ApiPropertyOptions = {}): PropertyDecorator {
  const rule: FieldRule = CANDIDATE_RULES[field];
  const required = mode === 'create' && REQUIRED_ON_CREATE.has(field);
  const api = { ...rule.api, ...(rule.nullable ? { nullable: true } : {}), ...extraApi } as ApiPropertyOptions;
  return applyDecorators(
    required ? ApiProperty(api) : ApiPropertyOptional(api),
    Transform(({ value }) => rule.normalize(value)),
    ValidateBy({
      name: `candidate:${field}`,
      validator: {
        validate: (value: unknown) => ruleViolation(rule, value, required) === null,
        defaultMessage: (args) => ruleViolation(rule, args?.value, required) ?? 'is invalid',
      },
    }),
  );
}
