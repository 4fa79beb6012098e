/**
 * The domain's closed vocabularies, each value with its Thai and English label and a description.
 * One source for the seed format (zod), the GraphQL enums (Pothos) and the widgets' labels.
 */
export interface EnumValue {
  th: string;
  en: string;
  description: string;
}

export type EnumDefinition = Record<string, EnumValue>;

const v = (th: string, en: string, description = en): EnumValue => ({ th, en, description });

export const AreaKinds = {
  COUNTRY: v('ประเทศ', 'Country'),
  REGION: v('ภาค', 'Region', 'A region of the country.'),
  PROVINCE: v('จังหวัด', 'Province', 'A province (จังหวัด); Bangkok counts as one.'),
  DISTRICT: v('อำเภอ/เขต', 'District', 'A district: อำเภอ in the provinces, เขต in Bangkok.'),
  SUBDISTRICT: v('ตำบล/แขวง', 'Subdistrict', 'A subdistrict: ตำบล in the provinces, แขวง in Bangkok.'),
  DISTRICT_GROUP: v('กลุ่มเขต', 'District group', "One of Bangkok's six groups of districts (กลุ่มเขต)."),
  PROVINCE_CLUSTER: v('กลุ่มจังหวัด', 'Province cluster', 'A government cluster of provinces (กลุ่มจังหวัด).'),
} satisfies EnumDefinition;

export const OrganisationKinds = {
  GOVERNMENT: v('รัฐบาล', 'Government', 'The government or an office of the Prime Minister.'),
  MINISTRY: v('กระทรวง', 'Ministry'),
  DEPARTMENT: v('กรม', 'Department', 'A department or equivalent office under a ministry.'),
  GOVERNMENT_OFFICE: v('สำนักงาน', 'Government office', 'A government office not otherwise classified.'),
  PROVINCIAL_OFFICE: v('สำนักงานจังหวัด', 'Provincial office', "A ministry's or department's office in a province."),
  REGIONAL_OFFICE: v('สำนักงานเขต/ภาค', 'Regional office', "A department's regional office."),
  LOCAL_GOVERNMENT: v(
    'องค์กรปกครองส่วนท้องถิ่น',
    'Local government',
    'Local government, e.g. the Bangkok Metropolitan Administration.',
  ),
  COMMITTEE: v('คณะกรรมการ', 'Committee', 'A committee, board or working mechanism.'),
  BANK: v('ธนาคาร', 'Bank', 'A bank, including specialised financial institutions.'),
  STATE_ENTERPRISE: v('รัฐวิสาหกิจ', 'State enterprise'),
  PUBLIC_ORGANISATION: v('องค์การมหาชน', 'Public organisation'),
  INDEPENDENT_AGENCY: v('หน่วยงานอิสระ', 'Independent agency', 'A regulator or other independent state agency.'),
  FUND: v('กองทุน', 'Fund', 'A public fund or its office.'),
  COMPANY: v('บริษัท', 'Company'),
  SOCIAL_ENTERPRISE_COMPANY: v('บริษัทวิสาหกิจเพื่อสังคม', 'Social enterprise company'),
  FOUNDATION: v('มูลนิธิ', 'Foundation'),
  COUNCIL: v('สภา', 'Council'),
  ASSOCIATION: v('สมาคม', 'Association'),
  COMMUNITY_REPRESENTATIVES: v(
    'ผู้แทนชุมชน',
    'Community representatives',
    'Representatives of community enterprises or experts acting as a group.',
  ),
  OTHER: v('อื่น ๆ', 'Other'),
} satisfies EnumDefinition;

export const EnterpriseKinds = {
  COMMUNITY_ENTERPRISE: v(
    'วิสาหกิจชุมชน',
    'Community enterprise',
    'Registered under the Community Enterprise Promotion Act B.E. 2548 (2005).',
  ),
  COMMUNITY_ENTERPRISE_NETWORK: v(
    'เครือข่ายวิสาหกิจชุมชน',
    'Community enterprise network',
    'A registered network of community enterprises.',
  ),
  SOCIAL_ENTERPRISE: v('วิสาหกิจเพื่อสังคม', 'Social enterprise'),
  SOCIAL_ENTERPRISE_GROUP: v('กลุ่มกิจการเพื่อสังคม', 'Social enterprise group'),
  OCCUPATIONAL_GROUP: v('กลุ่มอาชีพ', 'Occupational group'),
  FARM_HOUSEWIVES_GROUP: v('กลุ่มแม่บ้านเกษตรกร', "Farm housewives' group"),
  SAVINGS_GROUP: v('กลุ่มออมทรัพย์', 'Savings group'),
  OTOP_PRODUCER: v('ผู้ผลิต OTOP', 'OTOP producer', 'A One Tambon One Product producer.'),
  LEARNING_CENTRE: v('ศูนย์เรียนรู้', 'Learning centre'),
  TOURISM_COMMUNITY: v('ชุมชนท่องเที่ยว', 'Tourism community'),
  HOMESTAY: v('โฮมสเตย์', 'Homestay'),
  OTHER_GROUP: v('กลุ่มอื่น ๆ', 'Other group'),
} satisfies EnumDefinition;

export const AssessmentGrades = {
  GOOD: v('ดี', 'Good'),
  MEDIUM: v('ปานกลาง', 'Medium'),
  NEEDS_IMPROVEMENT: v('ปรับปรุง', 'Needs improvement'),
} satisfies EnumDefinition;

export const AwardLevels = {
  PROVINCIAL: v('ระดับจังหวัด', 'Provincial'),
  REGIONAL: v('ระดับเขต', 'Regional'),
  NATIONAL: v('ระดับประเทศ', 'National'),
} satisfies EnumDefinition;

export const AwardRanks = {
  WINNER: v('ชนะเลิศ', 'Winner'),
  FIRST_RUNNER_UP: v('รองชนะเลิศอันดับ 1', 'First runner-up'),
  SECOND_RUNNER_UP: v('รองชนะเลิศอันดับ 2', 'Second runner-up'),
  HONOURABLE_MENTION: v('ชมเชย', 'Honourable mention'),
} satisfies EnumDefinition;

export const CertificationStatuses = {
  CERTIFIED: v('ผ่านการรับรอง', 'Certified'),
  NOT_CERTIFIED: v('ไม่ผ่านการรับรอง', 'Not certified'),
  PENDING: v('รอผลการรับรอง', 'Pending', 'Awaiting the result.'),
} satisfies EnumDefinition;

export const TourismLevels = {
  A: v('ระดับ A', 'Level A', 'Ready to promote (Community Development Department classification).'),
  B: v('ระดับ B', 'Level B', 'Has potential but needs infrastructure.'),
  C: v('ระดับ C', 'Level C', 'Learning potential.'),
  D: v('ระดับ D', 'Level D', 'Community products.'),
} satisfies EnumDefinition;

export const AgreementStatuses = {
  PROPOSED: v('เสนอ', 'Proposed', 'Planned or proposed, not yet drafted.'),
  IN_PREPARATION: v('อยู่ระหว่างจัดทำ', 'In preparation'),
  SIGNED: v('ลงนามแล้ว', 'Signed'),
  ENDED: v('สิ้นสุดแล้ว', 'Ended'),
} satisfies EnumDefinition;

export const SignatoryRoles = {
  SIGNATORY: v('ผู้ลงนาม', 'Signatory'),
  PRESIDING: v('ประธาน', 'Presiding', 'Chaired or presided over the signing.'),
  WITNESS: v('พยาน', 'Witness'),
} satisfies EnumDefinition;

export const PartnerRoles = {
  PARTNER: v('ภาคี', 'Partner'),
  FUNDER: v('ผู้สนับสนุนงบประมาณ', 'Funder'),
  REPORTING_AGENCY: v('หน่วยงานรายงาน', 'Reporting agency', 'Reports progress to the programme.'),
  MEMBER: v('กรรมการ', 'Member', 'A member of the programme committee or subcommittee.'),
  IMPLEMENTER: v('หน่วยดำเนินการ', 'Implementer'),
} satisfies EnumDefinition;

export const BudgetKinds = {
  ALLOCATED: v('ได้รับจัดสรร', 'Allocated'),
  TRANSFERRED: v('โอนแล้ว', 'Transferred'),
  REQUESTED: v('ขอเบิก', 'Requested', 'Requested by recipients.'),
  DISBURSED: v('เบิกจ่าย/กันเงิน', 'Disbursed', 'Disbursed or committed (carried over).'),
} satisfies EnumDefinition;

export const ActivityKinds = {
  MEETING: v('การประชุม', 'Meeting'),
  TRAINING: v('การอบรม', 'Training'),
  FAIR: v('งานแสดงสินค้า', 'Fair'),
  CONTEST: v('การประกวด', 'Contest'),
  SIGNING: v('การลงนาม', 'Signing'),
  VISIT: v('การเยี่ยมชม', 'Visit'),
  SUPPORT: v('การสนับสนุน', 'Support', 'Support given to enterprises (inputs, equipment, advice).'),
  OTHER: v('อื่น ๆ', 'Other'),
} satisfies EnumDefinition;

export const ObservationKinds = {
  ACTUAL: v('ผลจริง', 'Actual', 'A measured or reported result.'),
  TARGET: v('เป้าหมาย', 'Target', 'A planned value.'),
  BASELINE: v('ค่าฐาน', 'Baseline', 'The value at the start, for comparison.'),
} satisfies EnumDefinition;

export const Measures = {
  COUNT: v('จำนวน', 'Count', 'A count of things (enterprises, people, fairs).'),
  AMOUNT: v('จำนวนเงิน', 'Amount', 'A sum of money.'),
  PERCENTAGE: v('ร้อยละ', 'Percentage', 'A percentage between 0 and 100.'),
  QUANTITY: v('ปริมาณ', 'Quantity', 'A physical quantity (kilograms, kgCO2e, meals).'),
} satisfies EnumDefinition;

export const PeriodAggregations = {
  SUM: v('รวม', 'Sum', 'Values of separate periods add up (flows: sales, meals, people trained).'),
  LAST: v('ค่าล่าสุด', 'Latest', 'The latest period stands for the whole (stocks: registered enterprises, members).'),
} satisfies EnumDefinition;

export const CategorySchemes = {
  BUSINESS_TYPE: v('ประเภทกิจการ', 'Business type'),
  ASSESSMENT_GRADE: v('ผลประเมินศักยภาพ', 'Potential assessment grade'),
  CERTIFICATION_STATUS: v('สถานะการรับรอง', 'Certification status'),
  TOURISM_LEVEL: v('ระดับชุมชนท่องเที่ยว', 'Tourism community level'),
  THEME: v('ประเด็น', 'Theme'),
  BENEFICIARY: v('กลุ่มเป้าหมาย', 'Beneficiary group'),
  OTHER: v('อื่น ๆ', 'Other'),
} satisfies EnumDefinition;

export const PublicationStatuses = {
  DRAFT: v('ฉบับร่าง', 'Draft', 'Visible to staff only.'),
  PUBLISHED: v('เผยแพร่', 'Published', 'Visible to everyone.'),
  ARCHIVED: v('เก็บถาวร', 'Archived', 'Withdrawn from the public; kept for staff and the audit trail.'),
} satisfies EnumDefinition;

/** The keys of an enum definition as a non-empty tuple, for zod. */
export function keysOf<T extends EnumDefinition>(def: T): [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(def) as [keyof T & string, ...(keyof T & string)[]];
}
