/** Column limits of segments.name / description. */
export const NAME_MAX = 120;
export const DESCRIPTION_MAX = 1000;

/**
 * Names fit for storage: trimmed to the column, and distinct without regard to case (the table
 * enforces it) — a clash gets " (2)", " (3)"… appended.
 */
export function storableNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((raw) => {
    const base = (raw.trim() || 'Segment').slice(0, NAME_MAX);
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = base.slice(0, NAME_MAX - suffix.length) + suffix;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}
