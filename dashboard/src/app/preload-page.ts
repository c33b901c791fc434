// Imported first by main.tsx, for its side effect: the page in the address starts loading before
// the rest of the entry (React DOM, the router, i18n) has been evaluated.
import { preloadPage } from './pages';

preloadPage(location.pathname);
