/**
 * Resolves natural keys (area codes, source keys, org-ids, ...) to row ids inside one
 * transaction, remembering each answer: an import of 10,000 rows that all name `TH-10` asks once.
 */
import type { PrismaClient } from '../client.ts';
import type { CategoryScheme } from '../generated/client/enums.ts';

export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

export class Refs {
  private readonly cache = new Map<string, Promise<unknown>>();
  constructor(readonly tx: Tx) {}

  private memo<T>(key: string, load: () => Promise<T>): Promise<T> {
    let p = this.cache.get(key) as Promise<T> | undefined;
    if (!p) this.cache.set(key, (p = load()));
    return p;
  }

  area(code: string) {
    return this.memo(
      `area:${code}`,
      async () => (await this.tx.area.findUnique({ where: { code }, select: { id: true } }))?.id,
    );
  }
  source(key: string) {
    return this.memo(
      `source:${key}`,
      async () => (await this.tx.source.findUnique({ where: { key }, select: { id: true } }))?.id,
    );
  }
  organisation(orgId: string) {
    return this.memo(
      `org:${orgId}`,
      async () => (await this.tx.organisation.findUnique({ where: { orgId }, select: { id: true } }))?.id,
    );
  }
  programme(slug: string) {
    return this.memo(
      `programme:${slug}`,
      async () => (await this.tx.programme.findUnique({ where: { slug }, select: { id: true } }))?.id,
    );
  }
  enterprise(slug: string) {
    return this.memo(
      `enterprise:${slug}`,
      async () => (await this.tx.enterprise.findUnique({ where: { slug }, select: { id: true } }))?.id,
    );
  }
  unit(code: string) {
    return this.memo(
      `unit:${code}`,
      async () => (await this.tx.unit.findUnique({ where: { code }, select: { code: true } }))?.code,
    );
  }
  category(scheme: CategoryScheme, code: string) {
    return this.memo(
      `category:${scheme}:${code}`,
      async () =>
        (
          await this.tx.category.findUnique({
            where: { scheme_code: { scheme, code } },
            select: { id: true },
          })
        )?.id,
    );
  }
  indicator(code: string) {
    return this.memo(`indicator:${code}`, () =>
      this.tx.indicator.findUnique({
        where: { code },
        select: { id: true, code: true, measure: true, allowsNegative: true, categoryScheme: true },
      }),
    );
  }
}
