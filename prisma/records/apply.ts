/**
 * Writes records the way staff writes must go: every row validated (fields, then references),
 * nothing written unless every row is valid, each real change audited with its before and after
 * in the same transaction, unchanged rows left alone (so repeating an import changes nothing),
 * and the cache tags of what changed recorded in the ChangeLog.
 */
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { writeConnection, type Prisma, type PrismaClient } from '../client.ts';
import { canonical, isPublished, type RecordType } from './record.ts';
import { notFoundProblem, problemsFromZod, type Problem } from './problems.ts';
import { Refs, type Tx } from './refs.ts';

export interface Actor {
  tokenId?: number;
  /** The token's name, or the command (`import`). */
  name: string;
}

export type WriteMode = 'create' | 'update' | 'upsert';

export interface RowResult<Row> {
  index: number;
  key: string;
  storedKey: string;
  action: 'CREATE' | 'UPDATE' | 'UNCHANGED' | 'DELETE';
  before: Row | null;
  after: Row;
}

export interface RowProblem extends Problem {
  /** Index of the row in the input (0-based). */
  index: number;
}

export interface ApplyOptions {
  mode: WriteMode;
  actor: Actor;
  /** Validate and report what would change, without writing. */
  dryRun?: boolean;
  /** Audit action names for creates and updates (e.g. ARCHIVE for an archive). */
  updateAction?: string;
  /**
   * Record the cache tags of what changed in the ChangeLog. Off for a caller that records them
   * itself, once for several writes (the seed).
   * @default true
   */
  logChanges?: boolean;
}

export interface ApplyResult<Row> {
  results: RowResult<Row>[];
  tags: string[];
}

/** What a write did, or the problems that stopped it (a value, not an exception: nothing was written). */
export type ApplyOutcome<Row> = ({ ok: true } & ApplyResult<Row>) | { ok: false; problems: RowProblem[] };

/**
 * Validates and writes rows in one transaction; if any row is wrong, returns its problems and
 * writes nothing. Every row is checked before the first write, so a refused write has nothing to
 * roll back: the transaction ends having only read.
 */
export async function applyRecords<Row extends object>(
  prisma: PrismaClient,
  type: RecordType<Row>,
  inputs: unknown[],
  options: ApplyOptions,
): Promise<ApplyOutcome<Row>> {
  return (await writeConnection(prisma)).$transaction((tx) => applyRecordsIn(tx, type, inputs, options), {
    timeout: 300_000,
    maxWait: 10_000,
  });
}

/** Rows handled between yields to the event loop (a row costs a few ms of statements that resolve without one). */
const ROWS_PER_YIELD = 10;

/** An input without its null fields, and the names of those fields (null clears). */
function splitNulls(input: unknown): { given: unknown; cleared: string[] } {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return { given: input, cleared: [] };
  const given: Record<string, unknown> = {};
  const cleared: string[] = [];
  for (const [k, v] of Object.entries(input)) {
    if (v === null) cleared.push(k);
    else if (v !== undefined) given[k] = v;
  }
  return { given, cleared };
}

/** Stored records one `read` at a time, for a type without `readMany`. */
async function readEach<Row extends object>(tx: Tx, type: RecordType<Row>, keys: string[]): Promise<Map<string, Row>> {
  const found = new Map<string, Row>();
  for (const key of keys) {
    const row = await type.read(tx, key);
    if (row) found.set(key, row);
  }
  return found;
}

/** A row that does not say keeps the stored publication status; a new record starts as a draft. */
function withPublication<Row extends object>(row: Row, before: Row | null): Row {
  if ('publication' in row && row.publication !== undefined) return row;
  const stored = before && 'publication' in before ? before.publication : undefined;
  return { ...row, publication: stored ?? 'DRAFT' };
}

/**
 * Validates every row inside `tx`, then, only if all are valid, writes them. In every mode a field that is null is cleared and, for
 * an upsert of a stored record, a field the row does not give keeps its stored value (as
 * `update<Name>` patches do), so correcting one value never erases notes or references.
 */
export async function applyRecordsIn<Row extends object>(
  tx: Tx,
  type: RecordType<Row>,
  inputs: unknown[],
  options: ApplyOptions,
): Promise<ApplyOutcome<Row>> {
  const refs = new Refs(tx);
  const published = isPublished(type);
  const problems: RowProblem[] = [];
  const planned: { index: number; row: Row; key: string; storedKey: string; before: Row | null; changed: boolean }[] =
    [];
  const seen = new Map<string, number>();

  const valid: { index: number; row: Row; given: unknown; cleared: string[]; key: string; storedKey: string }[] = [];
  for (const [index, input] of inputs.entries()) {
    if (index % ROWS_PER_YIELD === ROWS_PER_YIELD - 1) await yieldToLoop();
    const { given, cleared } = splitNulls(input);
    const parsed = type.schema.safeParse(given);
    if (!parsed.success) {
      problems.push(...problemsFromZod(parsed.error).map((p) => ({ ...p, index })));
      continue;
    }
    const row = parsed.data;
    const key = type.key(row);
    const storedKey = type.storedKey ? await type.storedKey(row, refs) : key;
    const earlier = seen.get(storedKey);
    if (earlier !== undefined) {
      problems.push({
        index,
        path: key,
        code: 'DUPLICATE',
        messageTh: `ซ้ำกับรายการที่ ${earlier + 1}`,
        messageEn: `The same ${type.label.en} as row ${earlier + 1}`,
      });
      continue;
    }
    seen.set(storedKey, index);
    valid.push({ index, row, given, cleared, key, storedKey });
  }

  // What is stored now, in as few statements as the record type allows.
  const stored = type.readMany
    ? await type.readMany(
        tx,
        valid.map((v) => v.storedKey),
      )
    : await readEach(
        tx,
        type,
        valid.map((v) => v.storedKey),
      );

  for (const [i, { index, given, cleared, key, storedKey }] of valid.entries()) {
    if (i % ROWS_PER_YIELD === ROWS_PER_YIELD - 1) await yieldToLoop();
    let row = valid[i]!.row;
    const before = stored.get(storedKey) ?? null;
    if (options.mode === 'create' && before) {
      problems.push({
        index,
        path: 'key',
        code: 'ALREADY_EXISTS',
        messageTh: `มี${type.label.th} "${key}" อยู่แล้ว`,
        messageEn: `A ${type.label.en} "${key}" already exists`,
      });
      continue;
    }
    if (options.mode === 'update' && !before) {
      problems.push({ index, ...notFoundProblem(type.label, type.keyName, key) });
      continue;
    }
    if (options.mode === 'upsert' && before) {
      // Stored fields, then the given ones over them, less the cleared ones; checked again as a whole.
      const merged: Record<string, unknown> = { ...(before as Record<string, unknown>), ...(given as object) };
      for (const field of cleared) delete merged[field];
      const parsed = type.schema.safeParse(merged);
      if (!parsed.success) {
        problems.push(...problemsFromZod(parsed.error).map((p) => ({ ...p, index })));
        continue;
      }
      row = parsed.data;
    }
    const found = await type.check(row, refs);
    if (found.length) {
      problems.push(...found.map((p) => ({ ...p, index })));
      continue;
    }
    if (published) row = withPublication(row, before);
    planned.push({ index, row, key, storedKey, before, changed: !before || canonical(before) !== canonical(row) });
  }
  // Validation is complete and nothing is written yet: a refusal needs no rollback.
  if (problems.length) return { ok: false, problems: problems.sort((a, b) => a.index - b.index) };

  const results: RowResult<Row>[] = [];
  const tags = new Set<string>();
  const audit: Prisma.AuditLogCreateManyInput[] = [];
  for (const [i, p] of planned.entries()) {
    if (i % ROWS_PER_YIELD === ROWS_PER_YIELD - 1) await yieldToLoop();
    if (!p.changed) {
      results.push({
        index: p.index,
        key: p.key,
        storedKey: p.storedKey,
        action: 'UNCHANGED',
        before: p.before,
        after: p.before!,
      });
      continue;
    }
    const action = p.before ? 'UPDATE' : 'CREATE';
    if (!options.dryRun) {
      await type.write(tx, p.row, refs);
      audit.push({
        tokenId: options.actor.tokenId ?? null,
        actor: options.actor.name,
        action: action === 'UPDATE' && options.updateAction ? options.updateAction : action,
        entityType: type.type,
        entityKey: p.key,
        before: p.before ? JSON.stringify(p.before) : null,
        // The validated row is exactly what was stored (types read back in the same form).
        after: JSON.stringify(p.row),
      });
      for (const t of type.tags(p.row)) tags.add(t);
    }
    results.push({ index: p.index, key: p.key, storedKey: p.storedKey, action, before: p.before, after: p.row });
  }
  for (let i = 0; i < audit.length; i += 500) await tx.auditLog.createMany({ data: audit.slice(i, i + 500) });
  if (tags.size && !options.dryRun && options.logChanges !== false)
    await tx.changeLog.create({ data: { tags: [...tags].join(',') } });
  return { ok: true, results, tags: [...tags] };
}

/**
 * Deletes child records (budget lines, assessments, ...) by key in one transaction, each audited
 * with its last state as `before`; if any key names no record, deletes nothing and says which.
 */
export async function deleteRecords<Row extends object>(
  prisma: PrismaClient,
  type: RecordType<Row>,
  keys: string[],
  options: Pick<ApplyOptions, 'actor'>,
): Promise<ApplyOutcome<Row>> {
  return (await writeConnection(prisma)).$transaction((tx) => deleteRecordsIn(tx, type, keys, options), {
    timeout: 300_000,
    maxWait: 10_000,
  });
}

export async function deleteRecordsIn<Row extends object>(
  tx: Tx,
  type: RecordType<Row>,
  keys: string[],
  options: Pick<ApplyOptions, 'actor'>,
): Promise<ApplyOutcome<Row>> {
  const remove = type.remove;
  if (!remove) throw new Error(`${type.type} records are archived, not deleted`);
  const refs = new Refs(tx);
  const found: { index: number; key: string; before: Row }[] = [];
  const problems: RowProblem[] = [];
  for (const [index, key] of keys.entries()) {
    const before = await type.read(tx, key);
    if (before) found.push({ index, key, before });
    else problems.push({ index, ...notFoundProblem(type.label, type.keyName, key) });
  }
  if (problems.length) return { ok: false, problems };
  const tags = new Set<string>();
  for (const { key, before } of found) {
    await remove(tx, before, refs);
    await tx.auditLog.create({
      data: {
        tokenId: options.actor.tokenId ?? null,
        actor: options.actor.name,
        action: 'DELETE',
        entityType: type.type,
        entityKey: key,
        before: JSON.stringify(before),
        after: null,
      },
    });
    for (const t of type.tags(before)) tags.add(t);
  }
  if (tags.size) await tx.changeLog.create({ data: { tags: [...tags].join(',') } });
  return {
    ok: true,
    results: found.map(({ index, key, before }) => ({
      index,
      key,
      storedKey: key,
      action: 'DELETE',
      before,
      after: before,
    })),
    tags: [...tags],
  };
}
