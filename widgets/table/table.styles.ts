import { css } from 'lit';

/** The observation table's own cells: approximate values and links to sources. */
export const tableStyles = css`
  .approx {
    color: var(--_muted);
    cursor: help;
  }
  .source-cell {
    min-width: 11em;
  }
  td a {
    color: inherit;
    text-decoration-color: var(--_grid);
    text-underline-offset: 2px;
  }
  td a:hover {
    text-decoration-color: currentColor;
  }
  td a:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
  }
`;
