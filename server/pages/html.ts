/** Tiny helpers for the server's few HTML pages. */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

export function page(title: string, body: string, head = ''): Response {
  return new Response(
    `<!doctype html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escapeHtml(title)}</title>
<style>
  body { font-family: system-ui, 'Noto Sans Thai', 'Sarabun', Tahoma, sans-serif; margin: 0; color: #1b1d22; background: #fafafa; line-height: 1.5; }
  header, main { max-width: 1200px; margin: 0 auto; padding: 1rem 1.5rem; }
  h1 { font-size: 1.5rem; margin: 0.5rem 0; }
  h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #ddd; padding-bottom: 0.25rem; }
  code, pre { font-family: ui-monospace, 'DejaVu Sans Mono', monospace; font-size: 0.85rem; }
  pre { background: #1f2329; color: #f3f4f6; padding: 0.75rem 1rem; border-radius: 8px; overflow-x: auto; margin: 0.5rem 0; }
  a { color: #0a58ca; }
  .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(340px, 1fr)); gap: 1rem; }
  .cell { background: #fff; border: 1px solid #e3e5ea; border-radius: 10px; padding: 0.75rem; }
  .cell.dark { background: #0e1014; border-color: #2b2f38; color: #eef0f4; }
  .cell h3 { font-size: 0.85rem; font-weight: 600; margin: 0 0 0.5rem; color: inherit; opacity: 0.8; }
  button.copy { font: inherit; font-size: 0.8rem; padding: 0.2rem 0.6rem; border-radius: 6px; border: 1px solid #c7cad1; background: #fff; cursor: pointer; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
  dt { font-weight: 600; }
</style>
${head}
</head>
<body>${body}</body>
</html>`,
    { headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'public, max-age=60' } },
  );
}
