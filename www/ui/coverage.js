// Coverage per region as the core decided it (`report.coverage`: stated beats
// derived, a region's own target else the national one, the checks that
// dispute a rate, whether a target is reached). The page only draws it; this
// module turns the core's rows into the shape the summary, the comparison and
// the exports draw, and says how far each bar may be trusted.

/**
 * Rows `{key, region, segment, scheme, coverage, target, gapPoints,
 * gapWorkers, reached, disputedBy, doubts}` in the core's order. `coverage`
 * is `{value, source, period, confidence, facts}` with `source` `stated` or
 * `derived` and `facts` the figures it rests on; `target` is `{value, year,
 * national, facts}`. `reached` is true or false only when the core could
 * decide it (a stated rate read with high confidence that no check
 * disputes), else null. `doubts` lists what weakens the bar: `low` (a
 * low-confidence reading), `computed` (no rate stated, only computed),
 * `disputed` (a check disagrees with it).
 */
export function coverageRows(report) {
  const derived = report.derived ?? [];
  return (report.coverage ?? []).map((row) => {
    const c = row.coverage;
    let coverage = null;
    if (c) {
      const facts = c.source === 'stated' ? [c.index] : derived[c.index]?.from ?? [];
      coverage = { value: c.value, source: c.source, period: c.period ?? null, confidence: c.confidence ?? 'high', facts };
    }
    const t = row.target;
    const target = t ? { value: t.value, year: t.year ?? null, national: !!t.national, facts: [t.fact] } : null;
    const disputedBy = row.disputed_by ?? [];
    const doubts = [];
    if (coverage?.source === 'derived') doubts.push('computed');
    if (coverage?.confidence === 'low') doubts.push('low');
    if (disputedBy.length) doubts.push('disputed');
    return {
      key: row.region?.name ?? '',
      region: row.region ?? null,
      segment: row.segment ?? 'all',
      scheme: row.scheme ?? 'jamsostek',
      coverage,
      target,
      gapPoints: row.gap_points ?? null,
      gapWorkers: row.gap_workers ?? null,
      reached: row.reached ?? null,
      disputedBy,
      doubts,
    };
  });
}

/**
 * Whether the report says the text is in neither language or about neither
 * scheme: then the page shows that notice instead of bars.
 */
export function notAbout(report) {
  return (report.warnings ?? []).filter((w) => w.code === 'unknown_language' || w.code === 'off_topic');
}
