/**
 * When a chain of synchronous SQLite statements should give the event loop a turn. better-sqlite3
 * runs each statement synchronously and both Prisma and Kysely chain a request's statements on
 * promises alone: without turns, a request of many statements holds the loop from first to last
 * (other requests wait, and the execution timeout's timer cannot fire). A turn after every
 * statement cost a widget request of seven statements a quarter of its time under load, so turns are
 * taken per slice of work instead: once SLICE_MS have passed since the last turn this module gave.
 */
import { performance } from 'node:perf_hooks';

/** The longest run of statements between two turns, ms: what another request may wait behind. */
export const SLICE_MS = 2;

let lastTurn = 0;

const nextTurn = () =>
  new Promise<void>((resolve) =>
    setImmediate(() => {
      lastTurn = performance.now();
      resolve();
    }),
  );

/** A fresh turn of the event loop when the current slice is used up; otherwise nothing to wait for. */
export function turnIfDue(): Promise<void> | undefined {
  return performance.now() - lastTurn >= SLICE_MS ? nextTurn() : undefined;
}
