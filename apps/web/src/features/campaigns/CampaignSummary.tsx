import type { Campaign } from '../../api/hooks/campaigns';
import { Card } from '../../components/Card';
import { formatCount, formatMoney } from '../../components/charts/format';
import { DateTime } from '../../components/DateTime';
import { Fact } from '../../components/Fact';
import { CTA_LABELS } from './campaignForm';

/** The campaign's settings at a glance: objective, budget, schedule, audience and creative. */
export function CampaignSummary({ campaign }: { campaign: Campaign }) {
  return (
    <Card title="Campaign">
      <dl className="flex flex-col gap-3 text-sm">
        <Fact label="Objective">{campaign.objective === 'leads' ? 'Leads' : 'Traffic to the application page'}</Fact>
        <Fact label="Budget">
          {formatMoney(campaign.dailyBudgetMinor, campaign.currency)} per day
          {campaign.totalBudgetMinor !== null && ` · at most ${formatMoney(campaign.totalBudgetMinor, campaign.currency)} in total`}
        </Fact>
        <Fact label="Schedule">
          <DateTime value={campaign.startsAt} /> – <DateTime value={campaign.endsAt} fallback="no end date" />
        </Fact>
        <Fact label="Audience">
          {formatCount(Math.max(0, ...campaign.publications.map((p) => p.audienceSize)))} candidates in {campaign.segmentIds.length}{' '}
          segment(s)
        </Fact>
        <Fact label="Creative">
          <span className="block font-medium">{campaign.creative.headline}</span>
          <span className="block">{campaign.creative.primaryText}</span>
          {campaign.creative.description && <span className="block text-slate-600">{campaign.creative.description}</span>}
          <span className="block text-slate-600">Button: {CTA_LABELS[campaign.creative.callToAction]}</span>
        </Fact>
      </dl>
    </Card>
  );
}
