/**
 * Which rows of a scrolling table a reader can see: the pager counts these, not the page, so
 * "Rows 1–5 of 7" is what is on screen when five of seven rows fit the reserved height.
 */

/** First and last index of the rows wholly inside `scroller` below its sticky header; null when none. */
export function rowsInView(scroller: HTMLElement | null): readonly [number, number] | null {
  const rows = scroller ? Array.from(scroller.querySelectorAll('tbody tr'), (tr) => tr.getBoundingClientRect()) : [];
  if (!scroller || !rows.length) return null;
  const box = scroller.getBoundingClientRect();
  const top = box.top + (scroller.querySelector('thead')?.getBoundingClientRect().height ?? 0);
  const bottom = box.top + scroller.clientHeight;
  const whole = rows.flatMap((r, i) => (r.top >= top - 1 && r.bottom <= bottom + 1 ? [i] : []));
  // A row taller than the area is never whole: then count the rows that show at all.
  const any = rows.flatMap((r, i) => (r.bottom > top && r.top < bottom ? [i] : []));
  const shown = whole.length ? whole : any;
  return shown.length ? [shown[0]!, shown.at(-1)!] : null;
}
