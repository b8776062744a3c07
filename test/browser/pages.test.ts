import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { System } from '../../gateway/system.js';
import { pagesListener } from '../../web/server/pages.js';
import { signedIn } from '../support/bearer.js';
import { launchBrowser, seriousViolations, snap } from '../support/browser.js';
import { graphql, startTestSystem } from '../support/system.js';

let system: System;
let browser: Browser;
let origin: string;
let demo: DemoChoices;

beforeAll(async () => {
  [system, browser] = await Promise.all([startTestSystem({ pages: pagesListener() }), launchBrowser()]);
  origin = system.url.replace(/\/graphql$/, '');
  demo = await demoChoices(system.url);
});

afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

/** A fresh browser context (no cookies, storage or cache) with one page, Chinese as a first-time visitor sees it. */
// bypassCSP lets the test inject axe-core; the pages themselves run under the served Content-Security-Policy.
async function freshPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true, bypassCSP: true });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

/** Signs in through the development picker, as a person trying the demo would. */
async function signInAs(page: Page, role: 'school' | 'venue' | 'district', id: string): Promise<void> {
  await page.goto(`${origin}/sign-in`);
  await page.getByRole('radio', { name: { school: '学校', venue: '场馆', district: '区县教育局' }[role], exact: true }).check();
  await page.locator('select[name="id"]').selectOption(id);
  await page.getByRole('button', { name: '登录', exact: true }).first().click();
  await page.waitForURL((url) => url.pathname === { school: '/school', venue: '/venue', district: '/district' }[role]);
}

/** Waits for what a person would wait for: the answer of a request and the page's update, on a busy machine. */
function eventually<Value>(read: () => Value | Promise<Value>) {
  return expect.poll(read, { timeout: 10_000, interval: 100 });
}

function suggestions(page: Page) {
  return page.getByRole('listbox', { name: '搜索建议' }).getByRole('option');
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
}

describe('the pages in a browser', () => {
  it('a school searches, opens a venue, books, sees the booking, downloads its calendar file and cancels', async () => {
    const page = await freshPage();
    const offer = demo.automatic;
    await signInAs(page, 'school', demo.school.id);
    await page.getByRole('link', { name: '搜索', exact: true }).click();
    await page.getByLabel('离我校 30 公里以内，由近到远').check();
    await eventually(() => page.locator('.hits li').first().textContent()).toMatch(/距离 [\d.]+ 公里/);
    expect(new URL(page.url()).searchParams.get('near')).toBe('1');
    await page.getByLabel('离我校 30 公里以内，由近到远').uncheck();
    await page.getByRole('combobox', { name: '搜索关键词' }).fill(offer.venueName);
    await eventually(() => suggestions(page).count()).toBeGreaterThan(0);
    await page.getByRole('combobox', { name: '搜索关键词' }).press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === offer.venueName);
    await expectAccessible(page);
    await snap(page, 'search-results');

    await page.locator('.hits').getByRole('link', { name: offer.venueName, exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: offer.venueName }).waitFor();
    await expectAccessible(page);
    await snap(page, 'venue');

    await page.getByRole('link', { name: offer.title, exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: offer.title }).waitFor();
    await page.getByLabel('场次', { exact: true }).selectOption(offer.sessionId);
    await page.getByLabel('学生人数').fill(String(offer.students));
    await page.getByLabel('带队教师人数').fill('1');
    await page.getByLabel('备注').fill('四年级两个班');
    await expectAccessible(page);
    await page.getByRole('button', { name: '提交预约' }).click();

    await page.waitForURL((url) => url.pathname === '/school');
    const card = page.getByRole('listitem', { name: offer.title });
    await eventually(() => card.locator('.status').textContent()).toBe('已确认');
    await expectAccessible(page);
    await snap(page, 'school-bookings');

    const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: '下载日历文件' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^kepu-bkg_\d+\.ics$/);
    const calendar = readFileSync((await download.path())!, 'utf8');
    expect(calendar).toContain('BEGIN:VCALENDAR');
    expect(calendar).toContain('BEGIN:VEVENT');

    page.once('dialog', (dialog) => dialog.accept());
    await card.getByRole('button', { name: '取消预约' }).click();
    await eventually(() => card.locator('.status').textContent()).toBe('已取消');
    await page.context().close();
  });

  it('a refused booking shows the reason at the field it concerns', async () => {
    const page = await freshPage();
    await signInAs(page, 'school', demo.school.id);
    await page.goto(`${origin}/programmes/${demo.automatic.programmeId}`);
    await page.getByLabel('学生人数').fill('999');
    await page.getByRole('button', { name: '提交预约' }).click();
    const students = page.getByLabel('学生人数');
    await eventually(() => students.getAttribute('aria-invalid')).toBe('true');
    const field = page.locator('.field.invalid');
    await eventually(() => field.count()).toBe(1);
    expect(await field.locator('label').textContent()).toBe('学生人数');
    expect(await field.getByRole('alert').textContent()).toContain('超过这个项目每次预约的上限');
    expect(await page.getByLabel('带队教师人数').getAttribute('aria-invalid')).toBeNull();
    await expectAccessible(page);
    await snap(page, 'booking-refused');
    await page.context().close();
  });

  it('a venue creates and publishes a programme, schedules a session, and it appears in search', async () => {
    const page = await freshPage();
    const title = `量子纠缠互动实验课${Date.now() % 100000}`;
    await signInAs(page, 'venue', demo.automatic.venueId);
    await page.getByRole('button', { name: '新建课程活动' }).click();
    const editor = page.getByRole('form', { name: '新建课程活动' });
    await editor.getByLabel('中文名称').fill(title);
    await editor.getByLabel('英文名称').fill('Quantum entanglement lab');
    await editor.getByLabel('物理').check();
    await editor.getByLabel('初中').check();
    await expectAccessible(page);
    await editor.getByRole('button', { name: '保存为草稿' }).click();

    const card = page.getByRole('listitem', { name: title });
    await eventually(() => card.locator('.status').textContent()).toBe('草稿');
    await card.getByRole('button', { name: '发布' }).click();
    await eventually(() => card.locator('.status').textContent()).toBe('已发布');
    await card.getByRole('button', { name: '新增场次' }).click();
    await card.getByRole('button', { name: '开放场次' }).click();
    await eventually(() => card.locator('.session-rows li').count()).toBe(1);
    await snap(page, 'venue-desk');

    await page.goto(`${origin}/?q=${encodeURIComponent(title)}`);
    const hit = page.locator('.hits').getByRole('link', { name: title, exact: true });
    await expect.poll(async () => {
      if ((await hit.count()) > 0) return true;
      await page.reload();
      await page.locator('.count').waitFor();
      return hit.count().then((count) => count > 0);
    }, { timeout: 20_000, interval: 500 }).toBe(true);
    await snap(page, 'search-new-programme');
    expect(await page.locator('.hits > li', { hasText: title }).locator('.sessions li').count()).toBe(1);
    await page.context().close();
  });

  it('a venue confirms a request and the school sees it confirmed', async () => {
    const offer = demo.approval;
    const answer = await graphql(system.url, `mutation($input: RequestBookingInput!) { requestBooking(input: $input) { booking { id status } userErrors { code message } } }`, {
      input: { sessionId: offer.sessionId, schoolId: demo.school.id, students: offer.students, teachers: 1 },
    }, await signedIn({ role: 'school', schoolId: demo.school.id }));
    expect(answer.data.requestBooking.booking.status).toBe('REQUESTED');

    const page = await freshPage();
    await signInAs(page, 'venue', offer.venueId);
    const request = page.getByRole('listitem', { name: demo.school.name });
    await eventually(() => request.locator('.status').textContent()).toBe('待确认');
    await expectAccessible(page);
    await request.getByRole('button', { name: '确认' }).click();
    await eventually(() => request.count()).toBe(0);

    await page.getByRole('button', { name: '退出登录' }).click();
    await signInAs(page, 'school', demo.school.id);
    const card = page.getByRole('listitem', { name: offer.title });
    await eventually(() => card.locator('.status').textContent()).toBe('已确认');
    await page.context().close();
  });

  it('a district opens its dashboard and its figures are the API\'s', async () => {
    const page = await freshPage();
    await signInAs(page, 'district', demo.district);
    await page.locator('[data-figure="schools"] dd').waitFor();
    const figure = (name: string) => page.locator(`[data-figure="${name}"] dd`).textContent();
    const api = await districtFigures(system.url, demo.district);
    expect(await figure('schools')).toBe(String(api.schools));
    expect(await figure('bookings')).toBe(String(api.bookings));
    expect(await figure('paired')).toBe(`${Math.round((100 * api.paired) / api.schools)}%`);
    expect(await figure('vicePrincipals')).toBe(`${Math.round((100 * api.withVicePrincipal) / api.schools)}%`);
    expect(await figure('venues')).toBe(String(api.venues));
    await expectAccessible(page);
    await snap(page, 'district-dashboard');
    await page.context().close();
  });

  it('switches to English and back, and remembers the choice', async () => {
    const page = await freshPage();
    await page.goto(origin);
    await page.getByRole('heading', { level: 1, name: '查找科普场馆、课程与讲座' }).waitFor();
    await page.locator('.hits li').first().waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await expectAccessible(page);
    await snap(page, 'search');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Find science venues, programmes and talks' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByRole('combobox', { name: 'Search words' }).count()).toBe(1);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Find science venues, programmes and talks' }).waitFor();
    await expectAccessible(page);
    await snap(page, 'search-english');
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('heading', { level: 1, name: '查找科普场馆、课程与讲座' }).waitFor();
    await page.context().close();
  });

  it('is usable from the keyboard: a suggestion chosen with the arrow keys opens its page; sign-in is accessible', async () => {
    const page = await freshPage();
    await page.goto(origin);
    const box = page.getByRole('combobox', { name: '搜索关键词' });
    await box.focus();
    await page.keyboard.type('天文');
    await eventually(() => suggestions(page).count()).toBeGreaterThan(0);
    await page.keyboard.press('ArrowDown');
    await eventually(() => box.getAttribute('aria-activedescendant')).toBeTruthy();
    const chosen = await suggestions(page).and(page.getByRole('option', { selected: true })).textContent();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname !== '/');
    expect(chosen).toContain(await page.getByRole('heading', { level: 1 }).textContent());
    await page.goto(`${origin}/sign-in`);
    await page.getByRole('button', { name: '登录', exact: true }).first().waitFor();
    await expectAccessible(page);
    await snap(page, 'sign-in');
    await page.context().close();
  });
});

interface Offer {
  programmeId: string;
  title: string;
  venueId: string;
  venueName: string;
  sessionId: string;
  students: number;
}

interface DemoChoices {
  school: { id: string; name: string };
  district: string;
  automatic: Offer;
  approval: Offer;
}

/** A primary school, a district, and programmes with open sessions it may book, among what the sign-in picker lists. */
async function demoChoices(url: string): Promise<DemoChoices> {
  const answer = await graphql(url, `{
    schools(first: 100, filter: { stages: [PRIMARY] }) { edges { node { id name district } } }
    all: schools(first: 100) { edges { node { id district } } }
    venues(first: 100) { edges { node { id name complianceStatus } } }
    programmes(first: 100, filter: { gradeBands: [PRIMARY_UPPER], kinds: [VISIT, LAB_SESSION, WORKSHOP, COURSE] }) { edges { node {
      id title groupSize { min max } venue { id }
      sessions(first: 10, filter: { openOnly: true }) { edges { node { id confirmation seatsLeft startsAt } } }
    } } }
  }`);
  const listed = new Set(answer.data.all.edges.map((edge: any) => edge.node.id));
  const school = answer.data.schools.edges.map((edge: any) => edge.node).find((node: any) => listed.has(node.id));
  const venues = new Map<string, any>(answer.data.venues.edges.map((edge: any) => [edge.node.id, edge.node]));
  const offer = (confirmation: string, excluding?: Offer): Offer => {
    for (const { node } of answer.data.programmes.edges) {
      const venue = venues.get(node.venue?.id);
      if (!venue || venue.complianceStatus !== 'WHITELISTED' || venue.id === excluding?.venueId) continue;
      const party = Math.max(node.groupSize.min, 6);
      if (party > node.groupSize.max) continue;
      const soon = Date.now() + 2 * 86_400_000;
      const session = node.sessions.edges.map((edge: any) => edge.node)
        .find((s: any) => s.confirmation === confirmation && s.seatsLeft >= party && Date.parse(s.startsAt) > soon);
      if (session) return { programmeId: node.id, title: node.title, venueId: venue.id, venueName: venue.name, sessionId: session.id, students: party - 1 };
    }
    throw new Error(`The demo catalogue has no ${confirmation} session for a primary school among the listed venues.`);
  };
  const automatic = offer('AUTOMATIC');
  return { school, district: answer.data.all.edges[0].node.district, automatic, approval: offer('APPROVAL', automatic) };
}

/** A district's figures as the API gives them to its own officer. */
async function districtFigures(url: string, district: string) {
  const answer = await graphql(url, `query($district: String!) {
    schools(filter: { districts: [$district] }, first: 100) { totalCount edges { node {
      partners: pairings(filter: { kinds: [PARTNER_VENUE], activeOnly: true }) { totalCount }
      vicePrincipals: pairings(filter: { kinds: [SCIENCE_VICE_PRINCIPAL], activeOnly: true }) { totalCount }
      bookings { totalCount }
    } } }
    venues(filter: { districts: [$district] }) { totalCount }
  }`, { district }, await signedIn({ role: 'district', district }));
  const schools = answer.data.schools.edges.map((edge: any) => edge.node);
  return {
    schools: answer.data.schools.totalCount as number,
    bookings: schools.reduce((total: number, school: any) => total + school.bookings.totalCount, 0),
    paired: schools.filter((school: any) => school.partners.totalCount > 0).length,
    withVicePrincipal: schools.filter((school: any) => school.vicePrincipals.totalCount > 0).length,
    venues: answer.data.venues.totalCount as number,
  };
}
