import { ComingSoon } from '../../components/ComingSoon';

export function JobsPage() {
  return <ComingSoon title="Jobs" description="Job openings you advertise: title, location, salary range and status." />;
}
