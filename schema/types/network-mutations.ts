/** Staff writes to networks of enterprises: create, update, archive (EDITOR or ADMIN). */
import { networkRecord } from '../../prisma/records/network.ts';
import { nameFields, sourcesField, publicationField, recordInputs } from '../record-inputs.ts';
import { defineRecordMutations } from '../record-mutations.ts';

const inputs = recordInputs('Network', networkRecord, {
  input: 'A new network of enterprises. Names are trimmed and normalised (NFC); references use codes and slugs.',
  patch: 'Changes to a network: given fields replace, null clears an optional field, absent fields stay.',
  fields: {
    slug: { type: 'String', description: 'Stable, URL-safe key (a-z, 0-9, -).' },
    ...nameFields,
    themeTh: { type: 'String', description: 'What the network works on, in Thai.' },
    themeEn: { type: 'String', description: 'What the network works on, in English.' },
    area: { type: 'String', description: 'Area code of the area it covers.', patch: 'Area code.' },
    coordinator: { type: 'String', description: 'org-id of the coordinating organisation.' },
    members: {
      type: ['String'],
      description: 'Slugs of the member enterprises (may be empty).',
      patch:
        'Slugs of the member enterprises: the whole membership (replaces the list; enterprises left out leave the network).',
    },
    ...sourcesField,
    ...publicationField,
  },
});

defineRecordMutations({
  name: 'Network',
  record: networkRecord,
  inputs,
  load: (ctx, query, slug) => ctx.prisma.network.findUnique({ ...query, where: { slug } }),
});
