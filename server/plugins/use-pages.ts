/** The few HTML pages beside the API: the widget gallery and the list of sources. */
import type { Plugin } from 'graphql-yoga';
import type { PrismaClient } from '../../prisma/client.ts';
import { publicReader } from '../../prisma/visibility.ts';
import { embedGallery } from '../pages/embed-gallery.ts';
import { sourcesPage } from '../pages/sources-page.ts';

export function usePages(prisma: PrismaClient): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      if (request.method !== 'GET') return;
      if (url.pathname === '/embed' || url.pathname === '/embed/') endResponse(embedGallery(request));
      else if (url.pathname === '/sources') endResponse(await sourcesPage(publicReader(prisma)));
      else if (url.pathname === '/') endResponse(Response.redirect(new URL('/embed', url), 302));
    },
  };
}
