//! The cue words, as data: which words and phrases, in Indonesian and in
//! English, say what a figure measures, whose workers, which program, which
//! scheme, and which say that a number is not a statistic of this domain.
//!
//! One table ([`TABLE`]: a cue name, then its phrases) and one matcher
//! ([`scan`]): the words of a stretch of text are matched left to right, the
//! longest phrase at each word winning, so `belum terdaftar` is one cue
//! (uncovered) and not `terdaftar` (registered). A phrase may carry several
//! cues (`beasiswa` is both a benefit and a program). Matching ignores ASCII
//! case; a table word longer than four letters also matches with a clitic
//! (`pesertanya`, `targetnya`, `kepesertaannya`), never with another suffix
//! (`pekerja` is not `pekerjaan`).
//!
//! Cost: one hash lookup per word and a comparison per candidate phrase.

use std::ops::Range;
use std::sync::OnceLock;

/// A set of cues, one bit each.
pub type Cues = u64;

macro_rules! cues {
    ($($name:ident = $bit:expr, $label:expr;)*) => {
        $(pub const $name: Cues = 1 << $bit;)*
        /// The cue names the table uses, with their bits.
        const NAMES: &[(&str, Cues)] = &[$(($label, $name)),*];
    };
}

cues! {
    PART = 0, "participants";
    WORKFORCE = 1, "workforce";
    UNCOVERED = 2, "uncovered";
    COVERAGE = 3, "coverage";
    TARGET = 4, "target";
    EMPLOYER = 5, "employers";
    PROJECT = 6, "projects";
    CONTRIB = 7, "contributions";
    BENEFIT = 8, "benefits";
    CASE = 9, "cases";
    GROWTH = 10, "growth";
    DECLINE = 11, "decline";
    COMPARE = 12, "compare";
    FLOW = 13, "flow";
    NEG = 14, "negation";
    BLOCK = 15, "not-domain";
    PER = 16, "per";
    PERSON = 17, "person";
    APPOS = 18, "apposition";
    OF = 19, "of";
    TOTAL = 20, "total";
    AMONG = 21, "among";
    CHANGE_TO = 22, "change-to";
    EVENT = 23, "event";
    HYPO = 24, "hypothetical";
    GAP = 25, "gap";
    ACHIEVE = 26, "achievement";
    VAGUE = 27, "vague";
    SHARE = 28, "share";
    PLACES = 29, "places";
    BACKREF = 30, "backref";
    CONTINUE = 31, "continue";
    FORMAL = 32, "formal";
    INFORMAL = 33, "informal";
    CONSTRUCTION = 34, "construction";
    MIGRANT = 35, "migrant";
    JHT = 36, "JHT";
    JKK = 37, "JKK";
    JKM = 38, "JKM";
    JP = 39, "JP";
    JKP = 40, "JKP";
    BEASISWA = 41, "beasiswa";
    JKN = 42, "jkn";
    JAMSOSTEK = 43, "jamsostek";
    REACHED = 44, "reached";
    RATE_OF_WAGE = 45, "rate-of-wage";
    ACTIVE = 46, "active";
    POPULATION = 47, "population";
    CHILD = 48, "child";
    MONEY_NOUN = 49, "money";
    COMBINED = 50, "combined";
    SHARE_OF = 51, "share-of";
    EXCEPT = 52, "except";
    AIM = 53, "aim";
    REMAIN = 54, "remain";
    PBI = 55, "pbi";
    NON_PBI = 56, "non-pbi";
}

/// Every segment cue.
pub const SEGMENTS: Cues = FORMAL | INFORMAL | CONSTRUCTION | MIGRANT | PBI | NON_PBI;
/// Every program cue.
pub const PROGRAMS: Cues = JHT | JKK | JKM | JP | JKP | BEASISWA;

/// The cue table: `name: phrase | phrase | ...`, one cue a line (a name may
/// have several lines). Phrases are lowercase words separated by spaces; a
/// hyphen in the text separates words like a space does (`non-formal`).
pub const TABLE: &str = "\
participants: peserta | kepesertaan | terdaftar | tercatat sebagai peserta | menjadi peserta | sudah menjadi peserta \
| terlindungi | dilindungi | terlindung | melindungi | mendapat perlindungan | mendapatkan perlindungan \
| memiliki perlindungan | tercover | ter cover | tercakup | terdata | tergabung | terjamin | ikut serta \
| mengikuti program | ikut | mengikuti | terdaftar sebagai peserta | didaftarkan | mendaftarkan | telah mendaftar | yang mendaftar \
| pesertanya | anggota | members | member | participants | participant | registered | enrolled | insured \
| covered | protected | subscribers | membership
active: aktif | active
workforce: bekerja di perusahaan | bekerja pada perusahaan | angkatan kerja | potensi | potensinya | penduduk bekerja | penduduk yang bekerja | penduduk usia kerja \
| usia kerja | usia produktif | pekerja eligible | jumlah pekerja | total pekerja | jumlah tenaga kerja \
| total tenaga kerja | seluruh pekerja | keseluruhan pekerja | pekerja yang ada | tenaga kerja yang ada \
| masyarakat pekerja | bekerja di | yang bekerja | bekerja pada | work in | working in | perlu dilindungi | harus dilindungi | wajib dilindungi | harus terlindungi \
| perlu terlindungi | wajib terlindungi | need to be covered | need protection | must cover | semesta | semesta coverage | data bps | badan pusat statistik | workforce | labour force \
| labor force | working age population | working-age population | employed population | workers in indonesia
population: penduduk | populasi | masyarakat | jumlah total masyarakat | jumlah warga | total warga | jumlah penduduk | total penduduk | population \
| residents | inhabitants
uncovered: tanpa perlindungan | tanpa jaminan | tanpa jaring | uncovered | unprotected | unregistered
coverage: cakupan | coverage | capaian | tingkat kepesertaan | angka kepesertaan | universal coverage \
| universal coverage jamsostek | ucj | uhc | persentase | presentase | prosentase | realisasi | tergarap \
| cakupan kesehatan semesta | coverage rate | tingkat perlindungan | rasio
target: target | targetnya | ditargetkan | menargetkan | targetkan | membidik | bidik | dibidik | mengincar \
| incar | diincar | sasaran | disasar | targets | targeted | targeting | aims | aiming | aim | goal
achievement: dari target | of the target
target: dari target | of the target
of: dari target | of the target
aim: untuk mencapai | guna mencapai | agar mencapai | to reach | agar | supaya | diharapkan | berharap | berencana | rencana | berkomitmen | percepatan | diupayakan \
| upayakan | mendorong | didorong | plans | planned | hopes | expected to
achievement: menembus target | tembus | menembus | melampaui | melebihi target | melampaui target | mencapai target | realisasi target \
| of the target | of its target
employers: perusahaan | badan usaha | pemberi kerja | unit usaha | employers | employer | companies | company \
| business entities
projects: proyek | projects | project
contributions: pembayaran iuran | membayarkan iuran | membayar iuran | pembayaran premi | iuran | penerimaan iuran | pendapatan iuran | premi | contributions | contribution | premiums
benefits: klaim | manfaat | santunan | dibayarkan | membayarkan | membayar | pembayaran | disalurkan | menyalurkan \
| penyaluran | dicairkan | pencairan | menerima | received | beban jaminan | jaminan konsolidasi | claims | claim | benefits | benefit \
| paid | disbursed | payouts | paid out | pay
cases: kasus | penerima | penerima manfaat | ahli waris | klaim | keluarga | cases | beneficiaries | recipients \
| families | claims
child: anak | children | siswa | pelajar | mahasiswa
growth: naik | meningkat | tumbuh | kenaikan | pertumbuhan | peningkatan | melonjak | bertambah | increase \
| increased | increases | grew | grown | growth | rose | rising | up
decline: turun | menurun | berkurang | penurunan | merosot | anjlok | terkoreksi | susut | menyusut | decrease \
| decreased | declined | decline | fell | dropped | down
compare: dibandingkan | dibanding | ketimbang | year on year | yoy | compared | from the previous year
flow: penambahan | tambahan | menambah | ditambah | peserta baru | pekerja baru | pengurangan | additional \
| new participants | new members
negation: belum | tidak | tak | not | without | yet to
not-domain: diskon | potongan | bunga | inflasi | pajak | suku bunga | rabat | cashback | keringanan | relaksasi \
| denda | imbal hasil | hasil pengembangan | yield | kurs | pangsa | suara | kepuasan | survei | saldo | batas \
| plafon | pinjaman | kredit | gaji | upah minimum | umk | ump | anggaran | apbd | apbn | apbdes | menganggarkan | dianggarkan | dialokasikan | mengalokasikan | alokasi | dana \
| dana kelolaan | aset | investasi | remitansi | hibah | harga | tarif | nilai kontrak | piutang | tunggakan \
| menunggak | kepatuhan | tingkat kepatuhan | indeks | peringkat | urutan | skor | nilai kontrak | suku | modal | poin \
| discount | discounts | interest | satisfaction | customer satisfaction | deposit | deposits | savings \
| assets | asset | funds | fund | investment | returns | return | budget | fine | fines | salary | wage \
| index | rank | ranked | score | points | expenses | savings | subsidy | subsidi | bsu | bantuan subsidi upah
rate-of-wage: dari upah | dari gaji | upah sebulan | dari upah sebulan | of wages | of the wage | of salary \
| ditanggung oleh | ditanggung | dibayar oleh
per: per bulan | per anak | per orang | per tahun | per jenjang | per peserta | per kepala | per liter | sebulan \
| setiap bulan | tiap bulan | setiap anak | masing masing | per month | per child | per person | per year | each \
| per head | mulai
person: pekerja | tenaga kerja | orang | jiwa | buruh | karyawan | pegawai | warga | nelayan | petani | pedagang \
| pengemudi | ojek | guru | honorer | perangkat desa | relawan | kader | pecalang | sopir | kurir | pelaku usaha \
| pelaku umkm | rohaniwan | workers | worker | people | persons | employees | labourers | laborers
apposition: atau | atau sekitar | atau setara | atau setara dengan | setara | setara dengan | atau sebanyak \
| atau sebesar | atau tepatnya | tepatnya | bila dikonversi | jika dikonversi | bila dikonversikan \
| jika dikonversikan | jika dipersentasekan | bila dipersentasekan | jika dipersentase | alias | or | equivalent to | representing | accounting for
of: dari | daripada | of | out of | from
total: total | jumlah | totalnya | jumlahnya | keseluruhan | seluruh | secara keseluruhan | total of
among: di antaranya | diantaranya | di antara | diantara | dari jumlah itu | dari jumlah tersebut \
| dari total itu | dari total tersebut | dari angka itu | dari angka tersebut | rinciannya | perinciannya \
| rincinya | secara rinci | pembagian | dengan pembagian | rincian | terdiri dari | terdiri atas | terdiri | meliputi | mencakup | yakni | yaitu \
| antara lain | of which | of them | including | consisting of | comprising
change-to: menjadi | jadi | ke | to
event: diikuti | dihadiri | acara | sosialisasi | pelatihan | workshop | seminar | rapat | lomba \
| undangan | hadirin | webinar | bimtek | attended | participants of the
hypothetical: untuk melindungi | untuk mendaftarkan | seandainya | jika | apabila | bila | maksimal \
| paling banyak | maksimum | if | maximum | would | jauh dari | far from | idealnya | ideally
gap: kekurangan | gap | masih harus | harus menambah | perlu menambah | perlu didaftarkan | harus didaftarkan \
| lagi | to reach the target | shortfall
vague: sejumlah | beberapa | sebagian | banyak daerah | masing masing | berkisar | kisaran | several | some
share: merupakan | adalah | persennya | persen di antaranya | didominasi
share-of: berkontribusi | berkontribusi atas | menyumbang | kontribusi | porsi | proporsi | accounts for \
| account for | share of
except: di luar | diluar | selain | kecuali | excluding | except | other than
places: provinsi | kabupaten | kota | kabupaten kota | daerah | wilayah | kecamatan | desa | kelurahan \
| kantor | cabang | unit | provinces | regencies | cities | regions | districts | branches | islands \
| indikator | program | sektor | segmen | kategori | kelompok | regulasi | pasar | sekolah | lembaga | agen \
| indicators | programs | programmes | sectors | segments
backref: tersebut | itu | ini | these | those | this | that
continue: kemudian | lalu | selanjutnya | berikutnya | sedangkan | sementara | sementara itu | adapun | disusul \
| diikuti oleh | diikuti | serta | dan | terakhir | bahkan | padahal | artinya | dengan demikian | ini berarti | berarti | dengan kata lain \
| jadi | that means | this means | namun | tetapi | akan tetapi | then | while | meanwhile \
| demikian juga | demikian pula | begitu juga | begitu pula | hal serupa | likewise | similarly \
| followed by | and | however | but
reached: mencapai | tercapai | baru | sudah | telah | hanya | tercatat | sebanyak | sejumlah | sebesar \
| berjumlah | ada | terdapat | reached | reach | totalling | totaling | stood at | only | just
money: rupiah | nominal | senilai | sebesar
remain: masih ada | masih terdapat | sisa | sisanya | tersisa | selebihnya | still | remaining
combined: digabungkan | gabungan | digabung | seluruh segmen | semua segmen | combined | overall
formal: penerima upah | pekerja penerima upah | pu | ppu | formal | sektor formal | pekerja di perusahaan \
| karyawan perusahaan | bekerja di perusahaan | bekerja pada perusahaan | wage earners | wage earner \
| wage-earning | formal sector | formal workers
informal: bukan penerima upah | pekerja bukan penerima upah | bpu | pbpu | informal | sektor informal \
| non formal | nonformal | pekerja mandiri | mandiri | pekerja rentan | non wage earners | non wage earner | non-wage earners \
| informal sector | informal workers | self employed
construction: jasa konstruksi | jakon | konstruksi | construction | construction workers
pbi: pbi | penerima bantuan iuran | pbi apbn | pbi apbd | pbi jk | pbi jkn | pbi jaminan kesehatan \
| jamkesda | contribution assistance recipients | subsidised members | subsidized members
non-pbi: non pbi | nonpbi | bukan pbi | non penerima bantuan iuran | bukan penerima bantuan iuran
migrant: pekerja migran | pekerja migran indonesia | pmi | tki | migrant workers | migrant | migrant worker
JHT: jaminan hari tua | hari tua | jht | old age savings | old age security | old age | provident fund
JKK: jaminan kecelakaan kerja | kecelakaan kerja | jkk | work accident | work accident security \
| employment injury | work injury
JKM: jaminan kematian | kematian | jkm | program jk | death | death security | death benefit | death benefits
JP: jaminan pensiun | pensiun | jp | jpn | pension | pension security | pensions
JKP: jaminan kehilangan pekerjaan | kehilangan pekerjaan | jkp | job loss | job loss security | unemployment benefit
beasiswa: beasiswa | santunan beasiswa | scholarship | scholarships
benefits: beasiswa | santunan beasiswa | scholarship | scholarships
jkn: jkn | bpjs kesehatan | kis | jkn kis | jaminan kesehatan | jaminan kesehatan nasional | kesehatan \
| universal health coverage | uhc | cakupan kesehatan semesta | pbi | penerima bantuan iuran | health insurance \
| national health insurance | health coverage | health
jamsostek: jaminan sosial | jaminan sosial tenaga kerja | bpjs ketenagakerjaan | bpjamsostek | bp jamsostek | jamsostek | jaminan sosial ketenagakerjaan \
| jamsosnaker | bpjs tk | bpjstk | ketenagakerjaan | employment social security | social security \
| workers social security";

/// One entry of the table: the phrase's words and its cues.
struct Entry {
    words: Vec<&'static str>,
    cues: Cues,
}

struct Table {
    entries: Vec<Entry>,
    /// Entries by first word, longest phrase first.
    by_first: crate::hash::Map<&'static str, Vec<usize>>,
}

fn table() -> &'static Table {
    static T: OnceLock<Table> = OnceLock::new();
    T.get_or_init(|| {
        let mut entries: Vec<Entry> = Vec::new();
        for line in TABLE.lines() {
            let Some((name, phrases)) = line.split_once(':') else { continue };
            let cue = NAMES.iter().find(|(n, _)| *n == name.trim()).map_or(0, |(_, c)| *c);
            for p in phrases.split('|') {
                let words: Vec<&'static str> = p.split([' ', '-']).filter(|w| !w.is_empty()).collect();
                if words.is_empty() {
                    continue;
                }
                // The same phrase under two names carries both cues.
                match entries.iter_mut().find(|e| e.words == words) {
                    Some(e) => e.cues |= cue,
                    None => entries.push(Entry { words, cues: cue }),
                }
            }
        }
        let mut by_first: crate::hash::Map<&'static str, Vec<usize>> = Default::default();
        for (i, e) in entries.iter().enumerate() {
            by_first.entry(e.words[0]).or_default().push(i);
        }
        for list in by_first.values_mut() {
            crate::sort::by_key(list, |&i| crate::sort::descending(entries[i].words.len()));
        }
        Table { entries, by_first }
    })
}

/// The name of a single cue bit, for `because` (`"participants"`).
pub fn name(cue: Cues) -> &'static str {
    NAMES.iter().find(|(_, c)| *c == cue).map_or("", |(n, _)| n)
}

/// Clitics a word may carry beyond a table word of more than four letters.
const CLITICS: &[&str] = &["nya", "lah", "pun", "kah"];

/// Does the text word `w` match the table word `t` (ASCII case ignored)?
pub fn word_matches(w: &str, t: &str) -> bool {
    if w.len() == t.len() {
        return w.eq_ignore_ascii_case(t);
    }
    t.len() > 4
        && w.len() > t.len()
        && w.is_char_boundary(t.len())
        && w[..t.len()].eq_ignore_ascii_case(t)
        && CLITICS.iter().any(|c| w[t.len()..].eq_ignore_ascii_case(c))
}

/// A cue found in the text: which words (indices into the word list passed
/// to [`scan`]) and which cues.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub words: Range<usize>,
    pub cues: Cues,
}

/// The cues among `words` (the text of each word), left to right, longest
/// phrase first at each word, phrases not overlapping. `breaks[i]` is true
/// when a phrase may not run from word `i - 1` into word `i` (a figure or a
/// clause break stands between them).
pub fn scan(words: &[&str], breaks: &[bool]) -> Vec<Hit> {
    let t = table();
    let mut out = Vec::new();
    let mut i = 0;
    let mut key = String::new();
    while i < words.len() {
        key.clear();
        key.push_str(words[i]);
        key.make_ascii_lowercase();
        let mut candidates: Option<&Vec<usize>> = t.by_first.get(key.as_str());
        if candidates.is_none() {
            // `pesertanya`: look the word up without its clitic.
            for c in CLITICS {
                if key.len() > c.len() + 4 && key.ends_with(c) {
                    candidates = t.by_first.get(&key[..key.len() - c.len()]);
                    if candidates.is_some() {
                        break;
                    }
                }
            }
        }
        let mut matched = 0;
        let mut cues = 0;
        if let Some(list) = candidates {
            for &e in list {
                let entry = &t.entries[e];
                let n = entry.words.len();
                if n < matched {
                    break;
                }
                let fits = i + n <= words.len()
                    && (1..n).all(|k| !breaks.get(i + k).copied().unwrap_or(false))
                    && entry.words.iter().enumerate().all(|(k, tw)| word_matches(words[i + k], tw));
                if fits {
                    matched = n;
                    cues |= entry.cues;
                }
            }
        }
        if matched > 0 {
            out.push(Hit { words: i..i + matched, cues });
            i += matched;
        } else {
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cues_of(text: &str) -> Vec<(String, Cues)> {
        let words: Vec<&str> = text.split([' ', '-']).filter(|w| !w.is_empty()).collect();
        let breaks = vec![false; words.len()];
        scan(&words, &breaks).into_iter().map(|h| (words[h.words.clone()].join(" "), h.cues)).collect()
    }

    #[test]
    fn longest_phrase_wins() {
        let hits = cues_of("yang belum terdaftar sebagai peserta");
        assert_eq!(hits[0], ("belum".to_string(), NEG));
        assert_eq!(hits[1], ("terdaftar sebagai peserta".to_string(), PART));
        let hits = cues_of("bukan penerima upah");
        assert_eq!(hits, vec![("bukan penerima upah".to_string(), INFORMAL)]);
    }

    #[test]
    fn clitics_but_not_other_suffixes() {
        assert_eq!(cues_of("pesertanya")[0].1 & PART, PART);
        assert_eq!(cues_of("targetnya")[0].1 & TARGET, TARGET);
        assert!(cues_of("pekerjaan").is_empty());
        assert_eq!(cues_of("Non-Formal")[0].1, INFORMAL);
    }

    #[test]
    fn one_phrase_many_cues() {
        let c = cues_of("beasiswa")[0].1;
        assert_eq!(c & (BENEFIT | BEASISWA), BENEFIT | BEASISWA);
    }

    #[test]
    fn every_line_names_a_known_cue() {
        for line in TABLE.lines() {
            let name = line.split_once(':').map(|(n, _)| n.trim()).unwrap_or("");
            assert!(NAMES.iter().any(|(n, _)| *n == name), "unknown cue {name:?}");
        }
    }
}
