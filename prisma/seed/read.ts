/**
 * Reads and validates the seed data files, including every cross-reference between them.
 * Throws one `SeedDataError` listing every problem (file, row, field, reason), so a reviewer
 * fixes a data file in one pass instead of one error at a time.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { categoryRef } from '../domain/keys.ts';
import { z } from 'zod';
import { files, type SeedData } from './format.ts';

export const DATA_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data');

export class SeedDataError extends Error {
  constructor(readonly problems: string[]) {
    super(`seed data has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
    this.name = 'SeedDataError';
  }
}

/** Every seed file's schema, so one parse types the whole data set. */
const seedFiles = z.object(files);

export function readSeedData(dir = DATA_DIR): SeedData {
  const byFile = new Map<string, string[]>(Object.keys(files).map((file) => [file, []]));
  const json: Record<string, unknown> = {};
  for (const file of Object.keys(files)) {
    try {
      json[file] = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
    } catch (error) {
      byFile.get(file)!.push(`${file}: cannot be read as JSON (${(error as Error).message})`);
      json[file] = [];
    }
  }
  const parsed = seedFiles.safeParse(json);
  for (const issue of parsed.error?.issues ?? []) {
    const [file, row, ...field] = issue.path;
    byFile
      .get(String(file))!
      .push(`${String(file)} row ${String(row)}${field.length ? ` field ${field.join('.')}` : ''}: ${issue.message}`);
  }
  const problems = [...byFile.values()].flat();
  if (parsed.success && problems.length === 0) problems.push(...checkReferences(parsed.data));
  if (problems.length > 0 || !parsed.success) throw new SeedDataError(problems);
  return parsed.data;
}

function checkReferences(d: SeedData): string[] {
  const problems: string[] = [];
  const keysOf = <T>(rows: T[], key: (row: T) => string, file: string) => {
    const set = new Set<string>();
    rows.forEach((row, i) => {
      const k = key(row);
      if (set.has(k)) problems.push(`${file} row ${i}: duplicate key ${k}`);
      set.add(k);
    });
    return set;
  };
  const sources = keysOf(d['sources.json'], (r) => r.key, 'sources.json');
  const areas = keysOf(d['areas.json'], (r) => r.code, 'areas.json');
  const categories = keysOf(d['categories.json'], (r) => categoryRef(r.scheme, r.code), 'categories.json');
  const units = keysOf(d['units.json'], (r) => r.code, 'units.json');
  const orgs = keysOf(d['organisations.json'], (r) => r.orgId, 'organisations.json');
  const enterprises = keysOf(d['enterprises.json'], (r) => r.slug, 'enterprises.json');
  keysOf(d['networks.json'], (r) => r.slug, 'networks.json');
  const programmes = keysOf(d['programmes.json'], (r) => r.slug, 'programmes.json');
  keysOf(d['agreements.json'], (r) => r.slug, 'agreements.json');
  keysOf(d['indicators.json'], (r) => r.code, 'indicators.json');
  keysOf(
    d['programmes.json'].flatMap((p) => p.activities ?? []),
    (a) => a.slug,
    'programmes.json activities',
  );

  const need = (set: Set<string>, what: string, value: string | undefined, where: string) => {
    if (value !== undefined && !set.has(value)) problems.push(`${where}: unknown ${what} "${value}"`);
  };
  const needAll = (set: Set<string>, what: string, values: string[] | undefined, where: string) =>
    values?.forEach((v) => need(set, what, v, where));
  // Category fields hold bare codes once read (the record schemas accept `SCHEME:CODE` too and check the scheme).
  const inScheme = (scheme: string, codes: string[] | undefined) => codes?.map((c) => categoryRef(scheme, c));

  d['areas.json'].forEach((r, i) => {
    const at = `areas.json row ${i} (${r.code})`;
    need(areas, 'area', r.parent, `${at} field parent`);
    needAll(areas, 'area', r.members, `${at} field members`);
    needAll(sources, 'source', r.sources, `${at} field sources`);
  });
  d['organisations.json'].forEach((r, i) => {
    const at = `organisations.json row ${i} (${r.orgId})`;
    need(orgs, 'organisation', r.parent, `${at} field parent`);
    need(areas, 'area', r.area, `${at} field area`);
    needAll(sources, 'source', r.sources, `${at} field sources`);
  });
  d['enterprises.json'].forEach((r, i) => {
    const at = `enterprises.json row ${i} (${r.slug})`;
    need(areas, 'area', r.area, `${at} field area`);
    needAll(categories, 'category', inScheme('BUSINESS_TYPE', r.businessTypes), `${at} field businessTypes`);
    needAll(sources, 'source', r.sources, `${at} field sources`);
    r.assessments?.forEach((a, j) => need(sources, 'source', a.source, `${at} field assessments.${j}.source`));
    r.awards?.forEach((a, j) => {
      need(sources, 'source', a.source, `${at} field awards.${j}.source`);
      need(orgs, 'organisation', a.organiser, `${at} field awards.${j}.organiser`);
      need(areas, 'area', a.area, `${at} field awards.${j}.area`);
    });
    r.certifications?.forEach((c, j) => need(sources, 'source', c.source, `${at} field certifications.${j}.source`));
  });
  d['networks.json'].forEach((r, i) => {
    const at = `networks.json row ${i} (${r.slug})`;
    need(areas, 'area', r.area, `${at} field area`);
    need(orgs, 'organisation', r.coordinator, `${at} field coordinator`);
    needAll(enterprises, 'enterprise', r.members, `${at} field members`);
    needAll(sources, 'source', r.sources, `${at} field sources`);
  });
  d['agreements.json'].forEach((r, i) => {
    const at = `agreements.json row ${i} (${r.slug})`;
    r.signatories.forEach((s, j) =>
      need(orgs, 'organisation', s.organisation, `${at} field signatories.${j}.organisation`),
    );
    needAll(categories, 'category', inScheme('THEME', r.themes), `${at} field themes`);
    needAll(programmes, 'programme', r.programmes, `${at} field programmes`);
    needAll(sources, 'source', r.sources, `${at} field sources`);
  });
  d['programmes.json'].forEach((r, i) => {
    const at = `programmes.json row ${i} (${r.slug})`;
    need(orgs, 'organisation', r.lead, `${at} field lead`);
    r.partners?.forEach((p, j) => need(orgs, 'organisation', p.organisation, `${at} field partners.${j}.organisation`));
    need(areas, 'area', r.area, `${at} field area`);
    needAll(categories, 'category', inScheme('THEME', r.themes), `${at} field themes`);
    needAll(sources, 'source', r.sources, `${at} field sources`);
    r.budgetLines?.forEach((b, j) => {
      need(sources, 'source', b.source, `${at} field budgetLines.${j}.source`);
      need(units, 'unit', b.recipientUnit, `${at} field budgetLines.${j}.recipientUnit`);
    });
    r.activities?.forEach((a, j) => {
      need(sources, 'source', a.source, `${at} field activities.${j}.source`);
      need(areas, 'area', a.area, `${at} field activities.${j}.area`);
      needAll(enterprises, 'enterprise', a.enterprises, `${at} field activities.${j}.enterprises`);
    });
  });
  d['indicators.json'].forEach((r, i) => {
    const at = `indicators.json row ${i} (${r.code})`;
    need(units, 'unit', r.unit, `${at} field unit`);
    need(programmes, 'programme', r.programme, `${at} field programme`);
    r.observations.forEach((o, j) => {
      const ot = `${at} field observations.${j}`;
      need(sources, 'source', o.source, `${ot}.source`);
      need(areas, 'area', o.area, `${ot}.area`);
      if (o.category && !r.categoryScheme) problems.push(`${ot}.category: the indicator has no categoryScheme`);
      if (o.category && r.categoryScheme)
        need(categories, 'category', categoryRef(r.categoryScheme, o.category), `${ot}.category`);
      need(programmes, 'programme', o.programme, `${ot}.programme`);
      if (o.periodStart > o.periodEnd)
        problems.push(`${ot}: periodStart ${o.periodStart} is after periodEnd ${o.periodEnd}`);
      if (o.value < 0 && !r.allowsNegative)
        problems.push(
          `${ot}.value: ${o.value} is negative, and the indicator does not allow negative values (allowsNegative)`,
        );
    });
  });
  return problems;
}
