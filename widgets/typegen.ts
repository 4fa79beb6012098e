/**
 * `npm run typegen`: writes widgets/graphql-env.d.ts, the schema's introspection as a type, from the
 * printed SDL (schema/schema.graphql). gql.tada reads it to type every widget document, so a schema
 * change that breaks a widget fails `tsc`. Generated rather than committed: it is derived from a
 * committed file, and two branches that both change the SDL would otherwise conflict on it.
 * (gql.tada's own CLI needs TypeScript's JavaScript API, which TypeScript 7 does not ship.)
 */
import { minifyIntrospection, outputIntrospectionFile } from '@gql.tada/internal';
import { buildSchema, introspectionFromSchema } from 'graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SDL_FILE = path.join(ROOT, 'schema', 'schema.graphql');
export const GRAPHQL_ENV_FILE = path.join(ROOT, 'widgets', 'graphql-env.d.ts');

/** The introspection type file for `sdl`. */
export function graphqlEnv(sdl: string): string {
  const introspection = minifyIntrospection(introspectionFromSchema(buildSchema(sdl)));
  return outputIntrospectionFile(introspection, { fileType: GRAPHQL_ENV_FILE, shouldPreprocess: true });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = graphqlEnv(readFileSync(SDL_FILE, 'utf8'));
  const current = (() => {
    try {
      return readFileSync(GRAPHQL_ENV_FILE, 'utf8');
    } catch {
      return '';
    }
  })();
  if (text !== current) writeFileSync(GRAPHQL_ENV_FILE, text);
}
