import { PageHeader } from '../../components/PageHeader';
import { UrlTabs } from '../../components/UrlTabs';
import { NotificationInbox } from './NotificationInbox';
import { NotificationPreferencesForm } from './NotificationPreferencesForm';

/** Every signed-in person's notifications and their choice of channels per kind. */
export function NotificationsPage() {
  return (
    <>
      <PageHeader title="Notifications" description="What happened to your campaigns, jobs, imports and segments, and how you want to hear about it." />
      <UrlTabs
        label="Notification sections"
        idPrefix="notifications"
        tabs={[
          { id: 'inbox', label: 'Inbox', panel: () => <NotificationInbox /> },
          { id: 'preferences', label: 'Preferences', panel: () => <NotificationPreferencesForm /> },
        ]}
      />
    </>
  );
}
