/**
 * What the `documentChanges` subscription needs from the server, as a type only: the schema
 * imports nothing from server/, and the server passes an implementation in through the context.
 */

/** A committed write, as the ChangeLog records it: its sequence number and the tags it changed. */
export interface ChangeNotice {
  sequence: number;
  tags: string[];
}

/** What one subscriber is told: a change (or heartbeat) and which of its documents it touches. */
export interface DocumentNotice extends ChangeNotice {
  documents: number[];
}

export interface LiveSource {
  /** The tags a persisted document's answer depends on, or undefined for an unknown document. */
  tagsOf(documentId: string, variables: Record<string, unknown>): string[] | undefined;
  /**
   * A stream for one subscriber watching documents with these tags: first the current sequence
   * (touching nothing), then each change touching one of them, with heartbeats (the last
   * sequence again, touching nothing) between; it ends when idle or when the server stops.
   */
  watch(tagsByDocument: string[][]): AsyncIterableIterator<DocumentNotice>;
}
