//! Indonesian number words: decides whether a run of words (`dua ratus ribu`,
//! `sebelas`, `ribuan`, `separuh`) spells a number, and what it is worth.
//!
//! This module only reads the words; [`crate::quantities`] decides whether the
//! number counts something (a bare `dua` in `dua hari` is left to it). Cost:
//! constant work per word, words are read left to right once.

/// A number spelt in words.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WordNumber {
    /// Byte offset just past the last word that belongs to the number.
    pub end: usize,
    pub value: f64,
    /// Place value of the smallest word spoken (`dua ratus ribu` is 100 000).
    pub step: f64,
    /// `ribuan`, `puluhan ribu`: "thousands of", a lower bound rather than a value.
    pub collective: bool,
    /// `separuh`, `setengah`, `sepertiga` on their own: a share, in percent.
    pub fraction: bool,
    /// A scale word (`ribu`, `juta`, ...) was part of the number.
    pub scaled: bool,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Word {
    Unit(f64),
    Belas,
    Puluh,
    Ratus,
    /// `sepuluh`, `sebelas`, `seratus`: a whole value and its place.
    Se(f64, f64),
    Scale(f64),
    /// `seribu`, `sejuta`: one of a scale.
    SeScale(f64),
    Setengah,
    Collective(f64),
    Fraction(f64),
}

fn word(w: &str) -> Option<Word> {
    use Word::*;
    Some(match w {
        "satu" => Unit(1.0),
        "dua" => Unit(2.0),
        "tiga" => Unit(3.0),
        "empat" => Unit(4.0),
        "lima" => Unit(5.0),
        "enam" => Unit(6.0),
        "tujuh" => Unit(7.0),
        "delapan" => Unit(8.0),
        "sembilan" => Unit(9.0),
        "belas" => Belas,
        "puluh" => Puluh,
        "ratus" => Ratus,
        "sepuluh" => Se(10.0, 10.0),
        "sebelas" => Se(11.0, 1.0),
        "seratus" => Se(100.0, 100.0),
        "ribu" => Scale(1e3),
        "juta" => Scale(1e6),
        "miliar" | "milyar" => Scale(1e9),
        "triliun" | "trilyun" => Scale(1e12),
        "seribu" => SeScale(1e3),
        "sejuta" => SeScale(1e6),
        "semiliar" | "semilyar" => SeScale(1e9),
        "setriliun" => SeScale(1e12),
        "setengah" => Setengah,
        "belasan" => Collective(10.0),
        "puluhan" => Collective(10.0),
        "ratusan" => Collective(100.0),
        "ribuan" => Collective(1e3),
        "jutaan" => Collective(1e6),
        "miliaran" | "milyaran" => Collective(1e9),
        "triliunan" => Collective(1e12),
        "separuh" => Fraction(50.0),
        "seperdua" => Fraction(50.0),
        "sepertiga" => Fraction(100.0 / 3.0),
        "seperempat" => Fraction(25.0),
        _ => return None,
    })
}

/// Lowercased ASCII word starting at `start`, and its end. Non-ASCII letters end
/// the word (no Indonesian number word has one).
fn word_at(text: &str, start: usize) -> (String, usize) {
    let bytes = text.as_bytes();
    let mut end = start;
    while end < bytes.len() && bytes[end].is_ascii_alphabetic() && end - start < 16 {
        end += 1;
    }
    (text[start..end].to_ascii_lowercase(), end)
}

/// True when `w` could start a number in words (used to skip other words fast).
pub fn starts_number(w: &str) -> bool {
    word(w).is_some_and(|w| !matches!(w, Word::Belas | Word::Puluh | Word::Ratus | Word::Scale(_)))
}

/// Reads the number spelt from `start` (which must begin a word). `None` when the
/// first word is not a number word or the words do not make a number.
pub fn read(text: &str, start: usize) -> Option<WordNumber> {
    let bytes = text.as_bytes();
    let mut total = 0.0f64; // completed scale groups
    let mut group = 0.0f64; // below the current scale
    let mut pending: Option<f64> = None; // a unit waiting for belas/puluh/ratus
    let mut place = 1.0f64; // place of the smallest word in `group`
    let mut step = 1.0f64; // place of the smallest word overall
    let mut last_scale = f64::INFINITY;
    let mut collective = false;
    let mut fraction = None;
    let mut scaled = false;
    let mut end = start;
    let mut pos = start;
    let mut words = 0;
    loop {
        let (w, wend) = word_at(text, pos);
        // A word glued to a hyphen (`satu-satunya`, `dua-duanya`) is not a number.
        if wend == pos || bytes.get(wend).is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'-') {
            break;
        }
        let Some(kind) = word(&w) else { break };
        let free = fraction.is_none() && !collective;
        let ok = match kind {
            Word::Unit(u) if free && pending.is_none() && (group == 0.0 || u < place) => {
                pending = Some(u);
                true
            }
            Word::Belas | Word::Puluh | Word::Ratus if pending.is_some() => {
                let u = pending.unwrap_or(0.0);
                let (add, p) = match kind {
                    Word::Belas => (10.0 + u, 1.0),
                    Word::Puluh => (u * 10.0, 10.0),
                    _ => (u * 100.0, 100.0),
                };
                if group == 0.0 || p < place {
                    pending = None;
                    group += add;
                    place = p;
                    true
                } else {
                    false
                }
            }
            Word::Se(v, p) if free && pending.is_none() && (group == 0.0 || v < place) => {
                group += v;
                place = p;
                true
            }
            Word::Scale(s) if s < last_scale && (pending.is_some() || group > 0.0) => {
                let p = if pending.is_some() { 1.0 } else { place };
                total += (group + pending.take().unwrap_or(0.0)) * s;
                step = p * s;
                group = 0.0;
                place = 1.0;
                last_scale = s;
                scaled = true;
                true
            }
            Word::SeScale(s) if free && pending.is_none() && group == 0.0 && s < last_scale => {
                total += s;
                step = s;
                last_scale = s;
                scaled = true;
                true
            }
            Word::Setengah if free && (pending.is_some() || group == 0.0) => {
                group += pending.take().unwrap_or(0.0) + 0.5;
                place = 0.5;
                true
            }
            Word::Collective(c) if words == 0 => {
                collective = true;
                if c >= 1e3 {
                    total = c;
                    step = c;
                    last_scale = c;
                    scaled = true;
                } else {
                    group = c;
                    place = c;
                }
                true
            }
            Word::Fraction(f) if words == 0 => {
                fraction = Some(f);
                true
            }
            _ => false,
        };
        if !ok {
            break;
        }
        words += 1;
        end = wend;
        // The next word must follow after exactly one space.
        if bytes.get(wend) == Some(&b' ') && bytes.get(wend + 1).is_some_and(|b| b.is_ascii_alphabetic()) {
            pos = wend + 1;
        } else {
            break;
        }
    }
    if words == 0 {
        return None;
    }
    if let Some(f) = fraction {
        return Some(WordNumber {
            end,
            value: f,
            step: 10.0,
            collective: false,
            fraction: true,
            scaled: false,
        });
    }
    if let Some(u) = pending {
        group += u;
        place = 1.0;
    }
    let value = total + group;
    if value <= 0.0 {
        return None;
    }
    if group > 0.0 {
        step = place;
    }
    Some(WordNumber { end, value, step, collective, fraction: false, scaled })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn val(s: &str) -> (f64, f64, usize) {
        let n = read(s, 0).unwrap_or_else(|| panic!("{s}"));
        (n.value, n.step, n.end)
    }

    #[test]
    fn compounds() {
        assert_eq!(val("dua ratus ribu orang"), (200_000.0, 100_000.0, 14));
        assert_eq!(val("sebelas"), (11.0, 1.0, 7));
        assert_eq!(val("dua belas"), (12.0, 1.0, 9));
        assert_eq!(val("tiga puluh lima"), (35.0, 1.0, 15));
        assert_eq!(val("seratus dua puluh"), (120.0, 10.0, 17));
        assert_eq!(val("satu juta"), (1e6, 1e6, 9));
        assert_eq!(val("dua juta lima ratus ribu"), (2.5e6, 1e5, 24));
        assert_eq!(val("satu setengah juta"), (1.5e6, 5e5, 18));
        assert_eq!(val("seribu"), (1e3, 1e3, 6));
    }

    #[test]
    fn collectives_and_fractions() {
        let n = read("puluhan ribu pekerja", 0).unwrap();
        assert!(n.collective);
        assert_eq!((n.value, n.step, n.end), (1e4, 1e4, 12));
        let n = read("separuh dari", 0).unwrap();
        assert!(n.fraction);
        assert_eq!(n.value, 50.0);
    }

    #[test]
    fn non_numbers() {
        assert!(read("satu-satunya", 0).is_none());
        assert!(read("kedua", 0).is_none());
        assert_eq!(val("dua tiga"), (2.0, 1.0, 3));
    }
}
