import { css } from 'lit';

export const donutStyles = css`
  .layout {
    display: flex;
    align-items: center;
    gap: 1rem;
    height: 100%;
  }
  .ring {
    position: relative;
    flex: none;
  }
  /* Block, or the inline SVG's baseline gap would overflow the frame by a few pixels. */
  .ring svg {
    display: block;
  }
  /* Beside the ring the legend is centred in the full height (the component checks it fits). */
  ul {
    max-height: 100%;
    overflow-y: auto;
    align-self: stretch;
    display: grid;
    align-content: safe center;
    column-gap: 1rem;
  }
  /* Columns beside the ring, or under it: as many as the width holds. */
  .side-columns ul,
  .below ul,
  .below-dense ul,
  .dense ul {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 10em), 1fr));
  }
  .below,
  .below-dense,
  .dense {
    flex-direction: column;
    gap: 0.5rem;
  }
  .below ul,
  .below-dense ul,
  .dense ul {
    flex: none;
    align-self: stretch;
    align-content: start;
  }
  /* Dense: name then share on one line where it fits (the share wraps under a long name). */
  .side-dense ul,
  .below-dense ul,
  .dense ul {
    font-size: 0.8125em;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15em), 1fr));
  }
  /* Inline: the dot starts the name, and the share follows it (wrapping under a long name). */
  .side-dense li,
  .below-dense li,
  .dense li {
    display: block;
    padding: 0.0625rem 0;
  }
  .side-dense .dot,
  .below-dense .dot,
  .dense .dot {
    display: inline-block;
    margin-inline-end: 0.4em;
  }
  .side-dense li .num,
  .below-dense li .num,
  .dense li .num {
    margin-inline-start: 0.4em;
    white-space: nowrap;
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
