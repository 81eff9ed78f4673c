// Segment fairness audit: is a segment (or any selection of the pool) a proxy for a protected
// trait? Per audited attribute: each group's selection rate (members selected / members in the
// pool), the four-fifths ratio (lowest rate / highest rate, EEOC Uniform Guidelines 29 CFR
// 1607.4(D)) and Pearson's chi-square test of independence. A selection is flagged when the ratio
// is below 0.8 AND the gap is statistically significant, over groups large enough to judge.
import { ATTRIBUTE_GROUPS, ATTRIBUTE_LABELS, AUDITED_ATTRIBUTES } from './attributes';
import type { AuditedAttribute, GroupCodes } from './attributes';
import { FAIRNESS_DEFAULTS } from './audit-types';
import type { AttributeAudit, FairnessAudit, FairnessOptions, GroupAudit, SelectionAudit } from './audit-types';
import { chiSquareSelection } from './chi-square';

/** Audit one selection: `selected[i]` is 1 when pool member i is in it. */
export function auditSelection(codes: GroupCodes, selected: ArrayLike<number | boolean>, options: FairnessOptions = {}): SelectionAudit {
  const opts = { ...FAIRNESS_DEFAULTS, ...options };
  const attributes = AUDITED_ATTRIBUTES.map((attribute) => {
    const groups = ATTRIBUTE_GROUPS[attribute];
    const pool = new Array<number>(groups.length).fill(0);
    const picked = new Array<number>(groups.length).fill(0);
    const code = codes[attribute];
    for (let i = 0; i < code.length; i++) {
      const g = code[i];
      if (g < 0) continue;
      pool[g]++;
      if (selected[i]) picked[g]++;
    }
    return judge(attribute, groups, pool, picked, opts);
  });
  return withFlags(attributes);
}

/** Per attribute and group (ATTRIBUTE_GROUPS order): declared members in the pool and in the selection. */
export type GroupCounts = Record<AuditedAttribute, { pool: number[]; selected: number[] }>;

/** Audit one selection from counts alone (e.g. a database GROUP BY: candidates inside a targeted place vs the country). */
export function auditCounts(counts: GroupCounts, options: FairnessOptions = {}): SelectionAudit {
  const opts = { ...FAIRNESS_DEFAULTS, ...options };
  return withFlags(AUDITED_ATTRIBUTES.map((a) => judge(a, ATTRIBUTE_GROUPS[a], counts[a].pool, counts[a].selected, opts)));
}

const withFlags = (attributes: AttributeAudit[]): SelectionAudit => ({
  attributes, flags: attributes.filter((a) => a.status === 'flagged').map((a) => proxyFlag(a.attribute)),
});

/** Audit every segment of a run: `labels[i]` is pool member i's segment (0 … k − 1). */
export function auditSegments(codes: GroupCodes, labels: ArrayLike<number>, k: number, options: FairnessOptions = {}): FairnessAudit {
  const opts = { ...FAIRNESS_DEFAULTS, ...options };
  const segments = [];
  const selected = new Uint8Array(labels.length);
  for (let s = 0; s < k; s++) {
    for (let i = 0; i < labels.length; i++) selected[i] = labels[i] === s ? 1 : 0;
    segments.push({ segment: s, ...auditSelection(codes, selected, opts) });
  }
  const declared = {} as Record<AuditedAttribute, number>;
  for (const attribute of AUDITED_ATTRIBUTES) declared[attribute] = codes[attribute].reduce((n, g) => n + (g >= 0 ? 1 : 0), 0);
  return { thresholds: opts, pool: { size: labels.length, declared }, segments, flaggedSegments: segments.filter((s) => s.flags.length > 0).length };
}

export const proxyFlag = (attribute: AuditedAttribute): string => `may act as a proxy for ${ATTRIBUTE_LABELS[attribute]}`;

function judge(attribute: AuditedAttribute, names: readonly string[], pool: number[], picked: number[], opts: Required<FairnessOptions>): AttributeAudit {
  const declaredInPool = pool.reduce((s, c) => s + c, 0);
  const declaredSelected = picked.reduce((s, c) => s + c, 0);
  const share = declaredInPool ? declaredSelected / declaredInPool : 0;
  const groups: GroupAudit[] = names.map((group, g) => ({
    group,
    poolCount: pool[g],
    selectedCount: picked[g],
    poolShare: declaredInPool ? pool[g] / declaredInPool : 0,
    selectedShare: declaredSelected ? picked[g] / declaredSelected : 0,
    selectionRate: pool[g] ? picked[g] / pool[g] : 0,
    eligible: pool[g] >= opts.minGroupSize && pool[g] * share >= opts.minExpected,
  }));
  const eligible = groups.filter((g) => g.eligible);
  const base = { attribute, declaredInPool, declaredSelected, groups };
  if (eligible.length < 2) {
    return {
      ...base, status: 'insufficient_data', ratio: null, lowestGroup: null, highestGroup: null, chiSquare: null, degreesOfFreedom: null, pValue: null,
      reason: `Not judged: fewer than two groups with at least ${opts.minGroupSize} declared candidates in the pool and ${opts.minExpected} expected in the selection.`,
    };
  }
  const lowest = eligible.reduce((a, b) => (b.selectionRate < a.selectionRate ? b : a));
  const highest = eligible.reduce((a, b) => (b.selectionRate > a.selectionRate ? b : a));
  const ratio = highest.selectionRate > 0 ? lowest.selectionRate / highest.selectionRate : 1;
  const test = chiSquareSelection(eligible.map((g) => g.selectedCount), eligible.map((g) => g.poolCount));
  const flagged = ratio < opts.ratioThreshold && test.pValue < opts.alpha;
  const pct = (r: number) => `${(r * 100).toFixed(1)} %`;
  const rates = `${lowest.group} selected at ${pct(lowest.selectionRate)} vs ${highest.group} at ${pct(highest.selectionRate)} (ratio ${ratio.toFixed(2)}, p = ${formatP(test.pValue)})`;
  const reason = flagged
    ? `${rates}: below the four-fifths rule and unlikely to be chance.`
    : ratio < opts.ratioThreshold
      ? `${rates}: below four-fifths, but not significant at p < ${opts.alpha}.`
      : `${rates}: within the four-fifths rule.`;
  return {
    ...base, status: flagged ? 'flagged' : 'ok', ratio, lowestGroup: lowest.group, highestGroup: highest.group,
    chiSquare: test.statistic, degreesOfFreedom: test.degreesOfFreedom, pValue: test.pValue, reason,
  };
}

const formatP = (p: number) => (p < 0.0001 ? '< 0.0001' : p.toFixed(4));
