//! Times the quantity and date readers on 10 KB, 100 KB and 1 MB of article
//! text (the five seeds, repeated) and on pathological input, and prints a
//! table. Work must grow linearly: the µs/KB column should stay flat.
//!
//! Run: `cargo bench --bench quantities`. Plain `std::time`, no harness.

use std::hint::black_box;
use std::time::{Duration, Instant};

#[path = "../tests/seeds/mod.rs"]
mod seeds;

/// The best of `runs` timings of `f`.
fn time<F: FnMut() -> usize>(runs: usize, mut f: F) -> (Duration, usize) {
    let mut best = Duration::MAX;
    let mut n = 0;
    for _ in 0..runs {
        let t = Instant::now();
        n = black_box(f());
        best = best.min(t.elapsed());
    }
    (best, n)
}

fn article_text(bytes: usize) -> String {
    let corpus: String = seeds::SEEDS.iter().map(|(_, t)| *t).collect::<Vec<_>>().join("\n\n");
    let mut s = String::with_capacity(bytes + corpus.len());
    while s.len() < bytes {
        s.push_str(&corpus);
        s.push('\n');
    }
    let mut cut = bytes;
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    s.truncate(cut);
    s
}

fn row(name: &str, text: &str) {
    let norm = cakupan::normalize::normalize(text).text;
    let runs = if text.len() > 500_000 { 3 } else { 10 };
    let (q, nq) = time(runs, || cakupan::quantities::scan(&norm).len());
    let (d, nd) = time(runs, || cakupan::dates::scan(&norm).len());
    let (p, np) = time(runs, || cakupan::dates::scan_periods(&norm).len());
    let kb = text.len() as f64 / 1024.0;
    let us = |t: Duration| t.as_secs_f64() * 1e6;
    println!(
        "| {name:<28} | {:>9.0} | {:>10.2} ms | {:>7.1} | {:>6} | {:>8.2} ms | {:>10.2} ms | {:>5}/{:<5} |",
        kb,
        us(q) / 1000.0,
        us(q) / kb,
        nq,
        us(d) / 1000.0,
        us(p) / 1000.0,
        nd,
        np
    );
}

fn main() {
    println!("| input                        |        KB | quantities    |   µs/KB |  found |    dates    |   periods     | dates/periods |");
    println!("|------------------------------|-----------|---------------|---------|--------|-------------|---------------|---------------|");
    let sizes = [
        ("articles 10 KB", 10 * 1024),
        ("articles 100 KB", 100 * 1024),
        ("articles 1 MB", 1024 * 1024),
        ("articles 4 MB", 4 * 1024 * 1024),
    ];
    for (name, size) in sizes {
        row(name, &article_text(size));
    }
    row("100 000 digits", &"7".repeat(100_000));
    row("1 MB of digits", &"7".repeat(1 << 20));
    row("'1.1.1.1...' 1 MB", &"1.".repeat(1 << 19));
    row("'1,1,1,1...' 1 MB", &"1,".repeat(1 << 19));
    row("'1-1-1-1...' 1 MB", &"1-".repeat(1 << 19));
    row("'1/1/1/1...' 1 MB", &"1/".repeat(1 << 19));
    row("400-digit numbers, 1 MB", &format!("sebanyak {} pekerja ", "9".repeat(400)).repeat(2500));
    row("'Rp ' repeated, 1 MB", &"Rp ".repeat(350_000));
    row("'sekitar 1 ' repeated, 1 MB", &"sekitar 1 ".repeat(100_000));
    row("'dua puluh ' repeated, 1 MB", &"dua puluh ".repeat(100_000));
    row("'tahun 2024 ' repeated, 1 MB", &"tahun 2024 ".repeat(95_000));
    row("spaces, 1 MB", &" ".repeat(1 << 20));
}
