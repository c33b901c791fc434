// Imported first by main.tsx, for its side effect: the page in the address starts loading before
// the rest of the entry (React DOM, the router, i18n) has been evaluated, and on the overview its
// figures are asked for at the same time.
import { getSession } from '../api/session';
import { prefetchOverview } from '../features/overview/prefetch';
import { preloadPage } from './pages';
import { queryClient } from './query-client';

preloadPage(location.pathname);
const session = getSession();
if (session && location.pathname === '/') prefetchOverview(queryClient, new URLSearchParams(location.search), session);
