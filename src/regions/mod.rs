//! Stage 5: regions. Decides which stretches of text name a place, which place
//! they name, what part each name plays in its sentence, and (through
//! [`Attribution`]) which region a figure belongs to.
//!
//! The gazetteer is the nation, the BPJS Ketenagakerjaan regional areas that
//! span provinces (`Kalimantan`, `Sumatera Bagian Utara`, `Sulawesi Maluku`),
//! the 38 provinces and the 514 regencies and cities with their official names
//! and codes (generated into `table.rs` from `data/idn-area/` by
//! `scripts/gen-regions.py`), the short names people write (`Kalsel`,
//! `Jatim`, `Kotim`, `HSS`), towns that stand for their regency (`Sampit`,
//! `Cikarang`, `Solo`), and English names (`West Java`, `Riau Islands`,
//! `East Kutai`, `Bandung Regency`).
//!
//! Matching is a single pass over the words of the text: at each capitalised
//! word the next few words are looked up in a hash table of lowercased names,
//! longest first. A name's prefix (`Kabupaten`, `Kab.`, `Pemkab`, `Kota`,
//! `Pemkot`, `Provinsi`, `Pemprov`, `Kanwil`, `wilayah`, `Bupati`,
//! `Governor of`...) or English suffix (`Regency`, `City`) picks the level
//! when a name is shared (`Kota Banjar` in Jawa Barat, `Kabupaten Banjar` in
//! Kalimantan Selatan); a bare shared name is settled by the rest of the
//! document (an explicit prefixed mention of the same name, else the provinces
//! the document names), else the province, else the city. Cost: linear in the
//! text, a few short-string hash look-ups per capitalised word.
//!
//! What it does not do: it does not know districts (kecamatan) or villages
//! beyond the few towns listed, nor names written in lower case (`kalsel`),
//! nor misspellings.

mod table;
mod types;

pub use types::{Level, Region, RegionId, RegionMention, Role};

use crate::case::Lowercase;
use crate::furniture::{Layout, LineClass};
use crate::segment::Segments;
use std::ops::Range;
use std::sync::OnceLock;

/// The region behind an id. Panics on an id not returned by this module.
pub fn get(id: RegionId) -> &'static Region {
    &gazetteer().regions[id]
}

/// The id of the region with this official name (`Kalimantan Selatan`,
/// `Kabupaten Banjar`, `Kalimantan`, `Indonesia`).
pub fn by_name(name: &str) -> Option<RegionId> {
    gazetteer().regions.iter().position(|r| r.name == name)
}

/// Every region, in id order: the nation, the areas, then provinces and
/// regencies/cities in code order.
pub fn all() -> &'static [Region] {
    &gazetteer().regions
}

/// The province a regency or city lies in (itself for a province); none for
/// areas and the nation.
pub fn province_of(id: RegionId) -> Option<RegionId> {
    gazetteer().province.get(id).copied().flatten()
}

/// Does `outer` contain `inner` (or equal it)? The nation contains everything;
/// an area contains its provinces and their regencies.
pub fn contains(outer: RegionId, inner: RegionId) -> bool {
    let g = gazetteer();
    if outer == inner || g.regions[outer].level == Level::Nation {
        return true;
    }
    if g.regions[inner].level == Level::Area {
        // An area lies in a wider area that has all its provinces.
        return !g.members[inner].is_empty() && g.members[inner].iter().all(|p| g.members[outer].contains(p));
    }
    let Some(p) = province_of(inner) else { return false };
    match g.regions[outer].level {
        Level::Province => p == outer,
        Level::Area => g.members[outer].contains(&p),
        _ => false,
    }
}

// ---------------------------------------------------------------------------
// Hand-written parts of the gazetteer.

/// Regional areas as BPJS Ketenagakerjaan's regional offices (Kantor Wilayah)
/// and news text name them, one a line: `name|other names/province codes it
/// spans`. The name (the region's `name`) is the area as BPJS writes it out
/// in its offices' full names, with no contraction and provinces as in the
/// table: `Sumatera Bagian Utara` (Sumbagut: Aceh, Sumatera Utara), `Sumatera
/// Bagian Selatan` (Sumbagsel: Sumatera Selatan, Jambi, Bengkulu, Lampung,
/// Bangka Belitung), `Jawa Tengah dan DI Yogyakarta`, `Kalimantan` (the five
/// Kalimantan provinces), `Sulawesi Maluku` (Sulama: the six Sulawesi
/// provinces, Maluku, Maluku Utara), `Bali Nusa Tenggara dan Papua` (Banuspa:
/// Bali, NTB, NTT and the six Papua provinces). The one exception is
/// `Sumbarriau` (Sumatera Barat, Riau, Kepulauan Riau; formerly Sumbagteng),
/// whose office BPJS names by the contraction itself. Every other name, old
/// canonical names included (`Sumbagut`, `Jateng dan DIY`, `Bali Nusra
/// Papua`), is an alias. BPJS's own offices for Jawa Barat, DKI Jakarta,
/// Banten and Jawa Timur cover one province each, so `Kanwil Jatim` is simply
/// the province. The island groups (`Sumatera`, `Jawa`, `Sulawesi`) and the
/// smaller groups (`Bali Nusa Tenggara`, `Nusa Tenggara`) are used the same
/// way in text and named by the same rule. Membership of the Sumatera offices
/// is as commonly reported in the press. Names with a comma are an area
/// written as a list, read only after an office's word (see [`match_at`]).
const AREAS: &str = "\
Kalimantan|Borneo/61 62 63 64 65
Sumatera Bagian Utara|Sumbagut/11 12
Sumbarriau|Sumbar Riau|Sumbar Riau Kepri|Sumbar dan Riau|Sumbagteng|Sumatera Bagian Tengah|\
Sumatera Barat, Riau dan Kepulauan Riau|Sumbar, Riau dan Kepri/13 14 21
Sumatera Bagian Selatan|Sumbagsel/15 16 17 18 19
Sumatera/11 12 13 14 15 16 17 18 19 21
Jawa|Pulau Jawa/31 32 33 34 35 36
Jawa Tengah dan DI Yogyakarta|Jateng dan DIY|Jateng DIY|Jawa Tengah dan DIY|\
Jawa Tengah DIY|Jawa Tengah dan Yogyakarta|Jawa Tengah dan Daerah Istimewa Yogyakarta/33 34
Bali Nusa Tenggara dan Papua|Banuspa|Bali Nusra Papua|Bali Nusra dan Papua|Bali Nusa Tenggara Papua|\
Balinusra Papua|Bali, Nusa Tenggara dan Papua/51 52 53 91 92 93 94 95 96
Bali Nusa Tenggara|Bali Nusra|Balinusra|Bali dan Nusa Tenggara/51 52 53
Nusa Tenggara|Nusra/52 53
Sulawesi Maluku|Sulama|Sulawesi dan Maluku|Sulmal|Sulawesi Maluku dan Maluku Utara|\
Sulawesi, Maluku dan Maluku Utara/71 72 73 74 75 76 81 82
Sulawesi/71 72 73 74 75 76
Tanah Papua|Pulau Papua/91 92 93 94 95 96";

/// English names of provinces, regencies and cities, made from the official
/// ones by these pairs (`Indonesian|English`): a direction after the name goes
/// before it (`Jawa Barat` is `West Java`, `Kutai Timur` `East Kutai`, `Papua
/// Barat Daya` `Southwest Papua`, `Papua Pegunungan` `Highland Papua`,
/// `Jakarta Pusat` `Central Jakarta`), `Kepulauan X` is `X Islands` (`Riau
/// Islands`, `Bangka Belitung Islands`), and Java has its English name
/// (`Central Java`; `North Sumatra` is read as `North Sumatera`, see
/// [`longest`]). Names that are the same in English (`Aceh`, `Bali`,
/// `Papua`) need nothing; the few English names made otherwise are aliases
/// (`Special Region of Yogyakarta`).
const ENGLISH: &str =
    " Barat Daya|Southwest| Barat|West| Timur|East| Utara|North| Selatan|South| Tengah|Central\
    | Tenggara|Southeast| Pusat|Central| Pegunungan|Highland|Jawa|Java";

/// A name's English form by [`ENGLISH`], if it has one. (No name in the
/// table ends in `Jawa`, so only a direction is stripped off.)
fn english(name: &str) -> Option<String> {
    let (mut core, islands) = match name.strip_prefix("Kepulauan ") {
        Some(rest) => (rest, " Islands"),
        None => (name, ""),
    };
    let mut out = String::new();
    let mut pairs = ENGLISH.split('|');
    while let (Some(id), Some(en)) = (pairs.next(), pairs.next()) {
        if core == id {
            core = en;
        } else if let Some(rest) = core.strip_suffix(id).filter(|_| out.is_empty()) {
            out = en.to_string() + " ";
            core = rest;
        }
    }
    if out.is_empty() && islands.is_empty() {
        return None;
    }
    Some(out + core + islands)
}

/// Regency and city names that are also everyday words or given names
/// (`batu` is stone, `malang` unlucky, `puncak` peak, `serang` attack). Bare,
/// they name the place only after a place word (`di Malang`, `wilayah Batu`)
/// or a prefix (`Kota Batu`). (This and the lists below are text rather than
/// arrays of `&str`: the pointers of an array cost more WebAssembly than the
/// words.)
const COMMON_WORDS: &str =
    "batu batang malang pati puncak padang serang tegal kudus bone landak agam lebak lingga karo bima \
     sampang demak malaka siak kapuas seram solok setiabudi";

/// Words that make the next place name a region of a given level, lowercased,
/// one prefix a line as `words/K`, where K is the level it forces and the role
/// it gives: `R`/`C`/`P` a regency, city or province that is the subject,
/// `r`/`c`/`p` the same in a person's title, `A` any level as subject, `O`
/// any level as a branch office. Longer prefixes first. A line with `+` is an
/// English word that does the same after the name (`Bandung Regency`,
/// `Semarang City`, `West Java Governor`).
const PREFIXES: &str = "\
+regency/R
+city/C
+province/P
+regent/r
+mayor/c
+governor/p
governor of/p
regent of/r
mayor of/c
city of/C
pemerintah kabupaten/R
pemerintah kota/C
pemerintah provinsi/P
kabupaten administrasi/R
kota administrasi/C
kantor wilayah/A
kantor cabang/O
wali kota/c
wakil bupati/r
wakil gubernur/p
kabupaten/R
kab/R
pemkab/R
kota/C
kotamadya/C
pemkot/C
pemko/C
provinsi/P
prov/P
pemprov/P
kanwil/A
wilayah/A
walikota/c
wawali/c
bupati/r
wabup/r
gubernur/p
wagub/p
cabang/O
kcp/O";

/// Capitalised words that open a person's title, lowercased. A place name in
/// the same run of capitalised words after one of these is part of the title.
const POSITIONS: &str =
    "kepala kakanwil kacab kadis kadisnaker kadisnakertrans kadisnakerperin direktur dirut deputi asisten \
     anggota ketua wakil sekretaris sekda gubernur wagub bupati wabup walikota wawali camat lurah plt pj \
     pjs plh kabid kasi kasubag kasubbag staf kapolda kapolres kajati kajari pimpinan manajer manager \
     koordinator legislator senator kakancab kabag kadin ketum sekjen sekprov sekdaprov sekdakab sekdakot \
     head director deputy chairman chief governor regent mayor minister secretary member";

/// Words just before a place name that make it part of an institution's name
/// (or a language's or people's: `bahasa Bali`, `suku Jawa`).
const ORGS: &str =
    "dprd dpd polda polres polresta polrestabes kodam korem kodim kejati kejari pengadilan bank \
     universitas lapas rutan rsud kpu bawaslu pwi koni dekranasda tvri rri pdam tribun radar harian \
     bahasa suku";

/// Words just after a place name that make it part of a newspaper's, club's or
/// company's name (`Kaltim Post`, `Jawa Pos`, `Sumatera Ekspres`, `Bali United`).
const ORG_TAILS: &str = "pos post ekspres express today news times united putera fc based";

/// Words for places where events happen, lowercased.
const VENUES: &str =
    "hotel gedung aula ruang ruangan balai auditorium pendopo pendapa graha wisma mal mall bandara \
     stadion lapangan kampus masjid jalan jl gor convention kantornya sela palace";

/// Events held somewhere: `dalam acara monitoring ... di Provinsi NTB dan
/// NTT` names where the event was, not whose figures follow.
const EVENTS: &str =
    "acara kegiatan rapat rakor rakernas rakerda sosialisasi monitoring monev pertemuan seminar \
     workshop lokakarya pelatihan bimtek peluncuran penandatanganan kunjungan upacara";

/// Speech verbs after a quotation (`kata`, `ujarnya`): a place after them in
/// the same sentence is where it was said.
const SPEECH: &str =
    "kata katanya ujar ujarnya ucap ucapnya tutur tuturnya ungkapnya jelasnya tegasnya pungkasnya \
     tambahnya terangnya sebutnya paparnya imbuhnya ucapnya katakan ungkap";

/// English speech verbs: a place right after one (`said in Jakarta`) is where
/// it was said; further on (`said coverage in Bali`) it is what was said.
const SAID: &str = "said says told added explained";

/// Words before a bare everyday-word place name that make it a place.
const PLACE_CUES: &str =
    "di ke dari asal se wilayah daerah kawasan warga masyarakat pekerja kabupaten kota kab pemkab pemkot \
     pemko bupati walikota provinsi cabang kcp in";

/// Lower-case words before `nasional` that make it mean the nation (as does a
/// capitalised name: `UHC Jamsostek nasional`).
const NATIONAL_CUES: &str =
    "secara tingkat skala level lingkup cakupan capaian pencapaian rata target angka kepesertaan \
     realisasi persentase total jumlah peserta";

/// Words that speak for the nation when capitalised (`Presiden`, `Menaker`).
const NATIONAL_ACTORS: &str = "presiden menaker kemnaker kemenaker";

/// Words for a kind of place that, with a word of [`DEMONSTRATIVES`] after
/// them, refer back to a place (`daerah tersebut`), or with `lain`/`lainnya`
/// mean the rest of a province (`kabupaten lain`).
const PLACE_KINDS: &str = "daerah wilayah provinsi kabupaten kota";

/// Words of names that text sometimes writes in lower case inside a name
/// (`Sumatera barat`, `Jawa timur`, `Sumatera bagian utara`).
const DIRECTIONS: &str = "barat timur utara selatan tengah tenggara daya bagian";
const DEMONSTRATIVES: &str = "ini itu tersebut";

// ---------------------------------------------------------------------------
// The gazetteer, built once.

struct Gazetteer {
    regions: Vec<Region>,
    /// For each region: its province (itself for a province).
    province: Vec<Option<RegionId>>,
    /// For each area: the provinces it spans (empty for other levels).
    members: Vec<Vec<RegionId>>,
    /// Lowercased names (words joined by one space), each with the regions it
    /// may name, and the cue words of the lists above with their [`Cue`] bits.
    names: Vec<Name>,
    /// Open-addressing index into `names` by FNV-1a hash of the name
    /// (`u32::MAX` for an empty slot). Hand-rolled rather than `HashMap`
    /// because it costs far less WebAssembly.
    slots: Vec<u32>,
    /// The most words any name has.
    max_words: usize,
    /// [`PREFIXES`], read: (words, level forced, role given).
    prefixes: Vec<(&'static str, Option<Level>, Role)>,
    nation: RegionId,
}

/// An entry of the name index.
struct Name {
    key: String,
    /// The regions the name may name (none for a word that is only a cue).
    regions: Vec<RegionId>,
    /// Which cue lists the word is in (bits of [`Cue`]).
    cues: u16,
}

/// Bits for the word lists, so that a scan looks each word up once.
struct Cue;

impl Cue {
    const COMMON: u16 = 1;
    const PLACE: u16 = 2;
    const ORG: u16 = 4;
    const ORG_TAIL: u16 = 8;
    const VENUE: u16 = 16;
    const SPEECH: u16 = 32;
    const POSITION: u16 = 64;
    const NATIONAL: u16 = 128;
    const ACTOR: u16 = 256;
    const PLACE_KIND: u16 = 512;
    const DEMONSTRATIVE: u16 = 1024;
    const OFFICE: u16 = 2048;
    const SAID: u16 = 4096;
    const DIRECTION: u16 = 8192;
    const EVENT: u16 = 16384;
}

impl Gazetteer {
    /// The index of a lowercased name in [`Gazetteer::names`].
    fn find(&self, key: &str) -> Option<usize> {
        find_slot(&self.names, &self.slots, key).1
    }
    /// The index of a lowercased name that names a region.
    fn find_region(&self, key: &str) -> Option<usize> {
        self.find(key).filter(|&i| !self.names[i].regions.is_empty())
    }
}

/// Slots in the name index: a power of two, at least twice the number of names.
const SLOTS: usize = 4096;

fn fnv(key: &str) -> usize {
    let mut h: u32 = 0x811c_9dc5;
    for b in key.bytes() {
        h = (h ^ u32::from(b)).wrapping_mul(0x0100_0193);
    }
    h as usize
}

/// The slot where `key` is or would go, and its index in `names` if present.
fn find_slot(names: &[Name], slots: &[u32], key: &str) -> (usize, Option<usize>) {
    let mut at = fnv(key) & (SLOTS - 1);
    loop {
        match slots[at] {
            u32::MAX => return (at, None),
            i if names[i as usize].key == key => return (at, Some(i as usize)),
            _ => at = (at + 1) & (SLOTS - 1),
        }
    }
}

fn key_of(name: &str) -> String {
    // The words (letters, digits, `&`), lowercased, joined by one space; a
    // comma kept after its word (see [`match_at`]).
    let mut key = String::with_capacity(name.len());
    let mut gap = false;
    for c in name.chars() {
        if c == ',' {
            key.push(c);
        } else if is_word_char(c) || c == '&' {
            if gap && !key.is_empty() {
                key.push(' ');
            }
            key.push(c);
            gap = false;
        } else {
            gap = true;
        }
    }
    key.lowercase()
}

fn gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(build)
}

fn build() -> Gazetteer {
    let mut regions = Vec::with_capacity(600);
    let mut province = Vec::with_capacity(600);
    let mut members = Vec::with_capacity(600);
    let mut index = (Vec::<Name>::with_capacity(1700), vec![u32::MAX; SLOTS]);
    // Adds a region under a name, or (with `id` none) cue bits to a word.
    let add_entry = |index: &mut (Vec<Name>, Vec<u32>), name: &str, id: Option<RegionId>, cues: u16| {
        let key = key_of(name);
        let (names, slots) = index;
        let i = match find_slot(names, slots, &key) {
            (_, Some(i)) => i,
            (at, None) => {
                slots[at] = names.len() as u32;
                names.push(Name { key, regions: Vec::new(), cues: 0 });
                names.len() - 1
            }
        };
        names[i].cues |= cues;
        if let Some(id) = id.filter(|id| !names[i].regions.contains(id)) {
            names[i].regions.push(id);
        }
    };
    let add =
        |index: &mut (Vec<Name>, Vec<u32>), name: &str, id: RegionId| add_entry(index, name, Some(id), 0);
    for (list, cue) in [
        (COMMON_WORDS, Cue::COMMON),
        (PLACE_CUES, Cue::PLACE),
        (ORGS, Cue::ORG),
        (ORG_TAILS, Cue::ORG_TAIL),
        (VENUES, Cue::VENUE),
        (EVENTS, Cue::EVENT),
        (SPEECH, Cue::SPEECH),
        (POSITIONS, Cue::POSITION),
        (NATIONAL_CUES, Cue::NATIONAL),
        (NATIONAL_ACTORS, Cue::ACTOR),
        (PLACE_KINDS, Cue::PLACE_KIND),
        ("wilayah kanwil", Cue::OFFICE),
        (SAID, Cue::SAID),
        (DIRECTIONS, Cue::DIRECTION),
        (DEMONSTRATIVES, Cue::DEMONSTRATIVE),
    ] {
        for w in list.split_ascii_whitespace() {
            add_entry(&mut index, w, None, cue);
        }
    }

    regions.push(Region { name: "Indonesia", level: Level::Nation, code: None });
    province.push(None);
    members.push(Vec::new());
    add(&mut index, "Indonesia", 0);

    let first_area = regions.len();
    for line in AREAS.lines() {
        let id = regions.len();
        let names = line.split('/').next().unwrap_or(line);
        for (k, a) in names.split('|').enumerate() {
            if k == 0 {
                regions.push(Region { name: a, level: Level::Area, code: None });
                province.push(None);
                members.push(Vec::new());
            }
            add(&mut index, a, id);
        }
    }

    // The table: `>NN|Name` opens a province; then its regencies (`Name`) and
    // cities (`*Name`), counting from NN.01 and NN.71 unless a row says
    // `MM|`; see scripts/gen-regions.py. The rebuilt names and codes live as
    // long as the program, like the table they come from.
    let (mut current, mut next) = (("", 0), [1u32, 71]);
    for line in table::TABLE.lines() {
        let (sub, short) = match line.split_once('|') {
            Some((code, name)) => (code.parse().ok(), name),
            None => (None, line),
        };
        let mut names = short.split(';');
        let short = names.next().unwrap_or(short);
        let id = regions.len();
        let core = if let Some(code) = line.strip_prefix('>').and_then(|l| l.split('|').next()) {
            regions.push(Region { name: short, level: Level::Province, code: Some(code) });
            province.push(Some(id));
            (current, next) = ((code, id), [1, 71]);
            short
        } else {
            let (level, prefix, rest, k) = match short.strip_prefix('*') {
                Some(rest) => (Level::City, "Kota ", rest, 1),
                None => (Level::Regency, "Kabupaten ", short, 0),
            };
            let sub = sub.unwrap_or(next[k]);
            next[k] = sub + 1;
            let name: &'static str = Box::leak(format!("{prefix}{rest}").into_boxed_str());
            let code: &'static str = Box::leak(format!("{}.{sub:02}", current.0).into_boxed_str());
            regions.push(Region { name, level, code: Some(code) });
            province.push(Some(current.1));
            rest.strip_prefix("Administrasi ").unwrap_or(rest)
        };
        members.push(Vec::new());
        add(&mut index, core, id);
        if let Some(en) = english(core) {
            add(&mut index, &en, id);
        }
        // Other names after `;`: the data set's spelling, short names, towns;
        // each also after the first word of the region's name, as branch
        // offices are named after a city and a town or district in its
        // regency (`Cabang Bekasi Cikarang`, `Cabang Bogor Cibinong`).
        let city = core.split(' ').next().unwrap_or(core);
        for a in names {
            add(&mut index, a, id);
            add(&mut index, &(city.to_string() + " " + a), id);
        }
    }
    // Areas' members, by official code.
    let by_code = |code| regions.iter().position(|r: &Region| r.code == Some(code));
    for (i, line) in AREAS.lines().enumerate() {
        for code in line.split_once('/').map_or("", |l| l.1).split(' ') {
            members[first_area + i].extend(by_code(code));
        }
    }
    let (names, slots) = index;
    debug_assert!(names.len() * 2 <= SLOTS);
    let max_words = names.iter().map(|k| 1 + k.key.bytes().filter(|&b| b == b' ').count()).max().unwrap_or(1);
    let mut prefixes = Vec::with_capacity(32);
    for line in PREFIXES.lines() {
        let (words, kind) = line.split_once('/').unwrap_or((line, ""));
        let (level, role) = match kind {
            "R" => (Some(Level::Regency), Role::Subject),
            "C" => (Some(Level::City), Role::Subject),
            "P" => (Some(Level::Province), Role::Subject),
            "r" => (Some(Level::Regency), Role::Title),
            "c" => (Some(Level::City), Role::Title),
            "p" => (Some(Level::Province), Role::Title),
            "O" => (None, Role::Office),
            _ => (None, Role::Subject),
        };
        prefixes.push((words, level, role));
    }
    Gazetteer { regions, province, members, names, slots, max_words, prefixes, nation: 0 }
}

// ---------------------------------------------------------------------------
// Scanning.

/// A word of the text: a run of letters and digits, or a lone `&`.
#[derive(Clone, Copy)]
struct Tok {
    start: usize,
    end: usize,
}

fn tokenize(text: &str) -> Vec<Tok> {
    let mut toks = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if is_word_char(c) {
            if start.is_none() {
                start = Some(i);
            }
        } else {
            if let Some(s) = start.take() {
                toks.push(Tok { start: s, end: i });
            }
            if c == '&' {
                toks.push(Tok { start: i, end: i + 1 });
            }
        }
    }
    if let Some(s) = start {
        toks.push(Tok { start: s, end: text.len() });
    }
    toks
}

/// Letters and ASCII digits make words (cheaper than `is_alphanumeric`, whose
/// numeric table would be new to the WebAssembly module).
fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || (!c.is_ascii() && c.is_alphabetic())
}

fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_uppercase())
}

/// Is `s` only spaces or tabs (at least one)?
fn spaces(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b == b' ' || b == b'\t')
}

/// Can two words separated by `gap` belong to one name?
fn joins(gap: &str) -> bool {
    spaces(gap) || gap == "-"
}

/// Does the stretch between two words close a clause or a noun phrase?
fn breaks(gap: &str) -> bool {
    gap.bytes()
        .any(|b| matches!(b, b',' | b';' | b':' | b'.' | b'"' | b'(' | b')' | b'\n' | b'!' | b'?' | b'|'))
}

/// Is the word at byte `at` the first of its sentence or line?
fn sentence_initial(text: &str, at: usize) -> bool {
    let before = text.as_bytes()[..at].iter().rev();
    match before.copied().find(|b| !matches!(b, b' ' | b'\t' | b'"' | b'\'' | b'(')) {
        None => true,
        Some(b) => matches!(b, b'.' | b'!' | b'?' | b'\n' | b':' | b'-' | b'|'),
    }
}

struct Scanner<'a> {
    text: &'a str,
    toks: Vec<Tok>,
    /// Each word lowercased, and its [`Cue`] bits.
    words: Vec<std::borrow::Cow<'a, str>>,
    cues: Vec<u16>,
}

impl Scanner<'_> {
    fn cue(&self, i: usize, cue: u16) -> bool {
        self.cues[i] & cue != 0
    }
    fn word(&self, i: usize) -> &str {
        &self.text[self.toks[i].start..self.toks[i].end]
    }
    fn gap(&self, i: usize) -> &str {
        // The text between word i-1 and word i.
        &self.text[self.toks[i - 1].end..self.toks[i].start]
    }
}

/// A match before roles and shared names are settled.
struct Raw {
    last: usize,
    start: usize,
    /// Index into [`Gazetteer::names`].
    name: usize,
    candidates: Vec<RegionId>,
    prefixed: bool,
    role: Option<Role>,
}

/// Every place named in `text`, in order, each with the part it plays.
pub fn scan(text: &str) -> Vec<RegionMention> {
    let g = gazetteer();
    let toks = tokenize(text);
    // One lowercased copy of the text for its ASCII words (the same bytes at
    // the same offsets); a word with other letters is lowercased alone.
    let ascii_lower = text.to_ascii_lowercase();
    let words: Vec<std::borrow::Cow<str>> = toks
        .iter()
        .map(|t| {
            let w = &ascii_lower[t.start..t.end];
            if w.is_ascii() {
                std::borrow::Cow::Borrowed(w)
            } else {
                std::borrow::Cow::Owned(text[t.start..t.end].lowercase())
            }
        })
        .collect();
    let cues = words.iter().map(|w| g.find(w).map_or(0, |i| g.names[i].cues)).collect();
    let s = Scanner { text, toks, words, cues };
    let n = s.toks.len();
    let mut raws: Vec<Raw> = Vec::new();
    let mut i = 0;
    while i < n {
        if let Some(raw) = match_at(&s, g, i, raws.last()) {
            i = raw.last + 1;
            raws.push(raw);
        } else {
            i += 1;
        }
    }

    // Shared names: what the document says elsewhere.
    // Per name: the one region its prefixed mentions settle on (`usize::MAX`
    // when there are none, `usize::MAX - 1` when they disagree).
    let mut explicit: Vec<usize> = vec![usize::MAX; g.names.len()];
    let mut in_play: Vec<bool> = vec![false; g.regions.len()];
    for r in &raws {
        if r.candidates.len() == 1 {
            let id = r.candidates[0];
            if r.prefixed {
                let e = &mut explicit[r.name];
                *e = if *e == usize::MAX || *e == id { id } else { usize::MAX - 1 };
            }
            if let Some(p) = g.province[id] {
                in_play[p] = true;
            }
            for &p in &g.members[id] {
                in_play[p] = true;
            }
        }
    }

    let mut out: Vec<RegionMention> = Vec::with_capacity(raws.len());
    for r in &raws {
        let region =
            if r.candidates.len() == 1 { r.candidates[0] } else { resolve(g, r, &explicit, &in_play) };
        let role = match r.role {
            // `Kepala BPJS Ketenagakerjaan Cabang Mataram` is a title.
            Some(Role::Office) if title_before(&s, s.toks.partition_point(|t| t.start < r.start), 0) => {
                Role::Title
            }
            Some(role) => role,
            None => role_of(&s, r, &out, region),
        };
        out.push(RegionMention { range: r.start..s.toks[r.last].end, region, role });
    }
    national(&s, g, &mut out);
    out
}

/// The longest name starting at word `i`, with its prefix; `prev` is the
/// previous match, whose words are not taken again.
///
/// After a regional office's word (`Wilayah`, `Kanwil`, so also `Kantor
/// Wilayah`, `Deputi Direktur Wilayah`) or in parentheses right after a
/// match, a comma joins words too, and stands in the key: an area's name
/// written as a list (`Kanwil Bali, Nusa Tenggara, dan Papua`, `Kantor
/// Wilayah Sumatera Barat, Riau dan Kepulauan Riau (Sumbarriau)`, `Kanwil
/// Banuspa (Bali, Nusa Tenggara dan Papua)`) matches the alias written so in
/// [`AREAS`]. No other name has a comma, so `wilayah Bali, Nusa Tenggara
/// Barat` stays two provinces.
fn match_at(s: &Scanner, g: &Gazetteer, i: usize, prev: Option<&Raw>) -> Option<Raw> {
    let floor = prev.map_or(0, |r| r.last + 1);
    // `Kantor Wilayah BPJS Ketenagakerjaan Bali, Nusa Tenggara, dan Papua`:
    // the institution's name may stand between the office's word and its area.
    let office = i > 0
        && (s.cue(i - 1, Cue::OFFICE)
            || (floor == i && s.gap(i).ends_with('('))
            || i >= 3
                && s.words[i - 2] == "bpjs"
                && matches!(&*s.words[i - 1], "ketenagakerjaan" | "tk")
                && s.cue(i - 3, Cue::OFFICE));
    let (mut last, name) = longest(s, g, i, office)?;
    let mut candidates = g.names[name].regions.clone();

    // A prefix: up to two words before, joined by spaces (`Kab.` by a stop).
    let mut start = s.toks[i].start;
    let mut prefixed = false;
    let mut role = None;
    for (words, level, prole) in &g.prefixes {
        let k = 1 + words.bytes().filter(|&b| b == b' ').count();
        if i < k || i - k < floor {
            continue;
        }
        let ok = words.split(' ').enumerate().all(|(m, w)| {
            let idx = i - k + m;
            s.words[idx] == w && {
                let gap = s.gap(idx + 1);
                spaces(gap) || (matches!(w, "kab" | "prov") && gap.trim_start_matches('.').trim().is_empty())
            }
        });
        if !ok {
            continue;
        }
        if level.is_some_and(|level| !narrow(g, &mut candidates, level)) {
            continue;
        }
        // A branch office (`Cabang Jambi`) sits in a city or regency, not a province.
        if *prole == Role::Office && !narrow(g, &mut candidates, Level::City) {
            narrow(g, &mut candidates, Level::Regency);
        }
        start = s.toks[i - k].start;
        prefixed = level.is_some();
        if *prole != Role::Subject {
            role = Some(*prole);
        }
        break;
    }
    // An English word after the name that does what a prefix does.
    if !prefixed && last + 1 < s.toks.len() && spaces(s.gap(last + 1)) {
        for (words, level, prole) in &g.prefixes {
            if words.strip_prefix('+') == Some(&*s.words[last + 1])
                && level.is_some_and(|level| narrow(g, &mut candidates, level))
            {
                last += 1;
                prefixed = true;
                if *prole != Role::Subject {
                    role = Some(*prole);
                }
                break;
            }
        }
    }

    // Everyday words as bare names need a place word before them.
    if !prefixed && i == last && g.names[name].cues & Cue::COMMON != 0 {
        let cue = i > 0 && s.cue(i - 1, Cue::PLACE) && !breaks(s.gap(i));
        if !cue {
            return None;
        }
    }
    // `Indonesia` after another capitalised word is an institution's name
    // (`Bank Indonesia`, `Pos Indonesia`), except in `Republik Indonesia`.
    // So is `pekerja migran Indonesia` or `tenaga kerja Indonesia` a kind of worker.
    if candidates.len() == 1 && candidates[0] == g.nation && i > 0 && !breaks(s.gap(i)) {
        let prev = &*s.words[i - 1];
        let named = starts_upper(s.word(i - 1))
            && !matches!(prev, "republik" | "seluruh" | "negara" | "se")
            && !sentence_initial(s.text, s.toks[i - 1].start);
        if named || matches!(prev, "migran" | "kerja") {
            role = Some(Role::Org);
        }
    }
    Some(Raw { last, start, name, candidates, prefixed, role })
}

/// The longest name at word `i`: its last word and its index in
/// [`Gazetteer::names`]. With `commas`, a comma joins words too (see
/// [`match_at`]).
fn longest(s: &Scanner, g: &Gazetteer, i: usize, commas: bool) -> Option<(usize, usize)> {
    if !starts_upper(s.word(i)) {
        return None;
    }
    let mut key = String::new();
    let mut best: Option<(usize, usize)> = None;
    let mut j = i;
    while j < s.toks.len() && j - i < g.max_words {
        // (Spellings read as one: `&` as `dan`, `Sumatra` as `Sumatera`; a
        // list's last comma before `dan` as none.)
        let w = match &*s.words[j] {
            "&" => "dan",
            "sumatra" => "sumatera",
            w => w,
        };
        if j > i && !joins(s.gap(j)) {
            if !commas || s.gap(j).trim_start_matches(',') != " " {
                break;
            }
            if w != "dan" {
                key.push(',');
            }
        }
        let connector = w == "dan" || w == "of";
        if !(connector || starts_upper(s.word(j)) || (j > i && s.cue(j, Cue::DIRECTION))) {
            break;
        }
        if j > i {
            key.push(' ');
        }
        key.push_str(w);
        if !connector {
            if let Some(idx) = g.find_region(&key) {
                best = Some((j, idx));
            }
        }
        j += 1;
    }
    best
}

/// Keeps the candidates of `level`, if there are any; else leaves them and
/// says no.
fn narrow(g: &Gazetteer, candidates: &mut Vec<RegionId>, level: Level) -> bool {
    let any = candidates.iter().any(|&c| g.regions[c].level == level);
    if any {
        candidates.retain(|&c| g.regions[c].level == level);
    }
    any
}

/// Settles a name several regions share.
fn resolve(g: &Gazetteer, r: &Raw, explicit: &[usize], in_play: &[bool]) -> RegionId {
    if r.candidates.contains(&explicit[r.name]) {
        return explicit[r.name];
    }
    // Those in a province the document names, if any; of them, the widest
    // (a province before a city before a regency).
    let local = |c: RegionId| g.province[c].is_some_and(|p| in_play[p]);
    let any_local = r.candidates.iter().any(|&c| local(c));
    let rank = |id: RegionId| match g.regions[id].level {
        Level::Nation => 0,
        Level::Area => 1,
        Level::Province => 2,
        Level::City => 3,
        Level::Regency => 4,
    };
    let mut best = r.candidates[0];
    for &c in &r.candidates {
        if (!any_local || local(c)) && ((any_local && !local(best)) || rank(c) < rank(best)) {
            best = c;
        }
    }
    best
}

/// The part a name plays, from the words around it.
fn role_of(s: &Scanner, r: &Raw, out: &[RegionMention], region: RegionId) -> Role {
    let previous = out.last();
    let floor = previous.map_or(0, |p| p.range.end);
    let first = s.toks.partition_point(|t| t.start < r.start);
    // Institution: the word right before.
    if first > 0 && spaces(s.gap(first)) && s.cue(first - 1, Cue::ORG) {
        // `Anggota DPRD Kalsel` is a title; plain `DPRD Kalsel` an institution.
        return if title_before(s, first - 1, floor) { Role::Title } else { Role::Org };
    }
    if title_before(s, first, floor) {
        return Role::Title;
    }
    let next = r.last + 1;
    // (`Jakarta-based` too.)
    if next < s.toks.len()
        && (s.gap(next) == "-" || spaces(s.gap(next)) && starts_upper(s.word(next)))
        && s.cue(next, Cue::ORG_TAIL)
    {
        return Role::Org;
    }
    // `Kantor Wilayah Sumatera Bagian Selatan (Sumbagsel)`: the same place
    // again in brackets plays the same part.
    if let Some(p) = previous.filter(|p| p.region == region) {
        if s.text[p.range.end.min(r.start)..r.start].trim() == "(" {
            return p.role;
        }
    }
    // `Kepala Cabang Bungo dan Natuna`: a place joined by `dan` to a title's
    // or an office's place is the title's too.
    if let Some(p) = previous.filter(|p| matches!(p.role, Role::Title | Role::Office)) {
        let gap = s.text[p.range.end.min(r.start)..r.start].trim().lowercase();
        if matches!(gap.as_str(), "dan" | "serta" | "&" | "and") {
            return p.role;
        }
    }
    // A province right after a place in it, set off by a comma or `di`,
    // locates it (`Kabupaten Banjar, Kalimantan Selatan`, `Pemkab Sleman di
    // DIY`); not an office's (`Makassar, Kanwil Sulawesi Maluku`).
    if let Some(p) = previous {
        let gap = &s.text[p.range.end.min(r.start)..r.start];
        let gap_ok =
            matches!(gap.trim(), "," | "" | "di") && !s.cue(first, Cue::OFFICE) && s.words[first] != "kantor";
        let level = gazetteer().regions[region].level;
        if gap_ok
            && matches!(level, Level::Province | Level::Area)
            && contains(region, p.region)
            && p.region != region
        {
            return if p.role == Role::Subject { Role::Locator } else { p.role };
        }
    }
    if enumerated(s, first, out, region) {
        return Role::Locator;
    }
    // Venue words earlier in the clause: `di salah satu hotel di Banjarmasin`,
    // `di sela-sela Paritrana Award di Denpasar`; or before a comma, as in an
    // address: `di Hotel Claro, Makassar`, `di kantornya, Jakarta Selatan`.
    let mut j = first;
    let mut steps = 0;
    while j > 0 && steps < 6 {
        if (breaks(s.gap(j)) && (j < first || s.gap(j).trim() != ",")) || s.toks[j - 1].end <= floor {
            break;
        }
        j -= 1;
        steps += 1;
        if s.cue(j, Cue::VENUE) {
            return Role::Venue;
        }
    }
    let after_di = first > 0 && matches!(&*s.words[first - 1], "di" | "in") && !breaks(s.gap(first));
    // `dalam acara monitoring dan evaluasi ... di Provinsi NTB dan NTT`: the
    // place of an event named earlier in the clause (a list of places goes on
    // with the first's part).
    let joined_to_venue = previous.is_some_and(|p| {
        p.role == Role::Venue && matches!(s.text[p.range.end.min(r.start)..r.start].trim(), "dan" | "serta")
    });
    if after_di || joined_to_venue {
        let mut j = first;
        let mut steps = 0;
        while j > 1 && steps < 16 && !s.gap(j).contains([',', '.', ';', ':', '!', '?', '\n', '"']) {
            j -= 1;
            steps += 1;
            if s.cue(j, Cue::EVENT)
                && matches!(&*s.words[j - 1], "dalam" | "pada" | "saat" | "ketika" | "sela")
            {
                return Role::Venue;
            }
        }
        if joined_to_venue && !after_di {
            return Role::Venue;
        }
    }
    if after_di {
        // `di Banjarmasin, Senin` / `di Banjarmasin pada 7-8 November` /
        // `in Jakarta on Monday`.
        let next = r.last + 1;
        if next < s.toks.len() {
            let w = &*s.words[next];
            let weekday = crate::dates::weekday_number(w).is_some();
            // After `pada`/`on`, a day (`pada 7-8 November`, `pada Senin`,
            // `on May 25`) dates an event; a year or a period (`di Jawa Barat
            // pada 2024`, `pada semester I`) dates the figure, whose place it is.
            let day_follows = || {
                let at = |i: usize| s.words.get(i).map_or("", |w| &**w);
                let day = |w: &str| w.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d));
                let month = |w: &str| crate::dates::month_word(w).is_some();
                crate::dates::weekday_number(at(next + 1)).is_some()
                    || (day(at(next + 1))
                        && (month(at(next + 2)) || day(at(next + 2)) && month(at(next + 3))))
                    || (month(at(next + 1)) && day(at(next + 2)))
            };
            if (weekday && s.gap(next).trim() == ",")
                || (matches!(w, "pada" | "on") && spaces(s.gap(next)) && day_follows())
            {
                return Role::Venue;
            }
        }
        // `on Monday in Jakarta`, `on May 25 in Jakarta`.
        // (Not after a sentence's `In`.)
        let initial = starts_upper(s.word(first - 1));
        for j in first.saturating_sub(5)..if initial { 0 } else { first - 1 } {
            if s.words[j] == "on" && starts_upper(s.word(j + 1)) {
                return Role::Venue;
            }
        }
        // `... kata Erfan di Banjarmasin`: where it was said.
        let mut j = first;
        let mut steps = 0;
        while j > 0 && steps < 40 {
            let gap = s.gap(j);
            if gap.bytes().any(|b| matches!(b, b'.' | b'!' | b'?' | b'\n')) {
                break;
            }
            j -= 1;
            steps += 1;
            if s.cue(j, Cue::SPEECH) || (steps == 2 && s.cue(j, Cue::SAID)) {
                return Role::Venue;
            }
        }
    }
    Role::Subject
}

/// Is the place at word `first` one of the members listed for an area named
/// just before (`Kanwil Sumbagut yang meliputi Provinsi Sumatera Utara dan
/// Aceh`, `Kanwil Bali Nusra Papua yang membawahi Bali, NTB, NTT`)? The list
/// opens with `meliputi`/`mencakup`/`membawahi`/`terdiri` at most three words
/// before its first member and goes on with commas and `dan`.
fn enumerated(s: &Scanner, first: usize, out: &[RegionMention], region: RegionId) -> bool {
    // (Bounded, so that a pathological list stays linear.)
    let members = out.iter().rev().take(64).take_while(|m| m.role == Role::Locator).count();
    if members == 64 {
        return false;
    }
    let Some(area) = out.len().checked_sub(members + 1).map(|k| &out[k]) else { return false };
    if area.role != Role::Subject || area.region == region || !contains(area.region, region) {
        return false;
    }
    let start = s.toks[first].start;
    let between = &s.text[area.range.end.min(start)..start];
    if between.len() > 300 || between.bytes().any(|b| matches!(b, b'.' | b'!' | b'?' | b'\n')) {
        return false;
    }
    if members > 0 {
        // The next member: a few words after the previous one.
        let last = &out[out.len() - 1];
        let gap = &s.text[last.range.end.min(start)..start];
        return gap.split_whitespace().count() <= 6;
    }
    let mut j = first;
    while j > 0 && first - j < 3 && s.toks[j - 1].start >= area.range.end {
        j -= 1;
        if matches!(&*s.words[j], "meliputi" | "mencakup" | "membawahi" | "membawahkan" | "terdiri") {
            return true;
        }
    }
    false
}

/// Is there a title word (`Kepala`, `Anggota`, `Sekda`) in the run of
/// capitalised words that ends just before word `first`?
fn title_before(s: &Scanner, first: usize, floor: usize) -> bool {
    let mut j = first;
    let mut steps = 0;
    while j > 0 && steps < 8 {
        if breaks(s.gap(j)) || s.toks[j - 1].end <= floor {
            return false;
        }
        j -= 1;
        steps += 1;
        let w = &*s.words[j];
        if !starts_upper(s.word(j)) && !matches!(w, "dan" | "&" | "of") {
            return false;
        }
        if s.cue(j, Cue::POSITION) {
            return true;
        }
    }
    false
}

/// Adds the nation where the text speaks for it (`secara nasional`, `tingkat
/// nasional`, national actors: `Presiden`, `Menaker`, `Kemnaker`, `pemerintah
/// pusat`) and the phrases that refer back to a place (`di daerah`, `daerah
/// tersebut`, `di sana`).
fn national(s: &Scanner, g: &Gazetteer, out: &mut Vec<RegionMention>) {
    let mut extra = Vec::new();
    let n = s.toks.len();
    let mut k = 0;
    let mut last_ref = None;
    for i in 0..n {
        let w = &*s.words[i];
        let joined = |k: usize| k < n && spaces(s.gap(k));
        while k < out.len() && out[k].range.start < s.toks[i].start {
            if matches!(out[k].role, Role::Subject | Role::Title) && out[k].region != g.nation {
                last_ref = Some(out[k].region);
            }
            k += 1;
        }
        let next = |w: &str| joined(i + 1) && s.words[i + 1] == w;
        let kind = s.cue(i, Cue::PLACE_KIND);
        let anaphor = match w {
            "di" if next("sana") => true,
            // `di daerah`, but not `di daerah Kalimantan`.
            "di" if next("daerah") => !(joined(i + 2) && starts_upper(s.word(i + 2))),
            _ => kind && joined(i + 1) && s.cue(i + 1, Cue::DEMONSTRATIVE),
        };
        if anaphor {
            if let Some(region) = last_ref {
                let range = s.toks[i].start..s.toks[i + 1].end;
                extra.push(RegionMention { range, region, role: Role::Anaphor });
            }
            continue;
        }
        // `kabupaten lain`, `daerah lainnya` after a regency or city: the rest
        // of its province (`provinsi lain` is not).
        if kind && w != "provinsi" && (next("lain") || next("lainnya")) {
            let province = last_ref.filter(|&r| matches!(g.regions[r].level, Level::Regency | Level::City));
            if let Some(region) = province.and_then(province_of) {
                let range = s.toks[i].start..s.toks[i + 1].end;
                extra.push(RegionMention { range, region, role: Role::Subject });
            }
            continue;
        }
        let (first, last) = match w {
            "nasional" if s.word(i) == "nasional" && i > 0 && joined(i) => {
                // (`capaian nasional`, `UHC Jamsostek nasional`.)
                if !s.cue(i - 1, Cue::NATIONAL) && !starts_upper(s.word(i - 1)) {
                    continue;
                }
                (i - usize::from(s.words[i - 1] == "secara"), i)
            }
            // `Presiden`, but not `Presiden Direktur` or a club's president.
            "presiden" if next("direktur") || next("komisaris") || next("klub") => continue,
            _ if s.cue(i, Cue::ACTOR) && starts_upper(s.word(i)) => (i, i),
            "menteri" | "kementerian" if next("ketenagakerjaan") => (i, i + 1),
            "pemerintah" if next("pusat") => (i, i + 1),
            // English: `nationwide`, `the national average`.
            "nationwide" => (i, i),
            "national" if s.word(i) == "national" => (i, i),
            _ => continue,
        };
        let range = s.toks[first].start..s.toks[last].end;
        extra.push(RegionMention { range, region: g.nation, role: Role::Subject });
    }
    if !extra.is_empty() {
        // Both lists are in text order: merge them.
        let places = std::mem::take(out);
        let (mut i, mut k) = (0, 0);
        while i < places.len() || k < extra.len() {
            let list =
                if k < extra.len() && places.get(i).is_none_or(|m| extra[k].range.start < m.range.start) {
                    k += 1;
                    &extra[k - 1]
                } else {
                    i += 1;
                    &places[i - 1]
                };
            out.push(list.clone());
        }
    }
}

// ---------------------------------------------------------------------------
// Attribution.

/// Everything [`attribute`] needs about one document, built once by
/// [`Attribution::new`] in one pass over the mentions; each call to
/// [`attribute`] is then a few binary searches plus a bounded look around the
/// figure (at most [`CLAUSE_REACH`] bytes each way).
#[derive(Debug, Clone)]
pub struct Attribution<'a> {
    /// The document; read only within [`CLAUSE_REACH`] of a figure.
    text: &'a str,
    /// Places a figure may take as its own, on article lines, not the dateline,
    /// with `di daerah`/`daerah tersebut` resolved to the place they refer to;
    /// sorted by start.
    subjects: Vec<(Range<usize>, RegionId)>,
    /// Branch offices (`Cabang Tarakan`), usable within a clause only.
    offices: Vec<(Range<usize>, RegionId)>,
    /// Places in titles and offices (`Kepala BPJS Ketenagakerjaan Cabang
    /// Mataram`): never a figure's region, but they tell whether a paragraph
    /// goes on with the region earlier paragraphs established.
    hints: Vec<(usize, RegionId)>,
    /// Sentence ranges, the byte where each sentence's paragraph starts, and
    /// the region the paragraphs before it established (see [`established`]).
    sentences: Vec<(Range<usize>, usize, Option<RegionId>)>,
    main: Option<RegionId>,
    /// The main region is only the branch office the article opens with.
    main_weak: bool,
}

/// How far around a figure its clause is looked for, in bytes.
pub const CLAUSE_REACH: usize = 400;

impl<'a> Attribution<'a> {
    /// Prepares attribution for one document from the earlier stages' results.
    pub fn new(
        text: &'a str,
        segments: &Segments,
        layout: &Layout,
        mentions: &[RegionMention],
    ) -> Attribution<'a> {
        let g = gazetteer();
        let dateline = layout.meta.dateline_range.clone();
        let on_article = |pos: usize| {
            matches!(layout.lines.get(segments.line_at(pos)), Some(LineClass::Body) | Some(LineClass::Title))
        };
        let is_dateline =
            |r: &Range<usize>| dateline.as_ref().is_some_and(|d| r.start < d.end && d.start < r.end);
        let usable: Vec<&RegionMention> =
            mentions.iter().filter(|m| on_article(m.range.start) && !is_dateline(&m.range)).collect();

        // `di daerah`, `wilayah tersebut`: the nearest place named before on
        // the article's lines, titles included (`Kepala Disnakertrans
        // Kabupaten Banjar ... di daerah`), the dateline not.
        let mut subjects: Vec<(Range<usize>, RegionId)> = Vec::new();
        let (mut offices, mut hints) = (Vec::new(), Vec::new());
        let mut last_ref: Option<RegionId> = None;
        for m in &usable {
            let local = g.regions[m.region].level != Level::Nation;
            match m.role {
                Role::Anaphor => {
                    if let Some(id) = last_ref {
                        subjects.push((m.range.clone(), id));
                    }
                }
                Role::Subject => subjects.push((m.range.clone(), m.region)),
                Role::Office => offices.push((m.range.clone(), m.region)),
                _ => {}
            }
            if matches!(m.role, Role::Title | Role::Office) {
                hints.push((m.range.start, m.region));
            }
            if matches!(m.role, Role::Subject | Role::Title) && local {
                last_ref = Some(m.region);
            }
        }

        // Per sentence: its paragraph's start, and what earlier paragraphs established.
        let mut sentences = Vec::with_capacity(segments.sentences.len());
        let (mut para, mut para_start, mut carried) = (usize::MAX, 0, None);
        let mut seen: Vec<RegionId> = Vec::new();
        let mut k = 0;
        for s in &segments.sentences {
            if s.paragraph != para {
                carried = established(&seen).or(carried);
                seen.clear();
                (para, para_start) = (s.paragraph, s.range.start);
            }
            while k < subjects.len() && subjects[k].0.start < s.range.end {
                let id = subjects[k].1;
                if subjects[k].0.start >= s.range.start && id != g.nation && !seen.contains(&id) {
                    seen.push(id);
                }
                k += 1;
            }
            sentences.push((s.range.clone(), para_start, carried));
        }

        let (main, main_weak) = main_region(g, segments, layout, &usable, dateline.as_ref()).unzip();
        Attribution { text, subjects, offices, hints, sentences, main, main_weak: main_weak.unwrap_or(false) }
    }

    /// The article's main region: the first place its title names, else the
    /// first its opening paragraph names, else the one its body names most.
    pub fn main(&self) -> Option<RegionId> {
        self.main
    }

    /// Where the clause around `pos` starts and ends (bounded by the sentence
    /// and by [`CLAUSE_REACH`]).
    fn clause(&self, pos: usize, sentence: &Range<usize>) -> Range<usize> {
        let b = self.text.as_bytes();
        let is_stop = |i: usize| match b[i] {
            b';' => true,
            b',' | b':' => b.get(i + 1).is_none_or(|n| !n.is_ascii_digit()),
            b'-' => i > 0 && b[i - 1] == b' ' && b.get(i + 1) == Some(&b' '),
            _ => false,
        };
        let lo = sentence.start.max(pos.saturating_sub(CLAUSE_REACH));
        let hi = sentence.end.min(pos + CLAUSE_REACH).min(b.len());
        let mut start = lo;
        let mut i = pos.min(hi);
        while i > lo {
            i -= 1;
            if is_stop(i) {
                start = i + 1;
                break;
            }
        }
        let mut end = hi;
        let mut i = pos;
        while i < hi {
            if is_stop(i) {
                end = i;
                break;
            }
            i += 1;
        }
        start..end
    }
}

/// The main region, and whether it is only the branch office the article
/// opens with (a place a paragraph establishes then goes before it).
fn main_region(
    g: &Gazetteer,
    segments: &Segments,
    layout: &Layout,
    usable: &[&RegionMention],
    dateline: Option<&Range<usize>>,
) -> Option<(RegionId, bool)> {
    let line_class = |m: &RegionMention| layout.lines.get(segments.line_at(m.range.start)).copied();
    let body = |m: &RegionMention| line_class(m) == Some(LineClass::Body);
    let local = |m: &RegionMention| g.regions[m.region].level != Level::Nation;
    let subject = |m: &RegionMention| m.role == Role::Subject && local(m);
    // The title.
    let in_title = || usable.iter().copied().filter(|m| line_class(m) == Some(LineClass::Title));
    if let Some(m) = in_title().find(|m| subject(m)) {
        return Some((m.region, false));
    }
    // The opening paragraph: the dateline's, else the first body paragraph.
    let opening = dateline
        .and_then(|d| segments.sentence_at(d.start))
        .or_else(|| segments.sentences.iter().position(|s| layout.is_body(s.line)))
        .map(|si| segments.sentences[si].paragraph);
    let paragraph =
        |m: &RegionMention| segments.sentence_at(m.range.start).map(|si| segments.sentences[si].paragraph);
    if let Some(p) = opening {
        if let Some(m) = usable.iter().copied().find(|m| subject(m) && body(m) && paragraph(m) == Some(p)) {
            return Some((m.region, false));
        }
        // `Kantor BPJS Ketenagakerjaan Cabang Semarang Pemuda ... telah
        // membayarkan klaim`: the branch office the article opens with
        // speaks for its own place.
        // Unless the next paragraph names the area it serves (`rekapitulasi
        // dari tujuh kabupaten di Papua Barat`, `kepesertaan di Sulawesi
        // Tenggara`).
        if let Some(m) = usable
            .iter()
            .copied()
            .find(|m| m.role == Role::Office && local(m) && body(m) && paragraph(m) == Some(p))
        {
            let next = (p + 1..p + 3).find(|&q| usable.iter().any(|x| body(x) && paragraph(x) == Some(q)));
            let area = usable.iter().copied().find(|x| {
                subject(x)
                    && body(x)
                    && paragraph(x) == next
                    && next.is_some()
                    && contains(x.region, m.region)
            });
            return Some(area.map_or((m.region, true), |a| (a.region, false)));
        }
    }
    // The most named place; the nation when the text speaks for it as often
    // (`secara nasional`, `Kemnaker`); else what the title names in any role,
    // else titles and offices.
    let most = |keep: &dyn Fn(&RegionMention) -> bool| {
        let mut counts = vec![0u32; g.regions.len()];
        let mut best: Option<RegionId> = None;
        for m in usable.iter().copied().filter(|m| body(m) && keep(m)) {
            counts[m.region] += 1;
            if best.is_none_or(|b| counts[m.region] > counts[b]) {
                best = Some(m.region);
            }
        }
        best.map(|b| (b, counts[b]))
    };
    let place = most(&subject);
    if let Some(nation) = most(&|m| m.role == Role::Subject && !local(m)) {
        if place.is_none_or(|p| nation.1 >= p.1) {
            return Some((nation.0, false));
        }
    }
    place
        .map(|p| p.0)
        .or_else(|| {
            in_title().find(|m| local(m) && matches!(m.role, Role::Title | Role::Office)).map(|m| m.region)
        })
        .or_else(|| most(&|m| matches!(m.role, Role::Title | Role::Office) && local(m)).map(|p| p.0))
        .map(|r| (r, false))
}

/// The region a figure at byte `pos` belongs to: a place named in its own
/// clause (the nearest before it, else the first after it), else the nearest
/// earlier in its sentence, else the nearest earlier in its paragraph, else
/// the article's main region. Titles, venues, institutions and the dateline
/// never count; a branch office counts only within the figure's clause.
pub fn attribute(ctx: &Attribution, pos: usize) -> Option<RegionId> {
    let pos = pos.min(ctx.text.len());
    let si = ctx.sentences.partition_point(|s| s.0.start <= pos);
    let Some((sentence, para_start, carried)) = si.checked_sub(1).map(|i| &ctx.sentences[i]) else {
        return ctx.main;
    };
    if pos >= sentence.end.max(sentence.start + 1) {
        return ctx.main;
    }
    let clause = ctx.clause(pos, sentence);
    fn before(list: &[(Range<usize>, RegionId)], pos: usize) -> Option<&(Range<usize>, RegionId)> {
        let k = list.partition_point(|m| m.0.end <= pos);
        k.checked_sub(1).map(|k| &list[k])
    }
    let subject = before(&ctx.subjects, pos);
    let k = ctx.subjects.partition_point(|m| m.0.start < pos);
    let after = ctx.subjects.get(k).filter(|m| m.0.end <= clause.end);
    match (subject.filter(|m| m.0.start >= clause.start), after) {
        // `Kanwil Banuspa mencatat 1.021.455 pekerja di Provinsi Bali`: the
        // place the figure itself is `di`/`asal`/`dari` is the narrower one.
        (Some(b), Some(a)) if a.1 != b.1 && contains(b.1, a.1) && attached(ctx.text, pos, a.0.start) => {
            return Some(a.1)
        }
        (Some(b), _) => return Some(b.1),
        (None, Some(a)) => return Some(a.1),
        (None, None) => {}
    }
    // A branch office stating the figure in its clause.
    if let Some(o) = before(&ctx.offices, pos).filter(|m| m.0.start >= clause.start) {
        return Some(o.1);
    }
    // The sentence, then the paragraph, before the figure.
    if let Some(m) = subject.filter(|m| m.0.start >= *para_start) {
        return Some(m.1);
    }
    // What earlier paragraphs established, when a title or office in this
    // paragraph agrees with it (`Kepala BPJS Ketenagakerjaan Cabang Mataram`
    // after a paragraph about NTB) or the article has no main region; else
    // the main region.
    let h = ctx.hints.partition_point(|h| h.0 < *para_start);
    let hint = ctx.hints.get(h).filter(|h| h.0 < sentence.end).map(|h| h.1);
    match (carried, hint) {
        (Some(c), Some(h)) if contains(*c, h) || contains(h, *c) => Some(*c),
        (Some(c), _) if ctx.main.is_none() || ctx.main_weak => Some(*c),
        _ => ctx.main,
    }
}

/// Does the place at `at` follow the figure at `pos` closely, as `di X`,
/// `asal X` or `dari X` (`186.540 pekerja di Provinsi Papua`)?
fn attached(text: &str, pos: usize, at: usize) -> bool {
    let between = text.get(pos..at).unwrap_or("").trim_end();
    let last = &between[between.rfind([' ', '\t', '\n']).map_or(0, |k| k + 1)..];
    between.len() <= 60 && matches!(last, "di" | "asal" | "dari") && between.split_whitespace().count() <= 5
}

/// The region a paragraph establishes for the paragraphs after it, from the
/// distinct places it names in order: the last, lowest-level one that lies in
/// every other (`Papua` for `Kanwil Banuspa ... di Provinsi Papua`, `Kabupaten
/// Gianyar` for `Pemkab Gianyar ... Bali`), else the last that contains every
/// other (`Kalimantan` for a paragraph listing Kalimantan's five provinces).
fn established(places: &[RegionId]) -> Option<RegionId> {
    let find = |inner: bool| {
        places
            .iter()
            .rev()
            .find(|&&r| places.iter().all(|&o| if inner { contains(o, r) } else { contains(r, o) }))
    };
    find(true).or_else(|| find(false)).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gazetteer_is_complete() {
        let count = |l: Level| all().iter().filter(|r| r.level == l).count();
        assert_eq!(count(Level::Province), 38);
        assert_eq!(count(Level::Regency) + count(Level::City), 514);
        assert_eq!(count(Level::Nation), 1);
        // Every other name a row of the table gives names its region (the
        // rows and the regions with a code are in the same order).
        let rows = all().iter().enumerate().filter(|(_, r)| r.code.is_some());
        for (line, (id, _)) in table::TABLE.lines().zip(rows) {
            for a in line.split(';').skip(1) {
                let found = gazetteer().find(&key_of(a)).map(|i| &gazetteer().names[i].regions);
                assert!(found.is_some_and(|r| r.contains(&id)), "{a}");
            }
        }
        for line in PREFIXES.lines() {
            assert!(
                matches!(line.split_once('/'), Some((_, "R" | "C" | "P" | "r" | "c" | "p" | "O" | "A"))),
                "{line}"
            );
        }
        for line in AREAS.lines() {
            let (names, codes) = line.split_once('/').unwrap();
            let name = names.split('|').next().unwrap();
            assert_eq!(gazetteer().members[by_name(name).unwrap()].len(), codes.split(' ').count(), "{name}");
        }
    }

    /// Every province, regency and city of the data set, with its code and
    /// official name (the overlay's where it has one), as the decoder rebuilds
    /// them from the compact table; the data set's spelling still matches.
    #[test]
    fn table_decodes_to_the_data_set() {
        let data = |file: &str| {
            let path = format!("{}/data/idn-area/{file}", env!("CARGO_MANIFEST_DIR"));
            std::fs::read_to_string(path).unwrap()
        };
        let overlay = data("official-names.csv");
        let official = |code: &str| {
            overlay.lines().skip(1).map(|l| l.split(',').collect::<Vec<_>>()).find(|c| c[0] == code)
        };
        let mut rows = 0;
        for (file, name_col) in [("provinces.csv", 1), ("regencies.csv", 2)] {
            for line in data(file).lines().skip(1) {
                let cols: Vec<&str> = line.split(',').collect();
                let (code, mut name) = (cols[0], cols[name_col]);
                name = match name {
                    "Daerah Khusus Ibukota Jakarta" => "DKI Jakarta",
                    "Daerah Istimewa Yogyakarta" => "DI Yogyakarta",
                    n => n,
                };
                if let Some(o) = official(code) {
                    assert_eq!(o[1], name, "{code}");
                    let old = gazetteer().find(&key_of(name.split_once(' ').unwrap().1));
                    let id = by_name(o[2]).unwrap_or_else(|| panic!("{} missing", o[2]));
                    assert!(old.is_some_and(|i| gazetteer().names[i].regions.contains(&id)), "{name}");
                    name = o[2];
                }
                // DKI's administrative cities as BPS writes them (`Kota Jakarta Utara`).
                let bps = name.replacen("Kota Administrasi ", "Kota ", 1).replacen(
                    "Kabupaten Administrasi ",
                    "Kabupaten ",
                    1,
                );
                let name = if code.starts_with("31") { bps.as_str() } else { name };
                let id = by_name(name).unwrap_or_else(|| panic!("{name} missing"));
                assert_eq!(get(id).code, Some(code), "{name}");
                let province = province_of(id).unwrap();
                assert_eq!(get(province).code, Some(&code[..2]), "{name}");
                rows += 1;
            }
        }
        assert_eq!(rows, 38 + 514);
    }

    #[test]
    fn codes_and_containment() {
        let banjar = by_name("Kabupaten Banjar").unwrap();
        assert_eq!(get(banjar).code, Some("63.03"));
        let kalsel = by_name("Kalimantan Selatan").unwrap();
        assert_eq!(province_of(banjar), Some(kalsel));
        assert!(contains(by_name("Kalimantan").unwrap(), banjar));
        assert!(!contains(by_name("Jawa Barat").unwrap(), banjar));
        assert!(contains(by_name("Indonesia").unwrap(), banjar));
    }
}
