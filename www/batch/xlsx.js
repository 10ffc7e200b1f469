// Reads the first worksheet of an .xlsx file into CSV text, in the browser, with no library:
// an .xlsx is a ZIP of XML files; the browser's DecompressionStream inflates the entries and
// DOMParser reads the XML. Dates stored as Excel serial numbers in date columns become
// YYYY-MM-DD, as the CSV columns expect.
const DATE_COLUMNS = new Set(['出生日期', '测算日期', 'birth_date', 'date']);

async function entries(buffer) {
  const view = new DataView(buffer);
  let end = buffer.byteLength - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end -= 1;
  if (end < 0) throw new Error('not a ZIP file');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const files = new Map();
  for (let i = 0; i < count; i += 1) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('damaged ZIP directory');
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(new Uint8Array(buffer, at + 46, nameLength));
    files.set(name, { method, size, local });
    at += 46 + nameLength + skip;
  }
  return async (name) => {
    const f = files.get(name);
    if (!f) return null;
    const start = f.local + 30 + view.getUint16(f.local + 26, true) + view.getUint16(f.local + 28, true);
    const bytes = new Uint8Array(buffer, start, f.size);
    if (f.method === 0) return new TextDecoder().decode(bytes);
    if (f.method !== 8) throw new Error(`unsupported ZIP method ${f.method}`);
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    return new Response(stream).text();
  };
}

const xml = (text) => new DOMParser().parseFromString(text, 'application/xml');
const column = (ref) => [...ref.replace(/\d+/g, '')].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
const quote = (v) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

function serialDate(value) {
  const days = Number(value);
  if (!Number.isFinite(days) || days < 1) return value;
  return new Date(Date.UTC(1899, 11, 30) + Math.round(days) * 86400000).toISOString().slice(0, 10);
}

/** The first worksheet of `file` as CSV text (header row first). */
export async function xlsxToCsv(file) {
  const read = await entries(await file.arrayBuffer());
  const shared = [];
  const sharedText = await read('xl/sharedStrings.xml');
  if (sharedText) for (const si of xml(sharedText).getElementsByTagName('si')) shared.push([...si.getElementsByTagName('t')].map((t) => t.textContent).join(''));
  const sheet = (await read('xl/worksheets/sheet1.xml')) ?? (await read('xl/worksheets/Sheet1.xml'));
  if (!sheet) throw new Error('no worksheet found');
  const rows = [];
  for (const row of xml(sheet).getElementsByTagName('row')) {
    const cells = [];
    for (const c of row.getElementsByTagName('c')) {
      const type = c.getAttribute('t');
      const v = c.getElementsByTagName('v')[0]?.textContent ?? '';
      const text = type === 's' ? shared[Number(v)] ?? '' : type === 'inlineStr' ? [...c.getElementsByTagName('t')].map((t) => t.textContent).join('') : v;
      cells[column(c.getAttribute('r') ?? 'A')] = text;
    }
    rows.push(cells);
  }
  const header = rows[0] ?? [];
  const dates = header.map((h) => DATE_COLUMNS.has((h ?? '').trim()));
  return rows.map((cells, i) => Array.from({ length: Math.max(header.length, cells.length) }, (_, k) => {
    const v = cells[k] ?? '';
    return quote(i > 0 && dates[k] && /^\d+(\.\d+)?$/.test(v) ? serialDate(v) : v);
  }).join(',')).join('\r\n');
}
