// Self-declared demographic attributes used ONLY to audit segments: they are never encoder
// features (CandidateFeatures has no field for them) and never leave the audit.

export const AGE_BANDS = ['18-24', '25-34', '35-44', '45-54', '55-64', '65+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
export const GENDERS = ['woman', 'man', 'non_binary', 'self_described'] as const;
export type Gender = (typeof GENDERS)[number];
export const YES_NO = ['yes', 'no'] as const;
export type YesNo = (typeof YES_NO)[number];
/** Any attribute may be declined; a declined or missing value is never counted in a group. */
export const PREFER_NOT_TO_SAY = 'prefer_not_to_say';

export const AUDITED_ATTRIBUTES = ['ageBand', 'gender', 'disability', 'veteran'] as const;
export type AuditedAttribute = (typeof AUDITED_ATTRIBUTES)[number];

/** The groups each attribute is audited over. */
export const ATTRIBUTE_GROUPS: Record<AuditedAttribute, readonly string[]> = {
  ageBand: AGE_BANDS,
  gender: GENDERS,
  disability: YES_NO,
  veteran: YES_NO,
};

/** Words for flags and the UI ("may act as a proxy for age band"). */
export const ATTRIBUTE_LABELS: Record<AuditedAttribute, string> = {
  ageBand: 'age band',
  gender: 'gender',
  disability: 'disability',
  veteran: 'veteran status',
};

/** One candidate's declared values (null: not declared). */
export type Demographics = Partial<Record<AuditedAttribute, string | null>>;

/**
 * Per attribute, each candidate's group index into ATTRIBUTE_GROUPS (−1: not declared, declined
 * or unknown), in pool order: what the audit reads.
 */
export type GroupCodes = Record<AuditedAttribute, Int8Array>;

export function encodeGroups(rows: ReadonlyArray<Demographics | null | undefined>): GroupCodes {
  const codes = {} as GroupCodes;
  for (const attribute of AUDITED_ATTRIBUTES) {
    const groups = ATTRIBUTE_GROUPS[attribute];
    const out = new Int8Array(rows.length).fill(-1);
    rows.forEach((row, i) => {
      const value = row?.[attribute];
      if (value) out[i] = groups.indexOf(value);
    });
    codes[attribute] = out;
  }
  return codes;
}
