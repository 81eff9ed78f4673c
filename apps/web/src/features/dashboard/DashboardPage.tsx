import { useMe } from '../../api/hooks/auth';
import { ComingSoon } from '../../components/ComingSoon';

export function DashboardPage() {
  const name = useMe().data?.name;
  return (
    <ComingSoon title="Dashboard" description={`Welcome${name ? `, ${name}` : ''}. Spend, reach and applications per job and campaign.`}>
      Performance charts appear here once campaigns are running.
    </ComingSoon>
  );
}
