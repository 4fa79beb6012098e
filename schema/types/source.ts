import { builder } from '../builder.ts';
import { rowWhere } from '../node-id.ts';

export const SourceRef = builder.prismaNode('Source', {
  // Unknown ids resolve to null, as Relay specifies.
  nullable: true,
  findUnique: (id) => rowWhere(id),
  description: 'A document that facts were taken from. Every figure in Phalang points to one.',
  id: { field: 'id' },
  fields: (t) => ({
    key: t.exposeString('key', {
      description: 'Stable key of the document (its original file name without extension).',
    }),
    fileName: t.exposeString('fileName', { description: 'Original file name of the document.' }),
    title: t.exposeString('titleTh', { description: 'Title in the original language (Thai).' }),
    titleTh: t.exposeString('titleTh', { description: 'Title in Thai, as published.' }),
    titleEn: t.exposeString('titleEn', { description: 'Title in English (a translation).' }),
    publisherTh: t.exposeString('publisherTh', { description: 'Publisher in Thai.' }),
    publisherEn: t.exposeString('publisherEn', { description: 'Publisher in English.' }),
    publishedOn: t.expose('publishedOn', {
      type: 'Date',
      description: 'Date the document was published or the event it reports took place.',
    }),
    url: t.exposeString('url', { nullable: true, description: 'Where the document was published, if known.' }),
    summaryEn: t.exposeString('summaryEn', { nullable: true, description: 'A short English summary of the document.' }),
  }),
});

builder.queryField('sources', (t) =>
  t.prismaField({
    type: ['Source'],
    description: 'Every source document, newest first.',
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.source.findMany({ ...query, orderBy: [{ publishedOn: 'desc' }, { id: 'asc' }] }),
  }),
);
