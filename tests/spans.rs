//! Every span in every seed's report slices back to its text, in UTF-8 and in
//! UTF-16, in the text exactly as it was passed in.

mod seeds;

use cakupan::report::Span;

fn check_span(input: &str, units: &[u16], span: &Span, text: &str) {
    let [s8, e8] = span.utf8;
    assert_eq!(&input[s8..e8], text, "utf8 span {span:?}");
    let [s16, e16] = span.utf16;
    assert_eq!(String::from_utf16(&units[s16..e16]).unwrap(), text, "utf16 span {span:?}");
}

fn check_all_spans(input: &str) {
    let report = cakupan::analyze(input);
    let units: Vec<u16> = input.encode_utf16().collect();
    for f in &report.facts {
        check_span(input, &units, &f.span, &f.text);
        check_span(input, &units, &f.sentence_span, &f.sentence);
    }
    for d in &report.document.dates {
        check_span(input, &units, &d.span, &d.text);
    }
    for f in &report.furniture {
        check_span(input, &units, &f.span, &f.text);
    }
}

#[test]
fn spans_slice_back_in_every_seed() {
    for (name, text) in seeds::SEEDS {
        let report = cakupan::analyze(text);
        assert!(!report.facts.is_empty(), "{name}: no facts");
        check_all_spans(text);
    }
}

#[test]
fn spans_survive_crlf_emoji_and_zero_width_spaces() {
    let text = "😀 “Kalimantan” — Dari total 7.996.826 pekerja,\r\nbaru 3.302\u{200B}.762 orang atau sekitar 41,30\u{00A0}persen yang telah terdaftar sebagai peserta. 🇮🇩";
    let report = cakupan::analyze(text);
    let values: Vec<f64> = report.facts.iter().map(|f| f.value).collect();
    assert!(values.contains(&3_302_762.0), "{values:?}");
    check_all_spans(text);
}

#[test]
fn seed_003_reads_its_four_figures_with_spans() {
    let text = seeds::SEEDS.iter().find(|(n, _)| n.starts_with("003")).unwrap().1;
    let report = cakupan::analyze(text);
    let find = |metric: &str, value: f64| {
        report
            .facts
            .iter()
            .find(|f| serde_json::to_value(f.metric).unwrap() == metric && f.value == value)
            .unwrap_or_else(|| panic!("no {metric} {value}"))
    };
    assert_eq!(find("workforce", 7_996_826.0).text, "7.996.826");
    assert_eq!(find("participants", 3_302_762.0).text, "3.302.762");
    assert_eq!(find("coverage_rate", 41.3).text, "41,30 persen");
    assert_eq!(find("uncovered", 4_694_054.0).text, "4.694.054");
}
