//! Fuzzes the whole pipeline: any UTF-8 text (invalid bytes replaced, as the
//! CLI does) gets a report without a panic; every span lies inside the text on
//! character boundaries and slices back to the text the report quotes, in UTF-8
//! and UTF-16; the report serialises; the same text gives the same report.
//! A small `max_bytes` (taken from the first byte) also exercises truncation.
#![no_main]

use libfuzzer_sys::fuzz_target;

/// `span` lies inside the first `analysed` bytes of `text`, on character
/// boundaries, and slices back to `quoted` in both encodings.
fn check_span(text: &str, analysed: usize, units: &[u16], span: &cakupan::report::Span, quoted: &str) {
    let [s, e] = span.utf8;
    assert!(s <= e && e <= analysed, "utf8 span {span:?} outside the {analysed} bytes analysed");
    assert!(text.is_char_boundary(s) && text.is_char_boundary(e), "utf8 span {span:?} not on char boundaries");
    assert_eq!(&text[s..e], quoted, "utf8 span {span:?}");
    let [s16, e16] = span.utf16;
    assert!(s16 <= e16 && e16 <= units.len(), "utf16 span {span:?} outside {} units", units.len());
    assert_eq!(String::from_utf16(&units[s16..e16]).ok().as_deref(), Some(quoted), "utf16 span {span:?}");
}

fuzz_target!(|data: &[u8]| {
    let (limit, body) = match data.split_first() {
        // One input in eight analyses with a small size limit.
        Some((&b, rest)) if b % 8 == 0 => (Some(usize::from(b) * 4), rest),
        _ => (None, data),
    };
    let text = String::from_utf8_lossy(body);
    let report = match limit {
        Some(max_bytes) => cakupan::analyze_with(&text, cakupan::Options { max_bytes }),
        None => cakupan::analyze(&text),
    };
    // Spans index the text as passed in; with a limit only the part before the
    // cut (at a character boundary) is read.
    let mut analysed = limit.unwrap_or(usize::MAX).min(text.len());
    while !text.is_char_boundary(analysed) {
        analysed -= 1;
    }
    let units: Vec<u16> = text.encode_utf16().collect();
    for f in &report.facts {
        check_span(&text, analysed, &units, &f.span, &f.text);
        check_span(&text, analysed, &units, &f.sentence_span, &f.sentence);
        for s in &f.spans {
            let [a, b] = s.utf8;
            let quoted = text.get(a..b).unwrap_or_else(|| panic!("span {s:?} does not slice the text"));
            check_span(&text, analysed, &units, s, quoted);
        }
    }
    for d in &report.document.dates {
        check_span(&text, analysed, &units, &d.span, &d.text);
    }
    for f in &report.furniture {
        check_span(&text, analysed, &units, &f.span, &f.text);
    }
    let json = serde_json::to_string(&report).expect("the report serialises");
    let again = match limit {
        Some(max_bytes) => cakupan::analyze_with(&text, cakupan::Options { max_bytes }),
        None => cakupan::analyze(&text),
    };
    assert_eq!(json, serde_json::to_string(&again).unwrap(), "same input, different report");
});
