// The dashboard in real headless Chromium (Debian's /usr/bin/chromium through playwright-core), against a
// running suite: node e2e/dashboard.e2e.mjs GATEWAY_URL SCREENSHOT_DIR
// Logs in through Keycloak's own form, checks the figures shown against the reporting API (read with a token of
// the same user), drills down and back, switches the period, downloads an XLSX export and reads it back, checks
// the phone layout, logs out, and logs in as the other district's admin, who must see none of the first
// district's units. A screenshot per step in SCREENSHOT_DIR. Last line: "N passed, M failed".
import { chromium } from 'playwright-core';
import { unzipSync, strFromU8 } from 'fflate';
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [gatewayArg, shotsArg] = process.argv.slice(2);
if (!gatewayArg || !shotsArg) {
  console.error('usage: node e2e/dashboard.e2e.mjs GATEWAY_URL SCREENSHOT_DIR');
  process.exit(2);
}
const GATEWAY = gatewayArg.replace(/\/$/, '');
const SHOTS = shotsArg;
mkdirSync(SHOTS, { recursive: true });
const PASSWORD = process.env.E2E_PASSWORD ?? 'demo';
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const LAPTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };

const results = [];
let shot = 0;

async function step(name, fn) {
  const started = Date.now();
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`PASS ${name} (${Date.now() - started} ms)`);
  } catch (e) {
    results.push({ name, ok: false });
    console.log(`FAIL ${name}: ${e?.stack ?? e}`);
  }
}

function check(condition, message) {
  if (!condition) throw new Error(message);
}

function equal(actual, expected, what) {
  if (actual !== expected) throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

async function screenshot(page, name, fullPage = true) {
  const file = join(SHOTS, `${String(++shot).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}

// ------------------------------------------------------------------------------------- the API's view

async function apiToken(username) {
  const res = await fetch(`${GATEWAY}/auth/realms/party/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'party-web', username, password: PASSWORD }),
  });
  check(res.ok, `token for ${username}: ${res.status}`);
  return (await res.json()).access_token;
}

async function post(tok, path, body) {
  const res = await fetch(`${GATEWAY}/api/reporting/v1${path}`, {
    method: 'POST', body: JSON.stringify(body),
    headers: { Authorization: `Bearer ${tok}`, Accept: 'application/json', 'Content-Type': 'application/json' },
  });
  check(res.status === 201, `POST ${path}: ${res.status}`);
  return res.json();
}

async function api(tok, path) {
  const res = await fetch(`${GATEWAY}/api/reporting/v1${path}`, { headers: { Authorization: `Bearer ${tok}`, Accept: 'application/json' } });
  check(res.ok, `GET ${path}: ${res.status}`);
  return res.json();
}

const NUMBER = new Intl.NumberFormat('vi-VN');
const num = (n) => NUMBER.format(n);
const PERCENT = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const pct = (n) => (n === null || n === undefined ? '–' : `${PERCENT.format(n)}%`);
const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);   // Vietnam's day
const thisYear = today.slice(0, 4);
const quarter = Math.floor((+today.slice(5, 7) - 1) / 3) + 1;
const ROMAN = ['I', 'II', 'III', 'IV'];

// ------------------------------------------------------------------------------------------- browser

async function browser(name) {
  const profile = mkdtempSync(join(tmpdir(), `dashboard-e2e-${name}-`));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: LAPTOP, acceptDownloads: true, locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  const page = context.pages()[0] ?? await context.newPage();
  page.setDefaultTimeout(30_000);
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  return { context, page, problems, close: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); } };
}

async function loginThroughKeycloak(page, username) {
  await page.goto(`${GATEWAY}/`);
  await page.waitForSelector('#kc-login', { timeout: 30_000 });
  check(page.url().includes('/auth/realms/party/protocol/openid-connect/auth'), `not Keycloak's login page: ${page.url()}`);
  check(page.url().includes('code_challenge_method=S256'), 'the login request carries no PKCE challenge');
  await screenshot(page, `${username}-keycloak-login`);
  await page.fill('#username', username);
  await page.fill('#password', PASSWORD);
  await page.click('#kc-login');
  await page.waitForSelector('#don-vi', { timeout: 30_000 });
}

async function headingIs(page, text) {
  await page.waitForFunction((t) => document.querySelector('#don-vi')?.textContent === t
    && document.querySelector('main')?.getAttribute('aria-busy') === 'false', text, { timeout: 20_000 });
}

const text = (page, sel) => page.locator(sel).first().innerText();

// --------------------------------------------------------------------------------------------- xlsx

/** The first sheet of a workbook as rows of cell values (shared and inline strings, numbers). */
function readSheet(bytes) {
  const files = unzipSync(new Uint8Array(bytes));
  const xml = (name) => (files[name] ? strFromU8(files[name]) : '');
  const decode = (s) => s.replace(/&#x([0-9a-fA-F]+);/g, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(+d))
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  const shared = [...xml('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)]
    .map((m) => decode([...m[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join('')));
  const sheetName = Object.keys(files).find((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
  check(sheetName, `no worksheet in the workbook (${Object.keys(files).join(', ')})`);
  const rows = [];
  for (const r of xml(sheetName).matchAll(/<row[^>]*>([\s\S]*?)<\/row>/g)) {
    const row = [];
    for (const c of r[1].matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = c[1], body = c[2] ?? '';
      const ref = /r="([A-Z]+)\d+"/.exec(attrs)?.[1];
      const col = ref ? [...ref].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1 : row.length;
      const type = /t="([^"]+)"/.exec(attrs)?.[1];
      const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      let value = null;
      if (type === 's') value = shared[+v];
      else if (type === 'inlineStr') value = decode([...body.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join(''));
      else if (type === 'str' || type === 'b') value = v === undefined ? null : decode(v);
      else if (v !== undefined) value = Number(v);
      row[col] = value;
    }
    rows.push(row);
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------- run

const LABELS = ['Tổng quan', 'Đảng viên', 'Kết nạp', 'Kỷ luật', 'Xếp loại', 'Sinh hoạt chi bộ', 'Kỳ báo cáo',
  'Số liệu tính đến', 'Xuất Excel', 'Xuất PDF', 'Dữ liệu đầy đủ đến', 'Các tổ chức đảng trực thuộc',
  'Kiểm tra, giám sát theo loại', 'Kỷ luật theo hình thức và cấp quyết định', 'Cán bộ, quy hoạch, đào tạo, bổ nhiệm',
  'Báo cáo đã nộp so với số liệu hiện tại'];

async function main() {
  const tokA = await apiToken('district-a-admin');
  const tokB = await apiToken('district-b-admin');
  const homeA = JSON.parse(Buffer.from(tokA.split('.')[1], 'base64url').toString()).org_unit;
  const homeB = JSON.parse(Buffer.from(tokB.split('.')[1], 'base64url').toString()).org_unit;
  const yearA = await api(tokA, `/units/${homeA}/summary?period=${thisYear}`);
  // every unit of district A's subtree, as far as its report shows them (the unit and the units below)
  const unitsA = new Map([[yearA.unitCode, yearA.unitName]]);
  for (const s of ['members', 'organisations', 'admissions', 'transfers', 'exits', 'meetings', 'dues', 'grading']) {
    yearA[s]?.children.forEach((c) => unitsA.set(c.unitCode, c.unitName));
  }

  await step('the page is served with a same-origin Content-Security-Policy; index.html uncached, hashed assets cached', async () => {
    const res = await fetch(`${GATEWAY}/`);
    equal(res.status, 200, 'status of /');
    check((res.headers.get('content-type') ?? '').startsWith('text/html'), `content type ${res.headers.get('content-type')}`);
    const csp = res.headers.get('content-security-policy') ?? '';
    check(/default-src 'self'/.test(csp) && /script-src 'self'/.test(csp) && /frame-ancestors 'none'/.test(csp), `CSP "${csp}"`);
    check(!/unsafe-inline|unsafe-eval|\*|https?:/.test(csp), `CSP allows more than the same origin: "${csp}"`);
    equal(res.headers.get('x-content-type-options'), 'nosniff', 'X-Content-Type-Options');
    equal(res.headers.get('cache-control'), 'no-cache', 'Cache-Control of index.html');
    const html = await res.text();
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    check(asset, 'no hashed script in index.html');
    const js = await fetch(`${GATEWAY}${asset}`);
    equal(js.status, 200, 'status of the script');
    check((js.headers.get('content-type') ?? '').startsWith('text/javascript'), `script type ${js.headers.get('content-type')}`);
    check(/max-age=31536000/.test(js.headers.get('cache-control') ?? ''), `script cache ${js.headers.get('cache-control')}`);
    const deep = await fetch(`${GATEWAY}/some/deep/link`);
    equal(deep.status, 200, 'a deep link gets the page');
    const unknownApi = await fetch(`${GATEWAY}/api/nowhere/v1/x`);
    equal(unknownApi.status, 404, 'an unknown API path');
    check((unknownApi.headers.get('content-type') ?? '').includes('json'), 'an unknown API path answers a JSON problem');
  });

  const a = await browser('a');
  const { page } = a;
  try {
    await step('district-a-admin logs in through the real Keycloak login form (code flow with PKCE)', async () => {
      await loginThroughKeycloak(page, 'district-a-admin');
      await headingIs(page, yearA.unitName);
      await screenshot(page, 'district-a-summary');
    });

    await step(`the page shows ${homeA}'s figures with Vietnamese labels`, async () => {
      equal(await text(page, '#don-vi'), yearA.unitName, 'unit heading');
      const body = await page.locator('body').innerText();
      for (const l of LABELS) check(body.includes(l), `label "${l}" missing`);
      equal(await text(page, '#ky-bao-cao'), `Năm ${thisYear} (01/01/${thisYear} – 31/12/${thisYear})`, 'period shown');
      equal(await text(page, '#tile-dang-vien .tile-value'), num(yearA.members.figures.total), 'members total');
      equal(await text(page, '#tile-dang-vien .tile-detail'),
        `Chính thức ${num(yearA.members.figures.full)} · Dự bị ${num(yearA.members.figures.probationary)}`, 'full/probationary');
      equal(await text(page, '#tile-tccs .tile-value'), num(yearA.organisations.figures.baseOrganisations), 'base organisations');
      equal(await text(page, '#tile-chi-bo .tile-value'), num(yearA.organisations.figures.cells), 'cells');
      equal(await text(page, '#tile-ket-nap .tile-value'), num(yearA.admissions.figures.admitted), 'admissions');
      equal(await text(page, '#tile-ra-khoi .tile-value'), num(yearA.exits.figures.total), 'exits');
      equal(await page.locator('html').getAttribute('lang'), 'vi', 'page language');
    });

    await step('the freshness (completeUpTo) and the as-of day are shown', async () => {
      const fresh = await text(page, '#do-moi');
      check(yearA.completeUpTo ? /^\d{2}:\d{2} ngày \d{2}\/\d{2}\/\d{4}$/.test(fresh) : fresh.length > 0, `freshness "${fresh}"`);
      const [y, m, d] = yearA.asOf.split('-');
      equal(await text(page, '#ngay-so-lieu'), `${d}/${m}/${y}`, 'as-of day');
    });

    await step('the freshness line names the oldest topic\'s time, with a row per topic', async () => {
      const topics = Object.entries(yearA.freshness ?? {});
      check(topics.length >= 3, `the summary's freshness has ${topics.length} topics`);
      const timed = topics.filter(([, w]) => w.completeUpTo)
        .sort(([, x], [, y]) => Date.parse(x.completeUpTo) - Date.parse(y.completeUpTo));
      const line = page.locator('#so-lieu-day-du');
      const shown = (await line.innerText()).trim();
      if (timed.length) {
        check(/^Số liệu đầy đủ đến \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/.test(shown), `freshness line "${shown}"`);
        equal(await line.getAttribute('data-topic'), timed[0][0], 'oldest topic');
        equal(Date.parse(await line.getAttribute('data-complete-up-to')), Date.parse(timed[0][1].completeUpTo), 'oldest time');
      } else {
        equal(shown, 'Chưa ghi nhận sự kiện nào', 'freshness line without events');
      }
      equal((await line.getAttribute('title')).split('\n').length, topics.length, 'tooltip lines');
      await page.locator('#do-moi-theo-nguon > summary').click();
      const rows = page.locator('#do-moi-theo-nguon tbody tr');
      equal(await rows.count(), topics.length, 'freshness rows');
      for (let i = 0; i < topics.length; i++) {
        equal((await rows.nth(i).locator('td').nth(1).innerText()).trim(), num(topics[i][1].eventsProjected),
          `events of ${topics[i][0]}`);
      }
      await page.locator('#do-moi-theo-nguon > summary').click();
    });

    await step('every chart is drawn and has a table view', async () => {
      const cards = page.locator('.card:has(button.toggle)');
      const n = await cards.count();
      check(n >= 8, `only ${n} charts`);
      for (let i = 0; i < n; i++) {
        const cardEl = cards.nth(i);
        const canvas = cardEl.locator('.chart canvas');
        check(await canvas.count() > 0, `chart ${i} has no canvas`);
        const box = await canvas.first().boundingBox();
        check(box && box.width > 100 && box.height > 100, `chart ${i} is not drawn (${JSON.stringify(box)})`);
        await cardEl.locator('button.toggle').click();
        check(await cardEl.locator('.table-view table').first().isVisible(), `chart ${i}: no table after the toggle`);
        check(!(await cardEl.locator('.chart').isVisible()), `chart ${i}: the chart is still shown`);
      }
      await screenshot(page, 'district-a-tables');
      for (let i = 0; i < n; i++) await cards.nth(i).locator('button.toggle').click();
      const members = page.locator('#the-dang-vien');
      await members.locator('button.toggle').click();
      const rowsText = await members.locator('tbody').innerText();
      for (const c of yearA.members.children) check(rowsText.includes(c.unitName), `members table lacks ${c.unitName}`);
      await members.locator('button.toggle').click();
    });

    await step('the inspection, discipline and cadre sections show the API\'s figures', async () => {
      const ins = yearA.inspections.figures;
      const dis = yearA.discipline.figures;
      const kt = await text(page, '#kiem-tra-tom-tat');
      check(kt.includes(`Kiểm tra ${num(ins.inspections.cases)} cuộc (theo kế hoạch ${num(ins.inspections.planned)}, đột xuất ${num(ins.inspections.surprise)})`),
        `inspections "${kt}"`);
      check(kt.includes(`giám sát ${num(ins.supervisions.cases)} cuộc`), `supervisions "${kt}"`);
      const kl = await text(page, '#ky-luat-tom-tat');
      check(kl.includes(`${num(dis.total)} quyết định kỷ luật (${num(dis.members)} đảng viên, ${num(dis.organisations)} tổ chức đảng)`),
        `discipline "${kl}"`);
      // the discipline table: each form with its count
      const discipline = page.locator('#the-ky-luat');
      await discipline.locator('button.toggle').click();
      const byForm = await discipline.locator('table').first().innerText();
      const FORMS = { REPRIMAND: 'Khiển trách', WARNING: 'Cảnh cáo', REMOVAL_FROM_POST: 'Cách chức', EXPULSION: 'Khai trừ' };
      for (const [code, name] of Object.entries(FORMS)) {
        const row = byForm.split('\n').find((l) => l.startsWith(name));
        check(row && row.split('\t')[1]?.trim() === num(dis.byForm[code] ?? 0), `discipline row ${name}: "${row}"`);
      }
      await discipline.locator('button.toggle').click();
      if (yearA.cadres) {
        const cb = await text(page, '#can-bo-tom-tat');
        check(cb.includes(`${num(yearA.cadres.figures.posts)} chức danh do ${num(yearA.cadres.figures.holders.cadres)} cán bộ đảm nhiệm`),
          `cadres "${cb}"`);
        check(cb.includes(`Quy hoạch trong kỳ: bổ sung ${num(yearA.planning.figures.added)}`), `planning "${cb}"`);
        check(cb.includes(`Đào tạo: cử đi ${num(yearA.training.figures.enrolled)}`), `training "${cb}"`);
        // the cadre profiles (hồ sơ cán bộ) by sex, age band and ethnicity, with their table view
        const pr = yearA.cadres.figures.profiles;
        check(pr, 'the summary has no cadre profiles');
        const note = await text(page, '#ho-so-can-bo-tom-tat');
        check(note.includes(`${num(pr.cadres)} hồ sơ cán bộ; nữ ${num(pr.women)} (${pct(pr.womenPercent)}), `
          + `dưới 40 tuổi ${num(pr.under40)} (${pct(pr.under40Percent)}), dân tộc thiểu số ${num(pr.ethnicMinority)}`), `profiles "${note}"`);
        equal(await page.locator('#ho-so-can-bo-tom-tat').getAttribute('data-cadres'), String(pr.cadres), 'profiles counted');
        const profiles = page.locator('#the-ho-so-can-bo');
        await profiles.locator('button.toggle').click();
        const groups = (await profiles.locator('table').first().innerText()).split('\n');
        for (const [name, n] of [['Nữ', pr.women], ['Nam', pr.cadres - pr.women], ['Dưới 40 tuổi', pr.under40],
          ['Dân tộc thiểu số', pr.ethnicMinority]]) {
          const row = groups.find((l) => l.startsWith(`${name}\t`));
          check(row && row.split('\t')[2]?.trim() === num(n), `profiles row ${name}: "${row}"`);
        }
        const byUnit = await profiles.locator('table').nth(1).innerText();
        for (const c of yearA.cadres.children) check(byUnit.includes(c.unitName), `profiles table lacks ${c.unitName}`);
        await profiles.locator('button.toggle').click();
      }
      await screenshot(page, 'district-a-inspection-cadre');
    });

    await step('a filed report opens beside the current figures, with the lines that changed', async () => {
      const filed = await post(tokA, `/units/${homeA}/filed-reports`, { period: thisYear, note: 'Kiểm thử giao diện' });
      const diff = await api(tokA, `/units/${homeA}/filed-reports/${filed.id}/differences`);
      await page.reload();
      await headingIs(page, yearA.unitName);
      await page.waitForSelector('#mo-bao-cao-da-nop', { timeout: 20_000 });
      await page.selectOption('#bao-cao-da-nop-chon', filed.id);
      await page.click('#mo-bao-cao-da-nop');
      await page.waitForSelector('#bao-cao-da-nop-ai', { timeout: 20_000 });
      const who = await text(page, '#bao-cao-da-nop-ai');
      check(who.includes(`Nộp bởi ${filed.filedBy}`) && who.includes(`kỳ ${thisYear}`), `filed by "${who}"`);
      const side = await page.locator('#so-sanh table').first().innerText();
      const members = side.split('\n').find((l) => l.startsWith('Đảng viên\t'));
      check(members && members.split('\t')[1].trim() === num(filed.summary.members.figures.total), `filed members "${members}"`);
      const disc = side.split('\n').find((l) => l.startsWith('Quyết định kỷ luật'));
      check(disc && disc.split('\t')[1].trim() === num(filed.summary.discipline.figures.total), `filed discipline "${disc}"`);
      if (diff.unchanged) {
        check(await page.locator('#khac-biet-khong').count() === 1, 'no "unchanged" note');
      } else {
        equal(await page.locator('#so-sanh table').nth(1).locator('tbody tr').count(), diff.differences.length, 'lines that changed');
      }
      await screenshot(page, 'district-a-filed-report');
    });

    await step('the breakdown lists exactly the units directly below', async () => {
      const shown = await page.locator('#truc-thuoc a.drill').allInnerTexts();
      const expected = [...new Set(['members', 'organisations', 'admissions', 'transfers', 'exits', 'meetings']
        .flatMap((s) => yearA[s]?.children.map((c) => c.unitName) ?? []))];
      equal(shown.slice().sort().join('|'), expected.slice().sort().join('|'), 'child units');
      check(shown.length > 0, 'no child unit to drill into');
    });

    const child = yearA.members.children.slice().sort((x, y) => y.figures.total - x.figures.total)[0];
    await step(`clicking a base organisation (${child.unitCode}) drills down, the breadcrumb leads back`, async () => {
      const childYear = await api(tokA, `/units/${child.unitCode}/summary?period=${thisYear}`);
      await page.click(`#truc-thuoc a.drill[data-unit="${child.unitCode}"]`);
      await headingIs(page, child.unitName);
      equal(await text(page, '#tile-dang-vien .tile-value'), num(childYear.members.figures.total), 'child members total');
      equal(await text(page, '#tile-ket-nap .tile-value'), num(childYear.admissions.figures.admitted), 'child admissions');
      const crumbs = await page.locator('.breadcrumb li').allInnerTexts();
      equal(crumbs.join(' › '), `${yearA.unitName} › ${child.unitName}`, 'breadcrumb');
      check(page.url().includes(`#/${homeA}/${child.unitCode}`), `route ${page.url()}`);
      await screenshot(page, 'district-a-drilled-down');
      await page.click(`.breadcrumb a`);
      await headingIs(page, yearA.unitName);
    });

    const qCode = `${thisYear}-Q${quarter}`;
    await step(`switching the period to quarter ${qCode} shows that quarter's figures`, async () => {
      const q = await api(tokA, `/units/${homeA}/summary?period=${qCode}`);
      await page.selectOption('#ky-loai', 'quarter');
      await page.selectOption('#ky-quy', String(quarter));
      await page.selectOption('#ky-nam', thisYear);
      await page.click('button[type=submit]');
      await page.waitForFunction((c) => location.hash.includes(`ky=${c}`), qCode);
      await headingIs(page, yearA.unitName);
      await page.waitForFunction((t) => document.querySelector('#ky-bao-cao')?.textContent?.startsWith(t), `Quý ${ROMAN[quarter - 1]}/${thisYear}`);
      equal(await text(page, '#tile-ket-nap .tile-value'), num(q.admissions.figures.admitted), 'admissions in the quarter');
      equal(await text(page, '#tile-chuyen .tile-value'), `+${num(q.transfers.figures.in)} / −${num(q.transfers.figures.out)}`, 'transfers in the quarter');
      equal(await text(page, '#tile-dang-vien .tile-value'), num(q.members.figures.total), 'members as of the quarter');
      await screenshot(page, 'district-a-quarter');
    });

    await step('switching to a month and an as-of day shows the stock on that day', async () => {
      const month = `${thisYear}-01`;
      const asOf = `${thisYear}-01-15`;
      const mo = await api(tokA, `/units/${homeA}/summary?period=${month}&asOf=${asOf}`);
      await page.selectOption('#ky-loai', 'month');
      await page.selectOption('#ky-thang', '1');
      await page.fill('#tinh-den', asOf);
      await page.click('button[type=submit]');
      await page.waitForFunction((c) => location.hash.includes(`ky=${c}`) && location.hash.includes('ngay='), month);
      await headingIs(page, yearA.unitName);
      await page.waitForFunction(() => document.querySelector('#ky-bao-cao')?.textContent?.startsWith('Tháng 1/'));
      equal(await text(page, '#ngay-so-lieu'), `15/01/${thisYear}`, 'as-of day');
      equal(await text(page, '#tile-dang-vien .tile-value'), mo.members ? num(mo.members.figures.total) : '–', 'members on the day');
      await screenshot(page, 'district-a-month');
      // back to the quarter, no as-of day
      await page.selectOption('#ky-loai', 'quarter');
      await page.selectOption('#ky-quy', String(quarter));
      await page.fill('#tinh-den', '');
      await page.click('button[type=submit]');
      await page.waitForFunction((c) => location.hash.includes(`ky=${c}`) && !location.hash.includes('ngay='), qCode);
      await headingIs(page, yearA.unitName);
    });

    const lastYear = String(+thisYear - 1);
    await step(`choosing the grading year ${lastYear} shows that year's grading`, async () => {
      const gy = await api(tokA, `/units/${homeA}/summary?period=${qCode}&gradingYear=${lastYear}`);
      await page.selectOption('#nam-xep-loai', lastYear);
      await page.waitForFunction((y) => location.hash.includes(`xl=${y}`), lastYear);
      await headingIs(page, yearA.unitName);
      equal(await text(page, '#the-xep-loai-title'), `Xếp loại chất lượng năm ${lastYear}`, 'grading title');
      const note = await text(page, '#the-xep-loai .note');
      check(note.includes(`${num(gy.grading.figures.membersGraded)} đảng viên, ${num(gy.grading.figures.organisationsGraded)} tổ chức đảng`),
        `grading note "${note}"`);
      check(note.includes(gy.grading.figures.regulation), `regulation missing from "${note}"`);
      check((await text(page, '#the-bao-cao-da-nop')).includes('Báo cáo đã nộp'), 'filed reports card');
      await screenshot(page, 'district-a-grading-year');
    });

    await step('the XLSX export of the members section downloads with the token and reads back', async () => {
      const q = await api(tokA, `/units/${homeA}/summary?period=${qCode}`);
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 30_000 }),
        page.click('#the-dang-vien button[data-export="members.xlsx"]'),
      ]);
      const file = join(SHOTS, download.suggestedFilename());
      await download.saveAs(file);
      equal(download.suggestedFilename(), `${homeA}-members.xlsx`, 'file name');
      const rows = readSheet(readFileSync(file));
      const header = rows[0];
      const col = (name) => header.indexOf(name);
      check(col('unitCode') >= 0 && col('total') >= 0 && col('full') >= 0, `header ${JSON.stringify(header)}`);
      const own = rows.find((r) => r[col('unitCode')] === homeA);
      check(own, `no row for ${homeA}`);
      equal(own[col('unitName')], yearA.unitName, 'unit name in the workbook');
      equal(own[col('total')], q.members.figures.total, 'total in the workbook');
      equal(own[col('date')], q.asOf, 'day in the workbook');
      for (const c of q.members.children) {
        const r = rows.find((row) => row[col('unitCode')] === c.unitCode);
        check(r && r[col('total')] === c.figures.total, `workbook row of ${c.unitCode}`);
      }
      await screenshot(page, 'district-a-after-export');
    });

    await step('the CSV export of the summary downloads', async () => {
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 30_000 }),
        page.click('.status button[data-export="summary.csv"]'),
      ]);
      const file = join(SHOTS, download.suggestedFilename());
      await download.saveAs(file);
      const csv = readFileSync(file, 'utf8');
      check(csv.includes(yearA.unitName), 'the CSV lacks the unit name (UTF-8 Vietnamese)');
      check(csv.split('\n')[0].includes('section'), 'the CSV has no header');
    });

    await step('the page fits a phone screen (no horizontal scrolling)', async () => {
      await page.setViewportSize(PHONE);
      await page.waitForTimeout(400);
      const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
      check(scroll <= width + 1, `page is ${scroll}px wide on a ${width}px screen`);
      const canvas = await page.locator('#the-dang-vien .chart canvas').first().boundingBox();
      check(canvas && canvas.width <= width, 'the chart is wider than the screen');
      await screenshot(page, 'district-a-phone');
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, 'district-a-phone-top', false);
      await page.locator('#the-dang-vien').scrollIntoViewIfNeeded();
      await screenshot(page, 'district-a-phone-chart', false);
      await page.locator('#truc-thuoc').scrollIntoViewIfNeeded();
      await screenshot(page, 'district-a-phone-breakdown', false);
      await page.setViewportSize(LAPTOP);
    });

    await step('no script error and no Content-Security-Policy violation in the page', async () => {
      check(a.problems.length === 0, a.problems.join('\n'));
    });

    await step('logging out leads back to the Keycloak login form', async () => {
      await page.click('.topbar button');
      await page.waitForSelector('#kc-login', { timeout: 30_000 });
      await screenshot(page, 'district-a-logged-out');
    });
  } finally {
    await a.close();
  }

  const b = await browser('b');
  try {
    const yearB = await api(tokB, `/units/${homeB}/summary?period=${thisYear}`);
    await step('district-b-admin logs in and sees their own district', async () => {
      await loginThroughKeycloak(b.page, 'district-b-admin');
      await headingIs(b.page, yearB.unitName);
      equal(await text(b.page, '#tile-dang-vien .tile-value'), num(yearB.members.figures.total), 'members total');
      await screenshot(b.page, 'district-b-summary');
    });

    await step(`district-b-admin finds none of ${homeA}'s units`, async () => {
      const body = await b.page.locator('body').innerText();
      for (const [code, name] of unitsA) {
        check(!body.includes(name), `district B's page shows ${code} (${name})`);
      }
      const links = await b.page.locator('a.drill').evaluateAll((els) => els.map((e) => e.getAttribute('data-unit')));
      for (const code of links) check(!unitsA.has(code), `district B may drill into ${code}`);
    });

    await step(`district-b-admin opening ${homeA} by its address is refused`, async () => {
      await b.page.goto(`${GATEWAY}/#/${homeA}?ky=${thisYear}`);
      await b.page.waitForSelector('main .error', { timeout: 20_000 });
      const body = await b.page.locator('body').innerText();
      check(body.includes('Không tìm thấy đơn vị này'), 'no refusal shown');
      for (const [code, name] of unitsA) check(!body.includes(name), `the refusal shows ${code} (${name})`);
      await screenshot(b.page, 'district-b-refused');
    });

    await step('no script error in the second session', async () => {
      const real = b.problems.filter((p) => !/status of 404/.test(p));
      check(real.length === 0, real.join('\n'));
    });
  } finally {
    await b.close();
  }
}

try {
  await main();
} catch (e) {
  results.push({ name: 'setup', ok: false });
  console.log(`FAIL setup: ${e?.stack ?? e}`);
}
const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log(`screenshots: ${SHOTS}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
