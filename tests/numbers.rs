//! The numbers the core does not turn into facts, each with why. Every line
//! lists all the numbers of its text that no fact covers, in order, as
//! `text=why`; the facts it does read are not listed.

use serde_json::Value;

fn numbers(text: &str) -> Vec<String> {
    let r = serde_json::to_value(cakupan::analyze(text)).unwrap();
    r["numbers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| {
            assert_eq!(n["message"]["id"].as_str().map(str::is_empty), Some(false));
            assert_eq!(n["message"]["en"].as_str().map(str::is_empty), Some(false));
            format!("{}={}", n["text"].as_str().unwrap(), n["why"].as_str().unwrap())
        })
        .collect()
}

const CASES: &[(&str, &[&str])] = &[
    // What a number is when it is not a figure.
    (
        "Sesuai UU No 24 tahun 2011, peserta BPJS Ketenagakerjaan di Aceh mencapai 1.200.000 orang.",
        &["24=regulation", "2011=regulation"],
    ),
    (
        "Hal itu diatur dalam Peraturan Gubernur Nomor 44 Tahun 2023 dan Pasal 7 ayat (2).",
        &["44=regulation", "2023=regulation", "7=regulation", "2=regulation"],
    ),
    ("Pandemi Covid-19 menekan kepesertaan, kata dia, Sabtu (18/10/2025).", &["19=code", "18/10/2025=date"]),
    ("Kantornya di Jalan Veteran No. 41 Padang, Senin (13/10).", &["41=code", "13/10=date"]),
    ("Provinsi ini menempati peringkat ke-4 secara nasional.", &["4=ordinal"]),
    ("Acara dimulai pukul 09.30 WIB di Kupang pada 31 Juli.", &["09.30=time", "31=date"]),
    ("Pada 2024 jumlah peserta aktif di Bali mencapai 1.500.000 orang.", &["2024=year"]),
    // Figures of another domain, and figures whose words say nothing.
    ("Iuran JKM sebesar 0,30 persen dari upah sebulan.", &["0,30 persen=wage_share"]),
    ("Ahli waris menerima santunan Rp42 juta per orang.", &["Rp42 juta=per_person"]),
    ("Kantor ini melayani 11 kecamatan dan 150 desa.", &["11=not_people", "150=not_people"]),
    ("Dana kelolaan BPJS Ketenagakerjaan mencapai Rp790 triliun.", &["Rp790 triliun=not_amount_paid"]),
    ("Jadi, 77 ribu ini bukan angka yang kecil.", &["77 ribu=not_understood"]),
];

#[test]
fn every_number_not_read_says_why() {
    let mut failed = Vec::new();
    for (text, want) in CASES {
        let got = numbers(text);
        if got != *want {
            failed.push(format!("{text}\n   want {want:?}\n    got {got:?}"));
        }
    }
    assert!(failed.is_empty(), "{} of {} cases:\n{}", failed.len(), CASES.len(), failed.join("\n"));
}

/// The facts and the numbers together cover every digit of a real article
/// once: no number is both a fact and passed over, and none is lost.
#[test]
fn facts_and_numbers_cover_every_digit_of_the_seeds() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/seeds");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        panic!("the seeds are read from {}", dir.display());
    };
    let mut n = 0;
    for e in entries.flatten() {
        let path = e.path();
        if path.extension().and_then(|x| x.to_str()) != Some("txt") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let r: Value = serde_json::to_value(cakupan::analyze(&text)).unwrap();
        let spans = |v: &Value| -> Vec<(usize, usize)> {
            let s = &v["utf8"];
            vec![(s[0].as_u64().unwrap() as usize, s[1].as_u64().unwrap() as usize)]
        };
        let mut fact_spans: Vec<(usize, usize)> = Vec::new();
        for f in r["facts"].as_array().unwrap() {
            for s in f["spans"].as_array().unwrap() {
                fact_spans.extend(spans(s));
            }
        }
        let numbers: Vec<(usize, usize)> =
            r["numbers"].as_array().unwrap().iter().flat_map(|x| spans(&x["span"])).collect();
        for &(a, b) in &numbers {
            assert!(
                !fact_spans.iter().any(|&(c, d)| c < b && a < d),
                "{}: {:?} is both a fact and a passed number",
                path.display(),
                &text[a..b]
            );
        }
        for (i, ch) in text.char_indices() {
            if ch.is_ascii_digit() {
                let inside = |v: &[(usize, usize)]| v.iter().any(|&(a, b)| a <= i && i < b);
                assert!(
                    inside(&fact_spans) || inside(&numbers),
                    "{}: the digit at {i} is lost",
                    path.display()
                );
            }
        }
        n += 1;
    }
    assert_eq!(n, 5);
}
