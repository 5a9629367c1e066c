// The demo host's own use of the box's event: a line under the byline that
// says how many figures were checked. Any host can listen the same way.
document.addEventListener('cakupan-report', (event) => {
  const report = event.detail;
  const problems = report.checks.filter((c) => c.status !== 'consistent').length;
  document.getElementById('cakupan-note').textContent =
    `angka diperiksa cakupan: ${report.facts.length} angka, ${problems} masalah`;
});

// The demo works offline after one visit, like the page: the page's service
// worker stores the demo too. (From file:// this fails quietly.)
if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  navigator.serviceWorker.register('sw.js').catch(() => {});
}
