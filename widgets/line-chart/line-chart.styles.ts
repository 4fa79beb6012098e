import { css } from 'lit';

export const lineChartStyles = css`
  .line {
    fill: none;
    stroke: var(--_s1);
    stroke-width: 2.5px;
  }
  .target-line {
    fill: none;
    stroke: var(--_s2);
    stroke-width: 2px;
    stroke-dasharray: 6 4;
  }
  .point {
    fill: var(--_bg);
    stroke: var(--_s1);
    stroke-width: 2.5px;
  }
  .target-point {
    fill: var(--_bg);
    stroke: var(--_s2);
    stroke-width: 2px;
  }
  .point-group:focus {
    outline: none;
  }
  .point-group:focus .point,
  .point-group:hover .point {
    fill: var(--_s1);
    stroke: var(--_focus);
  }
  .grid line {
    stroke: var(--_grid);
  }
  .legend {
    display: flex;
    gap: 1rem;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .swatch {
    display: inline-block;
    width: 1.5em;
    height: 0;
    border-top: 3px solid var(--_s1);
    vertical-align: middle;
    margin-inline-end: 0.35em;
  }
  .swatch.target {
    border-top: 3px dashed var(--_s2);
  }
`;
