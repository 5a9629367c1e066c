//! How fast `cakupan::analyze` is natively, against a floor measured in the
//! same run: one pass of the single regex `\d+` over the same text.
//!
//! Run: `cargo bench --bench analyze` (full: the five seeds and 10 KB, 100 KB,
//! 1 MB and 10 MB of concatenated seed text, about a minute) or
//! `cargo bench --bench analyze -- --quick` (CI: seeds, 10 KB and 100 KB, a few
//! seconds). `-- --write FILE` writes the 10 MB text (the same bytes the full
//! run measures) to FILE and exits, for measuring peak memory with the CLI.
//!
//! Each figure is the median of repeated runs; the number of runs is chosen so
//! that each measurement takes a fixed time budget. Plain `std::time`, no
//! framework: the output is a table meant to be pasted into docs/PERFORMANCE.md.
//! It reports the targets of docs/PERFORMANCE.md as met or missed and fails
//! (exit status 1) only if an analysis panics or a seed gives no figure, never on
//! timing, because CI shares its two cores with other work.

#[path = "../tests/seeds/mod.rs"]
mod seeds;

use std::hint::black_box;
use std::time::{Duration, Instant};

const KB: usize = 1024;
const MB: usize = 1024 * 1024;

/// The seeds joined by blank lines, repeated until `size` bytes, cut at a
/// character boundary at or just below `size`.
fn corpus(size: usize) -> String {
    let mut text = String::with_capacity(size + 8 * KB);
    'fill: loop {
        for (_, seed) in seeds::SEEDS {
            if text.len() >= size {
                break 'fill;
            }
            text.push_str(seed);
            text.push_str("\n\n");
        }
    }
    let mut cut = size;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    text.truncate(cut);
    text
}

/// One measurement: wall-clock median and minimum of the runs, and the CPU time
/// of one run (this thread's time on a CPU, from /proc/thread-self/schedstat,
/// averaged over the runs), which a loaded machine inflates far less than wall
/// time. `cpu` is `None` where schedstat is not available.
#[derive(Clone, Copy)]
struct Timing {
    median: Duration,
    min: Duration,
    cpu: Option<Duration>,
}

/// Nanoseconds this thread has spent on a CPU (Linux schedstat), if known.
fn thread_cpu_ns() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok()
}

/// Runs `f` until `budget` is spent (at least `min_runs`, at most `max_runs`
/// times).
fn measure<T>(budget: Duration, min_runs: usize, max_runs: usize, mut f: impl FnMut() -> T) -> Timing {
    let mut times = Vec::new();
    let start = Instant::now();
    let cpu0 = thread_cpu_ns();
    while times.len() < min_runs || (times.len() < max_runs && start.elapsed() < budget) {
        let t = Instant::now();
        black_box(f());
        times.push(t.elapsed());
    }
    let cpu = match (cpu0, thread_cpu_ns()) {
        (Some(a), Some(b)) if b > a => Some(Duration::from_nanos((b - a) / times.len() as u64)),
        _ => None,
    };
    times.sort();
    Timing { median: times[times.len() / 2], min: times[0], cpu }
}

fn cpu_ms(t: &Timing) -> String {
    t.cpu.map_or("-".into(), |c| format!("{:.3}", ms(c)))
}

fn mb_per_s(bytes: usize, t: Duration) -> f64 {
    bytes as f64 / MB as f64 / t.as_secs_f64()
}

fn ms(t: Duration) -> f64 {
    t.as_secs_f64() * 1e3
}

// The floor is regex's own Unicode `\d+` (native builds keep the tables), not
// one of the product's patterns: no crate::pattern::compile here.
#[allow(clippy::disallowed_methods)]
fn floor_regex() -> regex::Regex {
    regex::Regex::new(r"\d+").expect("floor pattern")
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Some(i) = args.iter().position(|a| a == "--write") {
        let path = args.get(i + 1).expect("--write FILE");
        std::fs::write(path, corpus(10 * MB)).expect("write the 10 MB text");
        eprintln!("wrote {} bytes to {path}", 10 * MB);
        return;
    }
    // `cargo bench` passes `--bench`; anything else but --quick is ignored.
    let quick = args.iter().any(|a| a == "--quick");
    let (budget, sizes): (Duration, &[usize]) = if quick {
        (Duration::from_millis(150), &[10 * KB, 100 * KB])
    } else {
        (Duration::from_millis(1500), &[10 * KB, 100 * KB, MB, 10 * MB])
    };
    let floor = floor_regex();
    let mut ok = true;

    println!("cakupan native benchmark ({} mode)", if quick { "quick" } else { "full" });
    println!("floor = one pass of the regex \\d+ over the same text (find_iter count)\n");

    println!(
        "| seed | bytes | facts | analyze (ms, median) | min (ms) | CPU (ms) | MB/s | floor (ms) | x floor |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    let mut seed_times = Vec::new();
    for (name, text) in seeds::SEEDS {
        let facts = cakupan::analyze(text).facts.len();
        if facts == 0 {
            eprintln!("{name}: no figure found");
            ok = false;
        }
        let timing = measure(budget, 5, 100_000, || cakupan::analyze(text));
        let f = measure(budget / 4, 5, 1_000_000, || floor.find_iter(text).count()).median;
        let t = timing.median;
        seed_times.push(t);
        println!(
            "| {} | {} | {} | {:.3} | {:.3} | {} | {:.1} | {:.4} | {:.0} |",
            &name[..3],
            text.len(),
            facts,
            ms(t),
            ms(timing.min),
            cpu_ms(&timing),
            mb_per_s(text.len(), t),
            ms(f),
            t.as_secs_f64() / f.as_secs_f64()
        );
    }
    seed_times.sort();
    let typical = seed_times[seed_times.len() / 2];
    println!("\ntypical article (median seed): {:.3} ms", ms(typical));

    println!("\n| text | articles | analyze (ms, median) | CPU (ms) | per article (ms) | MB/s | MB/s (CPU) | floor (ms) | floor MB/s | x floor | time step / size step |");
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    let avg_article =
        seeds::SEEDS.iter().map(|(_, s)| s.len() + 2).sum::<usize>() as f64 / seeds::SEEDS.len() as f64;
    let mut prev: Option<(usize, Duration)> = None;
    let mut worst_step: f64 = 0.0;
    let mut throughputs = Vec::new();
    let mut ratios: Vec<(usize, f64)> = Vec::new();
    for &size in sizes {
        let text = corpus(size);
        // Guard against a superlinear stage: estimate this size's time from the
        // last one and the worst growth seen so far; run once if it is long,
        // skip (and say so) if it would take more than ten minutes.
        let estimate =
            prev.map(|(ps, pt)| pt.as_secs_f64() * (size as f64 / ps as f64) * worst_step.max(1.0));
        if estimate.is_some_and(|e| e > 600.0) {
            println!(
                "| {} | skipped: estimated {:.0} s for one run | | | | | | | |",
                label(size),
                estimate.unwrap()
            );
            worst_step = f64::INFINITY;
            continue;
        }
        let min_runs = if quick || estimate.is_some_and(|e| e > 20.0) { 1 } else { 3 };
        let timing = measure(budget, min_runs, 10_000, || cakupan::analyze(&text));
        let t = timing.median;
        let f = measure(budget / 4, 3, 100_000, || floor.find_iter(&text).count()).median;
        let articles = text.len() as f64 / avg_article;
        let step = prev.map(|(ps, pt)| (t.as_secs_f64() / pt.as_secs_f64()) / (size as f64 / ps as f64));
        if let Some(s) = step {
            worst_step = worst_step.max(s);
        }
        throughputs.push(mb_per_s(text.len(), t));
        if size == 100 * KB || size == MB {
            ratios.push((size, t.as_secs_f64() / f.as_secs_f64()));
        }
        println!(
            "| {} | {:.0} | {:.2} | {} | {:.3} | {:.1} | {} | {:.3} | {:.0} | {:.0} | {} |",
            label(size),
            articles,
            ms(t),
            cpu_ms(&timing),
            ms(t) / articles,
            mb_per_s(text.len(), t),
            timing.cpu.map_or("-".into(), |c| format!("{:.1}", mb_per_s(text.len(), c))),
            ms(f),
            mb_per_s(text.len(), f),
            t.as_secs_f64() / f.as_secs_f64(),
            step.map_or("-".into(), |s| format!("{s:.2}")),
        );
        prev = Some((size, t));
    }

    // Where the time goes: each stage of `analyze_with`, in its order, timed
    // alone on the largest text measured above (at most 1 MB), as a multiple
    // of the floor on that text.
    // And on a typical article (the median seed), where fixed costs show.
    let stage_size = sizes.iter().copied().filter(|&s| s <= MB).max().unwrap_or(100 * KB);
    let big = corpus(stage_size);
    let mut by_len: Vec<&str> = seeds::SEEDS.iter().map(|(_, s)| *s).collect();
    #[allow(clippy::disallowed_methods)] // native only: the bench is not in the module
    by_len.sort_by_key(|s| s.len());
    let typical_text = by_len[by_len.len() / 2];
    let columns: [(String, &str); 2] = [("typical article".into(), typical_text), (label(stage_size), &big)];
    let mut tables = Vec::new();
    for (_, text) in &columns {
        let f = measure(budget / 4, 3, 100_000, || floor.find_iter(text).count()).median;
        tables.push((f, stage_times(text, budget)));
    }
    println!("\n| stage | {} (ms) | x floor | {} (ms) | x floor |", columns[0].0, columns[1].0);
    println!("|---|---:|---:|---:|---:|");
    let mut totals = [Duration::ZERO; 2];
    for i in 0..tables[0].1.len() {
        let mut row = format!("| {} ", tables[0].1[i].0);
        for (c, (f, times)) in tables.iter().enumerate() {
            let t = times[i].1;
            totals[c] += t;
            row += &format!("| {:.4} | {:.1} ", ms(t), t.as_secs_f64() / f.as_secs_f64());
        }
        println!("{row}|");
    }
    println!(
        "| all | {:.4} | {:.1} | {:.4} | {:.1} |",
        ms(totals[0]),
        totals[0].as_secs_f64() / tables[0].0.as_secs_f64(),
        ms(totals[1]),
        totals[1].as_secs_f64() / tables[1].0.as_secs_f64()
    );

    let min_tp = throughputs.iter().cloned().fold(f64::INFINITY, f64::min);
    let min_tp = if worst_step.is_finite() { min_tp } else { 0.0 };
    println!("\ntargets (native):");
    verdict("throughput >= 10 MB/s at every size", min_tp >= 10.0, format!("lowest {min_tp:.1} MB/s"));
    let worst_ratio = ratios.iter().map(|&(_, r)| r).fold(0.0, f64::max);
    verdict(
        "at most 15x the floor at 100 KB and at 1 MB (issue 17)",
        worst_ratio <= 15.0 && ratios.len() == if quick { 1 } else { 2 },
        ratios.iter().map(|&(s, r)| format!("{}: {r:.0}x", label(s))).collect::<Vec<_>>().join(", "),
    );
    verdict(
        "linear growth: no step worse than 1.3x the size ratio",
        worst_step <= 1.3,
        if worst_step.is_finite() {
            format!("worst step {worst_step:.2}x the size ratio")
        } else {
            "a size was skipped as too slow".into()
        },
    );
    println!("(the browser targets are measured by scripts/bench-browser.mjs)");
    if !ok {
        std::process::exit(1);
    }
}

fn label(size: usize) -> String {
    if size >= MB {
        format!("{} MB", size / MB)
    } else {
        format!("{} KB", size / KB)
    }
}

fn verdict(target: &str, met: bool, detail: String) {
    println!("  {}: {target} ({detail})", if met { "MET   " } else { "MISSED" });
}

/// Each stage of `cakupan::analyze_with` timed alone (median), in the
/// pipeline's order, each given what the stages before it made. Mirrors
/// `src/lib.rs`; a stage added there belongs here too.
fn stage_times(text: &str, budget: Duration) -> Vec<(&'static str, Duration)> {
    use cakupan::{
        checks, coverage, dates, facts, furniture, language, normalize, quantities, regions, segment, unread,
    };
    let budget = budget / 4;
    let t = |f: &mut dyn FnMut()| measure(budget, 3, 10_000, f).median;
    let mut out = Vec::new();
    out.push(("normalize", t(&mut || drop(black_box(normalize::normalize(text))))));
    let norm = normalize::normalize(text);
    let n = norm.text.as_str();
    out.push(("segment", t(&mut || drop(black_box(segment::segment(n))))));
    let segments = segment::segment(n);
    out.push(("dates", t(&mut || drop(black_box(dates::scan(n))))));
    let dates = dates::scan(n);
    out.push(("furniture", t(&mut || drop(black_box(furniture::classify(n, &segments, &dates))))));
    let layout = furniture::classify(n, &segments, &dates);
    out.push((
        "language",
        t(&mut || {
            black_box(language::detect(n));
        }),
    ));
    let en = language::detect(n) == Some(language::Language::En);
    out.push(("periods", t(&mut || drop(black_box(dates::scan_periods(n))))));
    let periods = dates::scan_periods(n);
    out.push(("quantities", t(&mut || drop(black_box(quantities::scan_with(n, en, &dates, &periods))))));
    let quantities = quantities::scan_with(n, en, &dates, &periods);
    out.push(("regions", t(&mut || drop(black_box(regions::scan(n))))));
    let regions = regions::scan(n);
    let input = facts::Input {
        text: n,
        segments: &segments,
        layout: &layout,
        quantities: &quantities,
        dates: &dates,
        periods: &periods,
        regions: &regions,
    };
    out.push(("facts", t(&mut || drop(black_box(facts::extract(&input))))));
    let facts::Extracted { facts, passed, .. } = facts::extract(&input);
    out.push(("unread numbers", t(&mut || drop(black_box(unread::list(&input, &facts, &passed))))));
    out.push((
        "checks + coverage",
        t(&mut || {
            let (checks, derived) = checks::run(&facts, &dates);
            drop(black_box(coverage::rows(&facts, &derived, &checks)));
        }),
    ));
    // The rest of analyze_with: the report (spans in UTF-16, messages) and its warnings.
    let whole = t(&mut || drop(black_box(cakupan::analyze(text))));
    let stages: Duration = out.iter().map(|(_, d)| *d).sum();
    out.push(("report and the rest", whole.saturating_sub(stages)));
    out
}
