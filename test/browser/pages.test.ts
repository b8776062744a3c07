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
    await card.getByLabel('为农村和薄弱学校保留名额').fill('12');
    await card.getByLabel('开课前几天释放保留名额').fill('3');
    await card.getByRole('button', { name: '开放场次' }).click();
    await eventually(() => card.locator('.session-rows li').count()).toBe(1);
    await eventually(() => card.locator('.session-rows .kept-seats').textContent()).toContain('保留 12 个给农村和薄弱学校');
    await snap(page, 'venue-desk');
    const session = await keptSeatsOf(system.url, demo.automatic.venueId, title);
    expect(session.keptSeats).toBe(12);
    expect(Date.parse(session.startsAt) - Date.parse(session.keptSeatsUntil)).toBe(3 * 86_400_000);

    // Kept seats change after scheduling: a refusal shows at its field and changes nothing; a valid change is saved.
    await card.locator('.session-rows').getByRole('button', { name: '调整时间' }).click();
    const sessionEditor = card.locator('.session-rows form');
    const kept = sessionEditor.getByLabel('为农村和薄弱学校保留名额');
    await eventually(() => kept.inputValue()).toBe('12');
    await kept.fill('500');
    await sessionEditor.getByRole('button', { name: '保存' }).click();
    await eventually(() => kept.getAttribute('aria-invalid')).toBe('true');
    await eventually(() => sessionEditor.locator('.field-error').first().textContent()).toContain('保留名额');
    expect((await keptSeatsOf(system.url, demo.automatic.venueId, title)).keptSeats).toBe(12);
    await kept.fill('4');
    await sessionEditor.getByRole('button', { name: '保存' }).click();
    await eventually(() => card.locator('.session-rows .kept-seats').textContent()).toContain('保留 4 个给农村和薄弱学校');
    expect((await keptSeatsOf(system.url, demo.automatic.venueId, title)).keptSeats).toBe(4);

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

  it('a district opens its dashboard, its figures are the API\'s on today and on a past date, and it exports the CSV', async () => {
    const page = await freshPage();
    await signInAs(page, 'district', demo.district);
    await expectDashboardMatches(page, await districtFigures(system.url, demo.district, null));
    await expectEquityMatches(page, await equityFigures(system.url, demo.district));
    await expectInspectionsMatch(page, await inspectionsOf(system.url, demo.district));
    await expectAccessible(page);
    const today = await districtFigures(system.url, demo.district, null);
    const mostMissing = Object.entries(today.missing).sort(([, a], [, b]) => b - a)[0]![0];
    await page.locator(`details[data-missing="${mostMissing}"] summary`).click();
    await snap(page, 'district-dashboard');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '导出各校覆盖情况（CSV）' }).click()]);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
    expect(csv[0]).toBe('school_id,name,name_en,stage,rural,under_resourced,students,partner_venue,science_vice_principal,visit_this_term,talk_this_term');
    expect(csv.length - 1).toBe(today.schoolCount);
    expect(csv.filter((line) => line.split(',').at(-4) === 'no').length).toBe(today.missing.PARTNER_VENUE);

    const past = new Date(Date.now() - 60 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('统计日期').fill(past);
    await page.waitForURL((url) => url.searchParams.get('asOf') === past);
    await expectDashboardMatches(page, await districtFigures(system.url, demo.district, past));
    await page.context().close();
  });

  it('a district draws a random inspection, is refused a share over 100 % at the field, and records a finding that issues a notice', async () => {
    const page = await freshPage();
    await signInAs(page, 'district', demo.district);
    const before = await inspectionsOf(system.url, demo.district);
    const providers = before.providers > 0;
    const form = page.getByRole('form', { name: '发起新的随机抽查' });
    await form.getByLabel('名称').fill('秋季随机抽查（页面）');
    await form.getByLabel('抽查对象').selectOption(providers ? 'PROVIDERS' : 'SCHOOLS');
    await form.getByLabel('抽取比例（%）').fill('150');
    await form.getByRole('button', { name: '抽取' }).click();
    const percent = form.getByLabel('抽取比例（%）');
    await eventually(() => percent.getAttribute('aria-invalid')).toBe('true');
    expect(await form.locator('.field.invalid').getByRole('alert').textContent()).toBe('比例须大于 0%，且不超过 100%。');
    expect((await inspectionsOf(system.url, demo.district)).inspections.length).toBe(before.inspections.length);

    await percent.fill('30');
    await form.getByRole('button', { name: '抽取' }).click();
    await eventually(() => page.locator('tr[data-inspection]').count()).toBe(before.inspections.length + 1);
    const after = await inspectionsOf(system.url, demo.district);
    const drawn = after.inspections.at(-1)!;
    expect(drawn.title).toBe('秋季随机抽查（页面）');
    expect(drawn.sampleSize).toBe(Math.ceil((drawn.populationSize * 30) / 100));
    await expectInspectionsMatch(page, after);

    const detail = page.locator(`[data-inspection-detail="${drawn.id}"]`);
    await eventually(() => detail.locator('.inspection-items > li').count()).toBe(drawn.sampleSize);
    const first = detail.locator('.inspection-items > li').first();
    const name = (await first.locator('.item-name').textContent())!;
    await first.getByRole('button', { name: `登记检查结果：${name}` }).click();
    const finding = first.getByRole('form', { name: `登记检查结果：${name}` });
    await finding.getByLabel('检查结论').selectOption('ISSUES_FOUND');
    await finding.getByLabel('情况说明').fill('安全出口标识缺失');
    if (providers) {
      await finding.getByLabel('同时下发整改通知').check();
      await finding.getByLabel('整改事由').fill('补齐安全出口标识');
    }
    await expectAccessible(page);
    await finding.getByRole('button', { name: '保存结果' }).click();
    await eventually(() => first.locator('.finding').count()).toBe(1);
    expect(await first.locator('.finding').textContent()).toContain('安全出口标识缺失');
    await snap(page, 'district-inspection');

    const findings = await findingsOf(system.url, demo.district, drawn.id);
    expect(findings).toEqual([{ outcome: 'ISSUES_FOUND', note: '安全出口标识缺失', notice: providers ? '补齐安全出口标识' : null }]);
    await page.context().close();
  });

  it('searches within a science alliance: the filter keeps the results the API gives for that alliance', async () => {
    const answer = await graphql(system.url, `{ alliances(first: 50) { edges { node { id name } } } }`);
    const alliance = answer.data.alliances.edges[0].node;
    const expected = await graphql(system.url, `query($id: ID!) { search(filter: { alliance: $id }, first: 1) { totalCount } all: search(first: 1) { totalCount } }`, { id: alliance.id });
    expect(expected.data.search.totalCount).toBeLessThan(expected.data.all.totalCount);
    const page = await freshPage();
    await page.goto(`${origin}/`);
    await page.locator('.count').waitFor();
    await page.getByLabel('科普联盟').selectOption({ label: alliance.name });
    await page.waitForURL((url) => url.searchParams.get('alliance') === alliance.id);
    await eventually(() => page.locator('.count').textContent()).toBe(`共 ${expected.data.search.totalCount} 条结果`);
    await expectAccessible(page);
    await page.context().close();
  });

  it('an expert\'s page, opened from search, shows their fields, institution and talks with the seats left', async () => {
    const page = await freshPage();
    const expert = await expertWithTalks(system.url);
    await page.goto(`${origin}/?type=EXPERT&q=${encodeURIComponent(expert.name)}`);
    await page.locator('.hits').getByRole('link', { name: expert.name, exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: expert.name }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/experts/${expert.id}`);
    if (expert.affiliation) expect(await page.locator('.facts').textContent()).toContain(expert.affiliation);
    expect(await page.locator('.facts .tags li').count()).toBe(expert.fields.length);
    expect(await page.getByRole('heading', { level: 2, name: `讲座（${expert.talks.length}）` }).count()).toBe(1);
    for (const talk of expert.talks) {
      const card = page.getByRole('listitem', { name: talk.title, exact: true });
      expect(await card.locator('.seats').allTextContents()).toEqual(talk.seatsLeft.map((n: number) => `余 ${n} 个名额`));
    }
    await expectAccessible(page);
    await snap(page, 'expert');

    await page.getByRole('link', { name: expert.talks[0]!.title, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: expert.talks[0]!.title }).waitFor();
    await page.getByRole('link', { name: expert.name, exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: expert.name }).waitFor();
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

    const from = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    await page.getByRole('button', { name: '有空位的日期' }).click();
    await page.getByLabel('从').fill(from);
    await page.getByRole('button', { name: '按日期筛选' }).click();
    await page.waitForURL((url) => url.searchParams.get('from') === from);
    const firstSession = page.locator('.hits .sessions time').first();
    await eventually(async () => ((await firstSession.count()) ? Date.parse((await firstSession.getAttribute('datetime'))!) >= Date.parse(`${from}T00:00:00+08:00`) : false)).toBe(true);
    await expectAccessible(page);
    await page.goto(origin);

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
    await page.keyboard.type(demo.automatic.venueName.slice(0, 4));
    await eventually(() => suggestions(page).count()).toBeGreaterThan(0);
    const kinds = await suggestions(page).locator('.muted').allTextContents();
    const item = kinds.findIndex((kind) => kind !== '主题');
    expect(item).toBeGreaterThanOrEqual(0);
    for (let step = 0; step <= item; step += 1) await page.keyboard.press('ArrowDown');
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

/** A district's coverage and notices as the API gives them to its own officer. */
async function districtFigures(url: string, district: string, asOf: string | null) {
  const answer = await graphql(url, `query($district: String!, $asOf: String) {
    districtCoverage(district: $district, asOf: $asOf) {
      asOf schoolCount
      measures { measure percent missing }
      targets { measure schoolsShort }
    }
    rectificationNotices(first: 100) { edges { node { status overdue venue { district } } } }
  }`, { district, asOf }, await signedIn({ role: 'district', district }));
  const coverage = answer.data.districtCoverage;
  const notices = answer.data.rectificationNotices.edges.map((edge: any) => edge.node).filter((notice: any) => notice.venue.district === district);
  return {
    asOf: coverage.asOf as string,
    schoolCount: coverage.schoolCount as number,
    percent: Object.fromEntries(coverage.measures.map((measure: any) => [measure.measure, measure.percent as number])) as Record<string, number>,
    missing: Object.fromEntries(coverage.measures.map((measure: any) => [measure.measure, measure.missing as number])) as Record<string, number>,
    schoolsShort: Object.fromEntries(coverage.targets.map((target: any) => [target.measure, target.schoolsShort as number])) as Record<string, number>,
    open: notices.filter((notice: any) => notice.status === 'OPEN').length as number,
    overdue: notices.filter((notice: any) => notice.overdue).length as number,
  };
}

type DistrictFigures = Awaited<ReturnType<typeof districtFigures>>;

/** The dashboard shows the API's figures: counts, each measure's share, the missing lists, the targets' gaps and the notices. */
async function expectDashboardMatches(page: Page, api: DistrictFigures): Promise<void> {
  const figure = (name: string) => page.locator(`[data-figure="${name}"] dd`).textContent();
  await eventually(() => page.getByLabel('统计日期').inputValue()).toBe(api.asOf);
  await eventually(() => figure('schools')).toBe(String(api.schoolCount));
  const percent = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 });
  for (const [measure, value] of Object.entries(api.percent)) {
    expect(await figure(measure)).toBe(`${percent.format(value)}%`);
    expect(await page.locator(`details[data-missing="${measure}"] summary`).textContent()).toContain(`缺 ${api.missing[measure]} 所`);
  }
  for (const [measure, short] of Object.entries(api.schoolsShort)) {
    expect(await page.locator(`tr[data-target="${measure}"] td`).nth(3).textContent()).toBe(String(short));
  }
  expect(await page.getByRole('heading', { level: 2, name: `整改通知（未结 ${api.open}，逾期 ${api.overdue}）` }).count()).toBe(1);
  expect(await page.locator('tr.overdue').count()).toBe(api.overdue);
}

/** The equity figures as the API gives them to the district's own officer. */
async function equityFigures(url: string, district: string) {
  const answer = await graphql(url, `query($district: String!) {
    districtCoverage(district: $district) { equity {
      rural { schools schoolsPercent studentsPercent visitsPercent visitSeatsPercent talkSeatsPercent visits talkSeats }
      underResourced { schools schoolsPercent studentsPercent visitsPercent visitSeatsPercent talkSeatsPercent visits talkSeats }
      venues(first: 50) { totalCount edges { node { venue { id } total { visits talkSeats } } } }
    } }
  }`, { district }, await signedIn({ role: 'district', district }));
  return answer.data.districtCoverage.equity;
}

/** Each group's shares and each venue's places are on the page as the API gives them. */
async function expectEquityMatches(page: Page, equity: any): Promise<void> {
  const percent = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 });
  for (const group of ['rural', 'underResourced']) {
    if (equity[group].schools === 0) {
      expect(await page.locator(`[data-equity="${group}"] [data-bar]`).count()).toBe(0);
      continue;
    }
    for (const share of ['schools', 'students', 'visits', 'visitSeats', 'talkSeats']) {
      const value = page.locator(`[data-equity="${group}"] [data-bar="${share}"] .bar-value`);
      expect(await value.textContent()).toMatch(new RegExp(`^${percent.format(equity[group][`${share}Percent`])}% `));
    }
  }
  expect(await page.locator('tr[data-equity-venue]').count()).toBe(equity.venues.edges.length);
  for (const { node } of equity.venues.edges) {
    expect(await page.locator(`tr[data-equity-venue="${node.venue.id}"] td`).first().textContent()).toBe(`${node.total.visits} · ${node.total.talkSeats.toLocaleString('zh-CN')}`);
  }
}

/** The district's inspections, oldest first, and how many published providers it has to draw from. */
async function inspectionsOf(url: string, district: string) {
  const answer = await graphql(url, `query($district: String!) {
    inspections(first: 100) { edges { node { id title seed percent sampleSize populationSize } } }
    venues(filter: { districts: [$district] }, first: 1) { totalCount }
  }`, { district }, await signedIn({ role: 'district', district }));
  return {
    inspections: answer.data.inspections.edges.map((edge: any) => edge.node) as { id: string; title: string; seed: number; percent: number; sampleSize: number; populationSize: number }[],
    providers: answer.data.venues.totalCount as number,
  };
}

async function expectInspectionsMatch(page: Page, api: Awaited<ReturnType<typeof inspectionsOf>>): Promise<void> {
  await eventually(() => page.locator('tr[data-inspection]').count()).toBe(api.inspections.length);
  for (const inspection of api.inspections) {
    const cells = page.locator(`tr[data-inspection="${inspection.id}"] td`);
    expect(await cells.nth(3).textContent()).toBe(String(inspection.seed));
    expect(await cells.nth(4).textContent()).toBe(`${inspection.sampleSize} / ${inspection.populationSize}`);
  }
}

async function findingsOf(url: string, district: string, id: string) {
  const answer = await graphql(url, `query($id: ID!) { inspection(id: $id) { findings(first: 10) { edges { node { outcome note notice { reason } } } } } }`,
    { id }, await signedIn({ role: 'district', district }));
  return answer.data.inspection.findings.edges.map(({ node }: any) => ({ outcome: node.outcome, note: node.note, notice: node.notice?.reason ?? null }));
}

/** The session a venue just opened for a programme, with the seats it keeps. */
async function keptSeatsOf(url: string, venueId: string, title: string) {
  const answer = await graphql(url, `query($id: ID!) { venue(id: $id) { programmes(first: 100) { edges { node { title sessions(first: 5) { edges { node { startsAt keptSeats keptSeatsUntil } } } } } } } }`, { id: venueId });
  const programme = answer.data.venue.programmes.edges.map((edge: any) => edge.node).find((node: any) => node.title === title);
  return programme.sessions.edges[0].node as { startsAt: string; keptSeats: number; keptSeatsUntil: string };
}

/** A published expert with a talk that has open sessions, as anyone sees them, with each talk's next open sessions' seats. */
async function expertWithTalks(url: string) {
  const answer = await graphql(url, `{
    experts(first: 50) { edges { node {
      id name fields affiliation { name }
      talks(first: 20) { edges { node { title sessions(first: 3, filter: { openOnly: true }) { edges { node { seatsLeft } } } } } }
    } } }
  }`);
  const expert = answer.data.experts.edges.map((edge: any) => edge.node)
    .find((node: any) => node.talks.edges.some((edge: any) => edge.node.sessions.edges.length > 0));
  return {
    id: expert.id as string,
    name: expert.name as string,
    fields: expert.fields as string[],
    affiliation: expert.affiliation?.name as string | undefined,
    talks: expert.talks.edges.map((edge: any) => ({ title: edge.node.title as string, seatsLeft: edge.node.sessions.edges.map((s: any) => s.node.seatsLeft as number) as number[] })),
  };
}
