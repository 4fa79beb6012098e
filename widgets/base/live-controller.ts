/**
 * Live updates for widgets with the `live` attribute: one EventSource per API on the page, shared
 * by every live widget there (browsers allow few connections per origin), subscribed to the
 * `documentChanges` notices of all their documents. A notice carries no data: the widgets it names
 * re-read their documents through the public read path. It reconnects by itself with backoff and,
 * once back, re-reads everything when the sequence moved while it was away.
 */

const SUBSCRIPTION = 'subscription($d:[WatchedDocument!]!){documentChanges(documents:$d){sequence documents}}';
/** A stream silent for this long is taken for dead (the server sends heartbeats every 20 s). */
const SILENCE_MS = 60_000;
const MAX_BACKOFF_MS = 30_000;

type Listener = () => void;

class LiveHub {
  private readonly watchers = new Map<string, Set<Listener>>();
  private keys: string[] = [];
  private source?: EventSource;
  private sequence?: number;
  private attempts = 0;
  private timer?: ReturnType<typeof setTimeout>;
  private watchdog?: ReturnType<typeof setTimeout>;
  /** Whether a stream is open and answering: polling (`refresh`) may rest meanwhile. */
  connected = false;

  constructor(private readonly url: string) {}

  watch(documentId: string, variables: string, listener: Listener): () => void {
    const key = `${documentId}\n${variables}`;
    let set = this.watchers.get(key);
    if (!set) {
      this.watchers.set(key, (set = new Set()));
      this.later(30); // widgets connecting together share the first connection
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.watchers.get(key) === set) {
        this.watchers.delete(key);
        this.later(30);
      }
    };
  }

  private later(ms: number) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.connect(), ms);
  }

  private stop() {
    this.source?.close();
    this.source = undefined;
    this.connected = false;
    clearTimeout(this.watchdog);
  }

  private connect() {
    this.stop();
    if (!this.watchers.size || typeof EventSource === 'undefined') return;
    this.keys = [...this.watchers.keys()];
    const url = new URL(this.url);
    url.searchParams.set('query', SUBSCRIPTION);
    url.searchParams.set(
      'variables',
      JSON.stringify({
        d: this.keys.map((k) => {
          const [documentId, variables] = k.split('\n');
          return { documentId, variables };
        }),
      }),
    );
    const source = (this.source = new EventSource(url));
    let first = true;
    source.addEventListener('next', (event) => {
      this.alive();
      const change = (
        JSON.parse((event as MessageEvent<string>).data) as {
          data?: { documentChanges?: { sequence: number; documents: number[] } };
        }
      ).data?.documentChanges;
      if (!change) return this.retry(); // refused (e.g. a document the server does not know)
      this.attempts = 0;
      this.connected = true;
      const moved = this.sequence === undefined || change.sequence > this.sequence;
      if (first) {
        // Just (re)connected: what happened while away is unknown, so re-read when anything did.
        if (change.sequence !== this.sequence) this.notify(this.keys);
      } else if (moved) {
        this.notify(change.documents.length ? change.documents.map((i) => this.keys[i]!) : this.keys);
      }
      first = false;
      if (moved) this.sequence = change.sequence;
    });
    // The server closes idle streams (and all of them when it stops): come back soon.
    source.addEventListener('complete', () => this.retry(500));
    source.onerror = () => this.retry();
  }

  private alive() {
    clearTimeout(this.watchdog);
    this.watchdog = setTimeout(() => this.retry(0), SILENCE_MS);
  }

  /** Reconnects after `delay`, or after an exponential backoff with jitter (1 s, 2 s, … 30 s). */
  private retry(delay?: number) {
    this.stop();
    const backoff = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** this.attempts++);
    this.later(delay ?? backoff * (0.5 + Math.random() / 2));
  }

  private notify(keys: string[]) {
    for (const key of keys) for (const listener of this.watchers.get(key) ?? []) listener();
  }
}

const hubs = new Map<string, LiveHub>();

/** The shared live connection to one GraphQL endpoint. */
export function liveHub(url: string): LiveHub {
  let hub = hubs.get(url);
  if (!hub) hubs.set(url, (hub = new LiveHub(url)));
  return hub;
}
