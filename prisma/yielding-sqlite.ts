/**
 * better-sqlite3 runs each statement synchronously, and Prisma chains a request's statements on
 * promises alone, so a query of many statements held the event loop from its first to its last
 * (cached widget GETs waited seconds behind 15 aggregates). This adapter gives the loop a turn
 * before each statement outside a transaction, so other requests are served in between.
 */
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export class YieldingBetterSQLite3 extends PrismaBetterSQLite3 {
  override async connect() {
    const adapter = await super.connect();
    const queryRaw = adapter.queryRaw.bind(adapter);
    adapter.queryRaw = async (query) => {
      await nextTurn();
      return queryRaw(query);
    };
    return adapter;
  }
}
