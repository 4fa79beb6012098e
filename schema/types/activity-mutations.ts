/** Staff writes to a programme's activities: create, update, delete (EDITOR or ADMIN). */
import { activityRecord } from '../../prisma/records/activity.ts';
import { ActivityKind } from '../enums.ts';
import { nameFields, recordInputs } from '../record-inputs.ts';
import { defineChildRecordMutations } from '../record-mutations.ts';

const ENTERPRISES = 'Slugs of the enterprises the activity involved or supported, as a set.';

const inputs = recordInputs('Activity', activityRecord, {
  input:
    'A new activity of a programme; it is public while the programme is. Names are trimmed and normalised (NFC); references use codes and slugs.',
  patch:
    'Changes to an activity: given fields replace, null clears an optional field, absent fields stay (a new `programme` moves it).',
  fields: {
    slug: { type: 'String', description: 'Stable, URL-safe key (a-z, 0-9, -).' },
    programme: { type: 'String', description: 'Slug of the programme that ran it.' },
    kind: { type: ActivityKind, description: 'What kind of activity.' },
    ...nameFields,
    startOn: { type: 'Date', description: 'First day.' },
    endOn: { type: 'Date', description: 'Last day.' },
    area: { type: 'String', description: 'Area code of where it took place.' },
    venueTh: { type: 'String', description: 'Venue in Thai.' },
    venueEn: { type: 'String', description: 'Venue in English.' },
    presidedByTh: { type: 'String', description: 'Who presided, in Thai.' },
    presidedByEn: { type: 'String', description: 'Who presided, in English.' },
    participants: { type: 'Int', description: 'Number of participants, where reported.' },
    enterprises: { type: ['String'], description: ENTERPRISES, patch: `${ENTERPRISES} Replaces the list.` },
    source: { type: 'String', description: 'Key of the source document.' },
  },
});

defineChildRecordMutations({
  name: 'Activity',
  record: activityRecord,
  inputs,
  payloadField: (t) =>
    t.prismaField({
      type: 'Activity',
      nullable: true,
      description: 'The activity after the write; null if it was refused.',
      resolve: (query, { row }, _args, ctx) =>
        row && ctx.prisma.activity.findUnique({ ...query, where: { slug: row.slug } }),
    }),
});
