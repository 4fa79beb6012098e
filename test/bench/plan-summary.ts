/**
 * An `EXPLAIN QUERY PLAN` in one line: which tables a statement reads and how (index and the
 * columns it seeks by, or a scan), leaving out the per-row visibility look-ups (`v0_Indicator`…,
 * by primary key) and the statement's own CTEs, so that the access that grows with the data shows.
 */
export function planSummary(plan: readonly string[]): string {
  const seen = new Map<string, number>();
  let checks = 0;
  for (const line of plan) {
    const m =
      /^(SEARCH|SCAN) (\S+)(?: USING (?:(COVERING) )?INDEX (\S+)(?: \((.*)\))?| USING INTEGER PRIMARY KEY)?/.exec(line);
    if (!m) continue;
    const [, how, table, covering, index, seek] = m;
    if (/^v\d+_/.test(table!)) {
      checks++;
      continue;
    }
    if (how === 'SCAN' && !index && /^(scope|lv\d+|m\d+|r|b|ea|e|CONSTANT)$/.test(table!)) continue;
    const key = index
      ? `${table} by ${covering ? 'covering ' : ''}${index}${seek ? ` (${seek})` : ' (whole index)'}`
      : how === 'SEARCH'
        ? `${table} by primary key`
        : `${table}: FULL SCAN`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const parts = [...seen].map(([k, n]) => (n > 1 ? `${k} ×${n}` : k));
  if (checks) parts.push(`${checks} visibility look-ups by primary key`);
  return parts.join('; ');
}
