/**
 * What a widget document's answer depends on, as cache tags. A write names the tags it changes
 * (see prisma/seed/load.ts and the ChangeLog table); answers carrying those tags are dropped.
 * Each document declares its tags beside its text (widgets' `.graphql.ts` files, through the build
 * manifest); `$name` in a tag stands for the variable `name`, so `Indicator:$code` ties an answer to
 * one indicator and editing one indicator's figures leaves every other indicator's charts cached.
 */
import type { PersistedDocument } from './persisted-documents.ts';

export function tagsFor(document: Pick<PersistedDocument, 'tags'>, variables: Record<string, unknown>): string[] {
  return document.tags.map((tag) => tag.replace(/\$(\w+)/g, (_, name: string) => String(variables[name])));
}
