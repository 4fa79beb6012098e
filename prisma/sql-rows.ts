/**
 * Rows read with the SQL builder (prisma/sql.ts) in the shape the Prisma client returns, so that
 * look-ups on every widget request can skip the ORM's cost per statement (STACK.md) and still be
 * served by the schema's Prisma object types. The conversions come from the Prisma datamodel:
 * SQLite hands back date-times as text and booleans as 0/1; PostgreSQL's driver already gives
 * Date and boolean, which pass through.
 */
import type PrismaTypes from './generated/pothos-types.ts';
import { getDatamodel } from './generated/pothos-types.ts';

type ModelName = keyof PrismaTypes;

const models = getDatamodel().datamodel.models;

/** Per model, the scalar columns that need converting, found once. */
const conversions = new Map<string, { dates: string[]; booleans: string[] }>();
for (const [model, { fields }] of Object.entries(models)) {
  const scalar = fields.filter((f) => f.kind === 'scalar' || f.kind === 'enum');
  conversions.set(model, {
    dates: scalar.filter((f) => f.type === 'DateTime').map((f) => f.name),
    booleans: scalar.filter((f) => f.type === 'Boolean').map((f) => f.name),
  });
}

/** The scalar column names of a model, for `select` lists that read a whole row. */
export function scalarColumns(model: ModelName): string[] {
  return models[model]!.fields.filter((f) => f.kind === 'scalar' || f.kind === 'enum').map((f) => f.name);
}

/** A whole row of `model` from the SQL builder, as the Prisma client would have returned it. */
export function prismaRow<M extends ModelName>(model: M, row: Record<string, unknown>): PrismaTypes[M]['Shape'] {
  const { dates, booleans } = conversions.get(model)!;
  const out: Record<string, unknown> = { ...row };
  for (const name of dates) {
    const v = out[name];
    if (typeof v === 'string' || typeof v === 'number') out[name] = new Date(v);
  }
  for (const name of booleans) {
    const v = out[name];
    if (typeof v === 'number' || typeof v === 'bigint') out[name] = v !== 0 && v !== 0n;
  }
  return out as PrismaTypes[M]['Shape'];
}
