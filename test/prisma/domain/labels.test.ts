import { describe, expect, it } from 'vitest';
import * as domain from '../../../prisma/domain/labels.ts';
import * as prismaEnums from '../../../prisma/generated/client/enums.ts';

// prisma/schema.prisma repeats the value lists of prisma/domain/labels.ts; this keeps the two equal.
const pairs: [keyof typeof prismaEnums, domain.EnumDefinition][] = [
  ['AreaKind', domain.AreaKinds],
  ['OrganisationKind', domain.OrganisationKinds],
  ['EnterpriseKind', domain.EnterpriseKinds],
  ['TourismLevel', domain.TourismLevels],
  ['AssessmentGrade', domain.AssessmentGrades],
  ['AwardLevel', domain.AwardLevels],
  ['AwardRank', domain.AwardRanks],
  ['CertificationStatus', domain.CertificationStatuses],
  ['AgreementStatus', domain.AgreementStatuses],
  ['SignatoryRole', domain.SignatoryRoles],
  ['PartnerRole', domain.PartnerRoles],
  ['BudgetKind', domain.BudgetKinds],
  ['ActivityKind', domain.ActivityKinds],
  ['ObservationKind', domain.ObservationKinds],
  ['Measure', domain.Measures],
  ['PeriodAggregation', domain.PeriodAggregations],
  ['CategoryScheme', domain.CategorySchemes],
  ['PublicationStatus', domain.PublicationStatuses],
];

describe('domain enums', () => {
  it.each(pairs)('%s has the same values in schema.prisma and prisma/domain/labels.ts', (name, def) => {
    expect(Object.keys(prismaEnums[name] as object).sort()).toEqual(Object.keys(def).sort());
  });
});

describe('labels', () => {
  it('label a value in either language, and an unknown value by its key', () => {
    expect(domain.labelOf(domain.EnterpriseKinds, 'HOMESTAY', 'th')).toBe('โฮมสเตย์');
    expect(domain.labelOf(domain.EnterpriseKinds, 'HOMESTAY', 'en')).toBe('Homestay');
    expect(domain.labelOf(domain.EnterpriseKinds, 'NEW_KIND', 'en')).toBe('NEW_KIND');
  });

  it('describe a value by its description, or by its English label when it has none', () => {
    expect(domain.descriptionOf(domain.ObservationKinds.TARGET)).toBe('A planned value.');
    expect(domain.descriptionOf(domain.AwardLevels.NATIONAL)).toBe('National');
  });
});
