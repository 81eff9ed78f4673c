import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../../app/ErrorPages';
import { ApplicationDetailPage } from './ApplicationDetailPage';
import { ApplicationsListPage } from './ApplicationsListPage';

/** /applications (list with filters and pipeline counts), /applications/:id (stage, notes, timeline). */
export function ApplicationsPage() {
  return (
    <Routes>
      <Route index element={<ApplicationsListPage />} />
      <Route path=":id" element={<ApplicationDetailPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
