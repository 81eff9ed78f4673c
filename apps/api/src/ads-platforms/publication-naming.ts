/**
 * Names and links shared by the adapters.
 *
 * Every platform object name ends with the publication's tag `[<idempotencyKey>]`, so that a
 * retried step can find what an earlier, interrupted attempt already created (Meta: name
 * filtering; Google: unique-name errors + GAQL lookup) instead of creating a duplicate.
 */
export function publicationTag(idempotencyKey: string): string {
  return `[${idempotencyKey}]`;
}

/** `"<base> – <suffix> [key]"`, with the base shortened so the result fits `maxLength`. */
export function taggedName(base: string, idempotencyKey: string, suffix = '', maxLength = 255): string {
  const tag = publicationTag(idempotencyKey);
  const clean = base.replace(/\s+/g, ' ').trim().split(tag).join('').trim();
  const tail = `${suffix ? ` – ${suffix}` : ''} ${tag}`;
  const room = Math.max(0, maxLength - tail.length);
  const head = clean.length > room ? clean.slice(0, room).trimEnd() : clean;
  return `${head}${tail}`.trim();
}

/**
 * Adds UTM parameters without overwriting ones the recruiter already put on the URL
 * (their own campaign naming wins). Throws on a non-URL.
 */
export function withUtm(landingUrl: string, utm: Record<string, string>): string {
  const url = new URL(landingUrl);
  for (const [key, value] of Object.entries(utm)) {
    if (!url.searchParams.has(key)) url.searchParams.set(key, value);
  }
  return url.toString();
}
