// The app's one query cache: made before React starts, so the first page's queries can be asked
// for while its code is still loading (app/preload-page.ts).
import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 60_000,
      // A refused or unauthenticated query will not succeed by asking again.
      retry: (count, error) => count < 1 && !(error instanceof ApiError && ['unauthenticated', 'forbidden', 'bad-input'].includes(error.kind)),
      refetchOnWindowFocus: false,
    },
  },
});
