import { css } from 'lit';

export const kpiStyles = css`
  :host {
    height: var(--phalang-height, 176px);
    overflow: hidden;
  }
  .figure {
    display: flex;
    align-items: baseline;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
  }
  .value {
    font-size: var(--phalang-kpi-size, 2.25em);
    font-weight: 700;
    line-height: 1.15;
    color: var(--_text);
    font-variant-numeric: tabular-nums;
  }
  .change {
    font-weight: 600;
  }
  .change.good {
    color: var(--_s3);
  }
  .change.bad {
    color: var(--_s2);
  }
  .meta {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .progress {
    height: 6px;
    margin-top: 0.5rem;
    border-radius: 3px;
    background: var(--_grid);
    overflow: hidden;
  }
  .progress > div {
    height: 100%;
    background: var(--_accent);
  }
`;
