/**
 * The domain's closed vocabularies, each value with its Thai and English label and, where the
 * English label is not enough, a description. One source for the seed format (zod), the GraphQL
 * enums (Pothos) and the widgets' labels. Plain object literals, so a bundler keeps only the
 * vocabularies a widget uses.
 */
export interface EnumValue {
  th: string;
  en: string;
  /** For the API docs; the English label when absent. */
  description?: string;
}

export type EnumDefinition = Record<string, EnumValue>;

/** The description of a value: its own, or its English label. */
export const descriptionOf = (value: EnumValue): string => value.description ?? value.en;

/** The label of `key` in `lang`, or the key itself for a value the vocabulary does not know. */
export function labelOf(def: EnumDefinition, key: string, lang: 'th' | 'en'): string {
  return def[key]?.[lang] ?? key;
}

export const AreaKinds = {
  COUNTRY: { th: 'ประเทศ', en: 'Country' },
  REGION: { th: 'ภาค', en: 'Region', description: 'A region of the country.' },
  PROVINCE: { th: 'จังหวัด', en: 'Province', description: 'A province (จังหวัด); Bangkok counts as one.' },
  DISTRICT: { th: 'อำเภอ/เขต', en: 'District', description: 'A district: อำเภอ in the provinces, เขต in Bangkok.' },
  SUBDISTRICT: {
    th: 'ตำบล/แขวง',
    en: 'Subdistrict',
    description: 'A subdistrict: ตำบล in the provinces, แขวง in Bangkok.',
  },
  DISTRICT_GROUP: {
    th: 'กลุ่มเขต',
    en: 'District group',
    description: "One of Bangkok's six groups of districts (กลุ่มเขต).",
  },
  PROVINCE_CLUSTER: {
    th: 'กลุ่มจังหวัด',
    en: 'Province cluster',
    description: 'A government cluster of provinces (กลุ่มจังหวัด).',
  },
} satisfies EnumDefinition;

export const OrganisationKinds = {
  GOVERNMENT: { th: 'รัฐบาล', en: 'Government', description: 'The government or an office of the Prime Minister.' },
  MINISTRY: { th: 'กระทรวง', en: 'Ministry' },
  DEPARTMENT: { th: 'กรม', en: 'Department', description: 'A department or equivalent office under a ministry.' },
  GOVERNMENT_OFFICE: {
    th: 'สำนักงาน',
    en: 'Government office',
    description: 'A government office not otherwise classified.',
  },
  PROVINCIAL_OFFICE: {
    th: 'สำนักงานจังหวัด',
    en: 'Provincial office',
    description: "A ministry's or department's office in a province.",
  },
  REGIONAL_OFFICE: { th: 'สำนักงานเขต/ภาค', en: 'Regional office', description: "A department's regional office." },
  LOCAL_GOVERNMENT: {
    th: 'องค์กรปกครองส่วนท้องถิ่น',
    en: 'Local government',
    description: 'Local government, e.g. the Bangkok Metropolitan Administration.',
  },
  COMMITTEE: { th: 'คณะกรรมการ', en: 'Committee', description: 'A committee, board or working mechanism.' },
  BANK: { th: 'ธนาคาร', en: 'Bank', description: 'A bank, including specialised financial institutions.' },
  STATE_ENTERPRISE: { th: 'รัฐวิสาหกิจ', en: 'State enterprise' },
  PUBLIC_ORGANISATION: { th: 'องค์การมหาชน', en: 'Public organisation' },
  INDEPENDENT_AGENCY: {
    th: 'หน่วยงานอิสระ',
    en: 'Independent agency',
    description: 'A regulator or other independent state agency.',
  },
  FUND: { th: 'กองทุน', en: 'Fund', description: 'A public fund or its office.' },
  COMPANY: { th: 'บริษัท', en: 'Company' },
  SOCIAL_ENTERPRISE_COMPANY: { th: 'บริษัทวิสาหกิจเพื่อสังคม', en: 'Social enterprise company' },
  FOUNDATION: { th: 'มูลนิธิ', en: 'Foundation' },
  COUNCIL: { th: 'สภา', en: 'Council' },
  ASSOCIATION: { th: 'สมาคม', en: 'Association' },
  COMMUNITY_REPRESENTATIVES: {
    th: 'ผู้แทนชุมชน',
    en: 'Community representatives',
    description: 'Representatives of community enterprises or experts acting as a group.',
  },
  OTHER: { th: 'อื่น ๆ', en: 'Other' },
} satisfies EnumDefinition;

export const EnterpriseKinds = {
  COMMUNITY_ENTERPRISE: {
    th: 'วิสาหกิจชุมชน',
    en: 'Community enterprise',
    description: 'Registered under the Community Enterprise Promotion Act B.E. 2548 (2005).',
  },
  COMMUNITY_ENTERPRISE_NETWORK: {
    th: 'เครือข่ายวิสาหกิจชุมชน',
    en: 'Community enterprise network',
    description: 'A registered network of community enterprises.',
  },
  SOCIAL_ENTERPRISE: { th: 'วิสาหกิจเพื่อสังคม', en: 'Social enterprise' },
  SOCIAL_ENTERPRISE_GROUP: { th: 'กลุ่มกิจการเพื่อสังคม', en: 'Social enterprise group' },
  OCCUPATIONAL_GROUP: { th: 'กลุ่มอาชีพ', en: 'Occupational group' },
  FARM_HOUSEWIVES_GROUP: { th: 'กลุ่มแม่บ้านเกษตรกร', en: "Farm housewives' group" },
  SAVINGS_GROUP: { th: 'กลุ่มออมทรัพย์', en: 'Savings group' },
  OTOP_PRODUCER: { th: 'ผู้ผลิต OTOP', en: 'OTOP producer', description: 'A One Tambon One Product producer.' },
  LEARNING_CENTRE: { th: 'ศูนย์เรียนรู้', en: 'Learning centre' },
  TOURISM_COMMUNITY: { th: 'ชุมชนท่องเที่ยว', en: 'Tourism community' },
  HOMESTAY: { th: 'โฮมสเตย์', en: 'Homestay' },
  OTHER_GROUP: { th: 'กลุ่มอื่น ๆ', en: 'Other group' },
} satisfies EnumDefinition;

export const AssessmentGrades = {
  GOOD: { th: 'ดี', en: 'Good' },
  MEDIUM: { th: 'ปานกลาง', en: 'Medium' },
  NEEDS_IMPROVEMENT: { th: 'ปรับปรุง', en: 'Needs improvement' },
} satisfies EnumDefinition;

export const AwardLevels = {
  PROVINCIAL: { th: 'ระดับจังหวัด', en: 'Provincial' },
  REGIONAL: { th: 'ระดับเขต', en: 'Regional' },
  NATIONAL: { th: 'ระดับประเทศ', en: 'National' },
} satisfies EnumDefinition;

export const AwardRanks = {
  WINNER: { th: 'ชนะเลิศ', en: 'Winner' },
  FIRST_RUNNER_UP: { th: 'รองชนะเลิศอันดับ 1', en: 'First runner-up' },
  SECOND_RUNNER_UP: { th: 'รองชนะเลิศอันดับ 2', en: 'Second runner-up' },
  HONOURABLE_MENTION: { th: 'ชมเชย', en: 'Honourable mention' },
} satisfies EnumDefinition;

export const CertificationStatuses = {
  CERTIFIED: { th: 'ผ่านการรับรอง', en: 'Certified' },
  NOT_CERTIFIED: { th: 'ไม่ผ่านการรับรอง', en: 'Not certified' },
  PENDING: { th: 'รอผลการรับรอง', en: 'Pending', description: 'Awaiting the result.' },
} satisfies EnumDefinition;

export const TourismLevels = {
  A: {
    th: 'ระดับ A',
    en: 'Level A',
    description: 'Ready to promote (Community Development Department classification).',
  },
  B: { th: 'ระดับ B', en: 'Level B', description: 'Has potential but needs infrastructure.' },
  C: { th: 'ระดับ C', en: 'Level C', description: 'Learning potential.' },
  D: { th: 'ระดับ D', en: 'Level D', description: 'Community products.' },
} satisfies EnumDefinition;

export const AgreementStatuses = {
  PROPOSED: { th: 'เสนอ', en: 'Proposed', description: 'Planned or proposed, not yet drafted.' },
  IN_PREPARATION: { th: 'อยู่ระหว่างจัดทำ', en: 'In preparation' },
  SIGNED: { th: 'ลงนามแล้ว', en: 'Signed' },
  ENDED: { th: 'สิ้นสุดแล้ว', en: 'Ended' },
} satisfies EnumDefinition;

export const SignatoryRoles = {
  SIGNATORY: { th: 'ผู้ลงนาม', en: 'Signatory' },
  PRESIDING: { th: 'ประธาน', en: 'Presiding', description: 'Chaired or presided over the signing.' },
  WITNESS: { th: 'พยาน', en: 'Witness' },
} satisfies EnumDefinition;

export const PartnerRoles = {
  PARTNER: { th: 'ภาคี', en: 'Partner' },
  FUNDER: { th: 'ผู้สนับสนุนงบประมาณ', en: 'Funder' },
  REPORTING_AGENCY: { th: 'หน่วยงานรายงาน', en: 'Reporting agency', description: 'Reports progress to the programme.' },
  MEMBER: { th: 'กรรมการ', en: 'Member', description: 'A member of the programme committee or subcommittee.' },
  IMPLEMENTER: { th: 'หน่วยดำเนินการ', en: 'Implementer' },
} satisfies EnumDefinition;

export const BudgetKinds = {
  ALLOCATED: { th: 'ได้รับจัดสรร', en: 'Allocated' },
  TRANSFERRED: { th: 'โอนแล้ว', en: 'Transferred' },
  REQUESTED: { th: 'ขอเบิก', en: 'Requested', description: 'Requested by recipients.' },
  DISBURSED: { th: 'เบิกจ่าย/กันเงิน', en: 'Disbursed', description: 'Disbursed or committed (carried over).' },
} satisfies EnumDefinition;

export const ActivityKinds = {
  MEETING: { th: 'การประชุม', en: 'Meeting' },
  TRAINING: { th: 'การอบรม', en: 'Training' },
  FAIR: { th: 'งานแสดงสินค้า', en: 'Fair' },
  CONTEST: { th: 'การประกวด', en: 'Contest' },
  SIGNING: { th: 'การลงนาม', en: 'Signing' },
  VISIT: { th: 'การเยี่ยมชม', en: 'Visit' },
  SUPPORT: { th: 'การสนับสนุน', en: 'Support', description: 'Support given to enterprises (inputs, equipment, advice).' },
  OTHER: { th: 'อื่น ๆ', en: 'Other' },
} satisfies EnumDefinition;

export const ObservationKinds = {
  ACTUAL: { th: 'ผลจริง', en: 'Actual', description: 'A measured or reported result.' },
  TARGET: { th: 'เป้าหมาย', en: 'Target', description: 'A planned value.' },
  BASELINE: { th: 'ค่าฐาน', en: 'Baseline', description: 'The value at the start, for comparison.' },
} satisfies EnumDefinition;

export const Measures = {
  COUNT: { th: 'จำนวน', en: 'Count', description: 'A count of things (enterprises, people, fairs).' },
  AMOUNT: { th: 'จำนวนเงิน', en: 'Amount', description: 'A sum of money.' },
  PERCENTAGE: { th: 'ร้อยละ', en: 'Percentage', description: 'A percentage between 0 and 100.' },
  QUANTITY: { th: 'ปริมาณ', en: 'Quantity', description: 'A physical quantity (kilograms, kgCO2e, meals).' },
} satisfies EnumDefinition;

export const PeriodAggregations = {
  SUM: {
    th: 'รวม',
    en: 'Sum',
    description: 'Values of separate periods add up (flows: sales, meals, people trained).',
  },
  LAST: {
    th: 'ค่าล่าสุด',
    en: 'Latest',
    description: 'The latest period stands for the whole (stocks: registered enterprises, members).',
  },
} satisfies EnumDefinition;

export const CategorySchemes = {
  BUSINESS_TYPE: { th: 'ประเภทกิจการ', en: 'Business type' },
  ASSESSMENT_GRADE: { th: 'ผลประเมินศักยภาพ', en: 'Potential assessment grade' },
  CERTIFICATION_STATUS: { th: 'สถานะการรับรอง', en: 'Certification status' },
  TOURISM_LEVEL: { th: 'ระดับชุมชนท่องเที่ยว', en: 'Tourism community level' },
  THEME: { th: 'ประเด็น', en: 'Theme' },
  BENEFICIARY: { th: 'กลุ่มเป้าหมาย', en: 'Beneficiary group' },
  OTHER: { th: 'อื่น ๆ', en: 'Other' },
} satisfies EnumDefinition;

export const PublicationStatuses = {
  DRAFT: { th: 'ฉบับร่าง', en: 'Draft', description: 'Visible to staff only.' },
  PUBLISHED: { th: 'เผยแพร่', en: 'Published', description: 'Visible to everyone.' },
  ARCHIVED: {
    th: 'เก็บถาวร',
    en: 'Archived',
    description: 'Withdrawn from the public; kept for staff and the audit trail.',
  },
} satisfies EnumDefinition;

/** The keys of an enum definition as a non-empty tuple, for zod. */
export function keysOf<T extends EnumDefinition>(def: T): [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(def) as [keyof T & string, ...(keyof T & string)[]];
}
