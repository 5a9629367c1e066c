//! Stage 6a: tables. Decides which lines form a table pasted as text, and what
//! each of its columns counts.
//!
//! A table is a header line of column names followed by at least two rows with
//! the same number of cells, cells being separated by tabs, by `|`, or by runs of
//! two or more spaces (how a table copied from a web page or a PDF pastes). The
//! first cell of a row is its label (usually a region); a column's metric comes
//! from its header's words (`Jumlah Pekerja`, `Peserta Aktif`, `Cakupan`) and the
//! kind of its figures. The facts stage turns each recognised cell into a fact.
//!
//! Cost: one pass over the lines; each line is split once.

use crate::case::Lowercase;
use crate::quantities::{Kind, Quantity};
use crate::segment::push_trimmed;
use crate::vocab::Metric;
use std::ops::Range;

/// One figure in a table, with what its column counts.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    /// Index into the quantities.
    pub quantity: usize,
    pub metric: Metric,
    /// The row's label cell (`Kota Bandar Lampung`, `Total DIY`).
    pub label: Range<usize>,
    /// The header line of the table.
    pub header_line: usize,
}

/// Splits a line into cell ranges (relative to the line), or one cell if it has no separators.
fn cells(line: &str) -> Vec<Range<usize>> {
    let bytes = line.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    let separated = |i: usize| -> Option<usize> {
        match bytes[i] {
            b'\t' | b'|' => Some(1),
            b' ' if bytes.get(i + 1) == Some(&b' ') => Some(2),
            _ => None,
        }
    };
    while i < bytes.len() {
        if separated(i).is_some() {
            push_trimmed(line, start..i, &mut out);
            while i < bytes.len() && matches!(bytes[i], b'\t' | b'|' | b' ') {
                i += 1;
            }
            start = i;
            continue;
        }
        i += 1;
    }
    push_trimmed(line, start..bytes.len(), &mut out);
    out
}

/// The metric a column header names, for figures of `kind`.
fn column_metric(header: &str, kind: Kind) -> Option<Metric> {
    let h = header.lowercase();
    let has = |words: &[&str]| words.iter().any(|w| h.contains(w));
    let percent = kind == Kind::Percent;
    Some(if has(&["belum"]) {
        if percent {
            Metric::UncoveredRate
        } else {
            Metric::Uncovered
        }
    } else if has(&["target", "sasaran"]) {
        if percent {
            Metric::TargetRate
        } else {
            Metric::TargetParticipants
        }
    } else if has(&["cakupan", "capaian", "persentase", "%", "coverage", "rasio", "persen"]) && percent {
        Metric::CoverageRate
    } else if has(&["klaim", "manfaat", "santunan"]) {
        match kind {
            Kind::Money => Metric::BenefitsPaid,
            Kind::Count => Metric::Beneficiaries,
            Kind::Percent => return None,
        }
    } else if has(&["iuran"]) && kind == Kind::Money {
        Metric::Contributions
    } else if has(&["perusahaan", "pemberi kerja", "badan usaha"]) && kind == Kind::Count {
        Metric::Employers
    } else if has(&["proyek"]) && kind == Kind::Count {
        Metric::Projects
    } else if has(&["peserta", "terdaftar", "terlindungi", "kepesertaan"]) {
        if percent {
            Metric::CoverageRate
        } else {
            Metric::Participants
        }
    } else if has(&["pekerja", "tenaga kerja", "angkatan kerja", "penduduk bekerja", "potensi"])
        && kind == Kind::Count
    {
        Metric::Workforce
    } else {
        return None;
    })
}

/// Every recognised table cell in `text`. `lines` are the line ranges and
/// `quantities` the quantities of the whole text, in order.
pub fn read(text: &str, lines: &[Range<usize>], quantities: &[Quantity]) -> Vec<Cell> {
    let mut out = Vec::new();
    let split: Vec<Vec<Range<usize>>> = lines.iter().map(|r| cells(&text[r.clone()])).collect();
    let quantities_in = |r: &Range<usize>| {
        let first = quantities.partition_point(|q| q.range.start < r.start);
        let last = quantities.partition_point(|q| q.range.start < r.end);
        first..last
    };
    let mut i = 0;
    while i + 2 < lines.len() {
        let header = &split[i];
        let is_header = header.len() >= 2 && quantities_in(&lines[i]).is_empty();
        let row_shape = |j: usize| split[j].len() == header.len() && !quantities_in(&lines[j]).is_empty();
        if !(is_header && row_shape(i + 1) && row_shape(i + 2)) {
            i += 1;
            continue;
        }
        let header_text: Vec<&str> =
            header.iter().map(|c| &text[lines[i].start + c.start..lines[i].start + c.end]).collect();
        let mut j = i + 1;
        while j < lines.len() && row_shape(j) {
            let base = lines[j].start;
            let row = &split[j];
            let label = base + row[0].start..base + row[0].end;
            for qi in quantities_in(&lines[j]) {
                let q = &quantities[qi];
                // An amount in another currency is no rupiah column's.
                if q.currency.is_some() {
                    continue;
                }
                let Some(col) =
                    row.iter().position(|c| base + c.start <= q.range.start && q.range.start < base + c.end)
                else {
                    continue;
                };
                if col == 0 {
                    continue;
                }
                if let Some(metric) = column_metric(header_text[col], q.kind) {
                    out.push(Cell { quantity: qi, metric, label: label.clone(), header_line: i });
                }
            }
            j += 1;
        }
        i = j;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_text(text: &str) -> Vec<(Metric, f64, String)> {
        let seg = crate::segment::segment(text);
        let q = crate::quantities::scan(text);
        read(text, &seg.lines, &q)
            .into_iter()
            .map(|c| (c.metric, q[c.quantity].value, text[c.label].to_string()))
            .collect()
    }

    #[test]
    fn tab_separated_table_with_header() {
        let t = "Berikut datanya:\nKabupaten/Kota\tJumlah Pekerja\tPeserta Aktif\tCakupan\nKota Metro\t87.215\t38.912\t44,62%\nKab. Pringsewu\t201.460\t48.350\t24,00%\n\nSumber: BPJS";
        let cells = read_text(t);
        assert_eq!(cells.len(), 6, "{cells:?}");
        assert_eq!(cells[0], (Metric::Workforce, 87_215.0, "Kota Metro".to_string()));
        assert_eq!(cells[1], (Metric::Participants, 38_912.0, "Kota Metro".to_string()));
        assert_eq!(cells[2], (Metric::CoverageRate, 44.62, "Kota Metro".to_string()));
        assert_eq!(cells[5].2, "Kab. Pringsewu");
    }

    #[test]
    fn space_aligned_table() {
        let t = "Wilayah                 Peserta Aktif    Cakupan\nKabupaten Sleman        245.120          61,2%\nKota Yogyakarta         112.902          66,5%";
        let cells = read_text(t);
        assert_eq!(cells.len(), 4, "{cells:?}");
        assert_eq!(cells[3], (Metric::CoverageRate, 66.5, "Kota Yogyakarta".to_string()));
    }

    #[test]
    fn prose_is_not_a_table() {
        assert!(read_text(
            "Dari total 7.996.826 pekerja, baru 3.302.762 orang.\nArtinya 4.694.054 belum.\nIni 41,3 persen."
        )
        .is_empty());
    }
}
