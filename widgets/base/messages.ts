/**
 * The widgets' own words, Thai and English. A per-element catalogue rather than @lit/localize:
 * one page may show the same widget in both languages side by side (`lang` on each element),
 * which a page-wide locale cannot do, and the strings are few.
 */
import type { Lang } from './format.ts';

const MESSAGES = {
  loading: { th: 'กำลังโหลดข้อมูล…', en: 'Loading data…' },
  empty: { th: 'ไม่มีข้อมูลสำหรับตัวกรองนี้', en: 'No data for this selection' },
  error: { th: 'โหลดข้อมูลไม่สำเร็จ', en: 'Could not load the data' },
  retry: { th: 'ลองอีกครั้ง', en: 'Try again' },
  networkError: { th: 'ติดต่อเซิร์ฟเวอร์ข้อมูลไม่ได้', en: 'The data server could not be reached' },
  source: { th: 'ที่มา', en: 'Source' },
  showTable: { th: 'แสดงเป็นตาราง', en: 'Show as table' },
  showChart: { th: 'แสดงเป็นแผนภูมิ', en: 'Show as chart' },
  total: { th: 'รวม', en: 'Total' },
  target: { th: 'เป้าหมาย', en: 'Target' },
  actual: { th: 'ผลจริง', en: 'Actual' },
  value: { th: 'ค่า', en: 'Value' },
  share: { th: 'สัดส่วน', en: 'Share' },
  item: { th: 'รายการ', en: 'Item' },
  period: { th: 'ช่วงเวลา', en: 'Period' },
  area: { th: 'พื้นที่', en: 'Area' },
  category: { th: 'ประเภท', en: 'Category' },
  name: { th: 'ชื่อ', en: 'Name' },
  kind: { th: 'ประเภท', en: 'Kind' },
  previous: { th: 'ช่วงก่อนหน้า', en: 'previous period' },
  progress: { th: 'ความคืบหน้าเทียบเป้าหมาย', en: 'progress to target' },
  approximate: { th: 'โดยประมาณ', en: 'approximate' },
  next: { th: 'ถัดไป', en: 'Next' },
  previousPage: { th: 'ก่อนหน้า', en: 'Previous' },
  rows: { th: 'รายการ', en: 'rows' },
  of: { th: 'จาก', en: 'of' },
  sortBy: { th: 'เรียงตาม', en: 'Sort by' },
  chartSummary: { th: 'แผนภูมิ', en: 'Chart' },
  missingIndicator: { th: 'ไม่ได้ระบุตัวชี้วัด (attribute indicator)', en: 'No indicator given (the indicator attribute)' },
} satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof MESSAGES;

export const msg = (key: MessageKey, lang: Lang): string => MESSAGES[key][lang];
