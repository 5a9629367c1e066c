// The demo host's own use of the box's event: a line under the byline that
// says how many figures were checked. Any host can listen the same way.
document.addEventListener('cakupan-report', (event) => {
  const report = event.detail;
  const problems = report.checks.filter((c) => c.status !== 'consistent').length;
  document.getElementById('cakupan-note').textContent =
    `angka diperiksa cakupan: ${report.facts.length} angka, ${problems} masalah`;
});
