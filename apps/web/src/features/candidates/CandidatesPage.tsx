import { ComingSoon } from '../../components/ComingSoon';

export function CandidatesPage() {
  return <ComingSoon title="Candidates" description="The candidate pool: import from CSV, search and review profiles." />;
}
