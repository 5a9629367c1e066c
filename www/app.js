// The page: runs the WASM core on the pasted text and shows the report.
// Pasted text only ever reaches the DOM as text (textContent), never as HTML.
import init, { analyze } from './pkg/cakupan.js';

const $ = (id) => document.getElementById(id);
const nf = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });

function cell(row, text, cls) {
  const td = row.insertCell();
  td.textContent = text ?? '';
  if (cls) td.className = cls;
}

function render(report) {
  const checks = $('checks');
  checks.replaceChildren(...report.checks.map((c) => {
    const li = document.createElement('li');
    li.className = c.status;
    li.textContent = `${c.status}: ${c.message.id}`;
    return li;
  }));
  const body = $('facts').tBodies[0];
  body.replaceChildren();
  for (const f of report.facts) {
    const row = body.insertRow();
    cell(row, f.metric);
    cell(row, (f.unit === 'IDR' ? 'Rp' : '') + nf.format(f.value) + (f.unit === 'percent' ? '%' : ''), 'num');
    cell(row, f.region?.name);
    cell(row, f.segment);
    cell(row, f.program);
    cell(row, f.period);
    cell(row, f.text);
  }
  $('status').textContent = `${report.facts.length} angka, ${report.checks.length} pemeriksaan.`;
}

await init();
let timer;
$('text').addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => render(analyze($('text').value)), 150);
});
render(analyze($('text').value));
