// How far the figures are complete (the answer's freshness, per source topic) and the cadre profiles' groups, as
// the dashboard prints them. Pure functions, unit-tested in test/freshness.test.mjs.
import { num, pct } from './labels.js'; // .js: the unit tests run the compiled file as it is

/** reporting's Watermark: up to which event the figures from one topic are complete. */
export interface Watermark { completeUpTo: string | null; newestEventId: string | null; eventsProjected: number }

/** What each source topic carries, in the committees' words. */
export const TOPIC_NAMES: Record<string, string> = {
  'membership.events': 'Đảng viên, tổ chức đảng, sinh hoạt, đảng phí, xếp loại',
  'inspection.events': 'Kiểm tra, giám sát, kỷ luật, tố cáo',
  'cadre.events': 'Cán bộ, quy hoạch, đào tạo, bổ nhiệm',
};

/** "02/12/2026 10:15" in Vietnam's time. */
export function viStamp(isoTime: string): string {
  const parts = new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', year: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(new Date(isoTime));
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('day')}/${get('month')}/${get('year')} ${get('hour')}:${get('minute')}`;
}

export interface FreshnessView {
  /** The line shown: complete up to the oldest time among the topics read from. */
  line: string;
  /** The topic that time is from (null when no topic has any event). */
  oldestTopic: string | null;
  /** One row per topic: its name, up to when, how many events were read. */
  rows: [string, string, string][];
  /** The rows as one line each, for a tooltip. */
  tooltip: string;
}

/**
 * The freshness line: a figure that joins topics is only as complete as the least complete of them, so the line
 * names the oldest time; a topic nothing was read from yet has no events to be behind on and is only listed.
 */
export function freshnessView(freshness: Record<string, Watermark> | null | undefined): FreshnessView {
  const entries = Object.entries(freshness ?? {});
  let oldest: [string, string] | null = null;
  for (const [topic, w] of entries) {
    if (w.completeUpTo && (!oldest || Date.parse(w.completeUpTo) < Date.parse(oldest[1]))) oldest = [topic, w.completeUpTo];
  }
  const rows = entries.map(([topic, w]): [string, string, string] => [TOPIC_NAMES[topic] ?? topic,
    w.completeUpTo ? viStamp(w.completeUpTo) : 'chưa nhận sự kiện nào', num(w.eventsProjected)]);
  return {
    line: oldest ? `Số liệu đầy đủ đến ${viStamp(oldest[1])}` : 'Chưa ghi nhận sự kiện nào',
    oldestTopic: oldest ? oldest[0] : null,
    rows,
    tooltip: rows.map(([name, time, events]) => `${name}: đến ${time} (${events} sự kiện)`).join('\n'),
  };
}

/** reporting's CadreShares: cadres and how many of them are women, under 40, of an ethnic minority. */
export interface Shares {
  cadres: number; women: number; under40: number; ethnicMinority: number; womenPercent: number | null;
  under40Percent: number | null; ethnicMinorityPercent: number | null;
}

/**
 * The groups of the cadre profiles (hồ sơ cán bộ) with count and share: by sex, by age band (under 40 or not) and
 * by ethnicity, each pair adding up to the cadres counted.
 */
export function profileGroups(p: Shares): { group: string; label: string; count: number; percent: string }[] {
  // reporting gives the share of each group (null when no cadre is counted); the other side is the rest of 100%
  const pair = (group: string, yes: string, no: string, n: number, given: number | null) => [
    { group, label: yes, count: n, percent: pct(given) },
    { group, label: no, count: p.cadres - n, percent: pct(given === null ? null : Math.round((100 - given) * 100) / 100) },
  ];
  return [
    ...pair('Giới tính', 'Nữ', 'Nam', p.women, p.womenPercent),
    ...pair('Độ tuổi', 'Dưới 40 tuổi', 'Từ 40 tuổi trở lên', p.under40, p.under40Percent),
    ...pair('Dân tộc', 'Dân tộc thiểu số', 'Dân tộc Kinh', p.ethnicMinority, p.ethnicMinorityPercent),
  ];
}
