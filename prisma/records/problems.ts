/** Problems found in a record, by field, in Thai and English: what staff see when a write is refused. */
import type { z } from 'zod';

export interface Problem {
  /** The field at fault, e.g. `nameTh`, `observations.3.value`; for imports also the row and column. */
  path: string;
  /** A stable code: REQUIRED, INVALID, TOO_SMALL, TOO_BIG, UNKNOWN_REFERENCE, UNKNOWN_FIELD, ... */
  code: string;
  messageTh: string;
  messageEn: string;
}

const TH: Record<string, string> = {
  invalid_type: 'ชนิดข้อมูลไม่ถูกต้อง',
  too_small: 'ค่าน้อยเกินไปหรือว่างเปล่า',
  too_big: 'ค่ามากเกินไป',
  invalid_format: 'รูปแบบไม่ถูกต้อง',
  invalid_value: 'ไม่ใช่ค่าที่อนุญาต',
  unrecognized_keys: 'มีช่องข้อมูลที่ไม่รู้จัก',
};

const TYPES: Record<string, { th: string; en: string }> = {
  number: { th: 'ตัวเลข', en: 'a number' },
  string: { th: 'ข้อความ', en: 'text' },
  boolean: { th: 'ใช่หรือไม่ใช่ (true/false)', en: 'true or false' },
  array: { th: 'รายการ', en: 'a list' },
  object: { th: 'ชุดข้อมูล', en: 'an object' },
};

export function problemsFromZod(error: z.ZodError, prefix = ''): Problem[] {
  return error.issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
    if (missing) return { path, code: 'REQUIRED', messageTh: 'ต้องระบุ', messageEn: 'Required' };
    if (issue.code === 'invalid_type') {
      const expected = TYPES[(issue as { expected?: string }).expected ?? ''];
      if (expected)
        return { path, code: 'INVALID_TYPE', messageTh: `ต้องเป็น${expected.th}`, messageEn: `Expected ${expected.en}` };
    }
    if (issue.code === 'unrecognized_keys') {
      const keys = (issue as { keys?: string[] }).keys?.join(',') ?? '';
      return {
        path: `${path}${path ? '.' : ''}${keys}`,
        code: 'UNKNOWN_FIELD',
        messageTh: 'มีช่องข้อมูลที่ไม่รู้จัก',
        messageEn: issue.message,
      };
    }
    // Rules written for Phalang carry their Thai wording in `params.th`.
    const th = (issue as { params?: { th?: string } }).params?.th;
    return {
      path,
      code: issue.code === 'custom' ? 'INVALID' : issue.code.toUpperCase(),
      messageTh: th ?? TH[issue.code] ?? 'ค่าไม่ถูกต้อง',
      messageEn: issue.message,
    };
  });
}

export const unknownReference = (path: string, what: { th: string; en: string }, value: string): Problem => ({
  path,
  code: 'UNKNOWN_REFERENCE',
  messageTh: `ไม่พบ${what.th} "${value}"`,
  messageEn: `No ${what.en} "${value}"`,
});

/** The one wording of a missing record, for reads (GraphQL errors) and writes (problems) alike. */
export const notFoundText = (what: { th: string; en: string }, keyName: string, key: string) => ({
  th: `ไม่พบ${what.th} ${keyName} "${key}"`,
  en: `No ${what.en} with ${keyName} "${key}"`,
});

/** A write aimed at a record that does not exist, as a problem at `path`. */
export const notFoundProblem = (
  what: { th: string; en: string },
  keyName: string,
  key: string,
  path = 'key',
): Problem => {
  const text = notFoundText(what, keyName, key);
  return { path, code: 'NOT_FOUND', messageTh: text.th, messageEn: text.en };
};

/**
 * DUPLICATE problems for list entries that repeat an earlier entry (by `keyOf`), at the later
 * entry's path: the join tables behind these lists hold each entry once and would refuse the
 * second. `indexOf` gives an entry's position in the caller's list where the schema reordered it.
 */
export function duplicateProblems<T>(
  path: string,
  items: readonly T[],
  keyOf: (item: T) => string,
  indexOf: (item: T, i: number) => number = (_item, i) => i,
): Problem[] {
  const first = new Map<string, number>();
  const problems: Problem[] = [];
  for (const [i, item] of items.entries()) {
    const key = keyOf(item);
    const at = indexOf(item, i);
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, at);
    else {
      problems.push({
        path: `${path}.${Math.max(at, earlier)}`,
        code: 'DUPLICATE',
        messageTh: `"${key}" ซ้ำกับรายการที่ ${Math.min(at, earlier)} ของ ${path}`,
        messageEn: `"${key}" is listed twice in ${path} (also at ${Math.min(at, earlier)})`,
      });
    }
  }
  return problems;
}

/** Checks that each value in a list names an existing record; the problem paths are `path.<index>`. */
export async function checkEach(
  path: string,
  values: readonly string[] | undefined,
  exists: (value: string) => Promise<unknown>,
  what: { th: string; en: string },
): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const [i, value] of (values ?? []).entries()) {
    if (!(await exists(value))) problems.push(unknownReference(`${path}.${i}`, what, value));
  }
  return [...problems, ...duplicateProblems(path, values ?? [], (v) => v)];
}

/** Names of referenced things, for messages. */
export const WHAT = {
  source: { th: 'เอกสารที่มา', en: 'source document' },
  area: { th: 'พื้นที่รหัส', en: 'area with code' },
  organisation: { th: 'หน่วยงานรหัส', en: 'organisation with org-id' },
  programme: { th: 'โครงการ', en: 'programme' },
  enterprise: { th: 'วิสาหกิจ', en: 'enterprise' },
  unit: { th: 'หน่วยรหัส', en: 'unit with code' },
  theme: { th: 'ประเด็นรหัส', en: 'theme with code' },
} as const;
