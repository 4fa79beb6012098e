/** Staff writes to an enterprise's awards: create, update, delete (EDITOR or ADMIN). */
import { awardRecord } from '../../prisma/records/award.ts';
import { AwardLevel, AwardRank } from '../enums.ts';
import { recordInputs } from '../record-inputs.ts';
import { defineChildRecordMutations } from '../record-mutations.ts';

const inputs = recordInputs('Award', awardRecord, {
  input:
    "A new contest award of an enterprise; it is public while the enterprise is. Keyed by the enterprise's slug, the round, the year and the contest's English name.",
  patch: 'Changes to an award: given fields replace, null clears an optional field, absent fields stay.',
  fields: {
    enterprise: { type: 'String', description: 'Slug of the enterprise that won.' },
    contestTh: { type: 'String', description: 'The contest, in Thai.' },
    contestEn: { type: 'String', description: 'The contest, in English.' },
    level: { type: AwardLevel, description: 'The round: provincial, regional or national.' },
    year: { type: 'Int', description: 'Contest year, Buddhist era.' },
    rank: { type: AwardRank, description: 'The place awarded.' },
    organiser: { type: 'String', description: 'org-id of the organiser, where the document names one.' },
    area: { type: 'String', description: 'Area code of the area the round was held for.' },
    source: { type: 'String', description: 'Key of the source document.' },
  },
});

defineChildRecordMutations({
  name: 'Award',
  record: awardRecord,
  inputs,
  payloadField: (t) =>
    t.prismaField({
      type: 'Award',
      nullable: true,
      description: 'The award after the write; null if it was refused.',
      resolve: (query, { row }, _args, ctx) =>
        row &&
        ctx.prisma.award.findFirst({
          ...query,
          where: { enterprise: { slug: row.enterprise }, level: row.level, year: row.year, contestEn: row.contestEn },
        }),
    }),
});
