// Cold start: navigation -> module -> WASM fetch and compile -> first report.
// window.firstReportAt is performance.now() (ms since navigation start) when the
// first report had been computed and shown. window.cakupan exposes analyze()
// for timing runs driven by scripts/bench-browser.mjs. Three marks split the
// cold start: `module` (this script runs: the page and both modules fetched),
// `init` (the WASM fetched, compiled and instantiated), `analyze` (the first
// report computed; the first call also builds the patterns and tables).
import init, { analyze } from '../pkg/cakupan.js';

// A short article of the kind the page receives (not one of the seeds).
const SAMPLE = `Samarinda - BPJS Ketenagakerjaan Cabang Samarinda mencatat sebanyak 412.305 pekerja
telah terdaftar sebagai peserta hingga akhir Oktober 2025. Dari total 1.020.000 pekerja
di wilayah itu, baru sekitar 40,4 persen yang terlindungi jaminan sosial ketenagakerjaan.
Sepanjang tahun ini klaim Jaminan Hari Tua yang dibayarkan mencapai Rp312,5 miliar.`;

performance.mark('module');
await init();
performance.mark('init');
const report = analyze(SAMPLE);
performance.mark('analyze');
document.getElementById('out').textContent = `${report.facts.length} angka, ${report.checks.length} pemeriksaan`;
window.firstReportAt = performance.now();
window.cakupan = { analyze };
