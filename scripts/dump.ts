// Prints what the parser understood of a report: headings, paragraphs with labelled figures, tables.
// `node --import tsx scripts/dump.ts FILE` — a developer's tool for seeing the model.
import { readFileSync } from 'node:fs';
import { parseReport } from '../server/src/report/parse';
import { positionAt } from '../server/src/report/lines';

const file = process.argv[2];
const text = readFileSync(file, 'utf8');
const r = parseReport(text, file.endsWith('.md') ? 'md' : 'txt');
const ln = (o: number) => positionAt(r.lineStarts, o).line + 1;
console.log('title:', r.title?.text);
for (const h of r.headings) console.log(`H${h.level} L${h.line + 1} ${h.style} ${h.number} ${h.title}`);
for (const p of r.paragraphs) {
  console.log(`P L${ln(p.span.start)}-${ln(p.span.end)} ${p.listMarker ? 'list ' + p.listMarker.marker : ''}`);
  for (const s of p.sentences)
    for (const c of s.clauses)
      if (c.quantities.length)
        console.log('   ', c.quantities.map((q) => `[${q.label}|${q.raw}${q.unit}${q.incidental ? ' inc' : ''}]`).join(' '));
}
for (const t of r.tables) {
  console.log(`T L${ln(t.span.start)}-${ln(t.span.end)} unit=${t.unit} caption=${t.caption}`);
  console.log('   cols:', t.columns.map((c) => `${c.header}:${c.role}`).join(' | '));
  for (const row of t.rows)
    console.log(`   L${row.line + 1} ${row.kind} ${row.parent ?? ''} ${row.label}:`, row.cells.map((c) => (c.quantity ? c.quantity.raw + c.quantity.unit : c.empty ? '·' : c.text)).join(' | '));
}
