import type * as FakerModule from '@faker-js/faker';
import { onFirstUse } from '../../common/on-first-use';
import type { CountryProfile } from './countries';

/** @faker-js/faker costs ~17 MB of heap; only data generation draws names, so it loads when a pool is first drawn. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fakerModule = onFirstUse(() => require('@faker-js/faker') as typeof FakerModule);
const POOL_SIZE = 400;

export interface NamePool {
  first: string[];
  last: string[];
  companies: string[];
}

/**
 * Names and company names per locale, drawn once from a seeded faker. Picking from these pools
 * with our own PRNG keeps a million rows fast (faker per row would dominate) and deterministic.
 */
export class NamePools {
  private readonly pools = new Map<string, NamePool>();

  constructor(private readonly seed: number) {}

  for(country: CountryProfile): NamePool {
    let pool = this.pools.get(country.locale);
    if (!pool) {
      const library = fakerModule();
      const faker = new library.Faker({ locale: [library[country.locale], library.en, library.base] });
      faker.seed(this.seed * 31 + country.locale.length * 7 + country.locale.charCodeAt(0));
      const draw = (make: () => string, size: number) => [...new Set(Array.from({ length: size }, make))];
      pool = {
        first: draw(() => faker.person.firstName(faker.helpers.arrayElement(['female', 'male'] as const)), POOL_SIZE),
        last: draw(() => faker.person.lastName(), POOL_SIZE),
        companies: draw(() => faker.company.name(), 120).filter((c) => c.length <= 120),
      };
      this.pools.set(country.locale, pool);
    }
    return pool;
  }
}

/** ASCII letters and digits only, for synthetic email addresses and URLs. */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łŁ]/g, 'l')
    .replace(/[ßẞ]/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
