import { css } from 'lit';

export const barChartStyles = css`
  .bar {
    fill: var(--_s1);
  }
  .bar-group:hover .bar,
  .bar-group:focus .bar {
    fill: var(--_accent);
    opacity: 0.85;
  }
  .bar-group:focus {
    outline: none;
  }
  .bar-group:focus .bar {
    stroke: var(--_focus);
    stroke-width: 3px;
  }
  .target {
    stroke: var(--_text);
    stroke-width: 2px;
    stroke-dasharray: 3 2;
  }
  .grid line {
    stroke: var(--_grid);
  }
  .label {
    fill: var(--_text);
  }
  .value-label {
    fill: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
`;
