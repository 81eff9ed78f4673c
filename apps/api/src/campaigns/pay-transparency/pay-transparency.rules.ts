/**
 * Pay-transparency rules for job ads, per jurisdiction: data, each with the law it comes from.
 * Compiled from the statutes' texts as known in mid-2025; laws change, so `status` says how sure
 * the table is, and rules that are not both certain and about the ad itself only warn.
 *
 * - `requires`: 'range' = a minimum and a maximum; 'minimum' = at least the lowest pay.
 * - `where`: 'ad' = the posting itself must carry it; 'before-interview' = applicants must get it
 *   before the interview (the ad is the simplest way, but not the only one).
 * - `employers`: the smallest employer the law covers. AdFlux does not know the employer's size,
 *   so it applies every rule (the conservative reading) and names the threshold in the message.
 */
export interface PayTransparencyRule {
  id: string;
  jurisdiction: string;
  country: string;
  /** A state/province rule: its code and the names a job's region may use. */
  region?: { code: string; names: string[] };
  law: string;
  effectiveFrom: string;
  requires: 'range' | 'minimum';
  where: 'ad' | 'before-interview';
  /** 'in-force': enacted and in force on effectiveFrom; 'unverified': a deadline passed but national transposition is not confirmed here. */
  status: 'in-force' | 'unverified';
  employers?: string;
  note?: string;
}

const us = (code: string, name: string, law: string, effectiveFrom: string, employers: string, note?: string): PayTransparencyRule => ({
  id: `US-${code}`, jurisdiction: `${name}, United States`, country: 'US', region: { code, names: [code, name] }, law, effectiveFrom,
  requires: 'range', where: 'ad', status: 'in-force', employers, ...(note ? { note } : {}),
});

/* United States (state laws; no federal requirement). */
export const US_RULES: readonly PayTransparencyRule[] = [
  // Equal Pay for Equal Work Act (SB 19-085); covers remote jobs that can be done from Colorado.
  us('CO', 'Colorado', 'C.R.S. §8-5-201(2), Equal Pay for Equal Work Act', '2021-01-01', '1+ employee in Colorado', 'Also requires a general description of benefits.'),
  // SB 1162 (2022).
  us('CA', 'California', 'Cal. Labor Code §432.3(c)(3) (SB 1162)', '2023-01-01', '15+ employees'),
  // SB 5761 (2022), amended by SB 5408 (2025).
  us('WA', 'Washington', 'RCW 49.58.110 (SB 5761)', '2023-01-01', '15+ employees', 'Also requires a general description of benefits and other compensation.'),
  // NYC had its own rule from 2022-11-01 (NYC Admin. Code §8-107(32)).
  us('NY', 'New York', 'N.Y. Labor Law §194-b', '2023-09-17', '4+ employees'),
  // HB 3129, Public Act 103-0539.
  us('IL', 'Illinois', '820 ILCS 112/10(b-25) (Equal Pay Act, HB 3129)', '2025-01-01', '15+ employees', 'Also requires a general description of benefits.'),
  // The following are included beyond the required set; citations checked less thoroughly.
  us('HI', 'Hawaii', 'HRS §378-2.4 (Act 203, 2023)', '2024-01-01', '50+ employees'),
  us('DC', 'District of Columbia', 'Wage Transparency Omnibus Amendment Act of 2023', '2024-06-30', '1+ employee'),
  us('MD', 'Maryland', 'Md. Code, Lab. & Empl. §3-304.2 (SB 525, 2024)', '2024-10-01', '1+ employee'),
  us('MN', 'Minnesota', 'Minn. Stat. §181.173', '2025-01-01', '30+ employees'),
  us('NJ', 'New Jersey', 'N.J.S.A. 34:11-56a44 et seq. (P.L. 2024, c.91)', '2025-06-01', '10+ employees'),
  us('VT', 'Vermont', '21 V.S.A. §495o (Act 155 of 2024)', '2025-07-01', '5+ employees'),
  us('MA', 'Massachusetts', 'M.G.L. c.149 §105F (Frances Perkins Workplace Equity Act, 2024)', '2025-10-29', '25+ employees'),
];

/* Canada (provincial). */
export const CANADA_RULES: readonly PayTransparencyRule[] = [
  { id: 'CA-BC', jurisdiction: 'British Columbia, Canada', country: 'CA', region: { code: 'BC', names: ['BC', 'British Columbia'] }, law: 'Pay Transparency Act, S.B.C. 2023, c. 18, s. 5', effectiveFrom: '2023-11-01', requires: 'range', where: 'ad', status: 'in-force', employers: 'every employer' },
  { id: 'CA-ON', jurisdiction: 'Ontario, Canada', country: 'CA', region: { code: 'ON', names: ['ON', 'Ontario'] }, law: 'Employment Standards Act, 2000, s. 8.1 (Working for Workers Four Act, 2024)', effectiveFrom: '2026-01-01', requires: 'range', where: 'ad', status: 'unverified', employers: '25+ employees', note: 'In-force date set by regulation; confirm it.' },
];

/*
 * European Union: Directive (EU) 2023/970 (pay transparency), art. 5(1): applicants have the right
 * to information on the initial pay or its range, "in a published job vacancy notice, prior to the
 * job interview or otherwise"; transposition deadline 7 June 2026 (art. 34). Whether and how each
 * member state transposed it is not confirmed in this table (status 'unverified'), except where noted.
 */
const EU_DEADLINE = '2026-06-07';
const EU_DIRECTIVE = 'Directive (EU) 2023/970, art. 5(1)';
const EU_COUNTRIES: Array<[string, string]> = [
  ['AT', 'Austria'], ['BE', 'Belgium'], ['BG', 'Bulgaria'], ['HR', 'Croatia'], ['CY', 'Cyprus'], ['CZ', 'Czechia'], ['DK', 'Denmark'],
  ['EE', 'Estonia'], ['FI', 'Finland'], ['FR', 'France'], ['DE', 'Germany'], ['GR', 'Greece'], ['HU', 'Hungary'], ['IE', 'Ireland'],
  ['IT', 'Italy'], ['LV', 'Latvia'], ['LT', 'Lithuania'], ['LU', 'Luxembourg'], ['MT', 'Malta'], ['NL', 'Netherlands'], ['PL', 'Poland'],
  ['PT', 'Portugal'], ['RO', 'Romania'], ['SK', 'Slovakia'], ['SI', 'Slovenia'], ['ES', 'Spain'], ['SE', 'Sweden'],
];

/** National laws already in force that go further than (or transpose) the directive. */
const EU_NATIONAL: readonly PayTransparencyRule[] = [
  // Gleichbehandlungsgesetz §9(2), since 2011: the collective-agreement/statutory minimum and any willingness to pay more.
  { id: 'AT-GlBG', jurisdiction: 'Austria', country: 'AT', law: 'Gleichbehandlungsgesetz §9(2)', effectiveFrom: '2011-03-01', requires: 'minimum', where: 'ad', status: 'in-force', employers: 'every employer' },
  // Act No. 5/2004 on employment services, as amended with effect from 1 May 2019: the basic wage component in every job ad.
  { id: 'SK-5/2004', jurisdiction: 'Slovakia', country: 'SK', law: 'Act No. 5/2004 Coll. on employment services (amended 2019)', effectiveFrom: '2019-05-01', requires: 'minimum', where: 'ad', status: 'in-force', employers: 'every employer' },
  // Act of 4 June 2025 amending the Labour Code (art. 18³ᶜ): pay or range to applicants in the ad or before the interview.
  { id: 'PL-KP-183c', jurisdiction: 'Poland', country: 'PL', law: 'Labour Code art. 18³ᶜ (Act of 4 June 2025)', effectiveFrom: '2025-12-24', requires: 'range', where: 'before-interview', status: 'in-force', employers: 'every employer' },
];

export const EU_RULES: readonly PayTransparencyRule[] = [
  ...EU_NATIONAL,
  ...EU_COUNTRIES.filter(([code]) => code !== 'PL').map(([code, name]): PayTransparencyRule => ({
    id: `EU-2023/970-${code}`, jurisdiction: `${name} (EU)`, country: code, law: EU_DIRECTIVE, effectiveFrom: EU_DEADLINE,
    requires: 'range', where: 'before-interview', status: 'unverified', employers: 'every employer',
    note: 'Transposition deadline 7 June 2026; national transposition not confirmed here.',
  })),
];

export const PAY_TRANSPARENCY_RULES: readonly PayTransparencyRule[] = [...US_RULES, ...CANADA_RULES, ...EU_RULES];
