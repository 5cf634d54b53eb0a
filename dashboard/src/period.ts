// Kỳ báo cáo: the period codes reporting's ReportPeriod parses, their Vietnamese labels and the points of the
// over-time charts. Pure functions (tested in test/period.test.mjs).

export type PeriodKind = 'month' | 'quarter' | 'half' | 'nine' | 'year' | 'term' | 'range';

export interface Period {
  kind: PeriodKind;
  code: string;      // as the API takes it: 2026-03, 2026-Q1, 2026-H1, 2026-9M, 2026, 2025-2030, 2026-01-15..2026-02-20
  from: string;      // first day, yyyy-mm-dd
  to: string;        // last day, yyyy-mm-dd
}

export const KIND_LABELS: Record<PeriodKind, string> = {
  month: 'Tháng',
  quarter: 'Quý',
  half: '6 tháng',
  nine: '9 tháng',
  year: 'Năm',
  term: 'Nhiệm kỳ',
  range: 'Khoảng ngày',
};

const ROMAN = ['I', 'II', 'III', 'IV'];

const pad = (n: number) => String(n).padStart(2, '0');
export const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function validDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number);
  return m >= 1 && m <= 12 && d >= 1 && d <= lastDay(y, m);
}

/** Parses a period code as ReportPeriod does; null when it is not one. */
export function parsePeriod(text: string): Period | null {
  const s = text.trim().toUpperCase();
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(s))) {
    if (!validDate(m[1]) || !validDate(m[2]) || m[2] < m[1]) return null;
    return { kind: 'range', code: `${m[1]}..${m[2]}`, from: m[1], to: m[2] };
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(s))) {
    const y = +m[1], q = +m[2];
    return { kind: 'quarter', code: s, from: iso(y, 3 * q - 2, 1), to: iso(y, 3 * q, lastDay(y, 3 * q)) };
  }
  if ((m = /^(\d{4})-H([12])$/.exec(s))) {
    const y = +m[1], h = +m[2];
    return { kind: 'half', code: s, from: iso(y, h === 1 ? 1 : 7, 1), to: h === 1 ? iso(y, 6, 30) : iso(y, 12, 31) };
  }
  if ((m = /^(\d{4})-9M$/.exec(s))) {
    return { kind: 'nine', code: s, from: iso(+m[1], 1, 1), to: iso(+m[1], 9, 30) };
  }
  if ((m = /^(\d{4})$/.exec(s))) {
    return { kind: 'year', code: s, from: iso(+m[1], 1, 1), to: iso(+m[1], 12, 31) };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(s)) && +m[2] >= 1 && +m[2] <= 12) {
    const y = +m[1], mo = +m[2];
    return { kind: 'month', code: s, from: iso(y, mo, 1), to: iso(y, mo, lastDay(y, mo)) };
  }
  if ((m = /^(\d{4})-(\d{4})$/.exec(s)) && +m[2] > +m[1] && +m[2] - +m[1] <= 10) {
    // a term runs from 1 January of its first year up to 1 January of its last
    return { kind: 'term', code: s, from: iso(+m[1], 1, 1), to: iso(+m[2] - 1, 12, 31) };
  }
  return null;
}

/** dd/mm/yyyy */
export function viDate(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

/** The Vietnamese name of a period: "Quý I/2026", "6 tháng đầu năm 2026", "Nhiệm kỳ 2025–2030". */
export function periodLabel(p: Period): string {
  const y = p.from.slice(0, 4);
  switch (p.kind) {
    case 'month': return `Tháng ${+p.from.slice(5, 7)}/${y}`;
    case 'quarter': return `Quý ${ROMAN[(+p.from.slice(5, 7) - 1) / 3]}/${y}`;
    case 'half': return p.from.slice(5, 7) === '01' ? `6 tháng đầu năm ${y}` : `6 tháng cuối năm ${y}`;
    case 'nine': return `9 tháng đầu năm ${y}`;
    case 'year': return `Năm ${y}`;
    case 'term': return `Nhiệm kỳ ${p.code.replace('-', '–')}`;
    case 'range': return `Từ ${viDate(p.from)} đến ${viDate(p.to)}`;
  }
}

/** Builds a code from the form's fields. */
export function buildCode(kind: PeriodKind, year: number, part: number, term: string, from: string, to: string): string {
  switch (kind) {
    case 'month': return `${year}-${pad(part)}`;
    case 'quarter': return `${year}-Q${part}`;
    case 'half': return `${year}-H${part}`;
    case 'nine': return `${year}-9M`;
    case 'year': return `${year}`;
    case 'term': return term;
    case 'range': return `${from}..${to}`;
  }
}

/** The congress term a year lies in (five-year terms from 2020, as reporting's CongressTerms counts them). */
export function termOf(year: number): string {
  const first = 2020 + Math.floor((year - 2020) / 5) * 5;
  return `${first}-${first + 5}`;
}

function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The days of the "members over time" chart: the day before the period and the end of each month (up to six
 * months), quarter (up to two years) or year of the period, none after `today`; at most 7 points.
 */
export function stockDays(p: Period, today: string): string[] {
  const end = p.to < today ? p.to : today;
  const days = [addDays(p.from, -1)];
  const y0 = +p.from.slice(0, 4), m0 = +p.from.slice(5, 7);
  const y1 = +p.to.slice(0, 4), m1 = +p.to.slice(5, 7);
  const months = (y1 - y0) * 12 + (m1 - m0) + 1;
  const step = months <= 6 ? 1 : months <= 24 ? 3 : 12;
  for (let i = step - 1; i < months; i += step) {
    const y = y0 + Math.floor((m0 - 1 + i) / 12), m = ((m0 - 1 + i) % 12) + 1;
    const d = iso(y, m, lastDay(y, m));
    days.push(d > p.to ? p.to : d);
  }
  if (days[days.length - 1] < p.to) days.push(p.to);
  const kept = [...new Set(days.filter((d) => d <= end))];
  if (end >= p.from && !kept.includes(end)) kept.push(end);
  return kept.slice(-7);
}

/**
 * The sub-periods of the "attendance by month" chart: each month of the period (up to 12), each quarter of a
 * longer one up to two years, else each year; only those that have begun by `today`.
 */
export function attendancePeriods(p: Period, today: string): Period[] {
  const y0 = +p.from.slice(0, 4), m0 = +p.from.slice(5, 7);
  const y1 = +p.to.slice(0, 4), m1 = +p.to.slice(5, 7);
  const months = (y1 - y0) * 12 + (m1 - m0) + 1;
  const out: Period[] = [];
  if (p.kind === 'range') {
    if (months > 12) return [];
  }
  if (months <= 12) {
    for (let i = 0; i < months; i++) {
      const y = y0 + Math.floor((m0 - 1 + i) / 12), m = ((m0 - 1 + i) % 12) + 1;
      out.push(parsePeriod(`${y}-${pad(m)}`)!);
    }
  } else if (months <= 24 && m0 % 3 === 1) {
    for (let i = 0; i < months; i += 3) {
      const y = y0 + Math.floor((m0 - 1 + i) / 12), m = ((m0 - 1 + i) % 12) + 1;
      out.push(parsePeriod(`${y}-Q${(m - 1) / 3 + 1}`)!);
    }
  } else {
    for (let y = y0; y <= y1; y++) out.push(parsePeriod(String(y))!);
  }
  return out.filter((q) => q.from <= today);
}

/** A short label for a sub-period on a chart axis. */
export function shortLabel(p: Period): string {
  switch (p.kind) {
    case 'month': return `T${+p.from.slice(5, 7)}/${p.from.slice(2, 4)}`;
    case 'quarter': return `Q${ROMAN[(+p.from.slice(5, 7) - 1) / 3]}/${p.from.slice(2, 4)}`;
    default: return p.from.slice(0, 4);
  }
}

/** Today in Vietnam (UTC+7), yyyy-mm-dd. */
export function vietnamToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
