/**
 * Series colours: distinguishable, and each at least 3:1 against white (WCAG non-text contrast).
 * Colour is never the only cue: every chart has a legend with names and a table view.
 */
const PALETTE = ['#4f46e5', '#0891b2', '#d97706', '#db2777', '#059669', '#7c3aed', '#dc2626', '#475569'] as const;

/** Fixed colours for the ad platforms so Meta looks the same in every chart. */
const FIXED: Record<string, string> = { meta: '#2563eb', google: '#059669', sandbox: '#7c3aed' };

export function seriesColor(key: string, index: number): string {
  return FIXED[key] ?? PALETTE[index % PALETTE.length]!;
}
