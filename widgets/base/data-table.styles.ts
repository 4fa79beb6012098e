import { css } from 'lit';

/** The tables' shared layout: a scrolling table with a sticky header, sort buttons and a pager below. */
export const dataTableStyles = css`
  :host {
    height: var(--phalang-height, 420px);
  }
  /* The frame holds the scrolling table and the pager below it; only the table scrolls. */
  .frame {
    display: flex;
    flex-direction: column;
    /* The scroller clips; the frame must not, or it would cut the pager buttons' focus rings. */
    overflow: visible;
  }
  .scroll {
    flex: 1 1 auto;
    min-height: 0;
    overflow: auto;
    overscroll-behavior: contain;
  }
  table {
    font-size: 0.875em;
    /* Separate borders: collapsed ones belong to the table and scroll away from the sticky header. */
    border-collapse: separate;
    border-spacing: 0;
  }
  caption {
    /* Visually hidden: the widget's title above says the same. */
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  thead th {
    position: sticky;
    top: 0;
    z-index: 1;
    padding: 0;
    background: var(--_bg);
    border-bottom: 2px solid var(--_grid);
    font-weight: 600;
    white-space: nowrap;
    vertical-align: bottom;
  }
  th,
  td {
    vertical-align: top;
  }
  tbody th {
    font-weight: 500;
  }
  tbody tr:hover > * {
    background: var(--_surface);
  }
  .sort {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    width: 100%;
    padding: 0.375rem 0.5rem;
    border: 0;
    border-radius: 0;
    background: none;
    color: var(--_text);
    font-weight: inherit;
    text-align: start;
    white-space: nowrap;
  }
  .sort:hover {
    background: var(--_surface);
  }
  .sort:focus-visible {
    outline-offset: -3px;
  }
  .num .sort {
    justify-content: flex-end;
  }
  .arrow {
    display: inline-block;
    width: 0.75em;
    color: var(--_muted);
    font-size: 0.75em;
    text-align: center;
  }
  [aria-sort='ascending'] .arrow,
  [aria-sort='descending'] .arrow {
    color: var(--_accent);
  }
  .num {
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .nowrap {
    white-space: nowrap;
  }
  /* Narrow frames: tighter cells, and periods may wrap. */
  .compact td,
  .compact tbody th,
  .compact .sort {
    padding-inline: 0.3rem;
  }
  .compact .nowrap,
  .compact thead th,
  .compact .sort {
    white-space: normal;
  }
  .context {
    margin: 0 0 0.25rem;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .sub,
  .none {
    color: var(--_muted);
  }
  .sub {
    display: block;
    font-size: 0.875em;
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.25rem 0.75rem;
    padding-top: 0.5rem;
    border-top: 1px solid var(--_grid);
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .status {
    font-variant-numeric: tabular-nums;
  }
  .pages {
    display: flex;
    gap: 0.5rem;
    margin-inline-start: auto;
  }
  .pages button[aria-disabled='true'] {
    opacity: 0.45;
    cursor: default;
  }
  .load-error {
    color: var(--_danger);
  }
`;
