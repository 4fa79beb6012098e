/**
 * Follows the ChangeLog table and invalidates what other processes changed (the seed command,
 * another server instance). Writes made by this process invalidate at once, before they are
 * acknowledged; writes elsewhere reach this cache within one poll interval.
 */
import type { PrismaClient } from '../../prisma/client.ts';

export interface ChangeFeedOptions {
  prisma: PrismaClient;
  /** Called once per ChangeLog row, in order, with its tags and id (the sequence number). */
  onChange: (tags: string[], sequence: number) => void;
  /** How often to look for new rows. @default 1000 */
  intervalMs?: number;
}

export class ChangeFeed {
  private lastId = 0;
  private timer: NodeJS.Timeout | undefined;
  private polling: Promise<void> | undefined;
  private again: Promise<void> | undefined;
  private stopped = false;

  constructor(private readonly options: ChangeFeedOptions) {}

  /** Starts from the newest row: older changes are already reflected in an empty cache. */
  async start(): Promise<void> {
    const newest = await this.options.prisma.changeLog.findFirst({ orderBy: { id: 'desc' }, select: { id: true } });
    this.lastId = newest?.id ?? 0;
    this.timer = setInterval(() => void this.poll(), this.options.intervalMs ?? 1000);
    this.timer.unref();
  }

  /** The id of the newest row applied: where live streams' sequence numbers stand. */
  get cursor(): number {
    return this.lastId;
  }

  /** Reads and applies new rows now (also what the timer calls). */
  poll(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    // A row committed while a poll is reading may be missed by it: one more poll follows.
    if (this.polling) {
      this.again ??= this.polling.then(() => {
        this.again = undefined;
        return this.poll();
      });
      return this.again;
    }
    this.polling = (async () => {
      try {
        const rows = await this.options.prisma.changeLog.findMany({
          where: { id: { gt: this.lastId } },
          orderBy: { id: 'asc' },
          take: 1000,
        });
        for (const row of rows) {
          this.options.onChange(row.tags.split(',').filter(Boolean), row.id);
          this.lastId = row.id;
        }
      } catch (error) {
        console.error('change feed: poll failed, will retry', error);
      } finally {
        this.polling = undefined;
      }
    })();
    return this.polling;
  }

  /** Stops polling; resolves once a poll under way has finished (before the client is closed). */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.again;
    await this.polling;
  }
}
