import { builder } from '../builder.ts';
import { DESCRIPTION_EN, DESCRIPTION_TH, NAME_EN, NAME_TH } from '../descriptions.ts';
import { CategoryScheme } from '../enums.ts';

export const CategoryRef = builder.prismaObject('Category', {
  description: "A class in one of Phalang's classifications: a business type, an assessment grade, a theme, ...",
  fields: (t) => ({
    scheme: t.expose('scheme', { type: CategoryScheme, description: 'The classification this category belongs to.' }),
    code: t.exposeString('code', { description: 'Code, unique within its scheme, e.g. `PLANT_PRODUCTION`.' }),
    nameTh: t.exposeString('nameTh', { description: NAME_TH }),
    nameEn: t.exposeString('nameEn', { description: NAME_EN }),
    descriptionTh: t.exposeString('descriptionTh', { nullable: true, description: DESCRIPTION_TH }),
    descriptionEn: t.exposeString('descriptionEn', { nullable: true, description: DESCRIPTION_EN }),
    order: t.exposeInt('order', { description: 'Display order within the scheme.' }),
  }),
});

export const UnitRef = builder.prismaObject('Unit', {
  description: 'A unit of measure (enterprises, baht, people, kilograms, ...).',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Code, e.g. `THB`, `PERSON`, `PERCENT`.' }),
    nameTh: t.exposeString('nameTh', { description: NAME_TH }),
    nameEn: t.exposeString('nameEn', { description: NAME_EN }),
    symbolTh: t.exposeString('symbolTh', { nullable: true, description: 'Short symbol in Thai, e.g. `บาท`, `แห่ง`.' }),
    symbolEn: t.exposeString('symbolEn', { nullable: true, description: 'Short symbol in English, e.g. `THB`, `%`.' }),
  }),
});

builder.queryField('categories', (t) =>
  t.prismaField({
    type: ['Category'],
    description: 'Categories of one classification (or all), in display order.',
    args: { scheme: t.arg({ type: CategoryScheme, description: 'Only this classification.' }) },
    resolve: (query, _root, { scheme }, ctx) =>
      ctx.prisma.category.findMany({
        ...query,
        where: { scheme: scheme ?? undefined },
        orderBy: [{ scheme: 'asc' }, { order: 'asc' }, { code: 'asc' }],
      }),
  }),
);
