//! Plain-text normalisation shared by every dialect.
//!
//! Whitespace runs (spaces, tabs, NBSP, thin and other Unicode spaces) become one space,
//! zero-width characters vanish, and the result is trimmed. Dashes are left as written: the
//! value parsers accept every dash ([`is_dash`]).

/// Collapse whitespace, drop zero-width characters, trim.
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.chars() {
        if is_zero_width(c) {
            continue;
        }
        if c.is_whitespace() || c.is_control() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(c);
    }
    out
}

/// Normalise each line and join the non-empty ones with `\n`.
pub fn normalize_lines<'a>(lines: impl IntoIterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for l in lines {
        let n = normalize(l);
        if n.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&n);
    }
    out
}

/// Characters that render as nothing (zero-width space/joiners, word joiner, BOM).
pub fn is_zero_width(c: char) -> bool {
    matches!(
        c,
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'
    )
}

/// Any dash that may join a range: hyphen, the Unicode dashes and the minus sign.
pub fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}'
            | '\u{2011}'
            | '\u{2012}'
            | '\u{2013}'
            | '\u{2014}'
            | '\u{2015}'
            | '\u{2212}'
    )
}

/// Whether `s` ends a sentence (`.`, `!`, `?`, possibly before a closing quote or bracket).
pub fn ends_sentence(s: &str) -> bool {
    let t = s.trim_end_matches(['"', '\'', ')', '”', '’', ']']);
    t.ends_with(['.', '!', '?', '…'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes_every_space() {
        assert_eq!(
            normalize("  7\u{a0}years,\t4\u{2009}months \u{200b}"),
            "7 years, 4 months"
        );
        assert_eq!(normalize_lines(["a ", "", "  b"]), "a\nb");
        assert!(is_dash('—') && is_dash('−') && !is_dash('~'));
    }
}
