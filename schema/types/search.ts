import { searchQueryOf } from '../../prisma/domain/search-text.ts';
import { builder } from '../builder.ts';
import { AGGREGATE_COST } from '../cost.ts';
import { badInput } from '../errors.ts';
import { searchMatches } from '../search-matches.ts';
import { AgreementRef } from './agreement.ts';
import { EnterpriseRef } from './enterprise.ts';
import { NetworkRef } from './network.ts';
import { OrganisationRef } from './organisation.ts';
import { ProgrammeRef } from './programme.ts';

export const SearchResult = builder.unionType('SearchResult', {
  description: 'Anything `search` can find.',
  // No resolveType: each hit is branded with its type (see `search`), so Pothos requires branded values.
  types: [EnterpriseRef, NetworkRef, OrganisationRef, AgreementRef, ProgrammeRef],
});

const MAX_RESULTS = 50;
const MAX_QUERY_LENGTH = 200;

/** Folded the way stored `searchText` is (see prisma/domain/search-text.ts). */
const normalise = searchQueryOf;

type Named = { nameTh: string; nameEn: string; acronymTh?: string | null; acronymEn?: string | null };

/** 0: a name or acronym equals the query; 1: a name starts with it; 2: it appears anywhere. */
function rank(row: Named, q: string): number {
  const names = [row.nameTh, row.nameEn, row.acronymTh, row.acronymEn].filter(Boolean).map((n) => normalise(n!));
  if (names.some((n) => n === q)) return 0;
  if (names.some((n) => n.startsWith(q))) return 1;
  return 2;
}

builder.queryField('search', (t) =>
  t.field({
    type: [SearchResult],
    description:
      'Finds enterprises, networks, organisations, agreements and programmes whose Thai or English name (or acronym) contains the query, exact matches first, then names starting with it.',
    complexity: (args) => ({ field: AGGREGATE_COST.search, multiplier: args.first ?? 10 }),
    args: {
      query: t.arg.string({
        required: true,
        description: 'Text to look for, in Thai or English; case does not matter.',
      }),
      first: t.arg.int({ description: `How many results (default 10, at most ${MAX_RESULTS}).` }),
    },
    resolve: async (_root, args, ctx) => {
      const q = normalise(args.query);
      if (q.length === 0) throw badInput('Argument "query" must not be empty.', 'query');
      if (q.length > MAX_QUERY_LENGTH)
        throw badInput(`Argument "query" must be at most ${MAX_QUERY_LENGTH} characters.`, 'query');
      const first = args.first ?? 10;
      if (first < 1 || first > MAX_RESULTS)
        throw badInput(`Argument "first" must be between 1 and ${MAX_RESULTS}; got ${first}.`, 'first');
      // One statement finds the ids (at most `first` per type, see search-matches.ts); the rows of
      // the types that matched follow, one statement per type. Ranking happens on at most 5 × first rows.
      const ids = await searchMatches(ctx.sql, q, first);
      const rows = <Row>(found: number[] | undefined, read: (ids: number[]) => Promise<Row[]>) =>
        found?.length ? read(found) : Promise.resolve([]);
      const byId = { orderBy: { id: 'asc' as const } };
      const [enterprises, networks, organisations, agreements, programmes] = await Promise.all([
        rows(ids.get('Enterprise'), (id) => ctx.prisma.enterprise.findMany({ where: { id: { in: id } }, ...byId })),
        rows(ids.get('Network'), (id) => ctx.prisma.network.findMany({ where: { id: { in: id } }, ...byId })),
        rows(ids.get('Organisation'), (id) => ctx.prisma.organisation.findMany({ where: { id: { in: id } }, ...byId })),
        rows(ids.get('Agreement'), (id) => ctx.prisma.agreement.findMany({ where: { id: { in: id } }, ...byId })),
        rows(ids.get('Programme'), (id) => ctx.prisma.programme.findMany({ where: { id: { in: id } }, ...byId })),
      ]);
      // Rows of different tables look alike: each is branded with its GraphQL type, which the
      // union resolves by (plugin-prisma's typed `addBrand`).
      const hits = [
        ...EnterpriseRef.addBrand(enterprises),
        ...NetworkRef.addBrand(networks),
        ...OrganisationRef.addBrand(organisations),
        ...AgreementRef.addBrand(agreements),
        ...ProgrammeRef.addBrand(programmes),
      ];
      return hits
        .map((row, order) => ({ row, order, rank: rank(row, q) }))
        .sort((a, b) => a.rank - b.rank || a.row.nameEn.localeCompare(b.row.nameEn) || a.order - b.order)
        .slice(0, first)
        .map(({ row }) => row);
    },
  }),
);
