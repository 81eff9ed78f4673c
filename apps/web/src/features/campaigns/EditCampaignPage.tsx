import { useParams } from 'react-router-dom';
import { useCampaign } from '../../api/hooks/campaigns';
import { ForbiddenPage } from '../../app/ErrorPages';
import { useCan } from '../../app/permissions';
import { ProblemAlert } from '../../components/ProblemAlert';
import { LoadingBlock } from '../../components/Spinner';
import { LiveCampaignEditPage } from './LiveCampaignEditPage';
import { CampaignWizard } from './NewCampaignPage';

/** /campaigns/:id/edit — a draft in the wizard (everything); a published campaign: budget, end date and ad text. */
export function EditCampaignPage() {
  const { id = '' } = useParams();
  const can = useCan();
  const campaign = useCampaign(id);
  if (!can('mutate')) return <ForbiddenPage />;
  if (campaign.isError) return <ProblemAlert error={campaign.error} />;
  if (!campaign.data) return <LoadingBlock label="Loading the campaign…" />;
  const data = campaign.data;
  return data.publications.every((p) => p.status === 'draft') ? <CampaignWizard editing={data} /> : <LiveCampaignEditPage campaign={data} />;
}
