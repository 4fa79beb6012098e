/**
 * The area filter as a path prefix (an index range) selects exactly the areas the substring rule
 * (`path` contains `/code/`, which no index serves) selected, for every area in the data.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { areaPathOf, areaWithin, areaWithinScope } from '../../schema/area-scope.ts';
import { createContext } from '../../schema/context.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

it('matches the same areas as the substring rule, for every area code and an unknown one', async () => {
  const areas = await t.prisma.area.findMany({ select: { code: true } });
  expect(areas.length).toBeGreaterThan(100);
  const ids = async (where: object) =>
    (await t.prisma.area.findMany({ where, select: { id: true }, orderBy: { id: 'asc' } })).map((a) => a.id);
  let grouped = 0;
  for (const code of [...areas.map((a) => a.code), 'TH-NOWHERE']) {
    const inGroup = { memberOf: { some: { group: { code } } } };
    const substring = {
      OR: [{ path: { contains: `/${code}/` } }, inGroup, { parent: inGroup }, { parent: { parent: inGroup } }],
    };
    const expected = await ids(substring);
    expect(await ids(areaWithin(code, await areaPathOf(t.prisma, code))), code).toEqual(expected);
    // The ranges-only form the API's filters use, from the request's area scope.
    const scope = await createContext(t.prisma).loaders.areaScope.load(code);
    expect(await ids(areaWithinScope(scope)), `${code} (scope)`).toEqual(expected);
    if (expected.length > (await ids({ path: { contains: `/${code}/` } })).length) grouped++;
  }
  // Groupings were among them, so their member rule was compared too.
  expect(grouped).toBeGreaterThan(0);
});
