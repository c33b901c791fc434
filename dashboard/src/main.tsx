import './app/preload-page';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import './i18n';
import './styles.css';
import { queryClient } from './app/query-client';
import { router } from './app/router';

// Which React build this bundle carries (the bundler replaces the expression): the browser tests
// and the benchmark check they run the production build users get, not the development one.
declare const process: { env: { NODE_ENV?: string } };
document.documentElement.dataset.build = process.env.NODE_ENV ?? 'unknown';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
