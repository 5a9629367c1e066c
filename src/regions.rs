//! Stage 5: regions. Decides which stretches of text name a place, and which
//! place they name.
//!
//! The gazetteer holds the nation, BPJS regional areas that span provinces, and
//! the provinces with their official codes and the short names people write
//! (`Kalsel`, `Kalbar`, `Jatim`). Matching is case-sensitive on the capitalised
//! forms news text uses, longest name first.

use regex::Regex;
use serde::Serialize;
use std::ops::Range;
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Nation,
    Area,
    Province,
    Regency,
    City,
}

/// A place a figure can belong to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Region {
    /// As in the official list: `Kalimantan Selatan`, `Kabupaten Banjar`.
    pub name: &'static str,
    pub level: Level,
    /// Official code (`63` for Kalimantan Selatan); none for areas.
    pub code: Option<&'static str>,
}

/// Index into [`all`].
pub type RegionId = usize;

/// A place named in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct RegionMention {
    pub range: Range<usize>,
    pub region: RegionId,
}

struct Entry {
    region: Region,
    /// Names written in text, besides `region.name`.
    aliases: &'static [&'static str],
}

const fn prov(name: &'static str, code: &'static str, aliases: &'static [&'static str]) -> Entry {
    Entry { region: Region { name, level: Level::Province, code: Some(code) }, aliases }
}

static TABLE: &[Entry] = &[
    Entry {
        region: Region { name: "Indonesia", level: Level::Nation, code: None },
        aliases: &["nasional", "Nasional", "secara nasional"],
    },
    Entry { region: Region { name: "Kalimantan", level: Level::Area, code: None }, aliases: &["Borneo"] },
    prov("Aceh", "11", &["Nanggroe Aceh Darussalam", "NAD"]),
    prov("Sumatera Utara", "12", &["Sumut", "Sumatra Utara"]),
    prov("Sumatera Barat", "13", &["Sumbar", "Sumatra Barat"]),
    prov("Riau", "14", &[]),
    prov("Jambi", "15", &[]),
    prov("Sumatera Selatan", "16", &["Sumsel", "Sumatra Selatan"]),
    prov("Bengkulu", "17", &[]),
    prov("Lampung", "18", &[]),
    prov("Kepulauan Bangka Belitung", "19", &["Bangka Belitung", "Babel"]),
    prov("Kepulauan Riau", "21", &["Kepri"]),
    prov("DKI Jakarta", "31", &["DKI", "Jakarta"]),
    prov("Jawa Barat", "32", &["Jabar"]),
    prov("Jawa Tengah", "33", &["Jateng"]),
    prov("DI Yogyakarta", "34", &["DIY", "Yogyakarta", "Daerah Istimewa Yogyakarta"]),
    prov("Jawa Timur", "35", &["Jatim"]),
    prov("Banten", "36", &[]),
    prov("Bali", "51", &[]),
    prov("Nusa Tenggara Barat", "52", &["NTB"]),
    prov("Nusa Tenggara Timur", "53", &["NTT"]),
    prov("Kalimantan Barat", "61", &["Kalbar"]),
    prov("Kalimantan Tengah", "62", &["Kalteng"]),
    prov("Kalimantan Selatan", "63", &["Kalsel"]),
    prov("Kalimantan Timur", "64", &["Kaltim"]),
    prov("Kalimantan Utara", "65", &["Kaltara"]),
    prov("Sulawesi Utara", "71", &["Sulut"]),
    prov("Sulawesi Tengah", "72", &["Sulteng"]),
    prov("Sulawesi Selatan", "73", &["Sulsel"]),
    prov("Sulawesi Tenggara", "74", &["Sultra"]),
    prov("Gorontalo", "75", &[]),
    prov("Sulawesi Barat", "76", &["Sulbar"]),
    prov("Maluku", "81", &[]),
    prov("Maluku Utara", "82", &["Malut"]),
    prov("Papua", "91", &[]),
    prov("Papua Barat", "92", &["Pabar"]),
    prov("Papua Selatan", "93", &[]),
    prov("Papua Tengah", "94", &[]),
    prov("Papua Pegunungan", "95", &[]),
    prov("Papua Barat Daya", "96", &[]),
];

/// The region behind an id.
pub fn get(id: RegionId) -> &'static Region {
    &TABLE[id].region
}

/// The id of the region with this official name.
pub fn by_name(name: &str) -> Option<RegionId> {
    TABLE.iter().position(|e| e.region.name == name)
}

struct Matcher {
    re: Regex,
    /// For each alternative in the pattern, in order: the region it names.
    names: Vec<(String, RegionId)>,
}

fn matcher() -> &'static Matcher {
    static M: OnceLock<Matcher> = OnceLock::new();
    M.get_or_init(|| {
        let mut names: Vec<(String, RegionId)> = Vec::new();
        for (id, e) in TABLE.iter().enumerate() {
            names.push((e.region.name.to_string(), id));
            for a in e.aliases {
                names.push((a.to_string(), id));
            }
        }
        // Longest first, so `Kalimantan Selatan` wins over `Kalimantan`.
        names.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
        let alternatives: Vec<String> = names.iter().map(|(n, _)| regex::escape(n)).collect();
        let re = Regex::new(&format!(r"\b(?:{})\b", alternatives.join("|"))).expect("region pattern");
        Matcher { re, names }
    })
}

/// Every place named in `text`, in order.
pub fn scan(text: &str) -> Vec<RegionMention> {
    let m = matcher();
    m.re.find_iter(text)
        .filter_map(|found| {
            let id = m.names.iter().find(|(n, _)| n == found.as_str())?.1;
            Some(RegionMention { range: found.range(), region: id })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_name_wins_and_aliases_resolve() {
        let found: Vec<&str> =
            scan("Kalimantan Selatan, Kalbar dan Kalimantan").iter().map(|m| get(m.region).name).collect();
        assert_eq!(found, ["Kalimantan Selatan", "Kalimantan Barat", "Kalimantan"]);
    }
}
