/**
 * The one change source behind `documentChanges`: the ChangeFeed publishes each ChangeLog row
 * once per process, and every open stream listens on the same pub/sub topic (no per-subscriber
 * polling). Notices carry the ChangeLog id as their sequence, so a client can drop repeats and
 * tell after a reconnect whether it missed anything. The only state kept here is the open
 * streams; pass a shared event target (e.g. @graphql-yoga/redis-event-target) to fan out across
 * instances.
 */
import { createPubSub, Repeater, type PubSubEventTarget } from 'graphql-yoga';
import type { ChangeNotice, DocumentNotice, LiveSource } from '../../schema/live-source.ts';
import { tagsFor } from './cache-tags.ts';
import type { PersistedDocument } from './persisted-documents.ts';

const TOPIC = 'phalang:change';
type Topics = { [TOPIC]: [ChangeNotice] };

export interface LiveChangesOptions {
  documents: Map<string, PersistedDocument>;
  /** The newest sequence number known (the ChangeFeed's cursor). */
  currentSequence: () => number;
  /** Where notices are published and heard. @default an in-process EventTarget */
  eventTarget?: PubSubEventTarget<Topics>;
  /** Milliseconds between heartbeat events; widgets treat 60 s of silence as a dead stream, so keep it well under. @default 20_000 */
  heartbeatMs?: number;
  /** Milliseconds without a matching change after which a stream is closed (clients reconnect). @default 900_000 */
  idleMs?: number;
}

/** Whether a written tag touches a watched one (`Indicator:*` touches every `Indicator:…`). */
const touches = (written: string, watched: string) =>
  written === watched || (written.endsWith(':*') && watched.startsWith(written.slice(0, -1)));

export class LiveChanges implements LiveSource {
  private readonly pubsub;
  private readonly open = new Set<() => void>();
  readonly heartbeatMs: number;
  readonly idleMs: number;

  constructor(private readonly options: LiveChangesOptions) {
    this.pubsub = createPubSub<Topics>({ eventTarget: options.eventTarget });
    this.heartbeatMs = options.heartbeatMs ?? 20_000;
    this.idleMs = options.idleMs ?? 900_000;
  }

  /** Streams open now. */
  get streams(): number {
    return this.open.size;
  }

  publish(notice: ChangeNotice): void {
    this.pubsub.publish(TOPIC, notice);
  }

  tagsOf(documentId: string, variables: Record<string, unknown>): string[] | undefined {
    const doc = this.options.documents.get(documentId);
    return doc ? tagsFor(doc, variables) : undefined;
  }

  watch(tagsByDocument: string[][]): AsyncIterableIterator<DocumentNotice> {
    return new Repeater<DocumentNotice>(async (push, stop) => {
      // Listen before reading the sequence, so no change falls between the two.
      const source = this.pubsub.subscribe(TOPIC)[Symbol.asyncIterator]();
      let next = source.next();
      let last = this.options.currentSequence();
      let lastChangeAt = Date.now();
      void push({ sequence: last, tags: [], documents: [] });
      const beat = setInterval(
        () => {
          if (Date.now() - lastChangeAt >= this.idleMs) stop();
          else void push({ sequence: last, tags: [], documents: [] });
        },
        Math.min(this.heartbeatMs, this.idleMs),
      );
      this.open.add(stop);
      let stopped = false;
      void stop.then(() => {
        stopped = true;
        clearInterval(beat);
        this.open.delete(stop);
        void source.return?.();
      });
      while (!stopped) {
        const result = await Promise.race([next, stop.then(() => undefined)]);
        if (!result || result.done) break;
        next = source.next();
        const notice = result.value;
        if (notice.sequence <= last) continue; // a repeat (another instance's feed, or a replay)
        const documents: number[] = [];
        const tags = new Set<string>();
        tagsByDocument.forEach((watched, i) => {
          const hit = notice.tags.filter((t) => watched.some((w) => touches(t, w)));
          if (hit.length) documents.push(i);
          for (const t of hit) tags.add(t);
        });
        if (!documents.length) continue;
        last = notice.sequence;
        lastChangeAt = Date.now();
        void push({ sequence: last, tags: [...tags], documents });
      }
      stop();
    });
  }

  /** Ends every open stream (the server is stopping); clients reconnect to another instance. */
  close(): void {
    for (const stop of [...this.open]) stop();
  }
}
