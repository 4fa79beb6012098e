/** Staff writes to networks of enterprises: create, update, archive (EDITOR or ADMIN). */
import { networkRecord } from '../../prisma/records/network.ts';
import { PublicationStatus } from '../enums.ts';
import { recordInputs } from '../record-inputs.ts';
import { defineRecordMutations } from '../record-mutations.ts';

const inputs = recordInputs('Network', networkRecord, {
  input: 'A new network of enterprises. Names are trimmed and normalised (NFC); references use codes and slugs.',
  patch: 'Changes to a network: given fields replace, null clears an optional field, absent fields stay.',
  fields: {
    slug: { type: 'String', description: 'Stable, URL-safe key (a-z, 0-9, -).' },
    nameTh: { type: 'String', description: 'Name in Thai.' },
    nameEn: { type: 'String', description: 'Name in English.' },
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
    sources: {
      type: ['String'],
      description: 'Keys of the source documents (at least one).',
      patch: 'Keys of the source documents (replaces the list).',
    },
    publication: {
      type: PublicationStatus,
      description: 'DRAFT (default for new records) or PUBLISHED.',
      patch: 'DRAFT, PUBLISHED or ARCHIVED.',
    },
  },
});

defineRecordMutations({
  name: 'Network',
  record: networkRecord,
  inputs,
  load: (ctx, query, slug) => ctx.prisma.network.findUnique({ ...query, where: { slug } }),
});
