/**
 * An in-process cache of serialized response bytes, keyed by document id and canonical
 * variables (see handler.ts) and tagged by what the response depends on. A hit costs a Map
 * look-up: no parsing, no GraphQL, no SQL. Bounded by bytes, least recently used first out.
 * A few other spellings of a key (the exact URLs clients send) may point at an entry, so that a
 * repeated request is found without parsing it; they live and die with the entry.
 *
 * Race safety: a fill records the invalidation generation when it starts, and is not stored if
 * any of its tags was invalidated meanwhile, so an answer computed from data that a concurrent
 * write replaced can never outlive that write's invalidation.
 */
import { createHash } from 'node:crypto';

export interface CacheEntry {
  body: Buffer;
  etag: string;
  tags: string[];
  storedAt: number;
  /** Other keys that find this entry (at most MAX_ALIASES, newest kept). */
  aliases: string[];
}

/** Spellings kept per entry: enough for the few clients a widget runs in, too few to grow by. */
const MAX_ALIASES = 4;

export const DEFAULT_CACHE_MAX_BYTES = 64 * 1024 * 1024;

export interface ResponseCacheOptions {
  /** Most bytes kept (bodies plus keys); the least recently used entries go first. @default 67_108_864 (64 MB) */
  maxBytes?: number;
  /** Entries older than this are refetched even without a write (a safety net). @default 600_000 */
  maxAgeMs?: number;
}

export class ResponseCache {
  private readonly entries = new Map<string, CacheEntry>();
  private readonly aliasOf = new Map<string, string>();
  private readonly byTag = new Map<string, Set<string>>();
  private readonly tagGeneration = new Map<string, number>();
  private generation = 0;
  private readonly maxBytes: number;
  private readonly maxAgeMs: number;
  private bytesHeld = 0;
  hits = 0;
  misses = 0;

  constructor(options: ResponseCacheOptions = {}) {
    this.maxBytes = options.maxBytes ?? DEFAULT_CACHE_MAX_BYTES;
    this.maxAgeMs = options.maxAgeMs ?? 600_000;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Bytes held now (bodies plus keys). */
  get bytes(): number {
    return this.bytesHeld;
  }

  /** The entry stored under `key`, or under the key that `key` is an alias of. */
  get(key: string): CacheEntry | undefined {
    let entry = this.entries.get(key);
    if (!entry) {
      const canonical = this.aliasOf.get(key);
      if (canonical === undefined) return undefined;
      key = canonical;
      entry = this.entries.get(key)!;
    }
    if (Date.now() - entry.storedAt > this.maxAgeMs) {
      this.delete(key);
      return undefined;
    }
    // A Map iterates in insertion order: re-inserting makes it the most recently used.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /** Lets `alias`, another spelling of the same request, find the entry stored under `key`. */
  addAlias(alias: string, key: string): void {
    const entry = this.entries.get(key);
    if (!entry || alias === key || this.entries.has(alias) || this.aliasOf.has(alias)) return;
    entry.aliases.push(alias);
    this.aliasOf.set(alias, key);
    this.bytesHeld += alias.length * 2;
    if (entry.aliases.length > MAX_ALIASES) this.dropAlias(entry.aliases.shift()!);
    while (this.bytesHeld > this.maxBytes) this.delete(this.entries.keys().next().value!);
  }

  /** A token to pass to `set`, taken before computing the response. */
  startFill(): number {
    return this.generation;
  }

  /** Stores a response unless one of its tags was invalidated since `fillStartedAt`. */
  set(key: string, body: Buffer, tags: string[], fillStartedAt: number): CacheEntry | undefined {
    const size = sizeOf(key, body);
    if (size > this.maxBytes) return undefined;
    if (tags.some((t) => (this.tagGeneration.get(t) ?? -1) > fillStartedAt || this.wildcardSince(t, fillStartedAt))) {
      return undefined;
    }
    this.delete(key);
    const entry: CacheEntry = {
      body,
      etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
      tags,
      storedAt: Date.now(),
      aliases: [],
    };
    this.entries.set(key, entry);
    this.bytesHeld += size;
    for (const tag of tags) {
      let keys = this.byTag.get(tag);
      if (!keys) this.byTag.set(tag, (keys = new Set()));
      keys.add(key);
    }
    while (this.bytesHeld > this.maxBytes) this.delete(this.entries.keys().next().value!);
    return entry;
  }

  /**
   * Drops every entry carrying one of the tags. `Family:*` drops every `Family:…` tag (a write
   * that cannot say which indicator it touched drops them all).
   */
  invalidate(tags: Iterable<string>): number {
    let dropped = 0;
    const generation = ++this.generation;
    for (const tag of tags) {
      this.tagGeneration.set(tag, generation);
      const matching = tag.endsWith(':*')
        ? [...this.byTag.keys()].filter((t) => t.startsWith(tag.slice(0, -1)))
        : [tag];
      for (const t of matching) {
        for (const key of this.byTag.get(t) ?? []) dropped += this.delete(key) ? 1 : 0;
      }
    }
    return dropped;
  }

  clear(): void {
    this.entries.clear();
    this.aliasOf.clear();
    this.byTag.clear();
    this.bytesHeld = 0;
    this.generation++;
  }

  private wildcardSince(tag: string, since: number): boolean {
    const colon = tag.indexOf(':');
    return colon > 0 && (this.tagGeneration.get(`${tag.slice(0, colon)}:*`) ?? -1) > since;
  }

  private dropAlias(alias: string): void {
    this.aliasOf.delete(alias);
    this.bytesHeld -= alias.length * 2;
  }

  private delete(key: string): boolean {
    const entry = this.entries.get(key);
    if (!entry) return false;
    this.entries.delete(key);
    this.bytesHeld -= sizeOf(key, entry.body);
    for (const alias of entry.aliases) this.dropAlias(alias);
    for (const tag of entry.tags) {
      const keys = this.byTag.get(tag);
      keys?.delete(key);
      if (keys?.size === 0) this.byTag.delete(tag);
    }
    return true;
  }
}

/** What an entry costs: its body and its key (UTF-16 in memory, so two bytes a character). */
const sizeOf = (key: string, body: Buffer) => body.length + key.length * 2;
