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
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
    padding-bottom: 4px;
    line-height: 20px;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  /* Narrow: one entry per line, so neither is cut (the chart leaves room for both lines). */
  .legend.stacked {
    flex-direction: column;
  }
  .swatch {
    display: inline-block;
    width: 0.9em;
    height: 0.9em;
    margin-inline-end: 0.35em;
    vertical-align: -0.1em;
    background: var(--_s1);
    border-radius: 2px;
  }
  .swatch.target {
    width: 0;
    height: 1.1em;
    background: none;
    border-left: 2px dashed var(--_text);
    border-radius: 0;
  }
  .value-label {
    fill: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
`;
