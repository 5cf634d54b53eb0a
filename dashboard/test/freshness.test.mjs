// Unit tests of the freshness line and the cadre profile groups (node --test, on the compiled src/freshness.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freshnessView, profileGroups, viStamp } from '../build/test/freshness.js';

const mark = (completeUpTo, eventsProjected) => ({ completeUpTo, newestEventId: completeUpTo ? 'e' : null, eventsProjected });

test('a time is printed day first, in Vietnam\'s time (UTC+7)', () => {
  assert.equal(viStamp('2026-12-02T03:15:00Z'), '02/12/2026 10:15');
  assert.equal(viStamp('2026-12-01T21:58:33.55Z'), '02/12/2026 04:58');
});

test('the line names the oldest topic\'s time; each topic has its row and tooltip line', () => {
  const v = freshnessView({
    'membership.events': mark('2026-12-02T03:15:00Z', 1234),
    'inspection.events': mark('2026-12-01T02:00:00Z', 56),
    'cadre.events': mark('2026-12-02T03:20:00Z', 7),
  });
  assert.equal(v.line, 'Số liệu đầy đủ đến 01/12/2026 09:00');
  assert.equal(v.oldestTopic, 'inspection.events');
  assert.deepEqual(v.rows, [
    ['Đảng viên, tổ chức đảng, sinh hoạt, đảng phí, xếp loại', '02/12/2026 10:15', '1.234'],
    ['Kiểm tra, giám sát, kỷ luật, tố cáo', '01/12/2026 09:00', '56'],
    ['Cán bộ, quy hoạch, đào tạo, bổ nhiệm', '02/12/2026 10:20', '7'],
  ]);
  assert.equal(v.tooltip.split('\n')[1], 'Kiểm tra, giám sát, kỷ luật, tố cáo: đến 01/12/2026 09:00 (56 sự kiện)');
});

test('a topic nothing was read from is listed but does not make the line older; none at all is said so', () => {
  const v = freshnessView({ 'membership.events': mark('2026-12-02T03:15:00Z', 3), 'cadre.events': mark(null, 0) });
  assert.equal(v.line, 'Số liệu đầy đủ đến 02/12/2026 10:15');
  assert.equal(v.oldestTopic, 'membership.events');
  assert.deepEqual(v.rows[1], ['Cán bộ, quy hoạch, đào tạo, bổ nhiệm', 'chưa nhận sự kiện nào', '0']);
  assert.equal(freshnessView({ 'cadre.events': mark(null, 0) }).line, 'Chưa ghi nhận sự kiện nào');
  assert.equal(freshnessView(undefined).line, 'Chưa ghi nhận sự kiện nào');
  assert.equal(freshnessView({ 'other.events': mark('2026-12-02T03:15:00Z', 1) }).rows[0][0], 'other.events');
});

test('cadre profiles split by sex, age band and ethnicity, each pair adding up to the cadres', () => {
  const groups = profileGroups({ cadres: 3, women: 1, under40: 2, ethnicMinority: 0, womenPercent: 33.33,
    under40Percent: 66.67, ethnicMinorityPercent: 0 });
  assert.deepEqual(groups.map((g) => [g.group, g.label, g.count, g.percent]), [
    ['Giới tính', 'Nữ', 1, '33,33%'], ['Giới tính', 'Nam', 2, '66,67%'],
    ['Độ tuổi', 'Dưới 40 tuổi', 2, '66,67%'], ['Độ tuổi', 'Từ 40 tuổi trở lên', 1, '33,33%'],
    ['Dân tộc', 'Dân tộc thiểu số', 0, '0,00%'], ['Dân tộc', 'Dân tộc Kinh', 3, '100,00%'],
  ]);
  const none = profileGroups({ cadres: 0, women: 0, under40: 0, ethnicMinority: 0, womenPercent: null,
    under40Percent: null, ethnicMinorityPercent: null });
  assert.ok(none.every((g) => g.count === 0 && g.percent === '–'));
});
