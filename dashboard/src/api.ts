// The reporting-service API (reporting-service/src/test/resources/openapi.json), called through the gateway
// with the user's bearer token. Only aggregates: no person is ever named in these answers.

import type { Shares, Watermark } from './freshness';

export type { Shares, Watermark } from './freshness';

export interface Child<F> { unitCode: string; unitName: string; figures: F }

export interface Section<F> {
  unitCode: string;
  unitName: string;
  period?: string;
  from?: string;
  to?: string;
  date?: string;
  completeUpTo?: string | null;
  freshness?: Record<string, Watermark>;
  figures: F;
  children: Child<F>[];
}

export interface MemberFigures {
  full: number; probationary: number; total: number; term: string; termStart: string;
  fullAtTermStart: number; probationaryAtTermStart: number; totalAtTermStart: number; changeSinceTermStart: number;
}

export interface Organisations {
  baseOrganisations: number; baseOrganisationsByType: Record<string, number>; baseCommittees: number;
  baseCells: number; cells: number; cellsInBaseCommittees: number;
}

export interface Target {
  period: string; setter: 'OWN' | 'SUPERIOR'; target: number; admitted: number; percent: number | null; countedFrom: string; countedTo: string;
}

export interface AdmissionFigures {
  admitted: number; readmitted: number; term: string; termAdmitted: number; targets: Target[];
}

export interface Transfers {
  in: number; inWithinProvince: number; inFromOtherProvinces: number; inByRestructuring: number;
  out: number; outWithinProvince: number; outToOtherProvinces: number; outByRestructuring: number;
}

export interface ExitFigures { total: number; byKind: Record<string, number> }

export interface Meetings {
  regular: number; thematic: number; present: number; absentWithReason: number; absentWithoutReason: number;
  attendanceRate: number | null; committeeExpected: number; committeePresent: number; committeeRate: number | null;
  cellMonths: number; cellMonthsMissed: number; cellsMissing: number;
}

export interface Dues { collectedDong: number; payments: number; memberMonths: number; memberMonthsUnpaid: number }

export interface Grades {
  regulation: string; membersGraded: number; members: Record<string, number>; organisationsGraded: number;
  baseOrganisations: Record<string, number>; cells: Record<string, number>;
}

export interface Cases {
  cases: number; planned: number; surprise: number; fromDenunciation: number; organisationsCovered: number;
  membersCovered: number; committeeMembersCovered: number; byKind: Record<string, number>; byBodyLevel: Record<string, number>;
  concluded: number; organisationsWithViolations: number; membersWithViolations: number;
  committeeMembersWithViolations: number; disciplineToConsider: number;
}

export interface Inspections { inspections: Cases; supervisions: Cases; closed: number; followUpsOverdue: number }

export interface Discipline {
  total: number; members: number; organisations: number; byForm: Record<string, number>;
  byBodyLevel: Record<string, number>; byBodyKind: Record<string, number>;
  byBodyLevelAndForm: Record<string, Record<string, number>>; annulledOnAppeal: number; appeals: number;
  appealsByOutcome: Record<string, number>;
}

export interface Denunciations {
  received: number; receivedByKind: Record<string, number>; resolved: number; resolvedOnTime: number;
  byOutcome: Record<string, number>; byKindAndOutcome: Record<string, Record<string, number>>;
}

export interface Suspensions { started: number; ended: number; endedEarly: number; inForce: number }

export interface Cadres {
  posts: number; holders: Shares; concurrentHolders: number; postsByLevel: Record<string, number>;
  postsByPositionKind: Record<string, number>;
  /** Hồ sơ cán bộ: the HR system's cadre profiles under the unit on the day, each by its latest sync. */
  profiles?: Shares;
}

export interface PlanTerm {
  entries: number; cadres: number; women: number; young: number; ethnicMinority: number; womenPercent: number | null;
  youngPercent: number | null; ethnicMinorityPercent: number | null; entriesByLevel: Record<string, number>;
}

export interface Planning {
  added: number; removed: number; removedForDiscipline: number; addedByTerm: Record<string, number>;
  removedByTerm: Record<string, number>; standingByTerm: Record<string, PlanTerm>;
}

export interface Training {
  enrolled: number; completed: number; womenEnrolled: number; enrolledByProgramme: Record<string, number>;
  completedByProgramme: Record<string, number>;
}

export interface Appointments {
  appointed: number; reappointed: number; rotated: number; women: number; rotatedByDirection: Record<string, number>;
}

export interface Summary {
  unitCode: string; unitName: string; period: string; from: string; to: string; asOf: string; gradingYear: number;
  completeUpTo: string | null;
  /** Per source topic, up to which event the figures are complete. */
  freshness?: Record<string, Watermark>;
  members: Section<MemberFigures> | null;
  organisations: Section<Organisations> | null;
  admissions: Section<AdmissionFigures>;
  transfers: Section<Transfers>;
  exits: Section<ExitFigures>;
  meetings: Section<Meetings>;
  dues: Section<Dues>;
  /** Null when the unit did not exist in the grading year. */
  grading: Section<Grades> | null;
  inspections?: Section<Inspections>;
  discipline?: Section<Discipline>;
  denunciations?: Section<Denunciations>;
  suspensions?: Section<Suspensions>;
  cadres?: Section<Cadres> | null;
  planning?: Section<Planning>;
  training?: Section<Training>;
  appointments?: Section<Appointments>;
}

/** A report as filed (…/units/{code}/filed-reports): the summary frozen with who filed it and when. */
export interface FiledHeader {
  id: string; unitCode: string; unitName: string; period: string; from: string; to: string; asOf: string;
  gradingYear: number; filedBy: string; filedAt: string; note: string | null;
}

export interface Filed extends FiledHeader { summary: Summary }

export interface Difference {
  section: string; unitCode: string; unitName: string; figure: string; filed: unknown; current: unknown;
}

export interface Differences {
  filedReportId: string; unitCode: string; period: string; asOf: string; filedAt: string;
  currentCompleteUpTo: string | null; unchanged: boolean; differences: Difference[];
}

/** The sections reporting exports (…/units/{code}/{section}/export.xlsx|csv). */
export type SectionName = 'members' | 'organisations' | 'admissions' | 'transfers' | 'exits' | 'meetings' | 'dues'
  | 'grading' | 'inspections' | 'discipline' | 'denunciations' | 'suspensions' | 'cadres' | 'planning' | 'training'
  | 'appointments' | 'summary';

export class ApiError extends Error {
  constructor(readonly status: number, readonly detail: string) {
    super(`${status}: ${detail}`);
  }
}

export type TokenSource = () => Promise<string>;

const BASE = (import.meta.env.VITE_API_BASE as string | undefined ?? '').replace(/\/$/, '');
const REPORTING = `${BASE}/api/reporting/v1`;

function query(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') {
      q.set(k, String(v));
    }
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function call(token: TokenSource, url: string, accept: string): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    const res = await fetch(url, { headers: { Authorization: `Bearer ${await token()}`, Accept: accept } });
    if (res.status === 429 && attempt < 3) {
      // The gateway paces each client; wait as it asks and try again.
      const wait = Number(res.headers.get('Retry-After') ?? '1');
      await sleep(Math.min(Math.max(wait, 1), 5) * 1000);
      continue;
    }
    if (!res.ok) {
      let detail = res.statusText;
      try {
        const problem = await res.json();
        detail = problem.detail ?? problem.title ?? detail;
      } catch {
        // not a problem document
      }
      throw new ApiError(res.status, detail);
    }
    return res;
  }
}

async function json<T>(token: TokenSource, path: string): Promise<T> {
  const res = await call(token, `${REPORTING}${path}`, 'application/json');
  return (await res.json()) as T;
}

const unit = (code: string) => `/units/${encodeURIComponent(code)}`;

export function summary(token: TokenSource, code: string, period: string, asOf?: string, gradingYear?: number): Promise<Summary> {
  return json(token, `${unit(code)}/summary${query({ period, asOf, gradingYear })}`);
}

export function members(token: TokenSource, code: string, date: string): Promise<Section<MemberFigures>> {
  return json(token, `${unit(code)}/members${query({ date })}`);
}

export function meetings(token: TokenSource, code: string, period: string): Promise<Section<Meetings>> {
  return json(token, `${unit(code)}/meetings${query({ period })}`);
}

export function filedReports(token: TokenSource, code: string): Promise<{ items: FiledHeader[]; next: string | null }> {
  return json(token, `${unit(code)}/filed-reports${query({ limit: 50 })}`);
}

export function filedReport(token: TokenSource, code: string, id: string): Promise<Filed> {
  return json(token, `${unit(code)}/filed-reports/${encodeURIComponent(id)}`);
}

export function differences(token: TokenSource, code: string, id: string): Promise<Differences> {
  return json(token, `${unit(code)}/filed-reports/${encodeURIComponent(id)}/differences`);
}

/** The printable summary (PDF, Vietnamese font embedded). */
export function pdfUrl(code: string, params: ExportParams): string {
  return `${REPORTING}${unit(code)}/summary/export.pdf${query({ ...params })}`;
}

export interface ExportParams { period?: string; date?: string; year?: number; asOf?: string; gradingYear?: number }

/** The export's URL: the same parameters as the section's JSON. */
export function exportUrl(code: string, section: SectionName, format: 'xlsx' | 'csv', params: ExportParams): string {
  return `${REPORTING}${unit(code)}/${section}/export.${format}${query({ ...params })}`;
}

/** Downloads an export with the bearer token (a plain link could not carry it) and hands it to the browser. */
export async function download(token: TokenSource, url: string, fallbackName: string): Promise<string> {
  const accept = url.includes('.xlsx') ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
    : url.includes('.pdf') ? 'application/pdf' : 'text/csv';
  const res = await call(token, url, accept);
  const blob = await res.blob();
  const disposition = res.headers.get('Content-Disposition') ?? '';
  const name = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? fallbackName;
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 30_000);
  return name;
}

/** Runs the tasks at most `width` at a time (the gateway limits each client's rate). */
export async function limited<T>(tasks: (() => Promise<T>)[], width = 4): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  async function worker() {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  }
  await Promise.all(Array.from({ length: Math.min(width, tasks.length) }, worker));
  return results;
}
