import { describe, expect, it } from 'vitest';
import { contrast, DARK_BACKGROUND, DARK_SERIES, LIGHT_BACKGROUND, LIGHT_SERIES } from '../../widgets/base/palette.ts';

describe('series palette', () => {
  it.each(LIGHT_SERIES)('%s reaches 3:1 against the light background', (c) => {
    expect(contrast(c, LIGHT_BACKGROUND)).toBeGreaterThanOrEqual(3);
  });
  it.each(DARK_SERIES)('%s reaches 3:1 against the dark background', (c) => {
    expect(contrast(c, DARK_BACKGROUND)).toBeGreaterThanOrEqual(3);
  });
  it('computes contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});
