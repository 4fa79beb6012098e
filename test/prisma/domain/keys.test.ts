import { describe, expect, it } from 'vitest';
import {
  AREA_CODE,
  CATEGORY_REF,
  categoryRef,
  INDICATOR_CODE,
  observationKey,
  ORG_ID,
  SLUG,
} from '../../../prisma/domain/keys.ts';

describe('natural keys', () => {
  it.each([
    [SLUG, 'ban-rai-weaving', ['Ban-Rai', 'ban--rai', '-ban', 'ban_rai', '']],
    [ORG_ID, 'TH-GOV-CDD', ['th-gov-cdd', 'TH-CDD', 'THA-GOV-CDD']],
    [AREA_CODE, 'TH-1001', ['10', 'TH-', 'th-10']],
    [INDICATOR_CODE, 'CE_REGISTERED', ['ce_registered', '1CE', 'CE-REGISTERED']],
    [CATEGORY_REF, 'BUSINESS_TYPE:FOOD', ['FOOD', 'business_type:food', 'BUSINESS_TYPE:']],
  ])('%s accepts %s and refuses look-alikes', (pattern, good, bad) => {
    expect(pattern.test(good)).toBe(true);
    for (const value of bad) expect(pattern.test(value), value).toBe(false);
  });

  it('writes a category reference as SCHEME:CODE', () => {
    expect(categoryRef('BUSINESS_TYPE', 'FOOD')).toBe('BUSINESS_TYPE:FOOD');
    expect(CATEGORY_REF.test(categoryRef('ASSESSMENT_GRADE', 'GOOD'))).toBe(true);
  });

  it('keys an observation by indicator, kind, period, area and category, empty where absent', () => {
    const parts = { kind: 'ACTUAL', periodStart: '2023-10-01', periodEnd: '2024-09-30' };
    expect(observationKey('CE_REGISTERED', parts)).toBe('CE_REGISTERED|ACTUAL|2023-10-01|2024-09-30||');
    expect(observationKey('CE_REGISTERED', { ...parts, area: 'TH-10', category: 'ASSESSMENT_GRADE:GOOD' })).toBe(
      'CE_REGISTERED|ACTUAL|2023-10-01|2024-09-30|TH-10|ASSESSMENT_GRADE:GOOD',
    );
  });

  it('gives different observations different keys', () => {
    const base = { kind: 'ACTUAL', periodStart: '2024-01-01', periodEnd: '2024-01-31' };
    const keys = [
      observationKey('A', base),
      observationKey('B', base),
      observationKey('A', { ...base, kind: 'TARGET' }),
      observationKey('A', { ...base, area: 'TH-10' }),
      observationKey('A', { ...base, category: 'THEME:FOOD' }),
      observationKey('A', { ...base, periodEnd: '2024-02-29' }),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });
});
