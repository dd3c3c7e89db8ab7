// CSV as spreadsheets write it (RFC 4180): fields separated by commas, quoted when they hold a comma, a quote or a line
// break, a quote inside a quoted field doubled. parseCsv(writeCsv(rows)) gives the rows back.

/** The rows of a CSV text; a trailing line break ends the last row. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

/** The CSV text of rows, each row ended by a line break. */
export function writeCsv(rows) {
  const cell = v => (/[",\r\n]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v);
  return rows.map(r => r.map(v => cell(v || '')).join(',')).join('\n') + '\n';
}
