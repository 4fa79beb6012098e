/**
 * better-sqlite3 runs each statement synchronously, and Prisma chains a request's statements on
 * promises alone, so a query of many statements held the event loop from its first to its last
 * (cached widget GETs waited seconds behind 15 aggregates). This adapter runs statements outside a
 * transaction one per turn of the event loop, in arrival order, so other requests are served
 * between any two. SQLite runs one statement at a time on a connection anyway: nothing is lost.
 */
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export class YieldingBetterSQLite3 extends PrismaBetterSQLite3 {
  override async connect() {
    const adapter = await super.connect();
    const queryRaw = adapter.queryRaw.bind(adapter);
    // Each statement waits for the previous one and then for a fresh turn of the loop: with
    // several queries at once, a turn still runs a single statement.
    let queue: Promise<unknown> = Promise.resolve();
    adapter.queryRaw = (query) => {
      const run = queue.then(nextTurn).then(() => queryRaw(query));
      queue = run.catch(() => {});
      return run;
    };
    return adapter;
  }
}
