import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../../app/ErrorPages';
import { JobDetailPage } from './JobDetailPage';
import { EditJobPage, NewJobPage } from './JobFormPage';
import { JobsListPage } from './JobsListPage';

/** /jobs (list), /jobs/new, /jobs/:id (detail + advertising), /jobs/:id/edit. */
export function JobsPage() {
  return (
    <Routes>
      <Route index element={<JobsListPage />} />
      <Route path="new" element={<NewJobPage />} />
      <Route path=":id" element={<JobDetailPage />} />
      <Route path=":id/edit" element={<EditJobPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
