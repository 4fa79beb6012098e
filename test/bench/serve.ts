/**
 * One server for the benchmark, in its own process so it has a core to itself:
 *   phalang        the real server (bytes cache on)
 *   phalang-plain  the real server with the bytes cache off (full GraphQL pipeline)
 *   phalang-nojit  as phalang-plain, with the widgets' documents on graphql-js rather than graphql-jit
 *   raw            bare node:http sending the bytes in BODY_FILE: the ceiling
 * BENCH_NO_YIELD=1 turns off yielding to the event loop between SQLite statements.
 * Prints `PORT <n>` when listening.
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createPrisma } from '../../prisma/client.ts';
import { createPhalangServer } from '../../server/http.ts';

const mode = process.argv[2];
if (mode === 'raw') {
  const body = readFileSync(process.env.BODY_FILE!);
  const headers = {
    'Content-Type': 'application/graphql-response+json; charset=utf-8',
    'Content-Length': String(body.length),
  };
  const server = createServer((_req, res) => {
    res.writeHead(200, headers);
    res.end(body);
  });
  server.listen(0, '127.0.0.1', () => console.log(`PORT ${(server.address() as AddressInfo).port}`));
} else {
  // BENCH_NO_YIELD=1: statements without yielding between them, the baseline for yielding-sqlite.ts.
  const prisma = createPrisma({ yieldBetweenStatements: process.env.BENCH_NO_YIELD !== '1' });
  const phalang = createPhalangServer({ prisma, publicCache: mode === 'phalang', jit: mode !== 'phalang-nojit' });
  const port = await phalang.listen(0, '127.0.0.1');
  console.log(`PORT ${port}`);
}
