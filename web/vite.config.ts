import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The pages' build; `npm run web:dev` serves them with hot reload and sends /graphql and /auth to a running `npm start`. */
const api = process.env.KEPU_API ?? 'http://localhost:4000';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', reportCompressedSize: false },
  server: { port: 5173, proxy: { '/graphql': api, '/auth': api } },
});
