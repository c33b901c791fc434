import './app/preload-page';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import './i18n';
import './styles.css';
import { ApiError } from './api/client';
import { router } from './app/router';

// Which React build this bundle carries (the bundler replaces the expression): the browser tests
// and the benchmark check they run the production build users get, not the development one.
declare const process: { env: { NODE_ENV?: string } };
document.documentElement.dataset.build = process.env.NODE_ENV ?? 'unknown';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 60_000,
      // A refused or unauthenticated query will not succeed by asking again.
      retry: (count, error) => count < 1 && !(error instanceof ApiError && ['unauthenticated', 'forbidden', 'bad-input'].includes(error.kind)),
      refetchOnWindowFocus: false,
    },
  },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
