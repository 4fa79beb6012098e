/**
 * The SQL builder the analytics use: Kysely over the same database as Prisma, typed from the
 * Prisma schema (the `kysely` generator in schema.prisma), one statement per aggregate and no ORM
 * cost per statement (STACK.md). Nothing here decides what the public may see: request code gets
 * its handle from `sqlReaders` in visibility-sql.ts, which applies the rule table.
 */
import Database from 'better-sqlite3';
import {
  Kysely,
  PostgresDialect,
  SqliteDialect,
  type SqliteStatement,
  type KyselyPlugin,
  type LogEvent,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from 'kysely';
import pg from 'pg';
import { parseDatabaseUrl } from './database-url.ts';
import { turnIfDue } from './event-loop-slice.ts';
import type { DB } from './generated/kysely/types.ts';

export type {
  AgreementStatus,
  AreaKind,
  DB,
  EnterpriseKind,
  ObservationKind,
  OrganisationKind,
} from './generated/kysely/types.ts';

/** The unrestricted builder; only visibility-sql.ts hands it to request code, wrapped. */
export type SqlDb = Kysely<DB>;

export interface CreateSqlOptions {
  /** Called with every statement sent and its parameters (statement counts, EXPLAIN in bench:scale). */
  onQuery?: (sql: string, parameters: readonly unknown[]) => void;
  /** SQLite: let other requests run between statements, per slice of work (event-loop-slice.ts). @default true */
  yieldBetweenStatements?: boolean;
}

/** Gives the event loop a turn after a statement when the slice is used up (event-loop-slice.ts). */
class YieldBetweenStatements implements KyselyPlugin {
  transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
    return node;
  }
  async transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    await turnIfDue();
    return result;
  }
}

/** A builder on its own connection to the database at `url` (an SQLite file or PostgreSQL). */
export function createSqlDb(url: string, options: CreateSqlOptions = {}): SqlDb {
  const target = parseDatabaseUrl(url);
  const log = options.onQuery
    ? (event: LogEvent) => options.onQuery!(event.query.sql, event.query.parameters)
    : undefined;
  if (target.provider === 'postgresql') {
    return new Kysely<DB>({
      dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: target.url, types: { getTypeParser } }) }),
      log,
    });
  }
  // Its own connection: it reads committed rows only, never another request's open transaction.
  const database = new Database(target.file!, { fileMustExist: target.file !== ':memory:', timeout: 5000 });
  return new Kysely<DB>({
    dialect: new SqliteDialect({ database: preparedOnce(database) }),
    log,
    plugins: options.yieldBetweenStatements === false ? [] : [new YieldBetweenStatements()],
  });
}

/** PostgreSQL's type for Prisma's `DateTime` (`TIMESTAMP(3)`, no time zone). */
const TIMESTAMP_OID = 1114;

/**
 * Type parsers for PostgreSQL: a `TIMESTAMP(3)` holds UTC (Prisma writes it so), but `pg` reads a
 * time without zone as the host's local time, which put every date off by the host's offset
 * (7 hours in Bangkok). The others as `pg` reads them.
 */
const getTypeParser: typeof pg.types.getTypeParser = ((oid: number, format?: 'text' | 'binary') =>
  oid === TIMESTAMP_OID && format !== 'binary'
    ? (value: string) => new Date(`${value.replace(' ', 'T')}Z`)
    : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser;

/** Statements kept prepared, by text. @default 200 */
const PREPARED_STATEMENTS = 200;

/**
 * The connection with its statements prepared once per text: planning an aggregate's statement
 * costs SQLite far more than running it (tens of ms against a few), and a widget asks the same
 * shapes over and over with other parameters. Least recently used texts are dropped beyond the cap.
 */
function preparedOnce(database: Database.Database) {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => database.close(),
    prepare(text: string) {
      let statement = cache.get(text);
      if (statement) cache.delete(text);
      else {
        statement = rowsBuiltInScript(database.prepare(text));
        if (cache.size >= PREPARED_STATEMENTS) cache.delete(cache.keys().next().value!);
      }
      cache.set(text, statement);
      return statement;
    },
  };
}

/**
 * A reading statement whose rows come back as arrays and are made objects here. better-sqlite3
 * builds each row object through V8's API, one property at a time, which cost a third of a
 * 1,396-row aggregate's time (series by area at 1M: 3.4 → 2.5 ms); objects built in
 * script share one shape. The same objects: one property per column name, in column order, the
 * last of a repeated name winning, as better-sqlite3's own.
 */
function rowsBuiltInScript(statement: Database.Statement): SqliteStatement {
  if (!statement.reader) return statement;
  statement.raw(true);
  let names = statement.columns().map((c) => c.name);
  const toRow = (values: unknown[]) => {
    // SQLite prepares a statement again after a schema change: `*` may then read more or fewer columns.
    if (values.length !== names.length) names = statement.columns().map((c) => c.name);
    const row: Record<string, unknown> = {};
    for (let i = 0; i < names.length; i++) row[names[i]!] = values[i];
    return row;
  };
  return {
    reader: true,
    all: (parameters) => (statement.all(parameters) as unknown[][]).map(toRow),
    run: (parameters) => statement.run(parameters),
    *iterate(parameters) {
      for (const values of statement.iterate(parameters) as IterableIterator<unknown[]>) yield toRow(values);
    },
  };
}

/** Stored date-times as they compare in SQL (Prisma's SQLite adapter writes ISO 8601 with +00:00). */
export const sqlTime = (d: Date): string => d.toISOString().replace('Z', '+00:00');

/** A date-time read back from SQL. */
export const fromSqlTime = (v: string | Date): Date => (v instanceof Date ? v : new Date(v));
