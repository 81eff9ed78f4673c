import { ComingSoon } from '../../components/ComingSoon';

export function SegmentsPage() {
  return <ComingSoon title="Segments" description="Groups of similar candidates found by K-means, with a readable profile for each." />;
}
