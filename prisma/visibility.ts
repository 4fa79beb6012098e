/**
 * What the public may see, declared once per model, and the Prisma client that enforces it on
 * every read. Anonymous callers get `publicReader(prisma)`: through it, a draft or archived record
 * (and every row that belongs to one) does not exist — in root queries, nested relations, counts,
 * aggregates, relation filters and exports alike — so a new field or feature cannot forget it.
 * The Prisma `where`, the selection needed to check a row, and the check itself all come from the
 * one table below.
 */
import { Prisma, type PrismaClient } from './client.ts';
import { getDatamodel } from './generated/pothos-types.ts';

type ModelName = Prisma.ModelName;

interface Rule {
  /** The model has its own `publication` column; the public sees PUBLISHED rows only. */
  published?: true;
  /** To-one relations to the rows this one belongs to: it is public only while they are (when set). */
  belongsTo?: readonly string[];
  /** Staff tables: nothing of them is public. */
  staffOnly?: true;
}

/** The one definition of public visibility. Models not named here are public reference data. */
export const PUBLIC_RULES: Partial<Record<ModelName, Rule>> = {
  Organisation: { published: true },
  Enterprise: { published: true },
  Network: { published: true },
  Agreement: { published: true },
  Programme: { published: true },
  Indicator: { published: true },
  Observation: { published: true, belongsTo: ['indicator', 'programme'] },
  // Published observations only (prisma/rollup.ts), so only their indicator and programme decide.
  ObservationRollup: { belongsTo: ['indicator', 'programme'] },
  BudgetLine: { belongsTo: ['programme'] },
  Activity: { belongsTo: ['programme'] },
  ProgrammePartner: { belongsTo: ['programme', 'organisation'] },
  Signatory: { belongsTo: ['agreement', 'organisation'] },
  NetworkMember: { belongsTo: ['network', 'enterprise'] },
  EnterpriseBusinessType: { belongsTo: ['enterprise'] },
  Assessment: { belongsTo: ['enterprise'] },
  Award: { belongsTo: ['enterprise'] },
  Certification: { belongsTo: ['enterprise'] },
  ApiToken: { staffOnly: true },
  AuditLog: { staffOnly: true },
  ChangeLog: { staffOnly: true },
};

/**
 * Required links that stay when their target is hidden, and read as null instead (the GraphQL
 * field is nullable and says why): a published programme keeps its figures while its lead
 * organisation is still a draft. Every other required link to a hidden record hides its row.
 */
export const REQUIRED_LINKS_SHOWN_AS_NULL: readonly string[] = ['Programme.lead'];

// ---------------------------------------------------------------------------------------------
// The data model, as plugin-prisma's generator records it.

interface Relation {
  target: ModelName;
  isList: boolean;
  isRequired: boolean;
  /** The foreign-key fields on this side (empty for the list side). */
  fromFields: string[];
  /** The field on the target that points back along the same relation. */
  back?: string;
}

const datamodel = getDatamodel().datamodel.models;

const relations = new Map<string, Map<string, Relation>>();
for (const [model, { fields }] of Object.entries(datamodel)) {
  const byName = new Map<string, Relation>();
  for (const f of fields) {
    if (f.kind !== 'object') continue;
    const back = datamodel[f.type]!.fields.find(
      (g) => g.kind === 'object' && g.relationName === f.relationName && !(f.type === model && g.name === f.name),
    );
    byName.set(f.name, {
      target: f.type as ModelName,
      isList: f.isList,
      isRequired: f.isRequired,
      fromFields: [...(f.relationFromFields ?? [])],
      back: back?.name,
    });
  }
  relations.set(model, byName);
}

const relationOf = (model: string, field: string) => relations.get(model)?.get(field);
const ruleOf = (model: string): Rule | undefined => PUBLIC_RULES[model as ModelName];

/** Refuses, at start-up, a model or link the table above does not account for. */
function checkRules() {
  for (const [model, { fields }] of Object.entries(datamodel)) {
    const rule = ruleOf(model);
    if (fields.some((f) => f.name === 'publication') && !rule?.published && !rule?.staffOnly)
      throw new Error(`visibility: ${model} has a publication column but is not declared published`);
    if (rule?.staffOnly && !fields.some((f) => f.name === 'id'))
      throw new Error(`visibility: staff-only ${model} needs an id column to match nothing by`);
    for (const name of rule?.belongsTo ?? []) {
      const rel = relationOf(model, name);
      if (!rel || rel.isList) throw new Error(`visibility: ${model}.${name} is not a to-one relation`);
    }
    for (const [name, rel] of relations.get(model)!) {
      const hidden = ruleOf(rel.target);
      if (rel.isList || !rel.isRequired || !hidden || rule?.staffOnly) continue;
      if (!rule?.belongsTo?.includes(name) && !REQUIRED_LINKS_SHOWN_AS_NULL.includes(`${model}.${name}`))
        throw new Error(
          `visibility: ${model}.${name} requires a ${rel.target} that may be hidden: add it to ${model}'s belongsTo or to REQUIRED_LINKS_SHOWN_AS_NULL`,
        );
    }
  }
}
checkRules();

/** A model's rule as plain facts, for the SQL form of the same rule (visibility-sql.ts). */
export interface RuleFacts {
  staffOnly: boolean;
  published: boolean;
  /** The rows this one belongs to: the foreign key on this side and the model it points at (by `id`). */
  belongsTo: { fromField: string; target: ModelName; required: boolean }[];
}

/** The rule of `model` from PUBLIC_RULES; undefined when every row is public. */
export function ruleFacts(model: string): RuleFacts | undefined {
  const rule = ruleOf(model);
  if (!rule) return undefined;
  return {
    staffOnly: !!rule.staffOnly,
    published: !!rule.published,
    belongsTo: (rule.belongsTo ?? []).map((name) => {
      const rel = relationOf(model, name)!;
      return { fromField: rel.fromFields[0]!, target: rel.target, required: rel.isRequired };
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// Derived from the rules: the Prisma condition, the selection a check needs, and the check.

type Where = Record<string, unknown>;
type Row = Record<string, unknown>;
type Args = Record<string, unknown>;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const asList = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

function and(...parts: (Where | undefined)[]): Where | undefined {
  const kept = parts.filter((p): p is Where => !!p && Object.keys(p).length > 0);
  return kept.length === 0 ? undefined : kept.length === 1 ? kept[0] : { AND: kept };
}

const whereCache = new Map<string, Where | undefined>();

/**
 * The condition a row of `model` must meet to be public; undefined when every row is. `except`
 * leaves out the link back to a parent already known to be public (one join less per level).
 */
export function publicWhere(model: string, except?: string): Where | undefined {
  const cacheKey = `${model}:${except ?? ''}`;
  if (whereCache.has(cacheKey)) return whereCache.get(cacheKey);
  const rule = ruleOf(model);
  let where: Where | undefined;
  if (rule?.staffOnly) {
    where = { id: { in: [] } }; // matches nothing (Prisma drops an empty OR, which would match all)
  } else if (rule) {
    const parts: Where[] = [];
    if (rule.published) parts.push({ publication: 'PUBLISHED' });
    for (const name of rule.belongsTo ?? []) {
      const rel = relationOf(model, name)!;
      const target = name === except ? undefined : publicWhere(rel.target);
      if (!target) continue;
      const linked = { [name]: { is: target } };
      parts.push(rel.isRequired ? linked : { OR: [{ [rel.fromFields[0]!]: null }, linked] });
    }
    where = and(...parts);
  }
  whereCache.set(cacheKey, where);
  return where;
}

/** The fields a check of a `model` row reads; undefined when every row is public. */
function checkSelection(model: string): Args | undefined {
  const rule = ruleOf(model);
  if (!rule) return undefined;
  const select: Args = {};
  if (rule.published) select.publication = true;
  for (const name of rule.belongsTo ?? []) {
    const target = relationOf(model, name)!.target;
    const nested = checkSelection(target);
    if (nested) select[name] = { select: nested };
  }
  return select;
}

/** Whether a row (read with at least `checkSelection(model)`) is public. */
export function isPublic(model: string, row: Row): boolean {
  const rule = ruleOf(model);
  if (!rule) return true;
  if (rule.staffOnly) return false;
  if (rule.published && row.publication !== 'PUBLISHED') return false;
  for (const name of rule.belongsTo ?? []) {
    const linked = row[name];
    if (isObject(linked) && !isPublic(relationOf(model, name)!.target, linked)) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Rewriting a read: its `where`, its `select`/`include` tree, and the rows that come back.

const isIsForm = (v: Record<string, unknown>) => {
  const keys = Object.keys(v);
  return keys.length > 0 && keys.every((k) => k === 'is' || k === 'isNot');
};

/**
 * The same filter, with every relation it follows limited to public rows: a filter naming a draft
 * (`memberships: { some: { network: { slug } } }`) then matches exactly what an unknown key would.
 */
export function walkWhere(model: string, where: unknown): Where | undefined {
  if (!isObject(where)) return where as undefined;
  const out: Where = {};
  const extra: Where[] = [];
  for (const [key, value] of Object.entries(where)) {
    if (key === 'AND' || key === 'OR' || key === 'NOT') {
      out[key] = Array.isArray(value) ? value.map((w) => walkWhere(model, w) ?? {}) : (walkWhere(model, value) ?? {});
      continue;
    }
    const rel = relationOf(model, key);
    if (!rel || value === undefined) {
      out[key] = value;
      continue;
    }
    const pub = publicWhere(rel.target, rel.back);
    if (rel.isList) {
      if (!isObject(value)) {
        out[key] = value;
        continue;
      }
      const next: Where = {};
      for (const [op, inner] of Object.entries(value)) {
        const walked = walkWhere(rel.target, inner);
        // `every` keeps its meaning over the public rows: each of them matches, hidden ones aside.
        next[op] = !pub ? walked : op === 'every' ? { OR: [{ NOT: pub }, walked ?? {}] } : (and(pub, walked) ?? {});
      }
      out[key] = next;
      continue;
    }
    // To-one: a hidden target reads as no target at all.
    if (!pub) {
      out[key] = !isObject(value)
        ? value
        : isIsForm(value)
          ? Object.fromEntries(
              Object.entries(value).map(([op, w]) => [op, w === null ? null : walkWhere(rel.target, w)]),
            )
          : walkWhere(rel.target, value);
      continue;
    }
    const noPublicTarget = { NOT: { [key]: { is: pub } } };
    if (value === null) {
      extra.push(noPublicTarget);
    } else if (isObject(value) && isIsForm(value)) {
      const next: Where = {};
      if ('is' in value) {
        if (value.is === null) extra.push(noPublicTarget);
        else next.is = and(pub, walkWhere(rel.target, value.is)) ?? {};
      }
      if ('isNot' in value) {
        if (value.isNot === null) extra.push({ [key]: { is: pub } });
        else next.isNot = and(pub, walkWhere(rel.target, value.isNot)) ?? {};
      }
      if (Object.keys(next).length) out[key] = next;
    } else {
      out[key] = { is: and(pub, walkWhere(rel.target, value)) ?? {} };
    }
  }
  if (extra.length) out.AND = [...asList(out.AND), ...extra];
  return out;
}

/** A top-level `where` limited to public rows; unique keys stay at the top, as findUnique needs. */
function restrictWhere(model: string, where: unknown): Where | undefined {
  const walked = walkWhere(model, where) ?? {};
  const pub = publicWhere(model);
  if (!pub) return where === undefined ? undefined : walked;
  return { ...walked, AND: [...asList(walked.AND), pub] };
}

/** Adds `extra` to a relation's selection; returns the new arguments and the keys it added. */
function withSelection(args: Args, extra: Args): { args: Args; added: string[] } {
  const added: string[] = [];
  if (isObject(args.select)) {
    const select = { ...args.select };
    for (const [k, v] of Object.entries(extra)) {
      if (!(k in select) || select[k] === false) {
        select[k] = v;
        added.push(k);
      } else if (isObject(v) && isObject(v.select) && isObject(select[k]) && isObject((select[k] as Args).select)) {
        select[k] = withSelection(select[k] as Args, v.select).args;
      }
    }
    return { args: { ...args, select }, added };
  }
  // No `select`: every scalar comes back; only relations the check reads need including.
  const include = isObject(args.include) ? { ...args.include } : {};
  for (const [k, v] of Object.entries(extra)) {
    if (!isObject(v)) continue;
    if (!(k in include) || include[k] === false) {
      include[k] = v;
      added.push(k);
    }
  }
  return { args: Object.keys(include).length ? { ...args, include } : args, added };
}

type Post = (row: Row) => void;

function countSelection(model: string, value: unknown): unknown {
  const listed = isObject(value) && isObject(value.select) ? value.select : undefined;
  const names = listed
    ? Object.keys(listed)
    : [...relations.get(model)!].filter(([, r]) => r.isList).map(([name]) => name);
  const select: Args = {};
  for (const name of names) {
    const spec = listed ? listed[name] : true;
    const rel = relationOf(model, name);
    if (!spec || !rel) {
      select[name] = spec;
      continue;
    }
    const given = isObject(spec) ? spec : {};
    const where = and(publicWhere(rel.target, rel.back), walkWhere(rel.target, given.where));
    select[name] = where ? { ...given, where } : spec;
  }
  return { ...(isObject(value) ? value : {}), select };
}

/**
 * Rewrites the `select`/`include` tree of a read of `model`: to-many relations and counts are
 * limited to public rows in SQL; to-one relations (which Prisma cannot filter) also read what the
 * check needs, and `post` turns a hidden target into null and removes the fields it added.
 */
function planRead(model: string, args: Args): { args: Args; post?: Post } {
  const out: Args = { ...args };
  const posts: Post[] = [];
  for (const key of ['select', 'include'] as const) {
    const selection = args[key];
    if (!isObject(selection)) continue;
    const next: Args = {};
    for (const [name, value] of Object.entries(selection)) {
      if (name === '_count') {
        next[name] = value ? countSelection(model, value) : value;
        continue;
      }
      const rel = relationOf(model, name);
      if (!rel || !value) {
        next[name] = value;
        continue;
      }
      const given = isObject(value) ? value : {};
      if (rel.isList) {
        const plan = planRead(rel.target, given);
        const where = and(publicWhere(rel.target, rel.back), walkWhere(rel.target, given.where));
        next[name] = where ? { ...plan.args, where } : isObject(value) ? plan.args : value;
        const post = plan.post;
        if (post) posts.push((row) => asList(row[name]).forEach((item) => isObject(item) && post(item)));
        continue;
      }
      const check = checkSelection(rel.target);
      const { args: checked, added } = check ? withSelection(given, check) : { args: given, added: [] };
      const plan = planRead(rel.target, checked);
      next[name] = isObject(value) || added.length || plan.args !== checked ? plan.args : value;
      posts.push((row) => {
        const linked = row[name];
        if (!isObject(linked)) return;
        if (check && !isPublic(rel.target, linked)) {
          row[name] = null;
          return;
        }
        plan.post?.(linked);
        for (const k of added) delete linked[k];
      });
    }
    out[key] = next;
  }
  return { args: out, post: posts.length ? (row) => posts.forEach((p) => p(row)) : undefined };
}

const FINDS = new Set(['findMany', 'findFirst', 'findFirstOrThrow', 'findUnique', 'findUniqueOrThrow']);
const COUNTS = new Set(['count', 'aggregate', 'groupBy']);

/** A refused operation: the public reader only reads, and never runs SQL it cannot see into. */
export class PublicReaderRefusal extends Error {}

async function publicOperation({
  model,
  operation,
  args,
  query,
}: {
  model?: string;
  operation: string;
  args: unknown;
  query: (args: Args) => Promise<unknown>;
}): Promise<unknown> {
  const given: Args = isObject(args) ? args : {};
  if (!model) throw new PublicReaderRefusal(`The public reader does not run raw SQL (${operation}).`);
  if (COUNTS.has(operation)) {
    return query({ ...given, where: restrictWhere(model, given.where) });
  }
  if (!FINDS.has(operation)) throw new PublicReaderRefusal(`The public reader does not write (${model}.${operation}).`);
  const plan = planRead(model, given);
  const result = await query({ ...plan.args, where: restrictWhere(model, given.where) });
  const post = plan.post;
  if (post) for (const row of asList(result)) if (isObject(row)) post(row);
  return result;
}

function extend(prisma: PrismaClient, audience: 'public' | 'staff') {
  return prisma.$extends({
    name: `${audience}-reader`,
    query: {
      $allOperations: audience === 'public' ? publicOperation : ({ args, query }) => query(args),
    },
  });
}

/** The client every read of a request goes through (see `publicReader` and `staffReader`). */
export type Reader = ReturnType<typeof extend>;

const readers = new WeakMap<PrismaClient, { public: Reader; staff: Reader }>();

function readersOf(prisma: PrismaClient) {
  let r = readers.get(prisma);
  if (!r) readers.set(prisma, (r = { public: extend(prisma, 'public'), staff: extend(prisma, 'staff') }));
  return r;
}

/** Reads only what the public may see; refuses writes and raw SQL. */
export const publicReader = (prisma: PrismaClient): Reader => readersOf(prisma).public;

/** Reads everything (staff see drafts); the same type as the public reader, so code serves both. */
export const staffReader = (prisma: PrismaClient): Reader => readersOf(prisma).staff;
