import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../../app/ErrorPages';
import { CampaignDetailPage } from './CampaignDetailPage';
import { CampaignsListPage } from './CampaignsListPage';
import { EditCampaignPage } from './EditCampaignPage';
import { NewCampaignPage } from './NewCampaignPage';

/** /campaigns (list), /campaigns/new?jobId= (wizard), /campaigns/:id (detail), /campaigns/:id/edit. */
export function CampaignsPage() {
  return (
    <Routes>
      <Route index element={<CampaignsListPage />} />
      <Route path="new" element={<NewCampaignPage />} />
      <Route path=":id" element={<CampaignDetailPage />} />
      <Route path=":id/edit" element={<EditCampaignPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
