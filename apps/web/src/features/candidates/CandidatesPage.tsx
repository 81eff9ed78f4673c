import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../../app/ErrorPages';
import { RequireCapability } from '../../app/guards';
import { CandidateDetailPage } from './CandidateDetailPage';
import { CandidatesListPage } from './CandidatesListPage';
import { DataGenerationPage } from './DataGenerationPage';
import { ImportPage } from './ImportPage';
import { NewCandidatePage } from './NewCandidatePage';

/** /candidates (table), /candidates/new, /candidates/imports[/:importId], /candidates/generate, /candidates/:candidateId. */
export function CandidatesPage() {
  return (
    <Routes>
      <Route index element={<CandidatesListPage />} />
      <Route
        path="new"
        element={
          <RequireCapability capability="mutate">
            <NewCandidatePage />
          </RequireCapability>
        }
      />
      <Route path="imports" element={<ImportPage />} />
      <Route path="imports/:importId" element={<ImportPage />} />
      <Route
        path="generate"
        element={
          <RequireCapability capability="mutate">
            <DataGenerationPage />
          </RequireCapability>
        }
      />
      <Route path=":candidateId" element={<CandidateDetailPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
