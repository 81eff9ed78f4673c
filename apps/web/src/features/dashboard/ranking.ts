import type { BreakdownRow } from '../../api/hooks/performance';

export interface RankedCampaign {
  row: BreakdownRow;
  /**
   * Cost per applicant used for ranking. A campaign that spent without a single application
   * counts its whole spend (as the automation rules do): it is at least that expensive.
   */
  effectiveMinor: number;
  noApplicants: boolean;
}

/**
 * Best (cheapest applicants) and worst (most expensive) campaigns of a breakdown by campaign.
 * Best only has campaigns with applications; worst never repeats a campaign from best.
 */
export function rankByCostPerApplicant(rows: readonly BreakdownRow[], limit = 5): { best: RankedCampaign[]; worst: RankedCampaign[] } {
  const ranked = rows
    .filter((r) => r.spendMinor > 0)
    .map((row) => ({ row, effectiveMinor: row.costPerApplicantMinor ?? row.spendMinor, noApplicants: row.costPerApplicantMinor === null }));
  const best = ranked
    .filter((r) => !r.noApplicants)
    .sort((a, b) => a.effectiveMinor - b.effectiveMinor || b.row.applications - a.row.applications)
    .slice(0, limit);
  const inBest = new Set(best.map((r) => r.row.key));
  const worst = ranked
    .filter((r) => !inBest.has(r.row.key))
    .sort((a, b) => b.effectiveMinor - a.effectiveMinor || b.row.spendMinor - a.row.spendMinor)
    .slice(0, limit);
  return { best, worst };
}
