//! Plain-text normalisation shared by every dialect.
//!
//! Whitespace runs (spaces, tabs, NBSP, thin and other Unicode spaces) become one space,
//! zero-width characters vanish, and the result is trimmed. Dashes are left as written: the
//! value parsers accept every dash ([`is_dash`]).

/// Collapse whitespace, drop zero-width characters, trim.
pub fn normalize(s: &str) -> String {
    let t = s.trim_matches(|c: char| c.is_whitespace() || c.is_control() || is_zero_width(c));
    // fast path: plain text without runs, tabs, controls or special spaces is copied as is
    if is_plain(t.as_bytes()) {
        return t.to_owned();
    }
    // copy the runs between whitespace in one piece each
    let mut out = String::with_capacity(t.len());
    let mut pending_space = false;
    let mut run = 0;
    for (i, c) in t.char_indices() {
        let space = c.is_whitespace() || c.is_control();
        if !space && !is_zero_width(c) {
            continue;
        }
        if run < i {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&t[run..i]);
            pending_space = false;
        }
        pending_space |= space;
        run = i + c.len_utf8();
    }
    if run < t.len() {
        if pending_space && !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&t[run..]);
    }
    out
}

/// No byte that [`normalize`] would change: no control or tab, no double space, and no lead
/// byte of a Unicode space or zero-width character (`C2` NBSP/soft hyphen, `E1 9A`/`E1 A0`,
/// `E2 80`/`E2 81`, `E3 80`, `EF BB` BOM).
fn is_plain(b: &[u8]) -> bool {
    let mut prev_space = false;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match c {
            b' ' => {
                if prev_space {
                    return false;
                }
                prev_space = true;
                i += 1;
                continue;
            }
            0..=0x1f | 0x7f | 0xc2 => return false,
            0xe1 if matches!(b.get(i + 1), Some(0x9a | 0xa0)) => return false,
            // E2 80 90–A7 are dashes, quotes, daggers and bullets: they keep the fast path;
            // the rest of E2 80/81 holds the Unicode spaces and zero-width characters
            0xe2 if b.get(i + 1) == Some(&0x81)
                || (b.get(i + 1) == Some(&0x80) && !matches!(b.get(i + 2), Some(0x90..=0xa7))) =>
            {
                return false
            }
            0xe3 if b.get(i + 1) == Some(&0x80) => return false,
            0xef if b.get(i + 1) == Some(&0xbb) => return false,
            _ => {}
        }
        prev_space = false;
        i += 1;
    }
    true
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
    let mut t = s.trim_end();
    // trailing footnote markers: `fields.[1][2]`
    while t.ends_with(']') {
        match t.rfind('[') {
            Some(open) => t = t[..open].trim_end(),
            None => break,
        }
    }
    let t = t.trim_end_matches(['"', '\'', ')', '”', '’']);
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
        // the fast path must agree with the slow one
        for t in [
            "a – b “q”",
            "a\u{2028}b",
            "a\u{2009}b",
            "a\u{200b}b",
            "x\u{3000}y",
            "Hồ Chí Minh",
            "a\u{1680}b",
            "a\u{2060}b",
        ] {
            let slow: String = t
                .split(|c: char| c.is_whitespace())
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
                .chars()
                .filter(|c| !is_zero_width(*c))
                .collect();
            assert_eq!(normalize(t), slow, "{t:?}");
        }
    }
    /// The char-by-char definition [`normalize`] must equal.
    fn reference(s: &str) -> String {
        let mut out = String::new();
        let mut pending = false;
        for c in s.chars() {
            if c.is_whitespace() || c.is_control() {
                pending = true;
            } else if !is_zero_width(c) {
                if pending && !out.is_empty() {
                    out.push(' ');
                }
                pending = false;
                out.push(c);
            }
        }
        out
    }

    #[test]
    fn normalize_equals_the_char_definition() {
        let alphabet = [
            "a",
            " ",
            "\t",
            "\n",
            "\u{7f}",
            "\u{85}",
            "\u{a0}",
            "\u{ad}",
            "\u{e9}",
            "\u{1680}",
            "\u{2009}",
            "\u{200b}",
            "\u{2013}",
            "\u{2028}",
            "\u{2060}",
            "\u{3000}",
            "\u{feff}",
            "\u{1f600}",
            "\u{4e2d}",
        ];
        let n = alphabet.len();
        for len in 1..=4u32 {
            for code in 0..n.pow(len) {
                let mut s = String::new();
                let mut k = code;
                for _ in 0..len {
                    s.push_str(alphabet[k % n]);
                    k /= n;
                }
                assert_eq!(normalize(&s), reference(&s), "{s:?}");
            }
        }
    }
}
