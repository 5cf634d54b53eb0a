// Vietnamese names of the codes reporting answers with.

export const ORGANISATION_TYPES: Record<string, string> = {
  COMMUNE_WARD: 'Xã, phường, thị trấn',
  STATE_AGENCY: 'Cơ quan hành chính nhà nước',
  PUBLIC_SERVICE_UNIT: 'Đơn vị sự nghiệp công lập',
  STATE_ENTERPRISE: 'Doanh nghiệp nhà nước',
  PRIVATE_ENTERPRISE: 'Doanh nghiệp ngoài nhà nước',
  COOPERATIVE: 'Hợp tác xã',
  ARMY: 'Quân đội',
  POLICE: 'Công an',
  SCHOOL: 'Trường học',
  HEALTH: 'Y tế',
};

export const EXIT_KINDS: Record<string, string> = {
  STRUCK_OFF: 'Xóa tên',
  RELEASED: 'Cho ra khỏi Đảng',
  EXPELLED: 'Khai trừ',
  DECEASED: 'Từ trần',
};

const GRADES: Record<string, string> = {
  CLEAN_AND_STRONG: 'Trong sạch, vững mạnh',
  EXCELLENT: 'Hoàn thành xuất sắc nhiệm vụ',
  GOOD: 'Hoàn thành tốt nhiệm vụ',
  COMPLETED: 'Hoàn thành nhiệm vụ',
  NOT_COMPLETED: 'Không hoàn thành nhiệm vụ',
};

/** A grade's name; organisations graded up to 2017 that did not complete were "weak" (yếu kém). */
export function gradeLabel(code: string, organisation: boolean, year: number): string {
  if (organisation && year <= 2017 && code === 'NOT_COMPLETED') return 'Yếu kém';
  return GRADES[code] ?? code;
}

export const label = (table: Record<string, string>, code: string) => table[code] ?? code;

const NUMBER = new Intl.NumberFormat('vi-VN');
const PERCENT = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 0, maximumFractionDigits: 2 });

export const num = (n: number | null | undefined) => (n === null || n === undefined ? '–' : NUMBER.format(n));
export const pct = (n: number | null | undefined) => (n === null || n === undefined ? '–' : `${PERCENT.format(n)}%`);
export const dong = (n: number) => `${NUMBER.format(n)} đ`;

/** "14:58 ngày 01/12/2026" in Vietnam's time. */
export function viDateTime(isoTime: string): string {
  const d = new Date(isoTime);
  const parts = new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', year: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(d);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('hour')}:${get('minute')} ngày ${get('day')}/${get('month')}/${get('year')}`;
}
