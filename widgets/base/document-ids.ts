/**
 * The persisted document ids (SHA-256 of each document's text), filled in at build time by
 * widgets/build.ts through esbuild's `define`, so the page never hashes anything itself.
 */
import type { WidgetDocumentName } from './graphql.ts';

declare const __PHALANG_DOCUMENT_IDS__: Record<WidgetDocumentName, string> | undefined;

export const DOCUMENT_IDS: Record<WidgetDocumentName, string> =
  typeof __PHALANG_DOCUMENT_IDS__ === 'undefined'
    ? ({} as Record<WidgetDocumentName, string>)
    : __PHALANG_DOCUMENT_IDS__;
