import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { buildPagesIfChanged, distDir as pagesDir } from './web/server/build.js';

/**
 * `npm run build`: Kepu compiled to JavaScript in dist/, with every file its modules read at run
 * time beside them (schemas, the supergraph, migrations, seed data, the thesaurus) and the built
 * pages, so that a deployment runs `node dist/gateway/main.js` or `node dist/subgraphs/<name>/main.js`
 * with no TypeScript transpiler. The Dockerfile runs it.
 */
const OUT = 'dist';
const SOURCES = ['gateway', 'subgraphs', 'search', 'kit', 'seed'];

const tsc = join(createRequire(import.meta.url).resolve('typescript/package.json'), '..', 'bin', 'tsc');
const compiled = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
if (compiled.status !== 0) process.exit(compiled.status ?? 1);
for (const folder of SOURCES) copyOtherThanTypeScript(folder);
buildPagesIfChanged();
cpSync(pagesDir, join(OUT, 'web', 'dist'), { recursive: true });

function copyOtherThanTypeScript(path: string): void {
  if (statSync(path).isDirectory()) return readdirSync(path).forEach((name) => copyOtherThanTypeScript(join(path, name)));
  if (!path.endsWith('.ts')) cpSync(path, join(OUT, path));
}
