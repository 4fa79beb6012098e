/** Styles every widget shares: theme custom properties, states, tooltip, table, source line. */
import { css, unsafeCSS } from 'lit';
// The series colours come from the palette module, whose contrast is checked by a test.
import { DARK_SERIES, LIGHT_SERIES } from './palette.ts';

/** The dark palette, used by theme="dark" and by theme="auto" when the reader's system is dark. */
const darkTheme = css`
  --_bg: var(--phalang-color-background, #16181d);
  --_surface: var(--phalang-color-surface, #22252d);
  --_text: var(--phalang-color-text, #eef0f4);
  --_muted: var(--phalang-color-muted, #aab0bd);
  --_grid: var(--phalang-color-grid, #3a3f4b);
  --_accent: var(--phalang-color-accent, #56b4e9);
  --_focus: var(--phalang-color-focus, #8ab4f8);
  --_danger: var(--phalang-color-danger, #f2b8b5);
  --_s1: var(--phalang-color-series-1, ${unsafeCSS(DARK_SERIES[0])});
  --_s2: var(--phalang-color-series-2, ${unsafeCSS(DARK_SERIES[1])});
  --_s3: var(--phalang-color-series-3, ${unsafeCSS(DARK_SERIES[2])});
  --_s4: var(--phalang-color-series-4, ${unsafeCSS(DARK_SERIES[3])});
  --_s5: var(--phalang-color-series-5, ${unsafeCSS(DARK_SERIES[4])});
  --_s6: var(--phalang-color-series-6, ${unsafeCSS(DARK_SERIES[5])});
`;

export const baseStyles = css`
  :host {
    /* Public theming API: set these on the element or any ancestor. */
    --_bg: var(--phalang-color-background, #ffffff);
    --_surface: var(--phalang-color-surface, #f4f5f7);
    --_text: var(--phalang-color-text, #1b1d22);
    --_muted: var(--phalang-color-muted, #5b6170);
    --_grid: var(--phalang-color-grid, #d9dce3);
    --_accent: var(--phalang-color-accent, #0072b2);
    --_focus: var(--phalang-color-focus, #0a58ca);
    --_danger: var(--phalang-color-danger, #b3261e);
    --_s1: var(--phalang-color-series-1, ${unsafeCSS(LIGHT_SERIES[0])});
    --_s2: var(--phalang-color-series-2, ${unsafeCSS(LIGHT_SERIES[1])});
    --_s3: var(--phalang-color-series-3, ${unsafeCSS(LIGHT_SERIES[2])});
    --_s4: var(--phalang-color-series-4, ${unsafeCSS(LIGHT_SERIES[3])});
    --_s5: var(--phalang-color-series-5, ${unsafeCSS(LIGHT_SERIES[4])});
    --_s6: var(--phalang-color-series-6, ${unsafeCSS(LIGHT_SERIES[5])});
    --_radius: var(--phalang-radius, 8px);
    /* A fixed height reserved before any data arrives: the host page never shifts (CLS 0). */
    display: block;
    height: var(--phalang-height, 320px);
    overflow: hidden;
    box-sizing: border-box;
    contain: content;
    font-family: var(--phalang-font-family, inherit);
    font-size: var(--phalang-font-size, 1rem);
    line-height: 1.5;
    color: var(--_text);
    background: var(--_bg);
    border-radius: var(--_radius);
    padding: var(--phalang-padding, 1rem);
  }
  :host([theme='dark']) {
    ${darkTheme}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkTheme}
    }
  }
  :host([hidden]) {
    display: none;
  }
  /* The layout lives inside, so a page's inline style="display:block" on the element is harmless. */
  .root {
    display: flex;
    flex-direction: column;
    height: 100%;
    min-height: 0;
  }
  * {
    box-sizing: border-box;
  }
  .title {
    margin: 0 0 0.25rem;
    font-size: 1em;
    font-weight: 600;
    /* One line, always: a title that wrapped once data arrived would move the chart. */
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    flex: none;
  }
  .frame {
    position: relative;
    /* Basis 0: the frame's size comes from the widget, never from what is drawn in it (a chart
       sized to its frame would otherwise grow it, pixel by pixel). */
    flex: 1 1 0;
    min-height: 0;
    overflow: auto;
  }
  .state {
    position: relative;
    flex: 1 1 auto;
    display: grid;
    place-items: center;
    align-content: center;
    gap: 0.5rem;
    color: var(--_muted);
    text-align: center;
  }
  .skeleton {
    border-radius: var(--_radius);
    background: linear-gradient(90deg, var(--_surface) 25%, var(--_grid) 50%, var(--_surface) 75%);
    background-size: 200% 100%;
    animation: shimmer 1.4s ease-in-out infinite;
  }
  @keyframes shimmer {
    from {
      background-position: 200% 0;
    }
    to {
      background-position: -200% 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
    * {
      transition: none !important;
    }
  }
  .error {
    color: var(--_danger);
  }
  button {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_grid);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.25rem 0.75rem;
    cursor: pointer;
  }
  button:focus-visible,
  [tabindex]:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .footer {
    flex: none;
    min-height: 2rem;
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0.5rem;
    margin-top: 0.5rem;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .footer a {
    color: inherit;
  }
  .source {
    min-width: 0;
    flex: 1 1 12rem;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .tooltip {
    position: absolute;
    pointer-events: none;
    z-index: 1;
    padding: 0.25rem 0.5rem;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_text);
    color: var(--_bg);
    font-size: 0.8125em;
    white-space: nowrap;
    transform: translate(-50%, calc(-100% - 8px));
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.25rem;
  }
  th,
  td {
    padding: 0.375rem 0.5rem;
    border-bottom: 1px solid var(--_grid);
    text-align: start;
  }
  td.num,
  th.num {
    text-align: end;
    white-space: nowrap;
  }
  svg text {
    fill: var(--_muted);
    font-size: 12px;
  }
`;
