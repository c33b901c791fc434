// Pages and their URLs. Every page but the shell is loaded on demand (pages.ts), so the login page
// does not download the charts library or the API explorer.
//
// Pages load through the router's `lazy` rather than React.lazy + Suspense: the router renders a
// page once its module is there. With Suspense, React 19 would show the fallback and then hold
// the page back for up to 300 ms (its fallback throttle): a quarter of a second before the
// overview could even ask for its figures.
import type { ComponentType } from 'react';
import { Navigate, createBrowserRouter } from 'react-router';
import { AppShell, PageLoading } from './AppShell';
import { PAGES } from './pages';
import { LoginPage } from '../features/login/LoginPage';

const page = (load: () => Promise<{ default: ComponentType }>) => async () => ({ Component: (await load()).default });

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    element: <AppShell />,
    hydrateFallbackElement: <PageLoading />,
    children: [
      { index: true, lazy: page(PAGES['/']) },
      { path: 'overdue', lazy: page(PAGES['/overdue']) },
      { path: 'inspections', lazy: page(PAGES['/inspections']) },
      { path: 'report', lazy: page(PAGES['/report']) },
      { path: 'explorer', lazy: page(PAGES['/explorer']) },
    ],
  },
  { path: '*', element: <Navigate to="/" replace /> },
]);
