/** Field descriptions repeated across types, so the wording stays the same everywhere. */
export const NAME_TH = 'Name in Thai, as written in the source documents.';
export const NAME_EN = 'Name in English (a translation where the source is Thai).';
export const DESCRIPTION_TH = 'Description in Thai.';
export const DESCRIPTION_EN = 'Description in English.';
export const SOURCES = 'The documents this record was taken from (provenance).';
export const SOURCE = 'The document this figure was taken from (provenance).';
export const FISCAL_YEAR =
  'Thai fiscal year in the Buddhist era: FY2567 runs from 1 October 2023 to 30 September 2024.';
export const PUBLICATION = 'DRAFT records are visible to staff only.';
