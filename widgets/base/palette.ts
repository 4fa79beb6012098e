/**
 * Series colours: the Okabe–Ito palette, designed to stay distinguishable for the common forms
 * of colour blindness, in shades chosen so each reaches 3:1 contrast (WCAG 2.2 non-text
 * contrast) against the light and the dark background. test/widgets/palette.test.ts checks it.
 */
export const LIGHT_BACKGROUND = '#ffffff';
export const DARK_BACKGROUND = '#16181d';

export const LIGHT_SERIES = ['#0072b2', '#d55e00', '#007a5a', '#cc3d8f', '#8a6d00', '#5a5a5a'];
export const DARK_SERIES = ['#56b4e9', '#e69f00', '#2fc49b', '#f08cc0', '#f0e442', '#bbbbbb'];

/** WCAG relative luminance of `#rrggbb`. */
export function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
