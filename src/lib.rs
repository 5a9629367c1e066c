//! cakupan reads an Indonesian news article about workers' social security
//! (BPJS Ketenagakerjaan), finds every statistic in it, recomputes what those
//! statistics imply and reports where the article's own numbers do not add up.
//!
//! [`analyze`] is the whole pipeline, one stage per module, in this order:
//! normalize → segment → dates → furniture → language → quantities → regions →
//! clauses → facts → unread numbers → checks → explain → coverage → report. The core is pure Rust and knows nothing of JavaScript; the
//! WebAssembly boundary is `wasm.rs` alone, and the native CLI is `main.rs`.

pub mod case;
pub mod checks;
pub mod clauses;
pub mod coverage;
pub mod cues;
pub mod dates;
pub mod explain;
pub mod facts;
pub mod furniture;
pub mod hash;
pub mod language;
pub mod normalize;
pub mod numwords;
pub mod pattern;
pub mod quantities;
pub mod recheck;
pub mod regions;
pub mod report;
pub mod segment;
pub mod sort;
pub mod tables;
pub mod unread;
pub mod vocab;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use report::Report;

/// The largest input analysed, in UTF-8 bytes (16 MiB). Longer text is
/// analysed up to this point (cut at a character boundary) and the report says
/// so in `warnings`.
pub const MAX_INPUT_BYTES: usize = 16 * 1024 * 1024;

/// Options for [`analyze_with`].
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// See [`MAX_INPUT_BYTES`].
    pub max_bytes: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options { max_bytes: MAX_INPUT_BYTES }
    }
}

/// Analyses `text`. Any string gets a report; this never panics on odd input.
pub fn analyze(text: &str) -> Report {
    analyze_with(text, Options::default())
}

/// [`analyze`] with explicit options.
pub fn analyze_with(text: &str, options: Options) -> Report {
    let mut warnings = Vec::new();
    let input = if text.len() > options.max_bytes {
        let mut cut = options.max_bytes;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        warnings.push(report::Warning {
            code: "input_truncated",
            message: report::Message {
                id: format!(
                    "Teks terlalu panjang: hanya {} byte pertama dari {} byte yang dianalisis.",
                    cut,
                    text.len()
                ),
                en: format!("Text too long: only the first {} of {} bytes were analysed.", cut, text.len()),
            },
        });
        &text[..cut]
    } else {
        text
    };

    let norm = normalize::normalize(input);
    let segments = segment::segment(&norm.text);
    let dates = dates::scan(&norm.text);
    let layout = furniture::classify(&norm.text, &segments, &dates);
    let language = language::detect(&norm.text);
    let periods = dates::scan_periods(&norm.text);
    let quantities =
        quantities::scan_with(&norm.text, language == Some(language::Language::En), &dates, &periods);
    let regions = regions::scan(&norm.text);
    let stages = facts::Input {
        text: &norm.text,
        segments: &segments,
        layout: &layout,
        quantities: &quantities,
        dates: &dates,
        periods: &periods,
        regions: &regions,
    };
    let facts::Extracted { facts, passed, on_topic } = facts::extract(&stages);
    // The article's own dates: those in its body, and its publication date
    // where it stands. A site's date bar, even one that repeats the same date,
    // or a related headline's date is not one.
    let article_dates: Vec<dates::DateMention> = dates
        .iter()
        .filter(|d| layout.is_article_date(segments.line_at(d.range.start), &d.range))
        .cloned()
        .collect();
    let numbers = unread::list(&stages, &facts, &passed);
    let (checks, derived) = checks::run(&facts, &article_dates);
    let coverage = coverage::rows(&facts, &derived, &checks);

    // Enough words to tell a language by, and neither language: say so
    // rather than draw what a misreading would give.
    let words = norm.text.split_whitespace().filter(|w| w.chars().any(char::is_alphabetic)).count();
    if language.is_none() && words >= 20 {
        warnings.push(report::Warning {
            code: "unknown_language",
            message: report::Message {
                id: "Teks ini tampaknya bukan berbahasa Indonesia maupun Inggris; angka-angkanya mungkin salah dibaca.".into(),
                en: "This text seems to be in neither Indonesian nor English; its figures may be misread.".into(),
            },
        });
    }
    if !on_topic && words >= 20 {
        warnings.push(report::Warning {
            code: "off_topic",
            message: report::Message {
                id: "Teks ini tidak membahas BPJS Ketenagakerjaan maupun JKN (BPJS Kesehatan).".into(),
                en: "This text is about neither BPJS Ketenagakerjaan nor JKN (BPJS Kesehatan).".into(),
            },
        });
    }
    if facts.is_empty() {
        warnings.push(report::Warning {
            code: "no_figures",
            message: report::Message {
                id: "Tidak ditemukan angka statistik jaminan sosial ketenagakerjaan dalam teks ini.".into(),
                en: "No workers' social security statistics were found in this text.".into(),
            },
        });
    }
    report::build(report::Parts {
        input,
        norm: &norm,
        segments: &segments,
        layout: &layout,
        dates: &article_dates,
        facts: &facts,
        checks: &checks,
        derived: &derived,
        coverage: &coverage,
        numbers: &numbers,
        language,
        warnings,
    })
}
