import react from '@vitejs/plugin-react';
import { join } from 'node:path';
import { defineConfig } from 'vite';
import { documentsWhereUsed } from './documents.js';

/** The pages' build; `npm run web:dev` serves them with hot reload and sends /graphql and /auth to a running `npm start`. */
const api = process.env.KEPU_API ?? 'http://localhost:4000';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [documentsWhereUsed(join(import.meta.dirname, 'src')), react()],
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', reportCompressedSize: false },
  server: { port: 5173, proxy: { '/graphql': api, '/auth': api } },
});
