/** The few HTML pages beside the API: the widget gallery and the list of sources. */
import type { Plugin } from 'graphql-yoga';
import type { PrismaClient } from '../../prisma/client.ts';
import { publicReader } from '../../prisma/visibility.ts';
import { embedGallery } from '../pages/embed-gallery.ts';
import { sourcesPage } from '../pages/sources-page.ts';

/** `publicUrl` gives the origin for the snippets partners copy (configured, never the Host header). */
export function usePages(prisma: PrismaClient, publicUrl: () => string): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      if (request.method !== 'GET') return;
      if (url.pathname === '/embed' || url.pathname === '/embed/') endResponse(embedGallery(publicUrl()));
      else if (url.pathname === '/sources') endResponse(await sourcesPage(publicReader(prisma)));
      // Relative, so the redirect stays on whatever origin the caller used and names no other.
      else if (url.pathname === '/') endResponse(new Response(null, { status: 302, headers: { Location: '/embed' } }));
    },
  };
}
