// Vietnamese names of the codes reporting answers with.

export const ORGANISATION_TYPES: Record<string, string> = {
  COMMUNE: 'Xã',
  WARD: 'Phường',
  TOWN: 'Thị trấn',
  COMMUNE_WARD: 'Xã, phường, thị trấn (chưa phân loại)',
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

/** Who set an admission target: the unit itself, or the committee above it. */
export const TARGET_SETTERS: Record<string, string> = {
  OWN: 'Đơn vị tự đề ra',
  SUPERIOR: 'Cấp trên giao',
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
// two decimals always, as committees print them in their reports (64,30%, not 64,3%)
const PERCENT = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

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

export const DISCIPLINE_FORMS: Record<string, string> = {
  REPRIMAND: 'Khiển trách',
  WARNING: 'Cảnh cáo',
  REMOVAL_FROM_POST: 'Cách chức',
  EXPULSION: 'Khai trừ',
  DISSOLUTION: 'Giải tán',
};

export const BODY_LEVELS: Record<string, string> = {
  PROVINCE: 'Cấp tỉnh',
  INTERMEDIATE: 'Cấp huyện và tương đương',
  BASE: 'Cấp cơ sở',
  CELL: 'Chi bộ',
};

export const CASE_KINDS: Record<string, string> = {
  ROUTINE: 'Thường xuyên',
  THEMATIC: 'Chuyên đề',
  SIGNS_OF_VIOLATION: 'Khi có dấu hiệu vi phạm',
  DUTY_PERFORMANCE: 'Thực hiện nhiệm vụ kiểm tra, giám sát',
  DISCIPLINE_ENFORCEMENT: 'Thi hành kỷ luật trong Đảng',
  DUES: 'Thu, nộp, quản lý, sử dụng đảng phí',
  FINANCE: 'Tài chính',
};

export const OUTCOMES: Record<string, string> = {
  WELL_FOUNDED: 'Đúng',
  PARTLY_FOUNDED: 'Đúng một phần',
  UNFOUNDED: 'Sai',
};

/** The sections of a summary, as the differences with a filed report name them. */
export const SECTION_NAMES: Record<string, string> = {
  members: 'Đảng viên', organisations: 'Tổ chức đảng', admissions: 'Kết nạp', transfers: 'Chuyển sinh hoạt',
  exits: 'Ra khỏi Đảng', meetings: 'Sinh hoạt chi bộ', dues: 'Đảng phí', grading: 'Xếp loại',
  inspections: 'Kiểm tra, giám sát', discipline: 'Kỷ luật', denunciations: 'Tố cáo, khiếu nại',
  suspensions: 'Đình chỉ sinh hoạt', cadres: 'Cán bộ', planning: 'Quy hoạch', training: 'Đào tạo, bồi dưỡng',
  appointments: 'Bổ nhiệm, luân chuyển',
};
