// Coverage per region, read off a report: the rate the article states (else
// the one the core derived, else participants / workforce when both are
// stated), the target it is measured against, and the gap in percentage
// points and in workers. Pure data; summary.js and compare.js draw it.

const regionKey = (r) => r?.name ?? '';

/**
 * Rows `{key, region, segment, coverage, target, gapPoints, gapWorkers}` in the
 * order their regions first appear. `coverage` is `{value, source, period,
 * facts}` with `source` one of `stated`, `derived`, `computed`; `target` is
 * `{value, year, national, facts}`. Either may be null, not both.
 */
export function coverageRows(report) {
  const facts = report.facts ?? [];
  const derived = report.derived ?? [];
  const regions = new Map();
  const get = (region) => {
    const key = regionKey(region);
    if (!regions.has(key)) {
      regions.set(key, { key, region, stated: new Map(), derived: new Map(), targets: [], workforce: new Map(), participants: new Map() });
    }
    return regions.get(key);
  };
  const push = (map, seg, item) => {
    if (!map.has(seg)) map.set(seg, []);
    map.get(seg).push(item);
  };
  let national = null;

  facts.forEach((f, i) => {
    const seg = f.segment ?? 'all';
    switch (f.metric) {
      case 'coverage_rate': push(get(f.region).stated, seg, i); break;
      case 'target_rate':
        get(f.region).targets.push(i);
        if (f.region?.level === 'nation' && national === null) national = i;
        break;
      case 'workforce': push(get(f.region).workforce, seg, { value: f.value, approx: f.approx }); break;
      case 'participants': push(get(f.region).participants, seg, i); break;
      default: break;
    }
  });
  derived.forEach((d) => {
    const seg = d.segment ?? 'all';
    if (d.metric === 'coverage_rate') push(get(d.region).derived, seg, d);
    if (d.metric === 'workforce' && !get(d.region).workforce.has(seg)) push(get(d.region).workforce, seg, { value: d.value, approx: 'derived' });
  });

  const rows = [];
  for (const r of regions.values()) {
    const segments = new Set([...r.stated.keys(), ...r.derived.keys()]);
    for (const seg of r.participants.keys()) if (r.workforce.has(seg)) segments.add(seg);
    if (r.targets.length) segments.add('all');
    const ordered = [...segments].sort((a, b) => (a === 'all' ? -1 : b === 'all' ? 1 : 0));
    for (const seg of ordered) {
      let coverage = null;
      if (r.stated.has(seg)) {
        const i = r.stated.get(seg)[0];
        coverage = { value: facts[i].value, source: 'stated', period: facts[i].period, facts: [i] };
      } else if (r.derived.has(seg)) {
        const d = r.derived.get(seg)[0];
        coverage = { value: d.value, source: 'derived', period: d.period, facts: d.from ?? [] };
      } else if (r.participants.has(seg) && r.workforce.has(seg)) {
        const p = r.participants.get(seg)[0];
        const w = r.workforce.get(seg)[0].value;
        if (w > 0) coverage = { value: (facts[p].value / w) * 100, source: 'computed', period: facts[p].period, facts: [p] };
      }
      let target = null;
      const own = r.targets.find((i) => (facts[i].segment ?? 'all') === seg);
      if (own !== undefined) {
        target = { value: facts[own].value, year: facts[own].target_year, national: false, facts: [own] };
      } else if (seg === 'all' && national !== null && r.region?.level !== 'nation') {
        target = { value: facts[national].value, year: facts[national].target_year, national: true, facts: [national] };
      }
      if (!coverage && !target) continue;
      let gapPoints = null;
      let gapWorkers = null;
      if (coverage && target) {
        gapPoints = target.value - coverage.value;
        const wf = r.workforce.get(seg)?.[0]?.value;
        if (gapPoints > 0 && wf > 0) gapWorkers = Math.ceil((gapPoints / 100) * wf);
      }
      rows.push({ key: r.key, region: r.region, segment: seg, coverage, target, gapPoints, gapWorkers });
    }
  }
  return rows;
}
