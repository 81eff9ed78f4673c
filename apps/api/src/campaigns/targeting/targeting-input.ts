import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { PlatformKind } from '../../ads-platforms';
import { fieldProblem, ProblemException } from '../../common/problem';
import { flattenValidationErrors } from '../../common/validation';
import { TargetingOverrideDto } from '../dto/targeting.dto';
import { forbiddenTargetingKeys } from './campaign-compliance';
import type { Targeting } from './derive-targeting';

/**
 * Per-connection targeting from a create/update body. Forbidden keys are checked first, on the
 * raw objects, so they answer 422 naming the employment-ad rule; then the shape is validated
 * like any DTO (400 per bad field).
 */
export function parseTargetingOverrides(raw: readonly Record<string, unknown>[], kinds: ReadonlyMap<string, PlatformKind>): Map<string, Targeting> {
  const forbidden = raw.flatMap((item, i) => {
    const { connectionId, ...rest } = item;
    const kind = kinds.get(String(connectionId)) ?? 'meta';
    return forbiddenTargetingKeys(kind, rest, `targeting[${i}]`);
  });
  if (forbidden.length) {
    throw new ProblemException(422, forbidden.map((v) => `${v.field}: ${v.message}`).join(' '), { errors: forbidden });
  }
  const out = new Map<string, Targeting>();
  raw.forEach((item, i) => {
    const dto = plainToInstance(TargetingOverrideDto, item);
    const errors = flattenValidationErrors(validateSync(dto, { whitelist: true, forbidNonWhitelisted: true }), `targeting[${i}]`);
    if (errors.length) throw new ProblemException(400, errors.map((e) => `${e.field}: ${e.message}`).join('; '), { errors });
    if (!kinds.has(dto.connectionId)) throw fieldProblem(422, `targeting[${i}].connectionId`, 'is not one of the campaign connections');
    if (out.has(dto.connectionId)) throw fieldProblem(422, `targeting[${i}].connectionId`, 'appears twice');
    const { connectionId, ...targeting } = dto;
    out.set(connectionId, {
      countries: targeting.countries,
      cities: targeting.cities.map((c) => ({ name: c.name, countryCode: c.countryCode, radiusKm: c.radiusKm })),
      skills: targeting.skills,
      keywords: targeting.keywords,
    });
  });
  return out;
}
