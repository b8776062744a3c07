import { defineConfig } from 'drizzle-kit';

/** One migration history per subgraph, so each can live in its own database: `SUBGRAPH=venues drizzle-kit generate`. */
const subgraph = process.env.SUBGRAPH ?? 'venues';

export default defineConfig({
  dialect: 'postgresql',
  schema: `./drizzle/schema/${subgraph}.ts`,
  out: `./drizzle/migrations/${subgraph}`,
  schemaFilter: [subgraph],
  migrations: { schema: 'migrations', table: subgraph },
});
