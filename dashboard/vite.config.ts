// The dashboard's build: a single-page app under dashboard/dist, served by the hub at `/`.
// `npm run dev:dashboard` serves it with hot reload and forwards API calls to a running hub.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const hub = process.env.YG_HUB_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The bundle-size script reads the manifest to find the JS the first page load needs.
    manifest: true,
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      onwarn(warning, warn) {
        // GraphiQL ships React-compiler "use no memo" directives a bundle cannot keep; harmless.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  worker: { format: 'es' },
  server: {
    port: 5173,
    proxy: Object.fromEntries(['/graphql', '/auth', '/health', '/ready'].map((p) => [p, { target: hub, changeOrigin: false }])),
  },
});
