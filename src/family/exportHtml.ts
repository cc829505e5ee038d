/** The data export as a readable HTML page: every field of the JSON, escaped, as nested lists. */
const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

function render(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (value instanceof Date) return escapeHtml(value.toISOString());
  if (Array.isArray(value)) return value.length === 0 ? 'aucun' : `<ol>${value.map((item) => `<li>${render(item)}</li>`).join('')}</ol>`;
  if (typeof value === 'object') {
    return `<dl>${Object.entries(value as Record<string, unknown>).map(([key, item]) => `<dt>${escapeHtml(key)}</dt><dd>${render(item)}</dd>`).join('')}</dl>`;
  }
  return escapeHtml(String(value));
}

export function exportHtml(data: Record<string, unknown>): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Vos données — service périscolaire</title></head><body><main><h1>Vos données au service périscolaire</h1>${render(data)}</main></body></html>`;
}
