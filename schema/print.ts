/** `npm run schema:print`: writes schema/schema.graphql, the public contract under review. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printedSchema } from './index.ts';

const target = fileURLToPath(new URL('./schema.graphql', import.meta.url));
writeFileSync(target, printedSchema());
console.log(`wrote ${target}`);
