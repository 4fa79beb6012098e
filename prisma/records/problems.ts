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

export function problemsFromZod(error: z.ZodError, prefix = ''): Problem[] {
  return error.issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
    const code = missing ? 'REQUIRED' : issue.code === 'unrecognized_keys' ? 'UNKNOWN_FIELD' : issue.code.toUpperCase();
    return {
      path:
        issue.code === 'unrecognized_keys'
          ? `${path}${path ? '.' : ''}${(issue as { keys?: string[] }).keys?.join(',') ?? ''}`
          : path,
      code,
      messageTh: missing ? 'ต้องระบุ' : (TH[issue.code] ?? 'ค่าไม่ถูกต้อง'),
      messageEn: missing ? 'Required' : issue.message,
    };
  });
}

export const unknownReference = (path: string, what: { th: string; en: string }, value: string): Problem => ({
  path,
  code: 'UNKNOWN_REFERENCE',
  messageTh: `ไม่พบ${what.th} "${value}"`,
  messageEn: `No ${what.en} "${value}"`,
});

export class ProblemsError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => `${p.path}: ${p.messageEn}`).join('; '));
    this.name = 'ProblemsError';
  }
}
