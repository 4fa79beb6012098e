import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Scratch space for test databases; ignored by git. */
export const TMP = path.join(ROOT, '.tmp');
/** A migrated, seeded SQLite database that each test file copies. */
export const TEMPLATE_DB = path.join(TMP, 'template.db');
