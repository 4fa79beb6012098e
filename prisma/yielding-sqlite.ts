/**
 * better-sqlite3 runs each statement synchronously, and Prisma chains a request's statements on
 * promises alone, so a query of many statements held the event loop from its first to its last
 * (cached widget GETs waited seconds behind 15 aggregates). This adapter runs statements outside a
 * transaction in arrival order, with a turn of the event loop between them whenever the current
 * slice of work is used up (event-loop-slice.ts), so other requests are served in between. SQLite
 * runs one statement at a time on a connection anyway: nothing is lost.
 */
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { turnIfDue } from './event-loop-slice.ts';

export class YieldingBetterSQLite3 extends PrismaBetterSQLite3 {
  override async connect() {
    const adapter = await super.connect();
    const queryRaw = adapter.queryRaw.bind(adapter);
    // Each statement waits for the previous one, then for a fresh turn if the slice is used up.
    let queue: Promise<unknown> = Promise.resolve();
    adapter.queryRaw = (query) => {
      const run = queue.then(turnIfDue).then(() => queryRaw(query));
      queue = run.catch(() => {});
      return run;
    };
    return adapter;
  }
}
