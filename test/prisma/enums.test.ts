import { describe, expect, it } from 'vitest';
import * as domain from '../../prisma/enums.ts';
import * as prismaEnums from '../../prisma/generated/client/enums.ts';

// prisma/schema.prisma repeats the value lists of prisma/enums.ts; this keeps the two equal.
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
  it.each(pairs)('%s has the same values in schema.prisma and prisma/enums.ts', (name, def) => {
    expect(Object.keys(prismaEnums[name] as object).sort()).toEqual(Object.keys(def).sort());
  });
});
