import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const artifactsDir = join(import.meta.dirname, '..', '..', 'test-artifacts', 'browser');
const systemChromium = '/usr/bin/chromium';
const flags = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const desktop = { width: 1280, height: 800 };
export const phone = { width: 390, height: 844 };

/** Playwright's own Chromium where installed, else Debian's; never downloads one. */
export function chromiumPath(): string {
  const managed = chromium.executablePath();
  if (managed && existsSync(managed)) return managed;
  if (existsSync(systemChromium)) return systemChromium;
  throw new Error('No Chromium for the browser tests: install one with `apt-get install -y chromium fonts-noto-cjk` (Debian) or `npx playwright install chromium`.');
}

/** Headless Chromium; Playwright gives each launch a fresh profile directory and removes it on close. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: flags });
}

/** Screenshots of the page at desktop and phone widths, kept as test artifacts (test-artifacts/browser, not committed). */
export async function snap(page: Page, name: string): Promise<void> {
  mkdirSync(artifactsDir, { recursive: true });
  await page.setViewportSize(desktop);
  await page.screenshot({ path: join(artifactsDir, `${name}-desktop.png`), fullPage: true });
  await page.setViewportSize(phone);
  await page.screenshot({ path: join(artifactsDir, `${name}-phone.png`), fullPage: true });
  await page.setViewportSize(desktop);
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** axe-core's serious and critical violations on the page as it stands (WCAG 2 A and AA rules). */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({ id: violation.id, impact: violation.impact, help: violation.help, targets: violation.nodes.map((node) => node.target.join(' ')) }));
  });
}
