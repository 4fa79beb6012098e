/** GraphQL enums built from the domain vocabularies in prisma/domain/labels.ts, with bilingual descriptions. */
import * as domain from '../prisma/domain/labels.ts';
import { descriptionOf, type EnumDefinition } from '../prisma/domain/labels.ts';
import { builder } from './builder.ts';

function enumOf<T extends EnumDefinition>(name: string, def: T, description: string) {
  return builder.enumType(name, {
    description,
    values: Object.fromEntries(
      Object.entries(def).map(([key, v]) => [key, { description: `${v.th} — ${descriptionOf(v)}` }]),
    ) as { [K in keyof T]: { description: string } },
  });
}

export const AreaKind = enumOf('AreaKind', domain.AreaKinds, 'What kind of place an area is.');
export const OrganisationKind = enumOf(
  'OrganisationKind',
  domain.OrganisationKinds,
  'What kind of body an organisation is.',
);
export const EnterpriseKind = enumOf(
  'EnterpriseKind',
  domain.EnterpriseKinds,
  'What kind of community or social enterprise a record is.',
);
export const AssessmentGrade = enumOf(
  'AssessmentGrade',
  domain.AssessmentGrades,
  'Result of a community enterprise potential assessment (ประเมินศักยภาพ).',
);
export const AwardLevel = enumOf('AwardLevel', domain.AwardLevels, 'The round of a contest an award was won in.');
export const AwardRank = enumOf('AwardRank', domain.AwardRanks, 'The place an award recognises.');
export const CertificationStatus = enumOf(
  'CertificationStatus',
  domain.CertificationStatuses,
  'Where a certification application stands.',
);
export const TourismLevel = enumOf(
  'TourismLevel',
  domain.TourismLevels,
  "The Community Development Department's readiness level for a tourism community.",
);
export const AgreementStatus = enumOf('AgreementStatus', domain.AgreementStatuses, 'Where an agreement (MOU) stands.');
export const SignatoryRole = enumOf(
  'SignatoryRole',
  domain.SignatoryRoles,
  'The part an organisation played in an agreement.',
);
export const PartnerRole = enumOf(
  'PartnerRole',
  domain.PartnerRoles,
  'The part a partner organisation plays in a programme.',
);
export const BudgetKind = enumOf('BudgetKind', domain.BudgetKinds, 'The stage of money a budget line reports.');
export const ActivityKind = enumOf('ActivityKind', domain.ActivityKinds, 'What kind of activity a programme ran.');
export const ObservationKind = enumOf(
  'ObservationKind',
  domain.ObservationKinds,
  'Whether an observation is a result, a target or a baseline (IATI result model).',
);
export const Measure = enumOf('Measure', domain.Measures, 'What an indicator measures.');
export const PeriodAggregation = enumOf(
  'PeriodAggregation',
  domain.PeriodAggregations,
  'How values of an indicator over several periods combine into a total.',
);
export const CategoryScheme = enumOf(
  'CategoryScheme',
  domain.CategorySchemes,
  'A classification that categories belong to.',
);
export const PublicationStatus = enumOf(
  'PublicationStatus',
  domain.PublicationStatuses,
  'Whether a record is visible to the public.',
);
