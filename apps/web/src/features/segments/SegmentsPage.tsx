import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../../app/ErrorPages';
import { SegmentDetailPage } from './SegmentDetailPage';
import { SegmentsOverview } from './SegmentsOverview';

/** /segments (overview) and /segments/:segmentId (one segment and its candidates). */
export function SegmentsPage() {
  return (
    <Routes>
      <Route index element={<SegmentsOverview />} />
      <Route path=":segmentId" element={<SegmentDetailPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
