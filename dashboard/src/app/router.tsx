// Pages and their URLs. Every page but the shell is loaded on demand, so signing in does not
// download the charts library or the API explorer.
import { lazy } from 'react';
import { Navigate, createBrowserRouter } from 'react-router';
import { AppShell } from './AppShell';
import { LoginPage } from '../features/login/LoginPage';

const OverviewPage = lazy(() => import('../features/overview/OverviewPage'));
const OverduePage = lazy(() => import('../features/overdue/OverduePage'));
const InspectionsPage = lazy(() => import('../features/inspections/InspectionsPage'));
const ReportPage = lazy(() => import('../features/report/ReportPage'));
const ExplorerPage = lazy(() => import('../features/explorer/ExplorerPage'));

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    element: <AppShell />,
    children: [
      { index: true, element: <OverviewPage /> },
      { path: 'overdue', element: <OverduePage /> },
      { path: 'inspections', element: <InspectionsPage /> },
      { path: 'report', element: <ReportPage /> },
      { path: 'explorer', element: <ExplorerPage /> },
    ],
  },
  { path: '*', element: <Navigate to="/" replace /> },
]);
