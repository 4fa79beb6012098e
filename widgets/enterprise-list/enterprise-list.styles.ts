import { css } from 'lit';

/** The enterprise list's own cells: names get room before other columns do. */
export const enterpriseListStyles = css`
  .name {
    min-width: 12em;
  }
`;
