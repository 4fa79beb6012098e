/**
 * `npm run seed:scale -- --enterprises 100000 --observations 1000000 [--seed 42] [--out data/scale.db]`:
 * a synthetic national-scale dataset in its own SQLite file, for load tests and benchmarks. Never
 * mixed into the real data: the file is a separate database, and every synthetic record points to
 * one Source titled "Synthetic national-scale data (not real)". The same seed gives the same data.
 *
 * Serve it with `DATABASE_URL=file:data/scale.db npm start`.
 */
import { parseArgs } from 'node:util';
import { generateScaleDatabase } from './scale/generate.ts';

const { values } = parseArgs({
  options: {
    enterprises: { type: 'string', default: '100000' },
    observations: { type: 'string', default: '1000000' },
    networks: { type: 'string', default: '1000' },
    organisations: { type: 'string', default: '2000' },
    agreements: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '42' },
    out: { type: 'string', default: 'data/scale.db' },
    force: { type: 'boolean', default: false },
  },
});

const int = (name: keyof typeof values) => {
  const n = Number(values[name]);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`seed:scale: --${name} must be a whole number ≥ 0; got "${values[name]}"`);
    process.exit(2);
  }
  return n;
};

try {
  console.log(`seed:scale → ${values.out} (seed ${values.seed})`);
  const report = await generateScaleDatabase({
    out: values.out!,
    enterprises: int('enterprises'),
    observations: int('observations'),
    networks: int('networks'),
    organisations: int('organisations'),
    agreements: int('agreements'),
    seed: int('seed'),
    force: values.force,
    log: (line) => console.log(line),
  });
  console.log(
    `seed:scale: ${Object.entries(report.counts)
      .map(([k, v]) => `${v} ${k}`)
      .join(', ')} in ${(report.timings.total! / 1000).toFixed(1)} s → ${report.file}`,
  );
} catch (error) {
  console.error(`seed:scale: ${(error as Error).message}`);
  process.exit(1);
}
