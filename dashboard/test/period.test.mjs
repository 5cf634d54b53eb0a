// Unit tests of the period codes and labels (node --test, on the compiled src/period.ts and src/labels.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attendancePeriods, buildCode, parsePeriod, periodLabel, stockDays, termOf, vietnamToday } from '../build/test/period.js';
import { gradeLabel, pct, viDateTime } from '../build/test/labels.js';

test('every period form reporting parses is read with its first and last day', () => {
  assert.deepEqual(parsePeriod('2026-03'), { kind: 'month', code: '2026-03', from: '2026-03-01', to: '2026-03-31' });
  assert.deepEqual(parsePeriod('2024-02'), { kind: 'month', code: '2024-02', from: '2024-02-01', to: '2024-02-29' });
  assert.deepEqual(parsePeriod('2026-q3'), { kind: 'quarter', code: '2026-Q3', from: '2026-07-01', to: '2026-09-30' });
  assert.deepEqual(parsePeriod('2026-H2'), { kind: 'half', code: '2026-H2', from: '2026-07-01', to: '2026-12-31' });
  assert.deepEqual(parsePeriod('2026-9M'), { kind: 'nine', code: '2026-9M', from: '2026-01-01', to: '2026-09-30' });
  assert.deepEqual(parsePeriod('2026'), { kind: 'year', code: '2026', from: '2026-01-01', to: '2026-12-31' });
  assert.deepEqual(parsePeriod('2020-2025'), { kind: 'term', code: '2020-2025', from: '2020-01-01', to: '2024-12-31' });
  assert.deepEqual(parsePeriod('2026-01-15..2026-02-20'), { kind: 'range', code: '2026-01-15..2026-02-20', from: '2026-01-15', to: '2026-02-20' });
});

test('what is not a period is refused', () => {
  for (const bad of ['', '2026-13', '2026-00', '2026-Q5', '2026-H3', '2025-2020', '2020-2040', '2026-02-30..2026-03-01',
    '2026-03-01..2026-02-01', 'năm 2026']) {
    assert.equal(parsePeriod(bad), null, bad);
  }
});

test('periods are named in Vietnamese as committees write them', () => {
  const name = (c) => periodLabel(parsePeriod(c));
  assert.equal(name('2026-03'), 'Tháng 3/2026');
  assert.equal(name('2026-Q1'), 'Quý I/2026');
  assert.equal(name('2026-Q4'), 'Quý IV/2026');
  assert.equal(name('2026-H1'), '6 tháng đầu năm 2026');
  assert.equal(name('2026-H2'), '6 tháng cuối năm 2026');
  assert.equal(name('2026-9M'), '9 tháng đầu năm 2026');
  assert.equal(name('2026'), 'Năm 2026');
  assert.equal(name('2025-2030'), 'Nhiệm kỳ 2025–2030');
  assert.equal(name('2026-01-15..2026-02-20'), 'Từ 15/01/2026 đến 20/02/2026');
});

test('the form builds the codes reporting takes', () => {
  assert.equal(buildCode('month', 2026, 3, '', '', ''), '2026-03');
  assert.equal(buildCode('quarter', 2026, 2, '', '', ''), '2026-Q2');
  assert.equal(buildCode('half', 2026, 1, '', '', ''), '2026-H1');
  assert.equal(buildCode('nine', 2026, 0, '', '', ''), '2026-9M');
  assert.equal(buildCode('term', 2026, 0, '2025-2030', '', ''), '2025-2030');
  assert.equal(buildCode('range', 2026, 0, '', '2026-01-01', '2026-01-31'), '2026-01-01..2026-01-31');
});

test('congress terms are the five-year terms counted from 2020', () => {
  assert.equal(termOf(2026), '2025-2030');
  assert.equal(termOf(2025), '2025-2030');
  assert.equal(termOf(2024), '2020-2025');
  assert.equal(termOf(2017), '2015-2020');
});

test('members over time: the opening day and month or quarter ends, none after today', () => {
  assert.deepEqual(stockDays(parsePeriod('2026-Q1'), '2026-12-02'), ['2025-12-31', '2026-01-31', '2026-02-28', '2026-03-31']);
  assert.deepEqual(stockDays(parsePeriod('2026'), '2026-12-02'), ['2025-12-31', '2026-03-31', '2026-06-30', '2026-09-30', '2026-12-02']);
  assert.deepEqual(stockDays(parsePeriod('2026'), '2026-05-10'), ['2025-12-31', '2026-03-31', '2026-05-10']);
  assert.deepEqual(stockDays(parsePeriod('2020-2025'), '2026-12-02'),
    ['2019-12-31', '2020-12-31', '2021-12-31', '2022-12-31', '2023-12-31', '2024-12-31']);
  assert.ok(stockDays(parsePeriod('2025-2030'), '2026-12-02').every((d) => d <= '2026-12-02'));
});

test('attendance by month: each month of a year, each year of a term, only begun ones', () => {
  assert.deepEqual(attendancePeriods(parsePeriod('2026'), '2026-12-02').map((p) => p.code),
    ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12']);
  assert.deepEqual(attendancePeriods(parsePeriod('2026-H2'), '2026-08-15').map((p) => p.code), ['2026-07', '2026-08']);
  assert.deepEqual(attendancePeriods(parsePeriod('2025-2030'), '2026-12-02').map((p) => p.code), ['2025', '2026']);
});

test('today and times are Vietnam\'s (UTC+7)', () => {
  assert.equal(vietnamToday(new Date('2026-12-01T17:30:00Z')), '2026-12-02');
  assert.equal(vietnamToday(new Date('2026-12-01T16:59:00Z')), '2026-12-01');
  assert.equal(viDateTime('2026-12-01T21:58:33.55Z'), '04:58 ngày 02/12/2026');
});

test('grades are named by the scale of their year', () => {
  assert.equal(gradeLabel('EXCELLENT', false, 2025), 'Hoàn thành xuất sắc nhiệm vụ');
  assert.equal(gradeLabel('CLEAN_AND_STRONG', true, 2016), 'Trong sạch, vững mạnh');
  assert.equal(gradeLabel('NOT_COMPLETED', true, 2016), 'Yếu kém');
  assert.equal(gradeLabel('NOT_COMPLETED', true, 2018), 'Không hoàn thành nhiệm vụ');
});

test('percentages are printed as committees print them: two decimals, a comma, and a dash for none', () => {
  assert.equal(pct(64.27), '64,27%');
  assert.equal(pct(64.3), '64,30%');
  assert.equal(pct(100), '100,00%');
  assert.equal(pct(null), '–');
});
