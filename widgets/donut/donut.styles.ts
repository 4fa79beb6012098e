import { css } from 'lit';

export const donutStyles = css`
  .layout {
    display: flex;
    align-items: center;
    gap: 1rem;
    height: 100%;
  }
  /* A long legend scrolls on its own instead of spilling over the title. */
  ul {
    max-height: 100%;
    overflow-y: auto;
    align-self: stretch;
    display: flex;
    flex-direction: column;
    justify-content: safe center;
  }
  .slice {
    stroke: var(--_bg);
    stroke-width: 2px;
  }
  .slice-group:focus {
    outline: none;
  }
  .slice-group:focus .slice,
  .slice-group:hover .slice {
    stroke: var(--_focus);
    stroke-width: 3px;
  }
  .centre {
    fill: var(--_text);
    font-size: 18px;
    font-weight: 700;
  }
  .centre-label {
    fill: var(--_muted);
    font-size: 11px;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    font-size: 0.875em;
    flex: 1;
    min-width: 0;
  }
  li {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 0.5rem;
    align-items: baseline;
    padding: 0.125rem 0;
  }
  li .name {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  li .num {
    grid-column: 2;
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
  }
  .dot {
    width: 0.75em;
    height: 0.75em;
    border-radius: 50%;
    flex: none;
  }
`;
