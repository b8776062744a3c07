import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const webRoot = fileURLToPath(new URL('..', import.meta.url));
export const distDir = join(webRoot, 'dist');
const stampFile = join(distDir, '.sources');
const sources = ['index.html', 'vite.config.ts', 'documents.ts', 'tsconfig.json', 'src', 'public'];

/** A digest of every file the pages are built from, so a build is redone only when one of them changed. */
export function sourcesDigest(): string {
  const hash = createHash('sha256');
  for (const file of sources.flatMap((entry) => filesUnder(join(webRoot, entry)))) {
    hash.update(relative(webRoot, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).sort().flatMap((name) => filesUnder(join(path, name)));
}

export interface PagesBuild {
  built: boolean;
  seconds: number;
}

/** Builds the pages with Vite when their sources changed since the last build; a build that fails throws with Vite's output. */
export function buildPagesIfChanged(log: (line: string) => void = console.log): PagesBuild {
  // A compiled deployment (dist/) has no sources beside it: it serves the pages built with it.
  if (!existsSync(join(webRoot, 'index.html'))) return { built: false, seconds: 0 };
  const digest = sourcesDigest();
  if (isBuilt(digest)) return { built: false, seconds: 0 };
  const vite = viteCli();
  if (!vite) {
    if (existsSync(join(distDir, 'index.html'))) {
      log('The web pages changed since their last build, but Vite is not installed (npm install): serving the last build.');
      return { built: false, seconds: 0 };
    }
    throw new Error('The web pages are not built and Vite is not installed: run npm install.');
  }
  log('Building the web pages (their sources changed since the last build)…');
  const started = performance.now();
  // A production build whatever NODE_ENV the caller runs with (vitest sets "test", which would bundle React's development build).
  const env = { ...process.env, NODE_ENV: 'production' };
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn', webRoot], { encoding: 'utf8', stdio: 'pipe', env });
  if (result.status !== 0) throw new Error(`Building the web pages failed:\n${result.stdout}${result.stderr}`);
  writeFileSync(stampFile, digest);
  const seconds = (performance.now() - started) / 1000;
  log(`Built the web pages in ${seconds.toFixed(1)} s.`);
  return { built: true, seconds };
}

/** Built from these sources, and whole: the page and every file it names are there. */
function isBuilt(digest: string): boolean {
  const page = join(distDir, 'index.html');
  if (!existsSync(page) || !existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== digest) return false;
  const named = [...readFileSync(page, 'utf8').matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((match) => match[1]!);
  return named.every((file) => existsSync(join(distDir, file)));
}

function viteCli(): string | null {
  try {
    return join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
  } catch {
    return null;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildPagesIfChanged();
