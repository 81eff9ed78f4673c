import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router-dom';
import { AppProviders } from '../app/App';
import { createQueryClient } from '../app/queryClient';
import { routes as appRoutes } from '../app/routes';

/** Renders the real routes (or given ones) at `route`, with the app's providers and no query retries. */
export function renderApp(route = '/', routes: RouteObject[] = appRoutes) {
  const user = userEvent.setup({ delay: null });
  const queryClient = createQueryClient({ retry: false });
  const router = createMemoryRouter(routes, { initialEntries: [route] });
  const view = render(
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, user, router, queryClient };
}
