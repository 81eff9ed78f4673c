import type { Campaign } from '../../api/hooks/campaigns';
import { useJob } from '../../api/hooks/jobs';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { BackLink } from '../../components/DetailPageShell';
import { TextField } from '../../components/FormField';
import { LinkButton } from '../../components/LinkButton';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { AdPreviews } from './AdPreviews';
import { useLiveCampaignEdit } from './useLiveCampaignEdit';
import { CreativeFields } from './WizardSteps';

/** A published campaign: what may still change (budget, total cap, end date, ad text), with the ads as they will look. */
export function LiveCampaignEditPage({ campaign }: { campaign: Campaign }) {
  const { values, set, errors, save, update } = useLiveCampaignEdit(campaign);
  const job = useJob(campaign.job.id).data;
  const targets = campaign.publications.filter((p) => p.status === 'active' || p.status === 'paused');
  return (
    <div className="flex flex-col gap-6">
      <BackLink to={`/campaigns/${campaign.id}`} label={`← ${campaign.name}`} />
      <PageHeader
        title="Edit live campaign"
        description="The budget, end date and ad text can change while the ads run. Each change is sent to every live platform in the background; the timeline shows each result."
      />
      <Card title="Budget and end">
        <div className="grid max-w-3xl grid-cols-1 gap-4 sm:grid-cols-3">
          <TextField label={`Daily budget (${campaign.currency})`} required inputMode="decimal" error={errors.dailyBudgetMinor} value={values.dailyBudget} onChange={(e) => set('dailyBudget', e.target.value)} />
          <TextField label={`Total budget cap (${campaign.currency})`} inputMode="decimal" description="Optional." error={errors.totalBudgetMinor} value={values.totalBudget} onChange={(e) => set('totalBudget', e.target.value)} />
          <TextField label="End" type="datetime-local" error={errors.endsAt} value={values.endsAt} onChange={(e) => set('endsAt', e.target.value)} />
        </div>
      </Card>
      <Card title="Ad text">
        <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
          <CreativeFields values={values} set={set} errors={errors} />
          <AdPreviews creative={values} targets={targets} previews={[]} company={job?.company ?? 'Your company'} landingUrl={job?.applicationUrl ?? null} />
        </div>
      </Card>
      {update.isError && <ProblemAlert error={update.error} />}
      <div className="flex flex-wrap justify-end gap-2">
        <LinkButton to={`/campaigns/${campaign.id}`}>Cancel</LinkButton>
        <Button onClick={() => void save()} loading={update.isPending}>
          Save changes
        </Button>
      </div>
    </div>
  );
}
