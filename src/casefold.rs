//! Case-insensitive groups for the patterns, without `regex`'s Unicode
//! case-folding table (its `unicode-case` feature, ~19 KB of the gzipped
//! WebAssembly module).
//!
//! A pattern keeps its `(?i:...)` groups as written; [`expand`] rewrites each
//! one into the classes Unicode simple case folding gives, letter by letter,
//! before the pattern is compiled. For ASCII letters that is the letter in both
//! cases, and for two of them a third character: `k` also matches U+212A
//! KELVIN SIGN and `s` U+017F LATIN SMALL LETTER LONG S. Other ASCII
//! characters fold to themselves. So `(?i:kamis)` becomes
//! `(?:[kK\x{212A}][aA][mM][iI][sS\x{17F}])`, the very class sequence `regex`
//! would have built from the table: the patterns match exactly what they
//! matched with `unicode-case`.
//!
//! Only what the patterns use is supported inside a group: literal ASCII
//! characters, escapes of single characters (`\.`), `|`, `?`, `*`, `+` and
//! non-capturing groups. Anything else (a class, a non-ASCII letter, a nested
//! flag) is left as it was; without `unicode-case` such a pattern fails to
//! compile, which every test that runs the stage would show.

/// `pattern` with every `(?i:...)` group rewritten as explicit classes (see
/// the module's documentation).
pub fn expand(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() * 2);
    let mut rest = pattern;
    while let Some(at) = rest.find("(?i:") {
        out.push_str(&rest[..at]);
        let body = &rest[at + 4..];
        match fold_group(body) {
            Some((folded, len)) => {
                out.push_str("(?:");
                out.push_str(&folded);
                out.push(')');
                rest = &body[len + 1..];
            }
            None => {
                out.push_str("(?i:");
                rest = body;
            }
        }
    }
    out.push_str(rest);
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

#[cfg(test)]
mod tests {
    use super::expand;

    #[test]
    fn groups_become_classes_and_the_rest_is_kept() {
        assert_eq!(
            expand(r"\b(?i:Kamis|s\.d\.?)\s+x"),
            r"\b(?:[kK\x{212A}][aA][mM][iI][sS\x{17F}]|[sS\x{17F}]\.[dD]\.?)\s+x"
        );
        assert_eq!(expand("(?i:(?:jan|feb)\\.?)!"), "(?:(?:[jJ][aA][nN]|[fF][eE][bB])\\.?)!");
        assert_eq!(expand("(?xi-u) per"), "(?xi-u) per");
    }

    #[test]
    fn unsupported_groups_are_left_as_written() {
        assert_eq!(expand("(?i:[a-z])"), "(?i:[a-z])");
        assert_eq!(expand(r"(?i:\d)"), r"(?i:\d)");
        assert_eq!(expand("(?i:é)"), "(?i:é)");
        assert_eq!(expand("(?i:open"), "(?i:open");
    }

    #[test]
    fn expanded_groups_match_what_case_folding_matches() {
        let re = regex::Regex::new(&expand(r"^(?i:kamis|SENIN)$")).unwrap();
        for s in ["KAMIS", "kamis", "\u{212A}ami\u{17F}", "Senin", "\u{17F}enin"] {
            assert!(re.is_match(s), "{s}");
        }
        for s in ["kami", "ka mis", "senin "] {
            assert!(!re.is_match(s), "{s}");
        }
    }
}
