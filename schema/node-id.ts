/** Turning the id inside a global ID back into a row condition, for `node(id:)`. */
import { isObjectType, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { badInput } from './errors.ts';

export function parseRowId(id: string | number): number {
  const n = typeof id === 'number' ? id : Number(id);
  if (!Number.isSafeInteger(n) || n < 1) throw badInput(`Invalid ID: "${id}" does not name a Phalang record.`, 'id');
  return n;
}

/** The row a node id names; the caller's reader decides whether it is visible (drafts resolve to null). */
export const rowWhere = (id: string | number) => ({ id: parseRowId(id) });

/** Marks a global ID that did not decode; `node`/`nodes` answer it with BAD_USER_INPUT and null. */
const MALFORMED = '';

/**
 * Decodes a global ID without throwing: a malformed one comes back with an empty typename, so that
 * `node`/`nodes` can answer null beside a coded error instead of failing the whole list.
 */
export function decodeAnyGlobalID(globalID: string): { typename: string; id: string } {
  const text = /^[A-Za-z0-9+/]*={0,2}$/.test(globalID) ? Buffer.from(globalID, 'base64').toString('utf8') : '';
  const colon = text.indexOf(':');
  const typename = colon > 0 ? text.slice(0, colon) : '';
  const id = colon > 0 ? text.slice(colon + 1) : '';
  return /^[A-Z_a-z]\w*$/.test(typename) && id ? { typename, id } : { typename: MALFORMED, id: globalID };
}

const malformed = (id: string) => badInput(`Invalid global ID: "${id}" is not an ID this API issued.`, 'id');

/** Whether `typename` names an object type that `node(id:)` may load (implements Node). */
function isNodeType(schema: GraphQLSchema, typename: string): boolean {
  const type = schema.getType(typename);
  return isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node');
}

type Decoded = { typename: string; id: string } | null;

/** `node(id:)`: malformed → BAD_USER_INPUT; a type that is not a node, like an unknown record → null. */
export function resolveNodeOrNull(args: { id: Decoded }, info: GraphQLResolveInfo, load: () => unknown): unknown {
  if (!args.id) return null;
  if (args.id.typename === MALFORMED) throw malformed(args.id.id);
  return isNodeType(info.schema, args.id.typename) ? load() : null;
}

/** `nodes(ids:)`: one entry per ID, in order; malformed ones are null beside a coded error at their index. */
export async function resolveNodesOrNull(
  args: { ids: Decoded[] },
  info: GraphQLResolveInfo,
  load: () => Promise<unknown[]>,
): Promise<unknown[]> {
  const given = [...args.ids];
  // The loader reads args.ids: blank out what it must not look up.
  args.ids.forEach((x, i) => {
    if (x && !isNodeType(info.schema, x.typename)) args.ids[i] = null;
  });
  const loaded = await load();
  return given.map((x, i) => (x?.typename === MALFORMED ? malformed(x.id) : loaded[i]));
}
