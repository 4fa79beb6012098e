/** Helpers for live-update tests: the subscription URL, a Server-Sent Events reader, staff edits. */
import { createToken } from '../../prisma/tokens.ts';
import { documentIdOf, WIDGET_DOCUMENTS, type WidgetDocumentName } from './widget-documents.ts';

export const SUBSCRIPTION =
  'subscription($d:[WatchedDocument!]!){documentChanges(documents:$d){sequence tags documents}}';

export interface Notice {
  sequence: number;
  tags: string[];
  documents: number[];
}

/** The GET URL of a `documentChanges` subscription for these widget documents. */
export function liveUrl(base: string, documents: [WidgetDocumentName, Record<string, unknown>][]): string {
  const d = documents.map(([name, variables]) => ({
    documentId: documentIdOf(WIDGET_DOCUMENTS[name]),
    variables: JSON.stringify(variables),
  }));
  return `${base}/graphql?query=${encodeURIComponent(SUBSCRIPTION)}&variables=${encodeURIComponent(JSON.stringify({ d }))}`;
}

/** An open event stream: its events as they arrive, parsed (`next` events' notices, or the event name). */
export async function openStream(url: string) {
  const controller = new AbortController();
  const response = await fetch(url, { headers: { accept: 'text/event-stream' }, signal: controller.signal });
  const events: { event: string; notice?: Notice; errors?: unknown[] }[] = [];
  const waiters = new Set<() => void>();
  let ended = false;
  if (response.ok && response.body) {
    void (async () => {
      const decoder = new TextDecoder();
      let buffer = '';
      try {
        for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
          buffer += decoder.decode(chunk, { stream: true });
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const event = /^event: (.*)$/m.exec(block)?.[1];
            const data = /^data: (.*)$/m.exec(block)?.[1];
            if (!event) continue; // a comment (yoga's keep-alive)
            const body = data ? (JSON.parse(data) as { data?: { documentChanges: Notice }; errors?: unknown[] }) : {};
            events.push({ event, notice: body.data?.documentChanges, errors: body.errors });
            for (const w of waiters) w();
          }
        }
      } catch {
        // aborted by close()
      }
      ended = true;
      for (const w of waiters) w();
    })();
  }
  /** Resolves with the first event (from `from` on) that matches, or rejects after `timeoutMs`. */
  function waitFor(match: (e: (typeof events)[number]) => boolean, from = 0, timeoutMs = 10_000) {
    return new Promise<(typeof events)[number]>((resolve, reject) => {
      const check = () => {
        const found = events.slice(from).find(match);
        if (found) return done(() => resolve(found));
        if (ended) return done(() => reject(new Error(`stream ended without it; saw ${JSON.stringify(events)}`)));
      };
      const timer = setTimeout(
        () => done(() => reject(new Error(`not within ${timeoutMs} ms; saw ${JSON.stringify(events)}`))),
        timeoutMs,
      );
      const done = (then: () => void) => {
        clearTimeout(timer);
        waiters.delete(check);
        then();
      };
      waiters.add(check);
      check();
    });
  }
  return {
    response,
    events,
    waitFor,
    get ended() {
      return ended;
    },
    close: () => controller.abort(),
  };
}

/** Sends GraphQL as an EDITOR would. */
export async function editorClient(prisma: Parameters<typeof createToken>[0], base: string) {
  const { token } = await createToken(prisma, { name: 'live test', role: 'EDITOR' });
  return async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: any; errors?: unknown[] };
  };
}

export const UPSERT_OBSERVATIONS =
  'mutation ($o: [ObservationInput!]!) { upsertObservations(observations: $o) { created updated errors { path messageEn } } }';

/** The seed's FY2567 STIMULUS_FAIRS observation for one Bangkok district group (value 6). */
export const fairsObservation = (value: number, extra: Record<string, unknown> = {}) => ({
  indicator: 'STIMULUS_FAIRS',
  kind: 'ACTUAL',
  value,
  periodStart: '2024-08-01',
  periodEnd: '2024-11-30',
  fiscalYear: 2567,
  area: 'TH-10-G-KRUNGTHEP-CENTRAL',
  programme: 'bangkok-economic-stimulus-fairs',
  source: '003_4a541e27cee69d2e',
  publication: 'PUBLISHED',
  ...extra,
});

/** The KPI the live tests watch: exactly the observation above. */
export const FAIRS_KPI = { code: 'STIMULUS_FAIRS', filter: { area: 'TH-10-G-KRUNGTHEP-CENTRAL', fiscalYear: [2567] } };
