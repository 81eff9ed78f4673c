/**
 * Country → Google geo target constant id, for location campaign criteria.
 *
 * Ids come from Google's geotargets table (developers.google.com/google-ads/api/data/geotargets);
 * for countries they are 2000 + the ISO 3166-1 numeric code (US 840 → 2840, DE 276 → 2276).
 * We keep an explicit list of the countries AdFlux customers advertise in rather than computing
 * the id, so an unlisted country fails loudly (validation) instead of targeting something wrong.
 * Add a row here (and a test) to support a new country. Cities are targeted with proximity
 * criteria (address + radius), so they need no table.
 */
const COUNTRY_GEO_TARGETS: Readonly<Record<string, number>> = {
  AE: 2784, AR: 2032, AT: 2040, AU: 2036, BE: 2056, BR: 2076, CA: 2124, CH: 2756, CL: 2152, CO: 2170,
  CZ: 2203, DE: 2276, DK: 2208, ES: 2724, FI: 2246, FR: 2250, GB: 2826, GR: 2300, HK: 2344, HU: 2348,
  IE: 2372, IL: 2376, IN: 2356, IT: 2380, JP: 2392, KR: 2410, LU: 2442, MX: 2484, MY: 2458, NL: 2528,
  NO: 2578, NZ: 2554, PH: 2608, PL: 2616, PT: 2620, RO: 2642, SA: 2682, SE: 2752, SG: 2702, TR: 2792,
  TW: 2158, US: 2840, ZA: 2710,
};

/** `geoTargetConstants/<id>` for a country, or undefined when the country is not in the table. */
export function countryGeoTargetConstant(countryCode: string): string | undefined {
  const id = COUNTRY_GEO_TARGETS[countryCode.toUpperCase()];
  return id === undefined ? undefined : `geoTargetConstants/${id}`;
}

export function supportedGoogleCountries(): string[] {
  return Object.keys(COUNTRY_GEO_TARGETS);
}
