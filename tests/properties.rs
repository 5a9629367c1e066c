//! Properties that hold for every input, checked on generated text (proptest):
//! `analyze` never panics; every span lies inside the text, on character
//! boundaries, and slices back to the text it quotes in UTF-8 and UTF-16; the
//! report always serialises to JSON; the same input always gives the same
//! report; a size limit cuts at a character boundary and warns. And for the
//! quantity reader: Indonesian-formatted numbers read back to their value.
//!
//! Two generators: arbitrary Unicode strings, and article-like text assembled
//! from Indonesian news vocabulary, numbers in Indonesian style, dates, region
//! names, qualifiers and odd characters (NUL, zero-width space, RTL, emoji),
//! which reaches the deeper stages far more often than random strings do.

#![cfg(not(target_arch = "wasm32"))]

use cakupan::report::{Report, Span};
use proptest::prelude::*;

fn check_spans(text: &str, analysed: usize, report: &Report) -> Result<(), TestCaseError> {
    let units: Vec<u16> = text.encode_utf16().collect();
    let mut spans: Vec<(&Span, &str)> = Vec::new();
    for f in &report.facts {
        spans.push((&f.span, &f.text));
        spans.push((&f.sentence_span, &f.sentence));
        prop_assert!(!f.spans.is_empty(), "a fact without a span");
        for s in &f.spans {
            prop_assert!(s.utf8[0] <= s.utf8[1] && s.utf8[1] <= analysed, "fact part {:?}", s);
            let part = text.get(s.utf8[0]..s.utf8[1]);
            prop_assert!(part.is_some(), "fact part {:?} splits a character", s);
            spans.push((s, part.unwrap()));
        }
    }
    for d in &report.document.dates {
        spans.push((&d.span, &d.text));
    }
    for f in &report.furniture {
        spans.push((&f.span, &f.text));
    }
    for (span, quoted) in spans {
        let [s, e] = span.utf8;
        prop_assert!(s <= e && e <= analysed, "span {:?} outside the {} bytes analysed", span, analysed);
        prop_assert!(
            text.is_char_boundary(s) && text.is_char_boundary(e),
            "span {:?} splits a character",
            span
        );
        prop_assert_eq!(&text[s..e], quoted, "utf8 span {:?}", span);
        let [s16, e16] = span.utf16;
        prop_assert!(s16 <= e16 && e16 <= units.len(), "utf16 span {:?} outside the text", span);
        let back = String::from_utf16(&units[s16..e16]).ok();
        prop_assert_eq!(back.as_deref(), Some(quoted), "utf16 span {:?}", span);
    }
    Ok(())
}

/// What must hold for any text: no panic, spans, serialisation, determinism.
fn holds_for(text: &str) -> Result<(), TestCaseError> {
    let report = cakupan::analyze(text);
    check_spans(text, text.len(), &report)?;
    let json = serde_json::to_string(&report);
    prop_assert!(json.is_ok(), "the report does not serialise: {:?}", json.err());
    let again = serde_json::to_string(&cakupan::analyze(text)).unwrap();
    prop_assert_eq!(json.unwrap(), again, "the same text gave two different reports");
    for f in &report.facts {
        prop_assert!(f.value.is_finite(), "fact value {}", f.value);
    }
    Ok(())
}

/// An integer with `.` between groups of three digits: `7.996.826`.
fn id_grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push('.');
        }
        out.push(c);
    }
    out
}

fn number() -> impl Strategy<Value = String> {
    prop_oneof![
        (0u64..1_000_000_000_000).prop_map(id_grouped),
        (0u64..100_000_000).prop_map(|n| n.to_string()),
        (0u64..1000, 0u32..100).prop_map(|(i, d)| format!("{i},{d:02}")),
        (1u32..1000, 0u32..10).prop_map(|(i, d)| format!("{i},{d}")),
        (1900u32..2100).prop_map(|y| y.to_string()),
        "[0-9.,]{1,12}",
    ]
}

const WORDS: &[&str] = &[
    "Dari total",
    "sebanyak",
    "baru",
    "pekerja",
    "peserta",
    "orang",
    "tenaga kerja",
    "jiwa",
    "buruh",
    "yang",
    "telah",
    "terdaftar",
    "terlindungi",
    "belum terdaftar",
    "sebagai peserta",
    "BPJS Ketenagakerjaan",
    "cakupan kepesertaan",
    "mencapai",
    "atau",
    "sekitar",
    "lebih dari",
    "kurang dari",
    "hampir",
    "hingga",
    "kurang lebih",
    "lebih",
    "Rp",
    "Rp.",
    "Rp ",
    "juta",
    "jt",
    "ribu",
    "rb",
    "miliar",
    "milyar",
    "triliun",
    "persen",
    "%",
    "per sen",
    "iuran",
    "klaim",
    "manfaat",
    "santunan",
    "perusahaan",
    "pemberi kerja",
    "badan usaha",
    "proyek",
    "target",
    "naik",
    "turun",
    "meningkat",
    "tahun",
    "2024",
    "2025",
    "Nomor",
    "Pasal",
    "Tahun",
    "per bulan",
    "sektor informal",
    "bukan penerima upah",
    "pekerja migran",
    "konstruksi",
    "JHT",
    "JKK",
    "JKM",
    "JP",
    "JKP",
    "Kalimantan Timur",
    "Jawa Barat",
    "Provinsi Riau",
    "Kota Bandung",
    "Kabupaten Sleman",
    "Sulawesi Selatan",
    "NTT",
    "DKI Jakarta",
    "Indonesia",
    "nasional",
    "Senin",
    "Selasa (5/2/2026)",
    "12 Januari 2025",
    "7-8 November 2024",
    "pukul 11:10 WIB",
    "Penulis:",
    "Editor:",
    "Baca juga:",
    "KOMPAS.com",
    "ANTARA",
    "-",
    "—",
    "(",
    ")",
    "\"",
    "“",
    "”",
    ":",
    ";",
    "/",
];

const ODD: &[&str] = &[
    "\0",
    "\u{200B}",
    "\u{00A0}",
    "\u{202F}",
    "\u{2009}",
    "\u{FEFF}",
    "\u{202E}",
    "\u{202B}",
    "\u{200F}",
    "😀",
    "🇮🇩",
    "👩‍👩‍👧",
    "e\u{0301}",
    "ﬁ",
    "ß",
    "İ",
    "ǅ",
    "٣",
    "१२",
    "４５",
    "عدد",
    "שלום",
    "労働",
    "\u{FFFD}",
    "\u{1F}",
    "\u{7F}",
    "\u{85}",
    "\u{2028}",
    "\u{2029}",
];

fn token() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(WORDS).prop_map(str::to_string),
        4 => number(),
        2 => prop::sample::select(&[" ", " ", " ", ", ", ". ", ".\n", "\n", "\n\n", "\r\n", "\t"][..])
            .prop_map(str::to_string),
        1 => prop::sample::select(ODD).prop_map(str::to_string),
        1 => any::<char>().prop_map(|c| c.to_string()),
    ]
}

/// Article-like text: 0 to 300 tokens, mostly separated by spaces.
fn article() -> impl Strategy<Value = String> {
    prop::collection::vec((token(), prop::bool::weighted(0.8)), 0..300).prop_map(|tokens| {
        let mut s = String::new();
        for (t, space) in tokens {
            s.push_str(&t);
            if space {
                s.push(' ');
            }
        }
        s
    })
}

proptest! {
    // No regression files: a failure found here is added to tests/hostile.rs by hand.
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_unicode_string_gets_a_sound_report(text in any::<String>()) {
        holds_for(&text)?;
    }

    #[test]
    fn article_like_text_gets_a_sound_report(text in article()) {
        holds_for(&text)?;
    }

    #[test]
    fn a_size_limit_cuts_at_a_character_boundary_and_warns(text in article(), frac in 0.0f64..1.2) {
        let max_bytes = (text.len() as f64 * frac) as usize;
        let report = cakupan::analyze_with(&text, cakupan::Options { max_bytes });
        let truncated = report.warnings.iter().any(|w| w.code == "input_truncated");
        prop_assert_eq!(truncated, text.len() > max_bytes);
        let mut cut = max_bytes.min(text.len());
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        check_spans(&text, cut, &report)?;
        // What is analysed is exactly the cut text.
        let whole = serde_json::to_value(cakupan::analyze(&text[..cut])).unwrap();
        let mut limited = serde_json::to_value(&report).unwrap();
        if let Some(w) = limited["warnings"].as_array_mut() {
            w.retain(|w| w["code"] != "input_truncated");
        }
        prop_assert_eq!(whole, limited);
    }

    #[test]
    fn quantity_ranges_lie_inside_the_text_in_order(text in article()) {
        let mut last = 0;
        for q in cakupan::quantities::scan(&text) {
            let r = q.range.clone();
            prop_assert!(r.start < r.end && r.end <= text.len(), "range {:?}", r);
            prop_assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end), "range {:?}", r);
            prop_assert!(r.start >= last, "ranges out of order");
            prop_assert!(q.value.is_finite() && (q.value >= 0.0 || text[r.clone()].starts_with(['-', 'm', 'M', 'n', 'N'])), "{:?}", q);
            last = r.start;
        }
    }

    #[test]
    fn indonesian_grouped_integers_read_back_exactly(n in 0u64..(1u64 << 53)) {
        let printed = id_grouped(n);
        prop_assert_eq!(cakupan::quantities::parse_indonesian(&printed), Some((n as f64, 0)));
    }

    #[test]
    fn indonesian_decimals_read_back(int in 0u64..1_000_000_000, frac in 0u32..1000, places in 1usize..4) {
        let frac = frac % 10u32.pow(places as u32);
        let printed = format!("{},{:0width$}", id_grouped(int), frac, width = places);
        let expected = int as f64 + f64::from(frac) / 10f64.powi(places as i32);
        let got = cakupan::quantities::parse_indonesian(&printed);
        prop_assert!(got.is_some(), "{} not read", printed);
        let (v, d) = got.unwrap();
        prop_assert_eq!(d, places);
        prop_assert!((v - expected).abs() <= expected * 1e-15, "{} read as {}", printed, v);
    }

    #[test]
    fn a_grouped_count_of_workers_is_found_with_its_value(n in 1_000u64..1_000_000_000_000) {
        let text = format!("Sebanyak {} pekerja telah terdaftar sebagai peserta.", id_grouped(n));
        let values: Vec<f64> = cakupan::quantities::scan(&text).iter().map(|q| q.value).collect();
        prop_assert!(values.contains(&(n as f64)), "{}: {:?}", text, values);
    }
}
