//! The patterns as `regex` compiles them without its Unicode tables: the
//! WebAssembly build leaves out the `unicode-case` and `unicode-perl`
//! features (~19 KB and ~16 KB of the gzipped module), and [`expand`] rewrites
//! what needed them into explicit classes that match exactly the same
//! characters, before the pattern is compiled. Every pattern of the crate goes
//! through [`compile`].
//!
//! - A case-insensitive group `(?i:...)` becomes the classes Unicode simple
//!   case folding gives, letter by letter: for ASCII letters, the letter in both
//!   cases, and for two of them a third character: `k` also matches U+212A
//!   KELVIN SIGN and `s` U+017F LATIN SMALL LETTER LONG S. Other ASCII
//!   characters fold to themselves. So `(?i:kamis)` becomes
//!   `(?:[kK\x{212A}][aA][mM][iI][sS\x{17F}])`, the class sequence `regex`
//!   would have built from its table. Only literal ASCII characters, escapes of
//!   punctuation, `|`, quantifiers and non-capturing groups are supported
//!   inside such a group.
//! - `\w`, `\d` and `\s` (Unicode's word characters, decimal digits and white
//!   space) become their ranges, from the tables at the end of this file; `\S`
//!   outside a class becomes the negated class. Inside a class the ranges join
//!   the class (`[\w.-]`, `[^()\w]`).
//! - A Unicode word boundary `\b` needs a lookaround that no class can stand
//!   for: the patterns that used one were rewritten by hand (see
//!   `furniture::labels`), with a test against the original. An ASCII `(?-u:\b)`
//!   needs no table and stays.
//!
//! In a test build, [`compile`] refuses a pattern that still holds something
//! that needs a table (`\b`, `\p{..}`, a `(?i)` it could not expand), so that a
//! new pattern fails natively, where the full `regex` would have accepted it,
//! and not only in the browser.
//!
//! The tables are generated from `regex` itself (native builds keep its
//! Unicode features) and a test compares every code point:
//! `cargo test --lib pattern::tests::print_tables -- --ignored --nocapture`
//! prints them again for a new Unicode version.

use regex::Regex;

/// `pattern`, expanded (see the module's documentation) and compiled.
/// Panics if it does not compile, with `what` in the message, as the
/// patterns are the crate's own.
#[allow(clippy::disallowed_methods)] // the one place that calls Regex::new
pub fn compile(pattern: &str, what: &str) -> Regex {
    let expanded = expand(pattern);
    #[cfg(debug_assertions)]
    if let Some(bad) = needs_a_table(&expanded) {
        panic!("{what}: `{bad}` needs regex's Unicode tables, which the WebAssembly build has not");
    }
    match Regex::new(&expanded) {
        Ok(re) => re,
        Err(_) => panic!("{what} does not compile"),
    }
}

/// `pattern` with every `(?i:...)` group, `\w`, `\d`, `\s` and `\S` rewritten
/// as explicit classes (see the module's documentation).
pub fn expand(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() * 2);
    // Inside how many brackets of a class (nested classes count).
    let mut depth = 0usize;
    let mut rest = pattern;
    while let Some(c) = rest.chars().next() {
        if depth == 0 && rest.starts_with("(?i:") {
            if let Some((folded, len)) = fold_group(&rest[4..]) {
                out.push_str("(?:");
                out.push_str(&folded);
                out.push(')');
                rest = &rest[4 + len + 1..];
                continue;
            }
        }
        match c {
            '\\' => {
                let e = rest[1..].chars().next().unwrap_or('\\');
                let table = match e {
                    'w' => Some(&WORD[..]),
                    'd' => Some(&DIGIT[..]),
                    's' | 'S' => Some(&SPACE[..]),
                    _ => None,
                };
                match table {
                    Some(t) if depth > 0 && e != 'S' => push_ranges(&mut out, t),
                    Some(t) if depth == 0 => {
                        out.push_str(if e == 'S' { "[^" } else { "[" });
                        push_ranges(&mut out, t);
                        out.push(']');
                    }
                    _ => {
                        out.push('\\');
                        out.push(e);
                    }
                }
                rest = &rest[1 + e.len_utf8().min(rest.len() - 1)..];
                continue;
            }
            '[' => {
                depth += 1;
                out.push('[');
                rest = &rest[1..];
                // A `]` first in a class (after an optional `^`) is literal.
                for lead in ["^]", "]", "^"] {
                    if rest.starts_with(lead) {
                        out.push_str(lead);
                        rest = &rest[lead.len()..];
                        break;
                    }
                }
                continue;
            }
            ']' if depth > 0 => depth -= 1,
            _ => {}
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// The folded body of a group that starts at `body` and the length of that
/// body (up to its closing bracket), or `None` if it holds what [`expand`]
/// does not support.
fn fold_group(body: &str) -> Option<(String, usize)> {
    let mut out = String::new();
    let mut depth = 0usize;
    let mut chars = body.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' => {
                let (_, e) = chars.next()?;
                if e.is_ascii_alphanumeric() {
                    return None; // `\x..`, `\d`, `\b`: not a single literal
                }
                out.push('\\');
                out.push(e);
            }
            '(' => {
                if !body[i..].starts_with("(?:") {
                    return None;
                }
                depth += 1;
                out.push('(');
            }
            ')' if depth == 0 => return Some((out, i)),
            ')' => {
                depth -= 1;
                out.push(')');
            }
            'k' | 'K' => out.push_str("[kK\\x{212A}]"),
            's' | 'S' => out.push_str("[sS\\x{17F}]"),
            c if c.is_ascii_alphabetic() => {
                out.push('[');
                out.push(c.to_ascii_lowercase());
                out.push(c.to_ascii_uppercase());
                out.push(']');
            }
            '[' | '{' => return None,
            c if !c.is_ascii() => return None,
            c => out.push(c),
        }
    }
    None
}

/// Appends the ranges of a table as class items (`\x{30}-\x{39}\x{41}-...`).
/// A table is a list of LEB128 numbers, two per range: the gap from the end of
/// the previous range (from 0 for the first) and the length less one.
fn push_ranges(out: &mut String, table: &[u8]) {
    let mut bytes = table.iter();
    let mut next = || {
        let (mut n, mut shift) = (0u32, 0);
        for &b in bytes.by_ref() {
            n |= u32::from(b & 0x7F) << shift;
            shift += 7;
            if b < 0x80 {
                return Some(n);
            }
        }
        None
    };
    let mut end = 0u32;
    let mut first = true;
    while let (Some(gap), Some(len)) = (next(), next()) {
        let start = if first { gap } else { end + 1 + gap };
        first = false;
        end = start + len;
        push_hex(out, start);
        if len > 0 {
            out.push('-');
            push_hex(out, end);
        }
    }
}

fn push_hex(out: &mut String, u: u32) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    out.push_str("\\x{");
    let digits = (32 - (u | 1).leading_zeros()).div_ceil(4);
    for k in (0..digits).rev() {
        out.push(HEX[(u >> (4 * k)) as usize & 0xF] as char);
    }
    out.push('}');
}

/// What in an expanded pattern would need one of regex's Unicode tables, if
/// anything: a Perl class or Unicode property left as it was, a Unicode word
/// boundary, or a case-insensitive group that could not be expanded. Patterns
/// that turn Unicode off for the whole pattern (`(?xi-u)`) need none.
#[cfg(any(test, debug_assertions))]
fn needs_a_table(pattern: &str) -> Option<&str> {
    let flags_end = pattern.find(')').unwrap_or(0);
    if pattern.starts_with("(?") && pattern[..flags_end].contains("-u") && !pattern[..flags_end].contains(':')
    {
        return None;
    }
    let bytes = pattern.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' if i + 1 < bytes.len() => {
                let e = bytes[i + 1];
                let ascii_boundary = pattern[..i].ends_with("(?-u:");
                if matches!(e, b'w' | b'W' | b'd' | b'D' | b's' | b'S' | b'p' | b'P')
                    || (matches!(e, b'b' | b'B') && !ascii_boundary)
                {
                    return Some(&pattern[i..i + 2]);
                }
                i += 2;
            }
            b'(' if pattern[i..].starts_with("(?i") && !pattern[i..].starts_with("(?i-u") => {
                return Some("(?i");
            }
            _ => i += 1,
        }
    }
    None
}

// ---- Generated by `tests::print_tables` (see the module's documentation) ----
static WORD: [u8; 1673] = [
    48, 9, 7, 25, 4, 0, 1, 25, 47, 0, 10, 0, 4, 0, 5, 22, 1, 30, 1, 201, 3, 4, 11, 14, 4, 7, 0, 1, 0, 17,
    116, 1, 1, 2, 3, 1, 0, 6, 0, 1, 2, 1, 0, 1, 19, 1, 82, 1, 138, 1, 1, 172, 1, 1, 37, 2, 0, 6, 40, 8, 44,
    1, 0, 1, 1, 1, 1, 1, 0, 8, 26, 4, 3, 29, 10, 5, 73, 4, 101, 1, 7, 2, 9, 1, 18, 2, 0, 16, 58, 2, 100, 14,
    53, 4, 0, 2, 0, 2, 45, 18, 27, 4, 10, 5, 23, 1, 5, 8, 74, 1, 128, 1, 2, 9, 1, 18, 1, 7, 2, 1, 2, 21, 1,
    6, 1, 0, 3, 3, 2, 8, 2, 1, 2, 3, 8, 0, 4, 1, 1, 4, 2, 11, 10, 0, 1, 0, 2, 2, 1, 5, 4, 1, 2, 21, 1, 6, 1,
    1, 1, 1, 1, 1, 2, 0, 1, 4, 4, 1, 2, 2, 3, 0, 7, 3, 1, 0, 7, 15, 11, 2, 1, 8, 1, 2, 1, 21, 1, 6, 1, 1, 1,
    4, 2, 9, 1, 2, 1, 2, 2, 0, 15, 3, 2, 9, 9, 6, 1, 2, 1, 7, 2, 1, 2, 21, 1, 6, 1, 1, 1, 4, 2, 8, 2, 1, 2,
    2, 7, 2, 4, 1, 1, 4, 2, 9, 1, 0, 16, 1, 1, 5, 3, 2, 1, 3, 3, 1, 1, 0, 1, 1, 3, 1, 3, 2, 3, 11, 4, 4, 3,
    2, 1, 3, 2, 0, 6, 0, 14, 9, 16, 12, 1, 2, 1, 22, 1, 15, 2, 8, 1, 2, 1, 3, 7, 1, 1, 2, 2, 0, 2, 3, 2, 9,
    16, 3, 1, 7, 1, 2, 1, 22, 1, 9, 1, 4, 2, 8, 1, 2, 1, 3, 7, 1, 6, 1, 1, 3, 2, 9, 1, 2, 12, 12, 1, 2, 1,
    50, 1, 2, 1, 4, 5, 3, 7, 4, 2, 9, 10, 5, 1, 2, 1, 17, 3, 23, 1, 8, 1, 0, 2, 6, 3, 0, 4, 5, 1, 0, 1, 7, 6,
    9, 2, 1, 13, 57, 5, 14, 1, 9, 39, 1, 1, 0, 1, 4, 1, 23, 1, 0, 1, 22, 2, 4, 1, 0, 1, 6, 1, 9, 2, 3, 32, 0,
    23, 1, 6, 9, 11, 0, 1, 0, 1, 0, 4, 9, 1, 35, 4, 19, 1, 17, 1, 35, 9, 0, 57, 73, 6, 77, 2, 37, 1, 0, 5, 0,
    2, 42, 1, 204, 2, 1, 3, 2, 6, 1, 0, 1, 3, 2, 40, 1, 3, 2, 32, 1, 3, 2, 6, 1, 0, 1, 3, 2, 14, 1, 56, 1, 3,
    2, 66, 2, 2, 32, 15, 16, 85, 2, 5, 3, 235, 4, 2, 16, 1, 25, 5, 74, 3, 10, 7, 21, 9, 21, 11, 19, 12, 12,
    1, 2, 1, 1, 12, 83, 3, 0, 4, 1, 2, 9, 33, 2, 1, 10, 6, 88, 7, 42, 5, 69, 10, 30, 1, 11, 4, 11, 10, 39, 2,
    4, 11, 43, 4, 25, 6, 9, 38, 27, 4, 62, 1, 28, 2, 10, 6, 9, 13, 0, 8, 30, 49, 76, 3, 9, 17, 8, 12, 115,
    12, 55, 8, 9, 3, 48, 2, 10, 5, 42, 2, 2, 16, 2, 1, 38, 5, 149, 4, 2, 5, 2, 37, 2, 5, 2, 7, 1, 0, 1, 0, 1,
    0, 1, 30, 2, 52, 1, 6, 1, 0, 3, 2, 1, 6, 3, 3, 2, 5, 4, 12, 5, 2, 1, 6, 15, 1, 49, 1, 19, 0, 28, 0, 13,
    0, 16, 12, 51, 32, 17, 0, 4, 0, 2, 9, 1, 0, 3, 4, 6, 0, 1, 0, 1, 0, 1, 3, 1, 10, 2, 3, 5, 4, 4, 0, 17,
    40, 173, 6, 51, 150, 14, 228, 1, 6, 8, 12, 37, 1, 0, 5, 0, 2, 55, 7, 0, 15, 23, 9, 6, 1, 6, 1, 6, 1, 6,
    1, 6, 1, 6, 1, 6, 1, 6, 1, 31, 47, 0, 213, 3, 2, 25, 14, 1, 4, 2, 4, 4, 85, 2, 1, 2, 2, 1, 89, 1, 3, 5,
    42, 1, 93, 17, 31, 48, 15, 128, 4, 191, 51, 64, 140, 173, 1, 67, 45, 2, 140, 2, 3, 27, 20, 50, 1, 9, 1,
    114, 37, 8, 2, 102, 2, 66, 2, 1, 1, 0, 1, 7, 21, 53, 4, 0, 19, 51, 12, 69, 10, 9, 6, 23, 3, 0, 1, 48, 2,
    35, 12, 28, 3, 64, 14, 10, 6, 30, 1, 54, 9, 13, 2, 9, 6, 22, 3, 72, 24, 2, 2, 15, 2, 4, 10, 5, 2, 5, 2,
    5, 9, 6, 1, 6, 1, 42, 1, 13, 6, 122, 1, 1, 2, 9, 6, 163, 87, 12, 22, 4, 48, 132, 66, 237, 2, 2, 105, 38,
    6, 12, 4, 5, 11, 1, 12, 1, 4, 1, 0, 1, 1, 1, 1, 1, 107, 33, 234, 2, 18, 63, 2, 53, 40, 11, 4, 15, 16, 15,
    3, 1, 24, 2, 32, 4, 1, 134, 1, 19, 9, 7, 25, 4, 0, 1, 25, 11, 88, 3, 5, 2, 5, 2, 5, 2, 2, 35, 11, 1, 25,
    1, 18, 1, 1, 1, 14, 2, 13, 34, 122, 69, 52, 136, 1, 0, 130, 1, 28, 3, 48, 15, 0, 31, 31, 13, 29, 5, 42,
    5, 29, 2, 35, 4, 7, 1, 4, 42, 157, 1, 2, 9, 6, 35, 4, 35, 4, 39, 8, 51, 12, 10, 1, 14, 1, 6, 1, 1, 1, 10,
    1, 14, 1, 6, 1, 1, 3, 51, 12, 182, 2, 9, 21, 10, 7, 24, 5, 1, 41, 1, 8, 69, 5, 2, 0, 1, 43, 1, 1, 3, 0,
    2, 22, 10, 22, 9, 30, 65, 18, 1, 1, 10, 21, 10, 25, 70, 55, 6, 1, 64, 3, 1, 1, 5, 7, 1, 2, 1, 28, 2, 2,
    4, 0, 32, 28, 3, 28, 35, 7, 1, 29, 25, 53, 10, 21, 10, 18, 13, 17, 110, 72, 55, 50, 13, 50, 13, 39, 8, 9,
    6, 37, 3, 4, 1, 22, 250, 1, 41, 1, 1, 3, 1, 16, 2, 55, 32, 10, 0, 8, 32, 31, 21, 42, 20, 27, 22, 9, 70,
    31, 15, 9, 59, 7, 0, 13, 24, 7, 9, 6, 52, 1, 9, 4, 3, 8, 35, 2, 0, 9, 68, 4, 3, 1, 12, 1, 0, 35, 17, 1,
    36, 6, 3, 62, 6, 1, 0, 1, 3, 1, 14, 1, 9, 7, 58, 5, 9, 6, 3, 1, 7, 2, 1, 2, 21, 1, 6, 1, 1, 1, 4, 1, 9,
    2, 1, 2, 2, 2, 0, 6, 0, 5, 6, 2, 6, 3, 4, 11, 9, 1, 0, 2, 0, 1, 37, 1, 9, 1, 0, 2, 0, 1, 3, 1, 7, 13, 1,
    29, 74, 5, 9, 4, 3, 30, 69, 1, 0, 8, 9, 166, 1, 53, 2, 8, 23, 5, 34, 64, 3, 0, 11, 9, 38, 56, 7, 9, 6,
    19, 28, 26, 2, 14, 4, 9, 6, 6, 185, 1, 58, 101, 73, 21, 7, 2, 0, 2, 7, 1, 1, 1, 29, 1, 1, 2, 8, 12, 9,
    70, 7, 2, 45, 2, 7, 1, 1, 27, 62, 8, 0, 8, 73, 3, 0, 18, 72, 199, 1, 32, 15, 9, 6, 8, 1, 44, 1, 8, 15, 9,
    24, 29, 2, 21, 1, 13, 73, 6, 1, 1, 1, 43, 3, 0, 1, 1, 1, 8, 8, 9, 6, 5, 1, 1, 1, 36, 1, 1, 1, 5, 7, 9,
    182, 2, 22, 9, 16, 1, 40, 3, 4, 13, 10, 85, 0, 79, 153, 7, 102, 110, 17, 195, 1, 204, 20, 96, 15, 175, 8,
    16, 21, 10, 154, 31, 5, 198, 4, 185, 53, 57, 198, 13, 184, 4, 7, 30, 1, 9, 6, 78, 1, 9, 6, 29, 2, 4, 11,
    54, 9, 3, 12, 9, 9, 20, 5, 18, 176, 3, 44, 3, 9, 198, 1, 63, 128, 1, 74, 4, 56, 7, 16, 64, 1, 1, 1, 11,
    1, 14, 247, 47, 8, 213, 9, 41, 9, 231, 69, 3, 1, 6, 1, 1, 1, 162, 2, 15, 0, 29, 2, 2, 0, 14, 3, 8, 139,
    3, 132, 18, 106, 5, 12, 3, 8, 7, 9, 3, 1, 209, 32, 9, 134, 4, 45, 2, 22, 158, 4, 4, 3, 5, 8, 7, 2, 6, 30,
    3, 148, 1, 2, 187, 3, 84, 1, 70, 1, 1, 2, 0, 2, 1, 2, 3, 1, 11, 1, 0, 1, 6, 1, 64, 1, 3, 2, 7, 1, 6, 1,
    27, 1, 3, 1, 4, 1, 0, 3, 6, 1, 211, 2, 2, 24, 1, 24, 1, 30, 1, 24, 1, 30, 1, 24, 1, 30, 1, 24, 1, 30, 1,
    24, 1, 7, 2, 49, 128, 4, 54, 4, 49, 8, 0, 14, 0, 22, 4, 1, 14, 208, 8, 30, 6, 5, 213, 1, 6, 1, 16, 2, 6,
    1, 1, 1, 4, 5, 61, 33, 0, 112, 44, 3, 13, 2, 9, 4, 0, 193, 2, 30, 17, 57, 214, 3, 41, 214, 1, 42, 229, 3,
    6, 1, 3, 1, 1, 1, 14, 1, 196, 1, 11, 6, 41, 75, 4, 9, 166, 9, 3, 1, 26, 1, 1, 1, 0, 2, 0, 1, 9, 1, 3, 1,
    0, 1, 0, 6, 0, 4, 0, 1, 0, 1, 0, 1, 2, 1, 1, 1, 0, 2, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 1, 1, 0, 2, 3, 1, 6,
    1, 3, 1, 3, 1, 0, 1, 9, 1, 16, 5, 2, 1, 4, 1, 16, 244, 4, 25, 6, 25, 6, 25, 230, 20, 9, 134, 8, 223, 205,
    2, 32, 185, 32, 6, 221, 1, 2, 129, 45, 14, 176, 58, 15, 237, 4, 162, 19, 157, 4, 226, 11, 202, 38, 5,
    223, 32, 208, 186, 43, 239, 1,
];
static DIGIT: [u8; 186] = [
    48, 9, 166, 12, 9, 134, 1, 9, 198, 1, 9, 156, 3, 9, 118, 9, 118, 9, 118, 9, 118, 9, 118, 9, 118, 9, 118,
    9, 118, 9, 118, 9, 96, 9, 118, 9, 70, 9, 150, 2, 9, 70, 9, 198, 14, 9, 38, 9, 172, 2, 9, 128, 1, 9, 166,
    1, 9, 6, 9, 182, 1, 9, 86, 9, 134, 1, 9, 6, 9, 198, 147, 2, 9, 166, 5, 9, 38, 9, 198, 1, 9, 22, 9, 86, 9,
    150, 3, 9, 150, 166, 1, 9, 134, 11, 9, 134, 17, 9, 6, 9, 156, 6, 9, 128, 1, 9, 60, 9, 144, 1, 9, 150, 2,
    9, 214, 2, 9, 118, 9, 246, 2, 9, 102, 9, 6, 19, 76, 9, 166, 3, 9, 102, 9, 150, 5, 9, 86, 9, 246, 1, 9,
    70, 9, 166, 3, 9, 214, 131, 1, 9, 166, 18, 9, 86, 9, 134, 1, 9, 150, 4, 9, 246, 190, 1, 9, 212, 21, 49,
    192, 18, 9, 166, 3, 9, 246, 3, 9, 247, 1, 9, 213, 6, 9, 150, 37, 9,
];
static SPACE: [u8; 23] =
    [9, 4, 18, 0, 100, 0, 26, 0, 223, 43, 0, 255, 18, 10, 29, 1, 5, 0, 47, 0, 160, 31, 0];

#[cfg(test)]
// The tests compare with regex's own Unicode classes (native builds have them).
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    /// Every code point in order, as one string, and where each one starts.
    fn all_chars() -> (String, Vec<usize>) {
        let mut s = String::new();
        let mut starts = Vec::new();
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            starts.push(s.len());
            s.push(c);
        }
        (s, starts)
    }

    /// The code point ranges a pattern such as `\w+` matches in [`all_chars`].
    fn ranges_of(re: &Regex, all: &(String, Vec<usize>)) -> Vec<(u32, u32)> {
        let (s, _) = all;
        re.find_iter(s)
            .map(|m| {
                let first = s[m.start()..].chars().next().unwrap() as u32;
                let last = s[..m.end()].chars().next_back().unwrap() as u32;
                (first, last)
            })
            .collect()
    }

    fn decode(table: &[u8]) -> Vec<(u32, u32)> {
        let mut out = String::new();
        push_ranges(&mut out, table);
        let re = Regex::new(&format!("[{out}]+")).unwrap();
        ranges_of(&re, &all_chars())
    }

    #[test]
    fn perl_classes_expand_to_the_same_characters() {
        let all = all_chars();
        for (perl, table) in [(r"\w+", &WORD[..]), (r"\d+", &DIGIT[..]), (r"\s+", &SPACE[..])] {
            // Native builds keep regex's Unicode tables: the reference.
            let reference = ranges_of(&Regex::new(perl).unwrap(), &all);
            assert_eq!(decode(table), reference, "{perl}");
            assert_eq!(ranges_of(&Regex::new(&expand(perl)).unwrap(), &all), reference, "{perl}");
        }
        for p in [r"[^()\w]+", r"[\w.-]+", r"\S+", r"[A-Z\d'&]+", r"[\s.,-]+"] {
            let reference = ranges_of(&Regex::new(p).unwrap(), &all);
            assert_eq!(ranges_of(&Regex::new(&expand(p)).unwrap(), &all), reference, "{p}");
        }
    }

    #[test]
    fn groups_become_classes_and_the_rest_is_kept() {
        assert_eq!(
            expand(r"(?-u:\b)(?i:Kamis|s\.d\.?)[\x20\t\n]+x"),
            r"(?-u:\b)(?:[kK\x{212A}][aA][mM][iI][sS\x{17F}]|[sS\x{17F}]\.[dD]\.?)[\x20\t\n]+x"
        );
        assert_eq!(expand("(?i:(?:jan|feb)\\.?)!"), "(?:(?:[jJ][aA][nN]|[fF][eE][bB])\\.?)!");
        assert_eq!(expand("(?xi-u) per"), "(?xi-u) per");
        assert_eq!(
            expand(r"[]\s]"),
            r"[]\x{9}-\x{D}\x{20}\x{85}\x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}-\x{2029}\x{202F}\x{205F}\x{3000}]"
        );
    }

    #[test]
    fn unsupported_groups_are_left_as_written_and_refused() {
        assert_eq!(expand("(?i:[a-z])"), "(?i:[a-z])");
        assert_eq!(needs_a_table(&expand(r"(?i:\d)")), Some("(?i"));
        assert_eq!(expand("(?i:é)"), "(?i:é)");
        assert_eq!(needs_a_table(&expand("(?i:é)")), Some("(?i"));
        assert_eq!(needs_a_table(&expand(r"\bby\b")), Some(r"\b"));
        assert_eq!(needs_a_table(&expand(r"\p{L}")), Some(r"\p"));
        assert_eq!(needs_a_table(&expand(r"(?-u:\b)[\w]\s(?i:x)")), None);
        assert_eq!(needs_a_table(r"(?xi-u)\bper\b"), None);
    }

    #[test]
    fn expanded_groups_match_what_case_folding_matches() {
        let re = compile(r"^(?i:kamis|SENIN)$", "test");
        for s in ["KAMIS", "kamis", "\u{212A}ami\u{17F}", "Senin", "\u{17F}enin"] {
            assert!(re.is_match(s), "{s}");
        }
        for s in ["kami", "ka mis", "senin "] {
            assert!(!re.is_match(s), "{s}");
        }
        // And exactly what regex's own case folding matches (native builds have it).
        let all = all_chars();
        for b in 0x20u8..0x7F {
            let c = regex::escape(&(b as char).to_string());
            let reference = ranges_of(&Regex::new(&format!("(?i:{c})")).unwrap(), &all);
            assert_eq!(
                ranges_of(&Regex::new(&expand(&format!("(?i:{c})"))).unwrap(), &all),
                reference,
                "{c}"
            );
        }
    }

    /// Prints the tables above from native `regex` (see the module's documentation).
    #[test]
    #[ignore]
    fn print_tables() {
        let all = all_chars();
        for (name, perl) in [("WORD", r"\w+"), ("DIGIT", r"\d+"), ("SPACE", r"\s+")] {
            let mut bytes = Vec::new();
            let mut leb = |mut n: u32| loop {
                let b = (n & 0x7F) as u8;
                n >>= 7;
                if n == 0 {
                    bytes.push(b);
                    break;
                }
                bytes.push(b | 0x80);
            };
            let mut end: Option<u32> = None;
            for (s, e) in ranges_of(&Regex::new(perl).unwrap(), &all) {
                leb(end.map_or(s, |end| s - end - 1));
                leb(e - s);
                end = Some(e);
            }
            println!("static {name}: [u8; {}] = {bytes:?};", bytes.len());
        }
    }
}
