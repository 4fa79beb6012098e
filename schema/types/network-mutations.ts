/** Staff writes to networks of enterprises: create, update, archive (EDITOR or ADMIN). */
import { networkRecord } from '../../prisma/records/network.ts';
import { builder } from '../builder.ts';
import { PublicationStatus } from '../enums.ts';
import { defineRecordMutations } from '../record-mutations.ts';

const NetworkInput = builder.inputType('NetworkInput', {
  description: 'A new network of enterprises. Names are trimmed and normalised (NFC); references use codes and slugs.',
  fields: (t) => ({
    slug: t.string({ required: true, description: 'Stable, URL-safe key (a-z, 0-9, -).' }),
    nameTh: t.string({ required: true, description: 'Name in Thai.' }),
    nameEn: t.string({ required: true, description: 'Name in English.' }),
    themeTh: t.string({ description: 'What the network works on, in Thai.' }),
    themeEn: t.string({ description: 'What the network works on, in English.' }),
    area: t.string({ description: 'Area code of the area it covers.' }),
    coordinator: t.string({ description: 'org-id of the coordinating organisation.' }),
    members: t.stringList({ required: true, description: 'Slugs of the member enterprises (may be empty).' }),
    sources: t.stringList({ required: true, description: 'Keys of the source documents (at least one).' }),
    publication: t.field({ type: PublicationStatus, description: 'DRAFT (default for new records) or PUBLISHED.' }),
  }),
});

const NetworkPatch = builder.inputType('NetworkPatch', {
  description: 'Changes to a network: given fields replace, null clears an optional field, absent fields stay.',
  fields: (t) => ({
    nameTh: t.string({ description: 'Name in Thai.' }),
    nameEn: t.string({ description: 'Name in English.' }),
    themeTh: t.string({ description: 'What the network works on, in Thai.' }),
    themeEn: t.string({ description: 'What the network works on, in English.' }),
    area: t.string({ description: 'Area code.' }),
    coordinator: t.string({ description: 'org-id of the coordinating organisation.' }),
    members: t.stringList({
      description:
        'Slugs of the member enterprises: the whole membership (replaces the list; enterprises left out leave the network).',
    }),
    sources: t.stringList({ description: 'Keys of the source documents (replaces the list).' }),
    publication: t.field({ type: PublicationStatus, description: 'DRAFT, PUBLISHED or ARCHIVED.' }),
  }),
});

defineRecordMutations({
  name: 'Network',
  record: networkRecord,
  keyArg: 'slug',
  input: NetworkInput,
  patch: NetworkPatch,
  keyOfInput: (input) => String(input.slug),
  load: (ctx, query, slug) => ctx.prisma.network.findUnique({ ...query, where: { slug } }),
});
