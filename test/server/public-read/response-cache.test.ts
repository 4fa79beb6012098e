import { describe, expect, it } from 'vitest';
import { ResponseCache } from '../../../server/public-read/response-cache.ts';

const bytes = (s: string) => Buffer.from(s);

describe('ResponseCache', () => {
  it('stores bytes with a strong ETag and finds them by key', () => {
    const cache = new ResponseCache();
    const entry = cache.set('/a', bytes('{"data":1}'), ['Indicator:A'], cache.startFill())!;
    expect(entry.etag).toMatch(/^"[\w-]+"$/);
    expect(cache.get('/a')?.body.toString()).toBe('{"data":1}');
    expect(cache.get('/b')).toBeUndefined();
  });

  it('invalidates exactly the entries carrying a tag', () => {
    const cache = new ResponseCache();
    cache.set('/a', bytes('a'), ['Indicator:A', 'Area'], cache.startFill());
    cache.set('/b', bytes('b'), ['Indicator:B', 'Area'], cache.startFill());
    cache.set('/e', bytes('e'), ['Enterprise'], cache.startFill());
    expect(cache.invalidate(['Indicator:A'])).toBe(1);
    expect(cache.get('/a')).toBeUndefined();
    expect(cache.get('/b')).toBeDefined();
    expect(cache.invalidate(['Area'])).toBe(1);
    expect(cache.get('/b')).toBeUndefined();
    expect(cache.get('/e')).toBeDefined();
  });

  it('drops a whole family with a wildcard tag', () => {
    const cache = new ResponseCache();
    cache.set('/a', bytes('a'), ['Indicator:A'], cache.startFill());
    cache.set('/b', bytes('b'), ['Indicator:B'], cache.startFill());
    cache.set('/e', bytes('e'), ['Enterprise'], cache.startFill());
    expect(cache.invalidate(['Indicator:*'])).toBe(2);
    expect(cache.size).toBe(1);
  });

  it('does not keep an answer whose data changed while it was being computed', () => {
    const cache = new ResponseCache();
    const started = cache.startFill();
    cache.invalidate(['Indicator:A']); // a write lands mid-computation
    expect(cache.set('/a', bytes('old'), ['Indicator:A'], started)).toBeUndefined();
    expect(cache.get('/a')).toBeUndefined();
    // ...and the same for a wildcard write.
    const again = cache.startFill();
    cache.invalidate(['Indicator:*']);
    expect(cache.set('/a', bytes('old'), ['Indicator:A'], again)).toBeUndefined();
    // A fill that starts after the write is kept.
    expect(cache.set('/a', bytes('new'), ['Indicator:A'], cache.startFill())).toBeDefined();
  });

  it('keeps at most maxBytes, dropping the least recently used entry first', () => {
    // Each entry: 100 body bytes + a 2-character key (4 bytes) = 104 bytes; room for three.
    const cache = new ResponseCache({ maxBytes: 3 * 104 });
    const body = () => Buffer.alloc(100, 'x');
    for (const k of ['/1', '/2', '/3']) cache.set(k, body(), ['T'], cache.startFill());
    expect(cache.bytes).toBe(312);
    expect(cache.get('/1')).toBeDefined(); // /1 is now the most recently used; /2 the least
    cache.set('/4', body(), ['T'], cache.startFill());
    expect(cache.get('/2')).toBeUndefined();
    expect(cache.get('/1')).toBeDefined();
    expect(cache.get('/4')).toBeDefined();
    expect(cache.size).toBe(3);
    expect(cache.bytes).toBeLessThanOrEqual(312);
  });

  it('never holds more than its budget, however large one answer is', () => {
    const cache = new ResponseCache({ maxBytes: 1000 });
    expect(cache.set('/big', Buffer.alloc(5000), ['T'], cache.startFill())).toBeUndefined();
    for (let i = 0; i < 100; i++) cache.set(`/${i}`, Buffer.alloc(300), ['T'], cache.startFill());
    expect(cache.bytes).toBeLessThanOrEqual(1000);
    expect(cache.size).toBe(3);
    cache.invalidate(['T']);
    expect(cache.bytes).toBe(0);
  });

  it('finds an entry by a few aliases, which go with it', () => {
    const cache = new ResponseCache();
    cache.set('/k', bytes('body'), ['T'], cache.startFill());
    const held = cache.bytes;
    for (const a of ['/a1', '/a2', '/a3', '/a4', '/a5']) cache.addAlias(a, '/k');
    expect(cache.get('/a1')).toBeUndefined(); // only the newest four are kept
    expect(cache.get('/a5')?.body.toString()).toBe('body');
    expect(cache.bytes).toBe(held + 4 * 3 * 2);
    expect(cache.size).toBe(1);
    cache.invalidate(['T']);
    expect(cache.get('/a5')).toBeUndefined();
    expect(cache.bytes).toBe(0);
  });
});
