/**
 * <phalang-table> and <phalang-enterprise-list> without a browser: sorting (numbers,
 * Thai collation, empty values, stable ties), the pager's words, and the variables it sends —
 * checked against the real API through the persisted documents, so a filter the API would reject
 * fails here rather than in a partner's page. (The browser behaviour is in test/browser/.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsStatus } from '../../widgets/base/table-pager.ts';
import { FETCH_SIZE } from '../../widgets/base/paged-connection.ts';
import { sortRows } from '../../widgets/base/sort-rows.ts';
import { PhalangEnterpriseList } from '../../widgets/enterprise-list/enterprise-list.component.ts';
import { listOf } from '../../widgets/enterprise-list/enterprises.ts';
import { PhalangTable } from '../../widgets/table/table.component.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

describe('sortRows', () => {
  const byValue = (
    rows: { v: number | string | null; id: number }[],
    dir: 'ascending' | 'descending',
    lang: 'th' | 'en' = 'en',
  ) => sortRows(rows, (r) => r.v, dir, lang).map((r) => r.id);

  it('sorts numbers as numbers, both ways', () => {
    const rows = [
      { v: 10, id: 1 },
      { v: 9, id: 2 },
      { v: 100, id: 3 },
    ];
    expect(byValue(rows, 'ascending')).toEqual([2, 1, 3]);
    expect(byValue(rows, 'descending')).toEqual([3, 1, 2]);
  });

  it('puts empty values last whichever the direction, and keeps ties in their order', () => {
    const rows = [
      { v: null, id: 1 },
      { v: 5, id: 2 },
      { v: 5, id: 3 },
      { v: 1, id: 4 },
      { v: null, id: 5 },
    ];
    expect(byValue(rows, 'ascending')).toEqual([4, 2, 3, 1, 5]);
    expect(byValue(rows, 'descending')).toEqual([2, 3, 4, 1, 5]);
  });

  it('sorts Thai text in Thai order (leading vowels sort by their consonant)', () => {
    const names = ['ขนม', 'เกษตร', 'กล้วย', 'ไก่'].map((v, id) => ({ v, id }));
    expect(sortRows(names, (r) => r.v, 'ascending', 'th').map((r) => r.v)).toEqual(['กล้วย', 'เกษตร', 'ไก่', 'ขนม']);
  });

  it('compares digits in text numerically (ISO periods, codes)', () => {
    const rows = ['2024-10-01|2025-09-30', '2023-10-01|2024-09-30', 'Group 10', 'Group 9'].map((v, id) => ({ v, id }));
    expect(sortRows(rows, (r) => r.v, 'ascending', 'en').map((r) => r.v)).toEqual([
      '2023-10-01|2024-09-30',
      '2024-10-01|2025-09-30',
      'Group 9',
      'Group 10',
    ]);
  });
});

describe('the pager', () => {
  it('says which rows are shown, in Thai and English', () => {
    expect(rowsStatus(11, 20, 29, 29, 'th')).toBe('รายการที่ 11–20 จาก 29');
    expect(rowsStatus(11, 20, 29, 29, 'en')).toBe('Rows 11–20 of 29');
  });

  it('says so when only the first rows can be browsed', () => {
    expect(rowsStatus(1, 10, 90210, 1000, 'en')).toBe('Rows 1–10 of 90,210 (the first 1,000 shown)');
    expect(rowsStatus(1, 10, 90210, 1000, 'th')).toBe('รายการที่ 1–10 จาก 90,210 (แสดงได้ 1,000 รายการแรก)');
  });
});

describe('attributes', () => {
  it('split comma-separated lists, and accept enum values in any case or with hyphens', () => {
    expect(listOf(' A, b ,,')).toEqual(['A', 'b']);
    expect(listOf('occupational-group, OTOP_PRODUCER', true)).toEqual(['OCCUPATIONAL_GROUP', 'OTOP_PRODUCER']);
    expect(listOf(undefined)).toEqual([]);
  });
});

/** The element's protected query, read the way the base class reads it. */
interface Queries {
  documentName: 'WidgetIndicatorObservations' | 'WidgetEnterpriseList';
  variables(): Record<string, unknown> | null;
}

function table(props: Partial<PhalangTable>): Queries {
  return Object.assign(new PhalangTable(), props) as unknown as Queries;
}

function list(props: Partial<PhalangEnterpriseList>): Queries {
  return Object.assign(new PhalangEnterpriseList(), props) as unknown as Queries;
}

describe('the variables it sends', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s.close());

  async function send(q: Queries) {
    const { json } = await s.get(s.widgetUrl(q.documentName, q.variables()!));
    expect(json.errors).toBeUndefined();
    return json.data;
  }

  it('needs an indicator for observations', () => {
    expect(table({}).variables()).toBeNull();
  });

  it('asks for an indicator’s observations with the common filters, 100 at a time', async () => {
    const q = table({ indicator: 'STIMULUS_FAIRS', area: 'TH-10', fiscalYear: 2568 });
    expect(q.documentName).toBe('WidgetIndicatorObservations');
    expect(q.variables()).toEqual({
      code: 'STIMULUS_FAIRS',
      filter: { area: 'TH-10', fiscalYear: [2568] },
      first: FETCH_SIZE,
    });
    const data = await send(q);
    const { observations } = data.indicator;
    expect(observations.totalCount).toBeGreaterThan(0);
    expect(observations.edges.length).toBe(Math.min(observations.totalCount, FETCH_SIZE));
    for (const { node } of observations.edges) expect(node.period.fiscalYear).toBe(2568);

    const byCategory = table({ indicator: 'CE_REGISTERED', category: 'PLANT_PRODUCTION, FOOD_PROCESSING' });
    const categories = (await send(byCategory)).indicator.observations.edges.map((e: any) => e.node.category.code);
    expect(new Set(categories)).toEqual(new Set(['PLANT_PRODUCTION', 'FOOD_PROCESSING']));
  });

  it('lists enterprises filtered by area, kind, business type and network', async () => {
    const all = table({ source: 'enterprises', area: 'TH-15' });
    expect(all.documentName).toBe('WidgetEnterpriseList');
    expect(all.variables()).toEqual({ filter: { area: 'TH-15' }, first: FETCH_SIZE });
    expect((await send(all)).enterprises.totalCount).toBe(29);

    const groups = table({ source: 'enterprises', area: 'TH-15', kind: 'occupational-group' });
    expect(groups.variables()).toEqual({ filter: { area: 'TH-15', kind: ['OCCUPATIONAL_GROUP'] }, first: FETCH_SIZE });
    const kinds = (await send(groups)).enterprises.edges.map((e: any) => e.node.kind);
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['OCCUPATIONAL_GROUP']));

    const members = table({ source: 'enterprises', network: 'ang-thong-basketry-network' });
    expect((await send(members)).enterprises.totalCount).toBe(4);

    const typed = table({ source: 'enterprises', businessType: 'PLANT_PRODUCTION,FOOD_PROCESSING' });
    expect(typed.variables()).toEqual({
      filter: { businessType: ['PLANT_PRODUCTION', 'FOOD_PROCESSING'] },
      first: FETCH_SIZE,
    });
    await send(typed);
  });

  it('<phalang-enterprise-list> asks exactly what <phalang-table source="enterprises"> asks', async () => {
    const filters = [
      { area: 'TH-15' },
      { area: 'TH-15', kind: 'occupational-group' },
      { network: ' ang-thong-basketry-network ' },
      { businessType: 'PLANT_PRODUCTION, FOOD_PROCESSING', kind: 'OTOP_PRODUCER,homestay' },
      {},
    ];
    for (const f of filters) {
      const [a, b] = [list(f), table({ source: 'enterprises', ...f })];
      expect(a.documentName).toBe('WidgetEnterpriseList');
      expect(a.documentName).toBe(b.documentName);
      expect(a.variables()).toEqual(b.variables());
    }
    expect((await send(list({ network: 'ang-thong-basketry-network' }))).enterprises.totalCount).toBe(4);
  });
});
