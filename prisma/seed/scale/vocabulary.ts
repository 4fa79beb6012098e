/**
 * Words the synthetic records are named with, and the 20 synthetic indicators. Every name says
 * what the record is like; the Source every record points to says that none of it is real.
 */
import type * as $Enums from '../../generated/client/enums.ts';

/** [Thai, English] */
export type Words = readonly [string, string];

export const PRODUCTS: readonly Words[] = [
  ['ข้าวอินทรีย์', 'Organic Rice'],
  ['ผ้าทอมือ', 'Handwoven Cloth'],
  ['จักสาน', 'Basketry'],
  ['แปรรูปอาหาร', 'Food Processing'],
  ['สมุนไพร', 'Herbal Products'],
  ['เลี้ยงปลา', 'Fish Farming'],
  ['ท่องเที่ยวชุมชน', 'Community Tourism'],
  ['ผลไม้แปรรูป', 'Processed Fruit'],
  ['เพาะเห็ด', 'Mushroom Growing'],
  ['น้ำพริก', 'Chilli Paste'],
  ['กาแฟ', 'Coffee'],
  ['ปุ๋ยอินทรีย์', 'Organic Fertiliser'],
  ['ขนมไทย', 'Thai Desserts'],
  ['เครื่องปั้นดินเผา', 'Pottery'],
  ['เลี้ยงผึ้ง', 'Beekeeping'],
  ['ยางพารา', 'Rubber'],
];

export const VILLAGES: readonly Words[] = [
  ['หนองบัว', 'Nong Bua'],
  ['โนนสูง', 'Non Sung'],
  ['ดอนแดง', 'Don Daeng'],
  ['ห้วยทราย', 'Huai Sai'],
  ['นาคำ', 'Na Kham'],
  ['โคกกลาง', 'Khok Klang'],
  ['ท่าช้าง', 'Tha Chang'],
  ['สันป่าตอง', 'San Pa Tong'],
  ['วังน้ำเย็น', 'Wang Nam Yen'],
  ['บางพระ', 'Bang Phra'],
  ['หัวฝาย', 'Hua Fai'],
  ['ทุ่งรวงทอง', 'Thung Ruang Thong'],
  ['คลองใหม่', 'Khlong Mai'],
  ['เขาดิน', 'Khao Din'],
  ['ป่าแดง', 'Pa Daeng'],
  ['แม่ทา', 'Mae Tha'],
  ['หนองหาร', 'Nong Han'],
  ['ดงเย็น', 'Dong Yen'],
];

/** Enterprise kinds with how often they occur, and the words a name starts with. */
export const ENTERPRISE_KINDS: readonly (readonly [$Enums.EnterpriseKind, number, Words])[] = [
  ['COMMUNITY_ENTERPRISE', 70, ['วิสาหกิจชุมชน', 'Community Enterprise']],
  ['COMMUNITY_ENTERPRISE_NETWORK', 4, ['เครือข่ายวิสาหกิจชุมชน', 'Community Enterprise Network']],
  ['SOCIAL_ENTERPRISE', 5, ['วิสาหกิจเพื่อสังคม', 'Social Enterprise']],
  ['OCCUPATIONAL_GROUP', 5, ['กลุ่มอาชีพ', 'Occupational Group']],
  ['FARM_HOUSEWIVES_GROUP', 5, ['กลุ่มแม่บ้านเกษตรกร', 'Farm Housewives Group']],
  ['OTOP_PRODUCER', 5, ['ผู้ผลิตผลิตภัณฑ์ OTOP', 'OTOP Producer']],
  ['TOURISM_COMMUNITY', 3, ['ชุมชนท่องเที่ยว', 'Tourism Community']],
  ['HOMESTAY', 3, ['โฮมสเตย์', 'Homestay']],
];

/** Organisation kinds with how often they occur, and how a name is made. */
export const ORGANISATION_KINDS: readonly (readonly [$Enums.OrganisationKind, number, Words])[] = [
  ['LOCAL_GOVERNMENT', 35, ['องค์การบริหารส่วนตำบล', 'Subdistrict Administrative Organisation']],
  ['PROVINCIAL_OFFICE', 20, ['สำนักงานเกษตรอำเภอ', 'District Agricultural Office']],
  ['COMPANY', 15, ['บริษัท ประชารัฐรักสามัคคี', 'Pracharat Rak Samakkhi Company']],
  ['FOUNDATION', 10, ['มูลนิธิพัฒนาชุมชน', 'Community Development Foundation']],
  ['ASSOCIATION', 10, ['สมาคมผู้ผลิต', 'Producers Association']],
  ['SOCIAL_ENTERPRISE_COMPANY', 5, ['บริษัทวิสาหกิจเพื่อสังคม', 'Social Enterprise Company']],
  ['COMMUNITY_REPRESENTATIVES', 5, ['สภาองค์กรชุมชน', 'Community Organisations Council']],
];

export const AGREEMENT_STATUSES: readonly (readonly [$Enums.AgreementStatus, number])[] = [
  ['SIGNED', 70],
  ['ENDED', 10],
  ['PROPOSED', 10],
  ['IN_PREPARATION', 10],
];

export interface SyntheticIndicator {
  code: string;
  nameTh: string;
  nameEn: string;
  unit: string;
  measure: $Enums.Measure;
  aggregation: $Enums.PeriodAggregation;
  categoryScheme: $Enums.CategoryScheme | null;
  /** Whether the indicator has TARGET rows (province level) beside its ACTUAL ones. */
  targets: boolean;
  /** A typical province's yearly value (a flow) or level (a stock). */
  scale: number;
}

const i = (
  code: string,
  nameTh: string,
  nameEn: string,
  unit: string,
  measure: $Enums.Measure,
  aggregation: $Enums.PeriodAggregation,
  scale: number,
  categoryScheme: $Enums.CategoryScheme | null = null,
  targets = false,
): SyntheticIndicator => ({
  code: `SYN_${code}`,
  nameTh: `${nameTh} (ข้อมูลสังเคราะห์)`,
  nameEn: `${nameEn} (synthetic)`,
  unit,
  measure,
  aggregation,
  categoryScheme,
  targets,
  scale,
});

export const SYNTHETIC_INDICATORS: readonly SyntheticIndicator[] = [
  i(
    'SALES',
    'ยอดจำหน่ายสินค้าวิสาหกิจชุมชน',
    'Community enterprise sales',
    'THB',
    'AMOUNT',
    'SUM',
    5_000_000,
    'BUSINESS_TYPE',
    true,
  ),
  i(
    'CE_REGISTERED',
    'วิสาหกิจชุมชนที่จดทะเบียน',
    'Registered community enterprises',
    'ENTERPRISE',
    'COUNT',
    'LAST',
    1_200,
    'BUSINESS_TYPE',
  ),
  i(
    'CE_ASSESSED',
    'วิสาหกิจชุมชนที่ได้รับการประเมินศักยภาพ',
    'Community enterprises assessed',
    'ENTERPRISE',
    'COUNT',
    'LAST',
    400,
    'ASSESSMENT_GRADE',
  ),
  i(
    'PRODUCTS_CERTIFIED',
    'ผลิตภัณฑ์ที่ยื่นขอรับรองมาตรฐาน',
    'Products submitted for certification',
    'PRODUCT',
    'COUNT',
    'LAST',
    150,
    'CERTIFICATION_STATUS',
  ),
  i(
    'TOURISM_COMMUNITIES',
    'ชุมชนท่องเที่ยวที่ได้รับการประเมิน',
    'Tourism communities assessed',
    'COMMUNITY',
    'COUNT',
    'LAST',
    40,
    'TOURISM_LEVEL',
  ),
  i('FAIRS', 'งานแสดงและจำหน่ายสินค้า', 'Trade fairs held', 'FAIR', 'COUNT', 'SUM', 24, null, true),
  i('FAIR_SALES', 'ยอดจำหน่ายในงานแสดงสินค้า', 'Trade fair sales', 'THB', 'AMOUNT', 'SUM', 2_000_000, null, true),
  i('MEMBERS', 'สมาชิกวิสาหกิจชุมชน', 'Community enterprise members', 'PERSON', 'COUNT', 'LAST', 25_000),
  i('TRAINED', 'ผู้ผ่านการฝึกอบรม', 'People trained', 'PERSON', 'COUNT', 'SUM', 3_000, null, true),
  i('PRODUCTS_DEVELOPED', 'ผลิตภัณฑ์ที่ได้รับการพัฒนา', 'Products developed', 'PRODUCT', 'COUNT', 'SUM', 120),
  i('SURPLUS_FOOD_KG', 'อาหารส่วนเกินที่ส่งต่อ', 'Surplus food passed on', 'KG', 'QUANTITY', 'SUM', 80_000),
  i('CO2E_REDUCED', 'ก๊าซเรือนกระจกที่ลดได้', 'Greenhouse gas avoided', 'KGCO2E', 'QUANTITY', 'SUM', 200_000),
  i('MEALS', 'มื้ออาหารที่แจกจ่าย', 'Meals given out', 'MEAL', 'QUANTITY', 'SUM', 150_000),
  i('HOMESTAYS', 'บ้านพักโฮมสเตย์ที่ได้มาตรฐาน', 'Homestay houses meeting the standard', 'HOUSE', 'COUNT', 'LAST', 300),
  i('GROUPS', 'กลุ่มอาชีพที่ได้รับการส่งเสริม', 'Occupational groups supported', 'GROUP', 'COUNT', 'LAST', 600),
  i('DONORS', 'ผู้บริจาคอาหาร', 'Food donors', 'DONOR', 'COUNT', 'LAST', 90),
  i('BENEFICIARIES', 'ผู้ได้รับประโยชน์', 'Beneficiaries', 'PERSON', 'COUNT', 'SUM', 40_000, null, true),
  i('TRAINING_DAYS', 'วันฝึกอบรม', 'Training days', 'DAY', 'QUANTITY', 'SUM', 200),
  i('INCOME', 'รายได้สมาชิกที่เพิ่มขึ้น', 'Additional member income', 'THB', 'AMOUNT', 'SUM', 8_000_000, null, true),
  i('SAVINGS', 'เงินออมของกลุ่มออมทรัพย์', 'Savings group deposits', 'THB', 'AMOUNT', 'LAST', 12_000_000),
];

/** Fiscal years (B.E.) the observations cover: FY2561–FY2568 (October 2017 – September 2025). */
export const FISCAL_YEARS = [2561, 2562, 2563, 2564, 2565, 2566, 2567, 2568] as const;
