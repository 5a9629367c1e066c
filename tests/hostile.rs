//! Hostile input, natively: text nobody would call an article still gets a
//! report, without a panic, with every span inside the text on character
//! boundaries, a report that serialises, and within a bounded time. Texts over
//! the size limit are cut at a character boundary and the report says so.
//!
//! The lone-surrogate case (a JS string with `\uD800`) is in `wasm_hostile.rs`,
//! because only the JS boundary can receive one. The heaviest inputs (10 MB)
//! are `#[ignore]`d in the debug build and run in release by scripts/test.sh
//! (`cargo test --release --test hostile -- --include-ignored`).

#![cfg(not(target_arch = "wasm32"))]

use cakupan::report::{Report, Span};
use std::time::{Duration, Instant};

/// Analyses `text` and checks what must hold for any input: every span lies in
/// the text on character boundaries and slices back to the text it quotes (in
/// UTF-8 and UTF-16), and the report serialises. Returns the report.
fn analyze_checked(text: &str) -> Report {
    let report = cakupan::analyze(text);
    check_report(text, text.len(), &report);
    report
}

fn check_report(text: &str, analysed: usize, report: &Report) {
    let units: Vec<u16> = text.encode_utf16().collect();
    let check = |span: &Span, quoted: &str| {
        let [s, e] = span.utf8;
        assert!(s <= e && e <= analysed, "span {span:?} outside the {analysed} bytes analysed");
        assert!(text.is_char_boundary(s) && text.is_char_boundary(e), "span {span:?} splits a character");
        assert_eq!(&text[s..e], quoted, "utf8 span {span:?}");
        let [s16, e16] = span.utf16;
        assert!(s16 <= e16 && e16 <= units.len(), "utf16 span {span:?} outside the text");
        assert_eq!(String::from_utf16(&units[s16..e16]).unwrap(), quoted, "utf16 span {span:?}");
    };
    for f in &report.facts {
        check(&f.span, &f.text);
        check(&f.sentence_span, &f.sentence);
        for s in &f.spans {
            check(s, &text[s.utf8[0]..s.utf8[1]]);
        }
        assert!(f.value.is_finite(), "fact value {}", f.value);
    }
    for d in &report.document.dates {
        check(&d.span, &d.text);
    }
    for f in &report.furniture {
        check(&f.span, &f.text);
    }
    let json = serde_json::to_string(report).expect("the report serialises");
    serde_json::from_str::<serde_json::Value>(&json).expect("the report is valid JSON");
}

fn warning_codes(report: &Report) -> Vec<&str> {
    report.warnings.iter().map(|w| w.code).collect()
}

/// Runs `f` and fails if it took longer than `limit` (generous: debug build,
/// shared machine; the point is to catch quadratic blow-ups, not to time).
fn within<T>(limit: Duration, what: &str, f: impl FnOnce() -> T) -> T {
    let t = Instant::now();
    let out = f();
    let took = t.elapsed();
    assert!(took <= limit, "{what} took {took:?}, more than {limit:?}");
    out
}

#[test]
fn empty_text_says_there_are_no_figures() {
    let report = analyze_checked("");
    assert!(report.facts.is_empty() && report.checks.is_empty());
    assert_eq!(warning_codes(&report), ["no_figures"]);
}

#[test]
fn only_whitespace_says_there_are_no_figures() {
    let text = " \t\r\n\u{00A0}\u{2009}\u{200B}\u{3000}\n\n   \r\n".repeat(1000);
    let report = analyze_checked(&text);
    assert!(report.facts.is_empty());
    assert_eq!(warning_codes(&report), ["no_figures"]);
}

#[test]
fn a_text_in_neither_language_says_so() {
    let text = "Die Rentenversicherung in Deutschland hat im vergangenen Jahr mehr als 21 Millionen \
                Rentnerinnen und Rentner versorgt, wie die Behörde am Montag in Berlin mitteilte. Die \
                Zahl der Versicherten stieg auf 57 Millionen, berichtete die Zeitung.";
    let report = analyze_checked(text);
    assert!(warning_codes(&report).contains(&"unknown_language"), "{:?}", warning_codes(&report));
}

#[test]
fn a_text_about_neither_scheme_says_so() {
    let text = "Harga cabai rawit di Pasar Induk Kramat Jati naik menjadi Rp80.000 per kilogram pada \
                pekan ini. Para pedagang mengatakan pasokan dari Jawa Tengah berkurang karena hujan \
                deras, sementara permintaan menjelang akhir tahun terus meningkat.";
    let report = analyze_checked(text);
    assert!(warning_codes(&report).contains(&"off_topic"), "{:?}", warning_codes(&report));
    assert!(!warning_codes(&report).contains(&"unknown_language"));
    // An article on the topic in either language gets neither warning.
    for on_topic in [
        "Jumlah peserta BPJS Ketenagakerjaan di Jawa Tengah mencapai 5,2 juta orang pada akhir tahun lalu, \
         kata kepala kantor wilayah kepada wartawan di Semarang, Senin, sambil menyebut target tahun depan.",
        "The number of BPJS Ketenagakerjaan participants in Central Java reached 5.2 million at the end of \
         last year, the head of the regional office told reporters in Semarang on Monday, citing next year's target.",
    ] {
        let report = analyze_checked(on_topic);
        let codes = warning_codes(&report);
        assert!(!codes.contains(&"off_topic") && !codes.contains(&"unknown_language"), "{codes:?}");
    }
}

#[test]
fn a_400_digit_number_breaks_nothing() {
    let digits = "9".repeat(400);
    for text in [
        digits.clone(),
        format!("Jumlah peserta {digits} orang pekerja."),
        format!("Cakupan mencapai {digits},5 persen dari Rp{digits} triliun."),
        format!("Sebanyak 0,{digits} persen pekerja."),
        // 400 digits grouped Indonesian-style: 1.000.000. ... .000
        format!("Dari total 1{} pekerja, baru 12 orang terdaftar.", ".000".repeat(133)),
    ] {
        let report = analyze_checked(&text);
        for f in &report.facts {
            assert!(f.value.is_finite() && f.value < 1e300, "{} read as {}", f.text, f.value);
        }
    }
}

#[test]
fn rp_repeated_100_000_times() {
    for unit in ["Rp", "Rp ", "Rp.", "RP. "] {
        let text = unit.repeat(100_000);
        let report =
            within(Duration::from_secs(20), &format!("{unit:?} x 100 000"), || analyze_checked(&text));
        assert!(report.facts.is_empty(), "{unit:?}: a currency sign alone is no figure");
    }
}

#[test]
fn deeply_repeated_qualifiers() {
    for q in ["sekitar ", "lebih dari ", "kurang lebih ", "hampir sekitar ", "± "] {
        let text = format!("{}3,2 juta pekerja terdaftar sebagai peserta.", q.repeat(20_000));
        let report = within(Duration::from_secs(20), &format!("{q:?} x 20 000"), || analyze_checked(&text));
        assert!(report.facts.iter().all(|f| f.value == 3_200_000.0), "{:?}", report.facts);
    }
}

#[test]
fn mixed_scripts_and_right_to_left_text() {
    let texts = [
        // Arabic with Eastern Arabic digits and RTL marks around a real figure.
        "\u{202B}عدد العمال ٧٬٩٩٦٬٨٢٦\u{202C} Dari total 7.996.826 pekerja, baru 3.302.762 orang atau 41,30 persen yang terdaftar.",
        // Hebrew, an RTL override, Devanagari digits, CJK, combining marks, emoji flags.
        "\u{202E}שלום 1.000 orang\u{202C} पेशेवर १२३ 労働者 ４５６ 人 e\u{0301}\u{0301}\u{0301} 🇮🇩🇲🇾 Rp5,06 triliun 👩‍👩‍👧",
        // Javanese script and Arabic-script Malay (Jawi) beside Latin.
        "ꦧꦥꦗꦱ꧀ ꧑꧒꧓ — ڤکرجا ٣ juta pekerja; sebanyak 12,5% di antaranya belum terdaftar.",
    ];
    for text in texts {
        analyze_checked(text);
    }
    let report = analyze_checked(texts[0]);
    let values: Vec<f64> = report.facts.iter().map(|f| f.value).collect();
    assert!(values.contains(&7_996_826.0), "Latin figures amid RTL text: {values:?}");
}

#[test]
fn nul_bytes_and_control_characters() {
    let text = "Dari total\0 7.996.826\0pekerja,\u{1} baru\0\0 3.302.762 orang\u{7f} atau 41,30 persen\u{1b}[31m terdaftar.\0";
    analyze_checked(text);
    let only_nul = "\0".repeat(100_000);
    let report = analyze_checked(&only_nul);
    assert!(report.facts.is_empty());
}

#[test]
fn odd_number_shapes() {
    for text in [
        "1.2.3.4.5 , ,, .. 1,,2 1..2 ,5 5, 1.000,00,00 0,0,0 1.000.00 00000000000000001 orang",
        "1e308 1e309 NaN inf -0 −5 persen +7 pekerja 1/0 0/0 100%%% %%% persenpersen",
        "Rp-1 Rp.−3 Rp 0, juta juta juta 1 juta juta triliun miliar ribu 5 rb jt",
        "7.996.826.7.996.826,41,30 9.999.999.999.999.999.999.999.999.999.999 pekerja",
    ] {
        analyze_checked(text);
    }
}

/// Inputs that once panicked, found by tests/properties.rs (minimised).
#[test]
fn regressions_found_by_the_property_tests() {
    for text in [
        // A quantity ran past its sentence's end (`0` + line break + `lebih`)
        // and facts::extract sliced backwards: panicked at src/facts.rs.
        "0\nlebih dari",
        "0\u{85}lebih",
        "Jumlah peserta tahun ini 1.250\nlebih banyak dari tahun lalu.",
        // A period (`2025`) overlapping the figure `2025 juta`: the distance
        // underflowed (a panic in debug builds, a wrong choice in release).
        "Peserta hingga 2025 juta pekerja",
    ] {
        analyze_checked(text);
    }
}

#[test]
fn a_small_size_limit_cuts_at_a_character_boundary_and_warns() {
    let text =
        "Dari total 7.996.826 pekerja, baru 3.302.762 orang atau 41,30 persen yang terdaftar. é😀".repeat(4);
    for max_bytes in [0, 1, 10, 30, 87, 88, 89, 90, 91, text.len() - 1] {
        let report = cakupan::analyze_with(&text, cakupan::Options { max_bytes });
        let mut cut = max_bytes;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        check_report(&text, cut, &report);
        let w =
            report.warnings.iter().find(|w| w.code == "input_truncated").expect("input_truncated warning");
        assert!(w.message.en.contains(&format!("first {cut} of {} bytes", text.len())), "{}", w.message.en);
        assert!(w.message.id.contains(&cut.to_string()), "{}", w.message.id);
    }
    // At or under the limit: no warning.
    let report = cakupan::analyze_with(&text, cakupan::Options { max_bytes: text.len() });
    assert!(!warning_codes(&report).contains(&"input_truncated"));
    assert!(!report.facts.is_empty());
}

/// 10 MB of digits: one enormous number.
#[test]
#[ignore = "10 MB: run in release by scripts/test.sh"]
fn ten_megabytes_of_digits() {
    let one_number = "7".repeat(10 << 20);
    let report = within(Duration::from_secs(30), "10 MB of one digit", || analyze_checked(&one_number));
    assert!(report.facts.is_empty());
}

/// Many numbers in one long "sentence" (no full stop): the cost must stay
/// linear. FAILS TODAY (main at the time of writing): facts::extract lowercases
/// the sentence around every number, report::build copies the whole sentence
/// into every fact, and quantities::is_not_a_quantity lowercases all the text
/// before each bare number, so these take seconds to minutes and up to GBs of
/// memory (docs/PERFORMANCE.md, "Hostile input"). Ignored, and not run by
/// scripts/test.sh, until those stages are linear; then remove the `ignore`.
/// Each input is about 40 KB: linear code does each in milliseconds.
#[test]
fn many_numbers_in_one_long_sentence_stay_linear() {
    let spaced: String = (0..6_000u32).map(|i| format!("{} ", i * 7919 % 100_000)).collect();
    for (what, text) in [
        ("\"Rp1 \" x 10 000", "Rp1 ".repeat(10_000)),
        ("alternating qualifiers", "sekitar 1 orang lebih dari 2 persen ".repeat(1_100)),
        ("figures between NULs", "\x001.000 pekerja\0".repeat(2_700)),
        ("spaced numbers", spaced),
    ] {
        // Each took 0.17-0.54 s in a debug build on this 2-core machine; a
        // 2 s limit failed once while another build ran beside it. The limit
        // is there to catch a blow-up, not to time.
        within(Duration::from_secs(6), what, || analyze_checked(&text));
    }
}

/// Over the real limit (16 MiB): cut, warned, still a report. One article,
/// then blank space up to past the limit, so that the cost is that of reading
/// 16 MiB, not of analysing 16 MiB of figures (see
/// `many_numbers_in_one_long_sentence_stay_linear` for that).
#[test]
#[ignore = "17 MB: run in release by scripts/test.sh"]
fn over_the_real_size_limit() {
    let article = "Dari total 7.996.826 pekerja di Kalimantan Timur, baru 3.302.762 orang atau 41,30 persen yang terdaftar.\n\n";
    let filler = "                                                              \n";
    let mut text = String::from(article);
    while text.len() <= cakupan::MAX_INPUT_BYTES {
        text.push_str(filler);
    }
    text.push_str("Ñ😀 1.000 pekerja");
    let report = within(Duration::from_secs(120), "17 MB", || cakupan::analyze(&text));
    check_report(&text, cakupan::MAX_INPUT_BYTES, &report);
    assert!(warning_codes(&report).contains(&"input_truncated"));
    let values: Vec<f64> = report.facts.iter().map(|f| f.value).collect();
    assert!(values.contains(&7_996_826.0), "{values:?}");
    assert!(!values.contains(&1_000.0), "a figure past the limit was read: {values:?}");
}
