import './style.css';
import * as api from './api';
import { login, logout, token, type User } from './auth';
import { bars, disposeAll, draw, ring, type Option } from './charts';
import { h, table, type Kid } from './dom';
import { freshnessView, profileGroups } from './freshness';
import {
  BODY_LEVELS, CASE_KINDS, DISCIPLINE_FORMS, dong, EXIT_KINDS, gradeLabel, label, num, ORGANISATION_TYPES, OUTCOMES, pct, TARGET_SETTERS,
  SECTION_NAMES, viDateTime,
} from './labels';
import {
  attendancePeriods, buildCode, KIND_LABELS, parsePeriod, periodLabel, shortLabel, stockDays, termOf, viDate,
  vietnamToday, type Period, type PeriodKind,
} from './period';

// ------------------------------------------------------------------------------------------------ route
// #/<unit>/<child>/<grandchild>?ky=<period code>&ngay=<as-of day>: the drill-down trail from the user's unit.

interface Route { trail: string[]; period: Period; asOf: string; gradingYear?: number }

const app = document.getElementById('app')!;
let user: User;
let today = vietnamToday();

function defaultPeriod(): Period {
  return parsePeriod(today.slice(0, 4))!;
}

function readRoute(): Route {
  const [path, q = ''] = location.hash.replace(/^#\/?/, '').split('?');
  const params = new URLSearchParams(q);
  const trail = path.split('/').filter(Boolean).map(decodeURIComponent);
  const period = parsePeriod(params.get('ky') ?? '') ?? defaultPeriod();
  const asOf = /^\d{4}-\d{2}-\d{2}$/.test(params.get('ngay') ?? '') ? params.get('ngay')! : '';
  const gy = /^\d{4}$/.test(params.get('xl') ?? '') ? +params.get('xl')! : undefined;
  return { trail: trail.length ? trail : [user.orgUnit!], period, asOf, gradingYear: gy };
}

function routeHash(r: Route): string {
  const q = new URLSearchParams({ ky: r.period.code });
  if (r.asOf) q.set('ngay', r.asOf);
  if (r.gradingYear) q.set('xl', String(r.gradingYear));
  return `#/${r.trail.map(encodeURIComponent).join('/')}?${q}`;
}

function go(r: Route): void {
  const hash = routeHash(r);
  if (location.hash === hash) void show();
  else location.hash = hash;
}

// Unit names seen so far (for the breadcrumb after a reload).
const NAMES_KEY = 'party-dashboard.names';
const names: Record<string, string> = JSON.parse(sessionStorage.getItem(NAMES_KEY) ?? '{}');
function remember(code: string, name: string | undefined): void {
  if (name && names[code] !== name) {
    names[code] = name;
    sessionStorage.setItem(NAMES_KEY, JSON.stringify(names));
  }
}
const nameOf = (code: string) => names[code] ?? code;

// ------------------------------------------------------------------------------------------------ start

async function start(): Promise<void> {
  try {
    user = await login();
  } catch {
    app.replaceChildren(h('p', { class: 'error' }, 'Không đăng nhập được. Vui lòng tải lại trang.'));
    return;
  }
  if (!user.orgUnit) {
    app.replaceChildren(shell(h('div', { class: 'error', role: 'alert' },
      'Tài khoản của bạn chưa được gắn với tổ chức đảng nào (thuộc tính org_unit), nên không xem được số liệu.')));
    return;
  }
  window.addEventListener('hashchange', () => void show());
  void show();
}

// ------------------------------------------------------------------------------------------------ page

let generation = 0;

async function show(): Promise<void> {
  const mine = ++generation;
  today = vietnamToday();
  const route = readRoute();
  const code = route.trail[route.trail.length - 1];
  const main = h('main', { id: 'noi-dung', class: 'content', 'aria-busy': 'true' },
    h('p', { class: 'loading' }, 'Đang tải số liệu…'));
  disposeAll();
  app.replaceChildren(shell(controls(route), breadcrumb(route), main));
  try {
    const summary = await api.summary(token, code, route.period.code, route.asOf || undefined, route.gradingYear);
    if (mine !== generation) return;
    remember(summary.unitCode, summary.unitName);
    for (const s of [summary.members, summary.organisations, summary.admissions]) {
      s?.children.forEach((c) => remember(c.unitCode, c.unitName));
    }
    // the charts over time: stock on several days, attendance by sub-period (a few small calls)
    const days = stockDays(route.period, today);
    const subPeriods = attendancePeriods(route.period, today);
    const tasks: (() => Promise<unknown>)[] = [
      ...days.map((d) => () => api.members(token, code, d).catch(() => null)),
      ...subPeriods.map((p) => () => api.meetings(token, code, p.code).catch(() => null)),
    ];
    const results = await api.limited(tasks, 4);
    if (mine !== generation) return;
    const stock = days.map((d, i) => ({ day: d, section: results[i] as api.Section<api.MemberFigures> | null }));
    const attendance = subPeriods.map((p, i) => ({ period: p, section: results[days.length + i] as api.Section<api.Meetings> | null }));
    app.replaceChildren(shell(controls(route), breadcrumb(route), report(route, summary, stock, attendance)));
    drawPending();
  } catch (e) {
    if (mine !== generation) return;
    main.setAttribute('aria-busy', 'false');
    main.replaceChildren(h('div', { class: 'error', role: 'alert' }, problemText(e)));
  }
}

function problemText(e: unknown): string {
  if (e instanceof api.ApiError) {
    if (e.status === 404) return 'Không tìm thấy đơn vị này trong phạm vi bạn được xem, hoặc đơn vị chưa tồn tại vào ngày đã chọn.';
    if (e.status === 403) return 'Bạn không có quyền xem số liệu này.';
    if (e.status === 400) return `Tham số không hợp lệ: ${e.detail}`;
    return `Máy chủ báo lỗi (${e.status}): ${e.detail}`;
  }
  return 'Không kết nối được máy chủ báo cáo. Vui lòng thử lại sau.';
}

function shell(...content: Kid[]): HTMLElement {
  return h('div', { class: 'shell' },
    h('header', { class: 'topbar' },
      h('div', { class: 'brand' },
        h('span', { class: 'logo', 'aria-hidden': 'true' }, '★'),
        h('div', {}, h('h1', {}, 'Bảng số liệu tổng hợp'), h('p', { class: 'tagline' }, 'Công tác xây dựng Đảng – báo cáo định kỳ'))),
      h('div', { class: 'user' },
        h('span', { class: 'user-name' }, user?.name || user?.username || ''),
        user?.orgUnit ? h('span', { class: 'user-unit' }, nameOf(user.orgUnit)) : null,
        h('button', { type: 'button', class: 'ghost', onclick: () => { sessionStorage.removeItem(NAMES_KEY); void logout(); } }, 'Đăng xuất'))),
    content);
}

// ------------------------------------------------------------------------------------------- controls

function controls(route: Route): HTMLElement {
  const p = route.period;
  const year = +p.to.slice(0, 4);
  const thisYear = +today.slice(0, 4);
  const years: number[] = [];
  for (let y = thisYear; y >= 2000; y--) years.push(y);
  const terms: string[] = [];
  for (let first = +termOf(thisYear).slice(0, 4); first >= 2000; first -= 5) terms.push(`${first}-${first + 5}`);

  const kind = h('select', { id: 'ky-loai', name: 'loai', 'aria-label': 'Loại kỳ báo cáo' },
    (Object.keys(KIND_LABELS) as PeriodKind[]).map((k) => h('option', { value: k, selected: k === p.kind }, KIND_LABELS[k])));
  const yearSel = h('select', { id: 'ky-nam', name: 'nam', 'aria-label': 'Năm' },
    years.map((y) => h('option', { value: y, selected: y === year }, `Năm ${y}`)));
  const month = h('select', { id: 'ky-thang', name: 'thang', 'aria-label': 'Tháng' },
    Array.from({ length: 12 }, (_, i) => h('option', { value: i + 1, selected: p.kind === 'month' && +p.from.slice(5, 7) === i + 1 }, `Tháng ${i + 1}`)));
  const quarter = h('select', { id: 'ky-quy', name: 'quy', 'aria-label': 'Quý' },
    ['I', 'II', 'III', 'IV'].map((r, i) => h('option', { value: i + 1, selected: p.kind === 'quarter' && (+p.from.slice(5, 7) - 1) / 3 === i }, `Quý ${r}`)));
  const half = h('select', { id: 'ky-6thang', name: 'nuanam', 'aria-label': 'Nửa năm' },
    h('option', { value: 1, selected: p.kind === 'half' && p.from.slice(5, 7) === '01' }, '6 tháng đầu năm'),
    h('option', { value: 2, selected: p.kind === 'half' && p.from.slice(5, 7) === '07' }, '6 tháng cuối năm'));
  const term = h('select', { id: 'ky-nhiemky', name: 'nhiemky', 'aria-label': 'Nhiệm kỳ' },
    terms.map((t) => h('option', { value: t, selected: p.kind === 'term' && p.code === t }, `Nhiệm kỳ ${t.replace('-', '–')}`)));
  const from = h('input', { id: 'ky-tu', type: 'date', name: 'tu', 'aria-label': 'Từ ngày', value: p.from });
  const to = h('input', { id: 'ky-den', type: 'date', name: 'den', 'aria-label': 'Đến ngày', value: p.to });
  const asOf = h('input', { id: 'tinh-den', type: 'date', name: 'ngay', value: route.asOf, 'aria-describedby': 'tinh-den-goi-y' });

  const parts: Record<PeriodKind, HTMLElement[]> = {
    month: [month, yearSel], quarter: [quarter, yearSel], half: [half, yearSel], nine: [yearSel], year: [yearSel],
    term: [term], range: [from, to],
  };
  const detail = h('span', { class: 'period-detail' });
  const layout = () => detail.replaceChildren(...parts[kind.value as PeriodKind]);
  kind.addEventListener('change', layout);
  layout();

  const submit = (e: Event) => {
    e.preventDefault();
    const k = kind.value as PeriodKind;
    const part = k === 'month' ? +month.value : k === 'quarter' ? +quarter.value : +half.value;
    const code = buildCode(k, +yearSel.value, part, term.value, from.value, to.value);
    const period = parsePeriod(code);
    if (!period) {
      alert('Kỳ báo cáo không hợp lệ: ngày kết thúc phải sau ngày bắt đầu.');
      return;
    }
    go({ trail: route.trail, period, asOf: asOf.value, gradingYear: route.gradingYear });
  };

  return h('form', { class: 'controls', onsubmit: submit, 'aria-label': 'Chọn kỳ báo cáo' },
    h('div', { class: 'field' }, h('label', { for: 'ky-loai' }, 'Kỳ báo cáo'), h('span', { class: 'inline' }, kind, detail)),
    h('div', { class: 'field' }, h('label', { for: 'tinh-den' }, 'Số liệu tính đến'),
      h('span', { class: 'inline' }, asOf, h('small', { id: 'tinh-den-goi-y', class: 'hint' }, 'Để trống: cuối kỳ (hoặc hôm nay)'))),
    h('div', { class: 'field actions' }, h('button', { type: 'submit', class: 'primary' }, 'Xem số liệu')));
}

function breadcrumb(route: Route): HTMLElement {
  const home = user.orgUnit!;
  const trail = route.trail[0] === home ? route.trail : [home, ...route.trail];
  return h('nav', { class: 'breadcrumb', 'aria-label': 'Đường dẫn đơn vị' },
    h('ol', {}, trail.map((code, i) => {
      const last = i === trail.length - 1;
      return h('li', {}, last
        ? h('span', { 'aria-current': 'page' }, nameOf(code))
        : h('a', { href: routeHash({ ...route, trail: trail.slice(0, i + 1) }) }, nameOf(code)));
    })));
}

// --------------------------------------------------------------------------------------------- report

const pending: { el: HTMLElement; option: Option }[] = [];
function chartBox(option: Option, label: string, tall = false): HTMLElement {
  const el = h('div', { class: tall ? 'chart tall' : 'chart', role: 'img', 'aria-label': label });
  pending.push({ el, option });
  return el;
}
function drawPending(): void {
  for (const { el, option } of pending.splice(0)) draw(el, option);
}

interface CardSpec {
  id: string;
  title: string;
  note?: Kid;
  chart?: HTMLElement | null;
  table: HTMLElement;
  export?: { section: api.SectionName; params: api.ExportParams };
  code: string;
  wide?: boolean;
  tools?: HTMLElement;
}

function card(spec: CardSpec): HTMLElement {
  const body = h('div', { class: 'card-body' });
  const tableBox = h('div', { class: spec.chart ? 'table-view hidden' : 'table-view' }, spec.table);
  if (spec.chart) body.append(spec.chart);
  body.append(tableBox);
  const toggle = spec.chart ? h('button', { type: 'button', class: 'ghost toggle', 'aria-pressed': 'false', 'data-view': 'chart' }, 'Xem bảng') : null;
  toggle?.addEventListener('click', () => {
    const toTable = toggle.getAttribute('data-view') === 'chart';
    tableBox.classList.toggle('hidden', !toTable);
    spec.chart!.classList.toggle('hidden', toTable);
    toggle.setAttribute('data-view', toTable ? 'table' : 'chart');
    toggle.setAttribute('aria-pressed', String(toTable));
    toggle.textContent = toTable ? 'Xem biểu đồ' : 'Xem bảng';
  });
  const exportButtons = spec.export ? exporters(spec.code, spec.export.section, spec.export.params, spec.title) : [];
  return h('section', { class: spec.wide ? 'card wide' : 'card', id: spec.id, 'aria-labelledby': `${spec.id}-title` },
    h('header', { class: 'card-head' },
      h('h3', { id: `${spec.id}-title` }, spec.title),
      h('div', { class: 'card-tools' }, spec.tools, toggle, exportButtons)),
    spec.note ? h('p', { class: 'note' }, spec.note) : null,
    body);
}

function pdfButton(code: string, params: api.ExportParams): HTMLElement {
  const run = async (e: Event) => {
    const button = e.currentTarget as HTMLButtonElement;
    button.disabled = true;
    try {
      await api.download(token, api.pdfUrl(code, params), `${code}-summary.pdf`);
    } catch (err) {
      alert(`Không tải được tệp: ${problemText(err)}`);
    } finally {
      button.disabled = false;
    }
  };
  return h('button', { type: 'button', class: 'export', 'data-export': 'summary.pdf', title: 'Tải báo cáo để in (PDF)', onclick: run }, 'Xuất PDF');
}

/** How far the figures are complete: the oldest of the topics on one line, each topic in a table below. */
function freshnessBlock(s: api.Summary): HTMLElement {
  const f = freshnessView(s.freshness);
  const oldest = f.oldestTopic ? s.freshness![f.oldestTopic].completeUpTo : null;
  return h('div', { class: 'freshness', id: 'do-moi-so-lieu' },
    h('p', { id: 'so-lieu-day-du', title: f.tooltip, 'data-complete-up-to': oldest ?? '', 'data-topic': f.oldestTopic ?? '' }, f.line),
    h('details', { id: 'do-moi-theo-nguon' }, h('summary', {}, 'Chi tiết theo nguồn số liệu'),
      table('Số liệu đầy đủ đến, theo nguồn', ['Nguồn số liệu', 'Đầy đủ đến', 'Số sự kiện đã ghi nhận'], f.rows)));
}

function noData(id: string, title: string, why: string): HTMLElement {
  return h('section', { class: 'card no-data', id, 'aria-labelledby': `${id}-title` },
    h('header', { class: 'card-head' }, h('h3', { id: `${id}-title` }, title)),
    h('div', { class: 'card-body empty' }, h('p', { class: 'empty-title' }, 'Chưa có số liệu'), h('p', { class: 'note' }, why)));
}

function exporters(code: string, section: api.SectionName, params: api.ExportParams, title: string): HTMLElement[] {
  const run = (format: 'xlsx' | 'csv') => async (e: Event) => {
    const button = e.currentTarget as HTMLButtonElement;
    button.disabled = true;
    try {
      await api.download(token, api.exportUrl(code, section, format, params), `${code}-${section}.${format}`);
    } catch (err) {
      alert(`Không tải được tệp: ${problemText(err)}`);
    } finally {
      button.disabled = false;
    }
  };
  return [
    h('button', { type: 'button', class: 'export', 'data-export': `${section}.xlsx`, title: `Tải ${title} (Excel)`, onclick: run('xlsx') }, 'Xuất Excel'),
    h('button', { type: 'button', class: 'export', 'data-export': `${section}.csv`, title: `Tải ${title} (CSV)`, onclick: run('csv') }, 'Xuất CSV'),
  ];
}

function tile(id: string, title: string, value: string, detail?: Kid): HTMLElement {
  return h('div', { class: 'tile', id },
    h('span', { class: 'tile-title' }, title), h('strong', { class: 'tile-value' }, value),
    detail ? h('span', { class: 'tile-detail' }, detail) : null);
}

type Row<F> = { code: string; name: string; figures: F; own: boolean };
function rows<F>(s: api.Section<F>): Row<F>[] {
  return [{ code: s.unitCode, name: s.unitName, figures: s.figures, own: true },
    ...s.children.map((c) => ({ code: c.unitCode, name: c.unitName, figures: c.figures, own: false }))];
}
const totalLabel = (r: Row<unknown>) => (r.own ? `${r.name} (toàn đơn vị)` : r.name);

function report(route: Route, s: api.Summary,
                stock: { day: string; section: api.Section<api.MemberFigures> | null }[],
                attendance: { period: Period; section: api.Section<api.Meetings> | null }[]): HTMLElement {
  const code = s.unitCode;
  const flowParams = { period: s.period };
  const datedParams = { date: s.asOf };
  const m = s.members?.figures;
  const o = s.organisations?.figures;
  const a = s.admissions.figures;
  const t = s.transfers.figures;
  const x = s.exits.figures;
  const mt = s.meetings.figures;
  const d = s.dues.figures;
  const g = s.grading?.figures;

  const heading = h('section', { class: 'status', 'aria-labelledby': 'don-vi' },
    h('h2', { id: 'don-vi' }, s.unitName),
    h('dl', { class: 'facts' },
      h('div', {}, h('dt', {}, 'Kỳ báo cáo'), h('dd', { id: 'ky-bao-cao' }, `${periodLabel(route.period)} (${viDate(s.from)} – ${viDate(s.to)})`)),
      h('div', {}, h('dt', {}, 'Số liệu tính đến'), h('dd', { id: 'ngay-so-lieu' }, viDate(s.asOf))),
      h('div', {}, h('dt', {}, 'Dữ liệu đầy đủ đến'), h('dd', { id: 'do-moi' },
        s.completeUpTo ? viDateTime(s.completeUpTo) : 'chưa ghi nhận sự kiện nào'))),
    freshnessBlock(s),
    h('div', { class: 'card-tools' }, h('span', { class: 'hint' }, 'Toàn bộ báo cáo:'),
      exporters(code, 'summary', { period: s.period, asOf: s.asOf, gradingYear: s.gradingYear }, 'toàn bộ báo cáo'),
      pdfButton(code, { period: s.period, asOf: s.asOf, gradingYear: s.gradingYear })));

  const overview = h('section', { class: 'overview', id: 'tong-quan', 'aria-labelledby': 'tong-quan-title' },
    h('h2', { id: 'tong-quan-title' }, 'Tổng quan'),
    h('div', { class: 'tiles' },
      tile('tile-dang-vien', 'Đảng viên', m ? num(m.total) : '–',
        m ? `Chính thức ${num(m.full)} · Dự bị ${num(m.probationary)}` : 'Đơn vị chưa tồn tại vào ngày này'),
      tile('tile-tccs', 'Tổ chức cơ sở đảng', o ? num(o.baseOrganisations) : '–',
        o ? `Đảng bộ cơ sở ${num(o.baseCommittees)} · Chi bộ cơ sở ${num(o.baseCells)}` : undefined),
      tile('tile-chi-bo', 'Chi bộ', o ? num(o.cells) : '–', o ? `Trực thuộc đảng ủy cơ sở ${num(o.cellsInBaseCommittees)}` : undefined),
      tile('tile-ket-nap', 'Kết nạp đảng viên', num(a.admitted), `Từ đầu nhiệm kỳ ${a.term}: ${num(a.termAdmitted)}`),
      tile('tile-chuyen', 'Chuyển sinh hoạt', `+${num(t.in)} / −${num(t.out)}`, 'Chuyển đến / chuyển đi'),
      tile('tile-ra-khoi', 'Ra khỏi Đảng', num(x.total), 'Xóa tên, cho ra khỏi Đảng, khai trừ, từ trần'),
      tile('tile-sinh-hoat', 'Dự sinh hoạt chi bộ', pct(mt.attendanceRate), `${num(mt.regular)} buổi thường kỳ · ${num(mt.thematic)} chuyên đề`),
      tile('tile-dang-phi', 'Đảng phí đã thu', dong(d.collectedDong), `${num(d.payments)} lượt nộp`)));

  const cards: HTMLElement[] = [];

  // Đảng viên
  if (s.members) {
    const rs = rows(s.members);
    const children = rs.filter((r) => !r.own);
    cards.push(card({
      id: 'the-dang-vien', title: 'Đảng viên chính thức và dự bị', code,
      note: `Ngày ${viDate(s.asOf)}. Đầu nhiệm kỳ ${m!.term.replace('-', '–')} (${viDate(m!.termStart)}): ${num(m!.totalAtTermStart)} đảng viên; tăng/giảm từ đầu nhiệm kỳ: ${signed(m!.changeSinceTermStart)}.`,
      chart: chartBox(children.length
        ? bars(children.map((r) => r.name), [
          { name: 'Chính thức', data: children.map((r) => r.figures.full), stack: 'dv' },
          { name: 'Dự bị', data: children.map((r) => r.figures.probationary), stack: 'dv' }], { horizontal: true })
        : ring([{ name: 'Chính thức', value: m!.full }, { name: 'Dự bị', value: m!.probationary }]),
      'Biểu đồ đảng viên chính thức và dự bị', children.length > 6),
      table: table('Đảng viên theo đơn vị', ['Đơn vị', 'Chính thức', 'Dự bị', 'Tổng số', 'Đầu nhiệm kỳ', 'Tăng/giảm'],
        rs.map((r) => [totalLabel(r), num(r.figures.full), num(r.figures.probationary), num(r.figures.total),
          num(r.figures.totalAtTermStart), signed(r.figures.changeSinceTermStart)])),
      export: { section: 'members', params: datedParams },
    }));
  }

  // Đảng viên theo thời gian
  const points = stock.filter((p) => p.section);
  if (points.length) {
    cards.push(card({
      id: 'the-dang-vien-thoi-gian', title: 'Số đảng viên qua các thời điểm', code,
      chart: chartBox(bars(points.map((p) => viDate(p.day)), [
        { name: 'Tổng số', data: points.map((p) => p.section!.figures.total), type: 'line' },
        { name: 'Chính thức', data: points.map((p) => p.section!.figures.full), type: 'line' },
        { name: 'Dự bị', data: points.map((p) => p.section!.figures.probationary), type: 'line' }]),
      'Biểu đồ số đảng viên qua các thời điểm'),
      table: table('Số đảng viên qua các thời điểm', ['Ngày', 'Chính thức', 'Dự bị', 'Tổng số'],
        points.map((p) => [viDate(p.day), num(p.section!.figures.full), num(p.section!.figures.probationary), num(p.section!.figures.total)])),
    }));
  }

  // Tổ chức đảng
  if (s.organisations) {
    const types = Object.entries(o!.baseOrganisationsByType);
    cards.push(card({
      id: 'the-to-chuc', title: 'Tổ chức cơ sở đảng theo loại hình', code,
      note: `Ngày ${viDate(s.asOf)}: ${num(o!.baseOrganisations)} tổ chức cơ sở đảng (${num(o!.baseCommittees)} đảng bộ cơ sở, ${num(o!.baseCells)} chi bộ cơ sở), ${num(o!.cells)} chi bộ.`,
      chart: chartBox(bars(types.map(([k]) => label(ORGANISATION_TYPES, k)), [{ name: 'Tổ chức cơ sở đảng', data: types.map(([, v]) => v) }], { horizontal: true }),
        'Biểu đồ tổ chức cơ sở đảng theo loại hình', true),
      table: h('div', {},
        table('Theo loại hình', ['Loại hình', 'Số tổ chức cơ sở đảng'], types.map(([k, v]) => [label(ORGANISATION_TYPES, k), num(v)])),
        table('Theo đơn vị', ['Đơn vị', 'TCCS đảng', 'Đảng bộ cơ sở', 'Chi bộ cơ sở', 'Chi bộ', 'Chi bộ thuộc ĐBCS'],
          rows(s.organisations).map((r) => [totalLabel(r), num(r.figures.baseOrganisations), num(r.figures.baseCommittees),
            num(r.figures.baseCells), num(r.figures.cells), num(r.figures.cellsInBaseCommittees)]))),
      export: { section: 'organisations', params: datedParams },
    }));
  }

  // Kết nạp
  {
    const targets = a.targets;
    const children = rows(s.admissions).filter((r) => !r.own);
    const chart = targets.length
      ? bars(targets.map((tg) => `Chỉ tiêu ${tg.period} (${label(TARGET_SETTERS, tg.setter).toLowerCase()})`), [
        { name: 'Chỉ tiêu', data: targets.map((tg) => tg.target) },
        { name: 'Đã kết nạp', data: targets.map((tg) => tg.admitted) }])
      : bars(children.length ? children.map((r) => r.name) : [s.unitName],
        [{ name: 'Kết nạp trong kỳ', data: children.length ? children.map((r) => r.figures.admitted) : [a.admitted] }],
        { horizontal: true });
    cards.push(card({
      id: 'the-ket-nap', title: 'Kết nạp đảng viên so với chỉ tiêu', code,
      note: targets.length ? `Kết nạp trong kỳ: ${num(a.admitted)} (kết nạp lại ${num(a.readmitted)}); từ đầu nhiệm kỳ ${a.term}: ${num(a.termAdmitted)}.`
        : `Chưa giao chỉ tiêu kết nạp cho kỳ này. Kết nạp trong kỳ: ${num(a.admitted)} (kết nạp lại ${num(a.readmitted)}); từ đầu nhiệm kỳ ${a.term}: ${num(a.termAdmitted)}.`,
      chart: chartBox(chart, 'Biểu đồ kết nạp đảng viên so với chỉ tiêu', !targets.length && children.length > 6),
      table: h('div', {},
        targets.length ? table('Chỉ tiêu kết nạp', ['Chỉ tiêu', 'Người đặt', 'Số chỉ tiêu', 'Đã kết nạp', 'Tỷ lệ', 'Tính từ', 'Đến'],
          targets.map((tg) => [tg.period, label(TARGET_SETTERS, tg.setter), num(tg.target), num(tg.admitted), pct(tg.percent), viDate(tg.countedFrom), viDate(tg.countedTo)])) : null,
        table('Kết nạp theo đơn vị', ['Đơn vị', 'Kết nạp', 'Kết nạp lại', 'Từ đầu nhiệm kỳ', 'Chỉ tiêu (tỷ lệ)'],
          rows(s.admissions).map((r) => [totalLabel(r), num(r.figures.admitted), num(r.figures.readmitted), num(r.figures.termAdmitted),
            r.figures.targets.length ? r.figures.targets.map((tg) => `${tg.period} (${label(TARGET_SETTERS, tg.setter).toLowerCase()}): ${num(tg.admitted)}/${num(tg.target)} (${pct(tg.percent)})`).join('; ') : '–']))),
      export: { section: 'admissions', params: flowParams },
    }));
  }

  // Chuyển sinh hoạt
  cards.push(card({
    id: 'the-chuyen', title: 'Chuyển sinh hoạt đảng', code,
    chart: chartBox(bars(['Chuyển đến', 'Chuyển đi'], [
      { name: 'Trong tỉnh', data: [t.inWithinProvince, t.outWithinProvince], stack: 'c' },
      { name: 'Ngoài tỉnh', data: [t.inFromOtherProvinces, t.outToOtherProvinces], stack: 'c' }]), 'Biểu đồ chuyển sinh hoạt đảng'),
    table: table('Chuyển sinh hoạt đảng theo đơn vị', ['Đơn vị', 'Chuyển đến', 'Trong tỉnh', 'Tỉnh khác', 'Do sắp xếp', 'Chuyển đi', 'Trong tỉnh', 'Tỉnh khác', 'Do sắp xếp'],
      rows(s.transfers).map((r) => [totalLabel(r), num(r.figures.in), num(r.figures.inWithinProvince), num(r.figures.inFromOtherProvinces),
        num(r.figures.inByRestructuring), num(r.figures.out), num(r.figures.outWithinProvince), num(r.figures.outToOtherProvinces),
        num(r.figures.outByRestructuring)])),
    export: { section: 'transfers', params: flowParams },
  }));

  // Ra khỏi Đảng
  {
    const kinds = Object.keys(EXIT_KINDS);
    cards.push(card({
      id: 'the-ra-khoi', title: 'Đảng viên ra khỏi Đảng', code,
      note: `Trong kỳ: ${num(x.total)} đảng viên (khai trừ là hình thức kỷ luật; chuyển ra ngoài tỉnh tính là chuyển sinh hoạt).`,
      chart: chartBox(bars(kinds.map((k) => EXIT_KINDS[k]), [{ name: 'Đảng viên', data: kinds.map((k) => x.byKind[k] ?? 0) }]),
        'Biểu đồ đảng viên ra khỏi Đảng theo hình thức'),
      table: table('Ra khỏi Đảng theo đơn vị', ['Đơn vị', ...kinds.map((k) => EXIT_KINDS[k]), 'Tổng số'],
        rows(s.exits).map((r) => [totalLabel(r), ...kinds.map((k) => num(r.figures.byKind[k] ?? 0)), num(r.figures.total)])),
      export: { section: 'exits', params: flowParams },
    }));
  }

  // Sinh hoạt chi bộ
  {
    const shown = attendance.filter((p) => p.section);
    cards.push(card({
      id: 'the-sinh-hoat', title: 'Sinh hoạt chi bộ: tỷ lệ dự họp theo tháng', code, wide: true,
      note: `Trong kỳ: ${num(mt.regular)} buổi thường kỳ, ${num(mt.thematic)} buổi chuyên đề; đảng viên dự ${pct(mt.attendanceRate)}, cấp ủy viên dự ${pct(mt.committeeRate)}; ${num(mt.cellMonthsMissed)}/${num(mt.cellMonths)} lượt chi bộ-tháng không sinh hoạt (${num(mt.cellsMissing)} chi bộ).`,
      chart: shown.length ? chartBox(attendanceChart(shown.map((p) => ({ label: shortLabel(p.period), figures: p.section!.figures }))),
        'Biểu đồ tỷ lệ dự sinh hoạt chi bộ theo tháng') : null,
      table: h('div', {},
        table('Theo tháng', ['Thời gian', 'Thường kỳ', 'Chuyên đề', 'Đảng viên dự', 'Cấp ủy viên dự', 'Chi bộ-tháng không họp'],
          shown.map((p) => [periodLabel(p.period), num(p.section!.figures.regular), num(p.section!.figures.thematic),
            pct(p.section!.figures.attendanceRate), pct(p.section!.figures.committeeRate),
            `${num(p.section!.figures.cellMonthsMissed)}/${num(p.section!.figures.cellMonths)}`])),
        table('Theo đơn vị', ['Đơn vị', 'Thường kỳ', 'Chuyên đề', 'Có mặt', 'Vắng có lý do', 'Vắng không lý do', 'Đảng viên dự', 'Cấp ủy viên dự', 'Chi bộ không họp'],
          rows(s.meetings).map((r) => [totalLabel(r), num(r.figures.regular), num(r.figures.thematic), num(r.figures.present),
            num(r.figures.absentWithReason), num(r.figures.absentWithoutReason), pct(r.figures.attendanceRate), pct(r.figures.committeeRate),
            num(r.figures.cellsMissing)]))),
      export: { section: 'meetings', params: flowParams },
    }));
  }

  // Đảng phí
  {
    const children = rows(s.dues).filter((r) => !r.own);
    cards.push(card({
      id: 'the-dang-phi', title: 'Thu đảng phí', code,
      note: `Đã thu ${dong(d.collectedDong)} (${num(d.payments)} lượt); ${num(d.memberMonthsUnpaid)}/${num(d.memberMonths)} lượt đảng viên-tháng chưa nộp.`,
      chart: children.length ? chartBox(bars(children.map((r) => r.name), [{ name: 'Đã thu (đồng)', data: children.map((r) => r.figures.collectedDong) }], { horizontal: true }),
        'Biểu đồ đảng phí đã thu theo đơn vị', children.length > 6) : null,
      table: table('Đảng phí theo đơn vị', ['Đơn vị', 'Đã thu', 'Lượt nộp', 'Đảng viên-tháng', 'Chưa nộp'],
        rows(s.dues).map((r) => [totalLabel(r), dong(r.figures.collectedDong), num(r.figures.payments), num(r.figures.memberMonths),
          num(r.figures.memberMonthsUnpaid)])),
      export: { section: 'dues', params: flowParams },
    }));
  }

  // Xếp loại (none when the unit did not exist in the grading year)
  if (!s.grading || !g) {
    const card = noData('the-xep-loai', `Xếp loại chất lượng năm ${s.gradingYear}`,
      `Đơn vị chưa thành lập hoặc đã giải thể trong năm ${s.gradingYear}, nên không có số liệu xếp loại của năm này. Hãy chọn năm khác.`);
    card.querySelector('.card-head')!.append(h('div', { class: 'card-tools' }, gradingYearSelect(route, s.gradingYear)));
    cards.push(card);
  } else {
    const year = s.gradingYear;
    const grades = Object.keys(g.members);
    const orgGrades = Object.keys(g.baseOrganisations);
    const categories = orgGrades.map((k, i) => (grades[i] === k ? gradeLabel(k, false, year) : `${gradeLabel(grades[i], false, year)} / ${gradeLabel(k, true, year)}`));
    cards.push(card({
      id: 'the-xep-loai', title: `Xếp loại chất lượng năm ${year}`, code, wide: true,
      note: `Theo ${g.regulation}: ${num(g.membersGraded)} đảng viên, ${num(g.organisationsGraded)} tổ chức đảng được xếp loại.`,
      chart: chartBox(bars(categories, [
        { name: 'Đảng viên', data: grades.map((k) => g.members[k]) },
        { name: 'Tổ chức cơ sở đảng', data: orgGrades.map((k) => g.baseOrganisations[k]) },
        { name: 'Chi bộ', data: orgGrades.map((k) => g.cells[k] ?? 0) }], { horizontal: true }), 'Biểu đồ xếp loại chất lượng'),
      table: h('div', {},
        table('Phân bố xếp loại', ['Mức xếp loại', 'Đảng viên', 'Tổ chức cơ sở đảng', 'Chi bộ'],
          orgGrades.map((k, i) => [categories[i], num(g.members[grades[i]]), num(g.baseOrganisations[k]), num(g.cells[k] ?? 0)])),
        table('Theo đơn vị', ['Đơn vị', 'Đảng viên được xếp loại', 'Tổ chức được xếp loại', ...grades.map((k) => `ĐV: ${gradeLabel(k, false, year)}`)],
          rows(s.grading).map((r) => [totalLabel(r), num(r.figures.membersGraded), num(r.figures.organisationsGraded),
            ...grades.map((k) => num(r.figures.members[k] ?? 0))]))),
      export: { section: 'grading', params: { year } },
      tools: gradingYearSelect(route, year),
    }));
  }

  cards.push(...inspectionCards(s));
  cards.push(...cadreCards(s));
  cards.push(filedCard(s));

  return h('main', { id: 'noi-dung', class: 'content', 'aria-busy': 'false' },
    heading, overview,
    h('section', { class: 'sections', 'aria-label': 'Số liệu theo lĩnh vực' }, h('div', { class: 'cards' }, cards)),
    breakdown(route, s));
}

// ------------------------------------------------------------------ inspection, discipline and cadre sections

function inspectionCards(s: api.Summary): HTMLElement[] {
  const code = s.unitCode;
  const flowParams = { period: s.period };
  const out: HTMLElement[] = [];
  if (!s.inspections || !s.discipline) {
    out.push(noData('the-kiem-tra', 'Kiểm tra, giám sát', 'Hệ thống báo cáo chưa có số liệu kiểm tra, giám sát.'));
    out.push(noData('the-ky-luat', 'Kỷ luật đảng viên và tổ chức đảng', 'Hệ thống báo cáo chưa có số liệu kỷ luật.'));
    return out;
  }
  const ins = s.inspections.figures;
  const kinds = Object.keys(CASE_KINDS);
  const den = s.denunciations?.figures;
  const sus = s.suspensions?.figures;
  out.push(card({
    id: 'the-kiem-tra', title: 'Kiểm tra, giám sát theo loại', code, wide: true,
    note: h('span', { id: 'kiem-tra-tom-tat' },
      `Kiểm tra ${num(ins.inspections.cases)} cuộc (theo kế hoạch ${num(ins.inspections.planned)}, đột xuất ${num(ins.inspections.surprise)}), `
      + `${num(ins.inspections.organisationsCovered)} tổ chức, ${num(ins.inspections.membersCovered)} đảng viên; `
      + `giám sát ${num(ins.supervisions.cases)} cuộc, ${num(ins.supervisions.organisationsCovered)} tổ chức, ${num(ins.supervisions.membersCovered)} đảng viên; `
      + `phát hiện ${num(ins.inspections.membersWithViolations + ins.supervisions.membersWithViolations)} đảng viên, `
      + `${num(ins.inspections.organisationsWithViolations + ins.supervisions.organisationsWithViolations)} tổ chức vi phạm.`
      + (den ? ` Tố cáo, khiếu nại: nhận ${num(den.received)}, giải quyết ${num(den.resolved)}.` : '')
      + (sus ? ` Đình chỉ sinh hoạt: ${num(sus.started)} trường hợp, đang đình chỉ ${num(sus.inForce)}.` : '')),
    chart: chartBox(bars(kinds.map((k) => CASE_KINDS[k]), [
      { name: 'Kiểm tra', data: kinds.map((k) => ins.inspections.byKind[k] ?? 0) },
      { name: 'Giám sát', data: kinds.map((k) => ins.supervisions.byKind[k] ?? 0) }], { horizontal: true }),
    'Biểu đồ kiểm tra, giám sát theo loại', true),
    table: h('div', {},
      table('Kiểm tra, giám sát theo loại', ['Loại', 'Kiểm tra', 'Giám sát'],
        kinds.map((k) => [CASE_KINDS[k], num(ins.inspections.byKind[k] ?? 0), num(ins.supervisions.byKind[k] ?? 0)])),
      table('Theo đơn vị', ['Đơn vị', 'Kiểm tra', 'Theo kế hoạch', 'Đột xuất', 'Tổ chức được kiểm tra', 'Đảng viên được kiểm tra',
        'Giám sát', 'Đảng viên vi phạm', 'Việc quá hạn'],
        rows(s.inspections).map((r) => [totalLabel(r), num(r.figures.inspections.cases), num(r.figures.inspections.planned),
          num(r.figures.inspections.surprise), num(r.figures.inspections.organisationsCovered), num(r.figures.inspections.membersCovered),
          num(r.figures.supervisions.cases), num(r.figures.inspections.membersWithViolations + r.figures.supervisions.membersWithViolations),
          num(r.figures.followUpsOverdue)])),
      den ? table('Tố cáo, khiếu nại theo kết quả', ['Kết quả', 'Số vụ việc'],
        Object.keys(OUTCOMES).map((k) => [OUTCOMES[k], num(den.byOutcome[k] ?? 0)])) : null),
    export: { section: 'inspections', params: flowParams },
  }));

  const dis = s.discipline.figures;
  const forms = Object.keys(DISCIPLINE_FORMS);
  const levels = Object.keys(BODY_LEVELS);
  out.push(card({
    id: 'the-ky-luat', title: 'Kỷ luật theo hình thức và cấp quyết định', code,
    note: h('span', { id: 'ky-luat-tom-tat' },
      `Trong kỳ: ${num(dis.total)} quyết định kỷ luật (${num(dis.members)} đảng viên, ${num(dis.organisations)} tổ chức đảng); `
      + `${num(dis.annulledOnAppeal)} quyết định đã hủy do khiếu nại; ${num(dis.appeals)} khiếu nại kỷ luật được giải quyết.`),
    chart: chartBox(bars(forms.map((f) => DISCIPLINE_FORMS[f]), levels.map((l) => ({
      name: BODY_LEVELS[l], data: forms.map((f) => dis.byBodyLevelAndForm[l]?.[f] ?? 0), stack: 'kl' }))),
    'Biểu đồ kỷ luật theo hình thức và cấp quyết định'),
    table: h('div', {},
      table('Theo hình thức', ['Hình thức', 'Số quyết định', ...levels.map((l) => BODY_LEVELS[l])],
        forms.map((f) => [DISCIPLINE_FORMS[f], num(dis.byForm[f] ?? 0), ...levels.map((l) => num(dis.byBodyLevelAndForm[l]?.[f] ?? 0))])),
      table('Theo đơn vị', ['Đơn vị', 'Tổng số', ...forms.map((f) => DISCIPLINE_FORMS[f])],
        rows(s.discipline).map((r) => [totalLabel(r), num(r.figures.total), ...forms.map((f) => num(r.figures.byForm[f] ?? 0))]))),
    export: { section: 'discipline', params: flowParams },
  }));
  return out;
}

function cadreCards(s: api.Summary): HTMLElement[] {
  const code = s.unitCode;
  if (!s.cadres || !s.planning || !s.training || !s.appointments) {
    return [noData('the-can-bo', 'Cán bộ và quy hoạch cán bộ', 'Hệ thống báo cáo chưa có số liệu cán bộ cho ngày này.')];
  }
  const c = s.cadres.figures;
  const pl = s.planning.figures;
  const tr = s.training.figures;
  const ap = s.appointments.figures;
  const terms = Object.entries(pl.standingByTerm);
  const shareRows: [string, number | null][] = [
    ['Nữ', c.holders.womenPercent], ['Dưới 40 tuổi', c.holders.under40Percent], ['Dân tộc thiểu số', c.holders.ethnicMinorityPercent]];
  return [card({
    id: 'the-can-bo', title: 'Cán bộ, quy hoạch, đào tạo, bổ nhiệm', code, wide: true,
    note: h('span', { id: 'can-bo-tom-tat' },
      `Ngày ${viDate(s.asOf)}: ${num(c.posts)} chức danh do ${num(c.holders.cadres)} cán bộ đảm nhiệm (nữ ${pct(c.holders.womenPercent)}, `
      + `dưới 40 tuổi ${pct(c.holders.under40Percent)}, dân tộc thiểu số ${pct(c.holders.ethnicMinorityPercent)}; kiêm nhiệm ${num(c.concurrentHolders)}). `
      + `Quy hoạch trong kỳ: bổ sung ${num(pl.added)}, đưa ra ${num(pl.removed)}. Đào tạo: cử đi ${num(tr.enrolled)}, hoàn thành ${num(tr.completed)}. `
      + `Bổ nhiệm ${num(ap.appointed)}, bổ nhiệm lại ${num(ap.reappointed)}, luân chuyển ${num(ap.rotated)}.`),
    chart: chartBox(bars(shareRows.map(([n]) => n), [{ name: 'Cán bộ đang đảm nhiệm chức danh (%)', data: shareRows.map(([, v]) => v ?? 0) },
      ...terms.map(([term, f]) => ({ name: `Quy hoạch ${term} (%)`, data: [f.womenPercent ?? 0, f.youngPercent ?? 0, f.ethnicMinorityPercent ?? 0] }))],
    { percent: true }), 'Biểu đồ tỷ lệ cán bộ nữ, trẻ, dân tộc thiểu số'),
    table: h('div', {},
      table('Tỷ lệ cán bộ', ['Nhóm', 'Đang đảm nhiệm chức danh', ...terms.map(([term]) => `Quy hoạch ${term}`)],
        [['Số cán bộ', num(c.holders.cadres), ...terms.map(([, f]) => num(f.cadres))],
          ['Nữ', pct(c.holders.womenPercent), ...terms.map(([, f]) => pct(f.womenPercent))],
          ['Trẻ (dưới 40 tuổi / theo quy hoạch)', pct(c.holders.under40Percent), ...terms.map(([, f]) => pct(f.youngPercent))],
          ['Dân tộc thiểu số', pct(c.holders.ethnicMinorityPercent), ...terms.map(([, f]) => pct(f.ethnicMinorityPercent))]]),
      table('Theo đơn vị', ['Đơn vị', 'Chức danh', 'Cán bộ', 'Nữ (%)', 'Bổ sung quy hoạch', 'Cử đi đào tạo', 'Bổ nhiệm', 'Luân chuyển'],
        rows(s.cadres).map((r) => {
          const other = (sec: api.Section<any> | undefined) => sec?.children.find((ch) => ch.unitCode === r.code)?.figures;
          const p = r.own ? pl : other(s.planning), t = r.own ? tr : other(s.training), a = r.own ? ap : other(s.appointments);
          return [totalLabel(r), num(r.figures.posts), num(r.figures.holders.cadres), pct(r.figures.holders.womenPercent),
            num(p?.added), num(t?.enrolled), num(a?.appointed), num(a?.rotated)];
        }))),
    export: { section: 'cadres', params: { date: s.asOf } },
  }), ...(c.profiles ? [profilesCard(s, s.cadres, c.profiles)] : [])];
}

/** Hồ sơ cán bộ: the HR system's profiles under the unit on the day, by sex, age band and ethnicity. */
function profilesCard(s: api.Summary, section: api.Section<api.Cadres>, p: api.Shares): HTMLElement {
  const groups = profileGroups(p);
  return card({
    id: 'the-ho-so-can-bo', title: 'Hồ sơ cán bộ theo giới tính, độ tuổi, dân tộc', code: s.unitCode,
    note: h('span', { id: 'ho-so-can-bo-tom-tat', 'data-cadres': p.cadres },
      `Ngày ${viDate(s.asOf)}: ${num(p.cadres)} hồ sơ cán bộ; nữ ${num(p.women)} (${pct(p.womenPercent)}), `
      + `dưới 40 tuổi ${num(p.under40)} (${pct(p.under40Percent)}), dân tộc thiểu số ${num(p.ethnicMinority)} (${pct(p.ethnicMinorityPercent)}).`),
    chart: chartBox(bars(groups.map((x) => x.label), [{ name: 'Số cán bộ', data: groups.map((x) => x.count) }], { horizontal: true }),
      'Biểu đồ hồ sơ cán bộ theo giới tính, độ tuổi, dân tộc'),
    table: h('div', {},
      table('Hồ sơ cán bộ theo nhóm', ['Phân loại', 'Nhóm', 'Số cán bộ', 'Tỷ lệ'],
        groups.map((x) => [x.label, x.group, num(x.count), x.percent])),
      table('Theo đơn vị', ['Đơn vị', 'Hồ sơ cán bộ', 'Nữ', 'Dưới 40 tuổi', 'Dân tộc thiểu số'],
        rows(section).map((r) => {
          const q = r.figures.profiles;
          return [totalLabel(r), num(q?.cadres), num(q?.women), num(q?.under40), num(q?.ethnicMinority)];
        }))),
    export: { section: 'cadres', params: { date: s.asOf } },
  });
}

/** The key lines shown side by side for a filed report and the figures as now known. */
const COMPARED: [string, (s: api.Summary) => number | null | undefined][] = [
  ['Đảng viên', (s) => s.members?.figures.total],
  ['Đảng viên chính thức', (s) => s.members?.figures.full],
  ['Đảng viên dự bị', (s) => s.members?.figures.probationary],
  ['Tổ chức cơ sở đảng', (s) => s.organisations?.figures.baseOrganisations],
  ['Chi bộ', (s) => s.organisations?.figures.cells],
  ['Kết nạp đảng viên', (s) => s.admissions?.figures.admitted],
  ['Ra khỏi Đảng', (s) => s.exits?.figures.total],
  ['Cuộc kiểm tra', (s) => s.inspections?.figures.inspections.cases],
  ['Cuộc giám sát', (s) => s.inspections?.figures.supervisions.cases],
  ['Quyết định kỷ luật', (s) => s.discipline?.figures.total],
  ['Chức danh cán bộ', (s) => s.cadres?.figures.posts],
];

/** Filed reports of the unit: pick one and see it beside the figures as now known, with what changed. */
function filedCard(s: api.Summary): HTMLElement {
  const body = h('div', { class: 'card-body', id: 'bao-cao-da-nop' }, h('p', { class: 'loading' }, 'Đang tải các báo cáo đã nộp…'));
  const section = h('section', { class: 'card wide', id: 'the-bao-cao-da-nop', 'aria-labelledby': 'the-bao-cao-da-nop-title' },
    h('header', { class: 'card-head' }, h('h3', { id: 'the-bao-cao-da-nop-title' }, 'Báo cáo đã nộp so với số liệu hiện tại')),
    body);
  void (async () => {
    try {
      const list = await api.filedReports(token, s.unitCode);
      if (!list.items.length) {
        body.replaceChildren(h('p', { class: 'note', id: 'bao-cao-da-nop-trong' }, 'Đơn vị chưa nộp báo cáo nào.'));
        return;
      }
      const choice = h('select', { id: 'bao-cao-da-nop-chon', 'aria-label': 'Chọn báo cáo đã nộp' },
        list.items.map((f) => h('option', { value: f.id, selected: f.period === s.period },
          `Kỳ ${f.period}, số liệu đến ${viDate(f.asOf)}, nộp lúc ${viDateTime(f.filedAt)}`)));
      const result = h('div', { id: 'so-sanh' });
      const open = async () => {
        result.replaceChildren(h('p', { class: 'loading' }, 'Đang mở báo cáo…'));
        const [filed, diff] = await Promise.all([api.filedReport(token, s.unitCode, choice.value),
          api.differences(token, s.unitCode, choice.value)]);
        const current = await api.summary(token, s.unitCode, filed.period, filed.asOf, filed.gradingYear);
        result.replaceChildren(
          h('p', { class: 'note', id: 'bao-cao-da-nop-ai' },
            `Nộp bởi ${filed.filedBy} lúc ${viDateTime(filed.filedAt)}; kỳ ${filed.period} (${viDate(filed.from)} – ${viDate(filed.to)}), số liệu đến ${viDate(filed.asOf)}.`
            + (filed.note ? ` Ghi chú: ${filed.note}` : '')),
          table('Đã nộp và hiện tại', ['Chỉ tiêu', 'Khi nộp', 'Hiện tại'],
            COMPARED.filter(([, f]) => f(filed.summary) !== undefined || f(current) !== undefined)
              .map(([name, f]) => [name, num(f(filed.summary)), num(f(current))])),
          diff.unchanged
            ? h('p', { class: 'note', id: 'khac-biet-khong' }, 'Không có số liệu nào thay đổi so với khi nộp.')
            : table(`Số liệu đã thay đổi từ khi nộp (${num(diff.differences.length)} dòng)`, ['Mục', 'Đơn vị', 'Chỉ tiêu', 'Khi nộp', 'Hiện tại'],
              diff.differences.map((d) => [SECTION_NAMES[d.section] ?? d.section, d.unitName, d.figure, shown(d.filed), shown(d.current)])));
      };
      const button = h('button', { type: 'button', class: 'primary', id: 'mo-bao-cao-da-nop' }, 'Mở bên cạnh số liệu hiện tại');
      button.addEventListener('click', () => void open().catch((e) => result.replaceChildren(
        h('div', { class: 'error', role: 'alert' }, problemText(e)))));
      body.replaceChildren(h('div', { class: 'inline' }, choice, button), result);
    } catch (e) {
      body.replaceChildren(h('div', { class: 'error', role: 'alert' }, problemText(e)));
    }
  })();
  return section;
}

function shown(v: unknown): string {
  if (v === null || v === undefined) return '–';
  return typeof v === 'number' ? num(v) : String(v);
}

/** Meetings held (bars, left axis) and attendance rates (lines, right axis, %) by sub-period. */
function attendanceChart(points: { label: string; figures: api.Meetings }[]): Option {
  return {
    legend: { top: 0, type: 'scroll' },
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', renderMode: 'richText', confine: true },
    xAxis: { type: 'category', data: points.map((p) => p.label), axisLabel: { hideOverlap: true } },
    yAxis: [
      { type: 'value', name: 'Buổi', minInterval: 1 },
      { type: 'value', name: '%', min: 0, max: 100, axisLabel: { formatter: '{value}%' }, splitLine: { show: false } },
    ],
    series: [
      { name: 'Sinh hoạt thường kỳ', type: 'bar', stack: 'buoi', barMaxWidth: 28, data: points.map((p) => p.figures.regular) },
      { name: 'Sinh hoạt chuyên đề', type: 'bar', stack: 'buoi', barMaxWidth: 28, data: points.map((p) => p.figures.thematic) },
      { name: 'Đảng viên dự (%)', type: 'line', yAxisIndex: 1, connectNulls: true, data: points.map((p) => p.figures.attendanceRate) },
      { name: 'Cấp ủy viên dự (%)', type: 'line', yAxisIndex: 1, connectNulls: true, data: points.map((p) => p.figures.committeeRate) },
    ],
  };
}

function gradingYearSelect(route: Route, year: number): HTMLElement {
  const thisYear = +today.slice(0, 4);
  const years: number[] = [];
  for (let y = thisYear; y >= 2010; y--) years.push(y);
  const select = h('select', { id: 'nam-xep-loai', 'aria-label': 'Năm xếp loại' },
    years.map((y) => h('option', { value: y, selected: y === year }, `Năm ${y}`)));
  select.addEventListener('change', () => go({ ...route, gradingYear: +select.value }));
  return select;
}

function signed(n: number): string {
  return n > 0 ? `+${num(n)}` : n < 0 ? `−${num(-n)}` : '0';
}

/** The units directly below, each a link that drills down. */
function breakdown(route: Route, s: api.Summary): HTMLElement {
  const codes: string[] = [];
  const nameByCode: Record<string, string> = {};
  for (const sec of [s.members, s.organisations, s.admissions, s.transfers, s.exits, s.meetings]) {
    sec?.children.forEach((c) => {
      if (!(c.unitCode in nameByCode)) codes.push(c.unitCode);
      nameByCode[c.unitCode] = c.unitName;
    });
  }
  const find = <F>(sec: api.Section<F> | null, code: string) => sec?.children.find((c) => c.unitCode === code)?.figures;
  const body = codes.length
    ? table('Số liệu các tổ chức trực thuộc (chọn tên để xem chi tiết)',
      ['Tổ chức đảng', 'Đảng viên', 'Chính thức', 'Dự bị', 'TCCS đảng', 'Chi bộ', 'Kết nạp', 'Chuyển đến', 'Chuyển đi', 'Ra khỏi Đảng', 'Dự sinh hoạt'],
      codes.map((c) => {
        const mm = find(s.members, c), oo = find(s.organisations, c), aa = find(s.admissions, c), tt = find(s.transfers, c);
        const xx = find(s.exits, c), me = find(s.meetings, c);
        return [
          h('a', { href: routeHash({ ...route, trail: [...route.trail, c] }), class: 'drill', 'data-unit': c }, nameByCode[c]),
          num(mm?.total), num(mm?.full), num(mm?.probationary), num(oo?.baseOrganisations), num(oo?.cells),
          num(aa?.admitted), num(tt?.in), num(tt?.out), num(xx?.total), pct(me?.attendanceRate),
        ];
      }))
    : h('p', { class: 'note' }, 'Đơn vị này không có tổ chức đảng trực thuộc.');
  return h('section', { class: 'card wide breakdown', id: 'truc-thuoc', 'aria-labelledby': 'truc-thuoc-title' },
    h('header', { class: 'card-head' }, h('h3', { id: 'truc-thuoc-title' }, 'Các tổ chức đảng trực thuộc')), body);
}

void start();
