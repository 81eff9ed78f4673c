import { ComingSoon } from '../../components/ComingSoon';

export function CampaignsPage() {
  return <ComingSoon title="Campaigns" description="Advertise a job to chosen segments on Meta and Google Ads, and follow delivery." />;
}
