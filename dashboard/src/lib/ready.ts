// What a page's root says about whether it has settled, and for which view. The view (path and
// query) matters: right after a navigation the previous view's page is still on screen, settled,
// while the address already names the next one; a test or the benchmark that waits for
// "ready" must not take the old page for the new.
import { useLocation } from 'react-router';

export interface ReadyAttributes {
  'data-ready': 'true' | 'false';
  'data-view': string;
}

export function useReadyAttributes(settled: boolean): ReadyAttributes {
  const location = useLocation();
  return { 'data-ready': settled ? 'true' : 'false', 'data-view': location.pathname + location.search };
}
