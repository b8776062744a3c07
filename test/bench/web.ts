import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildPagesIfChanged, distDir } from '../../web/server/build.js';
import { pagesListener } from '../../web/server/pages.js';
import { launchBrowser } from '../support/browser.js';
import { median } from './load.js';
import { startBenchSystem } from './subprocess.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);

/** The search page's weight (what its first view downloads, gzipped) and its cold load time in headless Chromium. */
export async function benchWeb(): Promise<void> {
  buildPagesIfChanged();
  const files = searchPageFiles();
  console.log('\nSearch page download, gzipped (level 9, as served)');
  let js = 0;
  for (const file of files) {
    const size = gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length;
    if (file.endsWith('.js')) js += size;
    console.log(`  ${file.padEnd(40)} ${(size / 1024).toFixed(1).padStart(7)} KB`);
  }
  console.log(`  JavaScript in all                        ${(js / 1024).toFixed(1).padStart(7)} KB (budget 250 KB)`);

  const system = await startBenchSystem({ pages: pagesListener() });
  const browser = await launchBrowser();
  try {
    const origin = system.url.replace(/\/graphql$/, '');
    const usable: number[] = [];
    const loaded: number[] = [];
    const requests: number[] = [];
    let written = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      const context = await browser.newContext();
      const page = await context.newPage();
      let graphqlRequests = 0;
      page.on('request', (request) => { if (request.url().endsWith('/graphql')) graphqlRequests += 1; });
      const started = performance.now();
      await page.goto(origin, { waitUntil: 'domcontentloaded' });
      loaded.push(performance.now() - started);
      await page.locator('.hits li').first().waitFor();
      usable.push(performance.now() - started);
      requests.push(graphqlRequests);
      written += await page.locator('#kepu-first-answer').count();
      await context.close();
    }
    console.log(`\nSearch page, cold cache (new browser context each time), median of ${ROUNDS}; load average ${loadavg().map((load) => load.toFixed(1)).join(' ')}`);
    console.log(`  HTML parsed (DOMContentLoaded)         ${median(loaded).toFixed(0).padStart(6)} ms`);
    console.log(`  usable: box and first results shown    ${median(usable).toFixed(0).padStart(6)} ms (slowest ${Math.max(...usable).toFixed(0)} ms)`);
    console.log(`  GraphQL requests per page view         ${median(requests).toFixed(0).padStart(6)} from the browser; the first answer was written into the page by the server in ${written} of ${ROUNDS}`);
  } finally {
    await browser.close();
    await system.dispose();
  }
}

/** The scripts and styles index.html loads: the entry and what it preloads. The other pages' chunks load when opened. */
function searchPageFiles(): string[] {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((found) => found[1]!);
}
