//! Plain-text normalisation shared by every dialect.
//!
//! Whitespace runs (spaces, tabs, NBSP, thin and other Unicode spaces) become one space,
//! zero-width characters vanish, and the result is trimmed. Dashes are left as written: the
//! value parsers accept every dash ([`is_dash`]).

/// Collapse whitespace, drop zero-width characters, trim.
pub fn normalize(s: &str) -> String {
    let mut out = String::new();
    push_normalized(&mut out, s);
    out
}

/// [`normalize`] an owned text, keeping its buffer when nothing changes (most text).
pub fn normalize_owned(s: String) -> String {
    let t = trim_blank(&s);
    let plain = plain_prefix(t.as_bytes());
    if t.len() == s.len() && plain == t.len() {
        return s;
    }
    let mut out = String::new();
    push_from(&mut out, t, plain);
    out
}

/// Append [`normalize`]`(s)` to `out`.
fn push_normalized(out: &mut String, s: &str) {
    let t = trim_blank(s);
    push_from(out, t, plain_prefix(t.as_bytes()));
}

/// `s` without the whitespace, controls and zero-width characters at its ends.
fn trim_blank(s: &str) -> &str {
    s.trim_matches(|c: char| c.is_whitespace() || c.is_control() || is_zero_width(c))
}

/// Append trimmed `t` normalised, its first `plain` bytes known to need no change.
fn push_from(out: &mut String, t: &str, plain: usize) {
    // fast path: plain text without runs, tabs, controls or special spaces is copied as is
    if plain == t.len() {
        out.push_str(t);
        return;
    }
    // the plain part is copied as it is, up to the spaces it may end with; then the runs
    // between whitespace, in one piece each
    let b = t.as_bytes();
    let mut i = plain;
    while i > 0 && b[i - 1] == b' ' {
        i -= 1;
    }
    out.reserve(t.len());
    let start = out.len();
    let mut pending_space = false;
    let mut run = 0;
    while i < b.len() {
        let Some((len, space)) = blank_at(t, i) else {
            i += 1;
            continue;
        };
        if run < i {
            if pending_space && out.len() > start {
                out.push(' ');
            }
            out.push_str(&t[run..i]);
            pending_space = false;
        }
        pending_space |= space;
        i += len;
        run = i;
    }
    if run < t.len() {
        if pending_space && out.len() > start {
            out.push(' ');
        }
        out.push_str(&t[run..]);
    }
}

/// The character at byte `i` when [`normalize`] drops it: its length, and whether it is a
/// space (whitespace or control) rather than zero-width. Every such character is ASCII or
/// starts with `C2`, `E1`, `E2`, `E3` or `EF`, so only those bytes are decoded; continuation
/// bytes (`80`–`BF`) never match.
fn blank_at(t: &str, i: usize) -> Option<(usize, bool)> {
    match t.as_bytes()[i] {
        c if c.is_ascii() => (c.is_ascii_whitespace() || c.is_ascii_control()).then_some((1, true)),
        0xc2 | 0xe1 | 0xe2 | 0xe3 | 0xef => {
            let c = t.get(i..)?.chars().next()?;
            let space = c.is_whitespace() || c.is_control();
            (space || is_zero_width(c)).then_some((c.len_utf8(), space))
        }
        _ => None,
    }
}

/// How many leading bytes [`normalize`] would not change: no control or tab, no double space,
/// and no lead byte of a Unicode space or zero-width character (`C2` NBSP/soft hyphen,
/// `E1 9A`/`E1 A0`, `E2 80`/`E2 81`, `E3 80`, `EF BB` BOM). Eight bytes at a time with word
/// arithmetic: a word of printable ASCII without two spaces in a row (most prose) is passed
/// over in a few operations; only other words are looked at byte by byte.
fn plain_prefix(b: &[u8]) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const LOW7: u64 = !HIGH;
    let mut i = 0;
    let mut prev_space = false;
    while i + 8 <= b.len() {
        let mut word = [0u8; 8];
        word.copy_from_slice(&b[i..i + 8]);
        let w = u64::from_le_bytes(word);
        // some byte below 0x20, some byte equal to 0x7F (exact as existence tests)
        let control = w.wrapping_sub(ONES * 0x20) & !w & HIGH;
        let del = {
            let v = w ^ (ONES * 0x7f);
            v.wrapping_sub(ONES) & !v & HIGH
        };
        // the exact set of space bytes (high bit of each), then two in a row
        let t = w ^ (ONES * 0x20);
        let spaces = !(((t & LOW7) + LOW7) | t | LOW7);
        if prev_space && spaces & 0x80 != 0 {
            // the previous word ended with the first of two spaces
            return i - 1;
        }
        prev_space = spaces >> 63 != 0;
        if (w & HIGH) | control | del | (spaces & (spaces >> 8)) != 0 {
            if let Some(k) = (i..i + 8).find(|&k| !plain_at(b, k)) {
                return k;
            }
        }
        i += 8;
    }
    if prev_space && b.get(i) == Some(&b' ') {
        return i - 1;
    }
    (i..b.len()).find(|&k| !plain_at(b, k)).unwrap_or(b.len())
}

/// Whether byte `i` needs no change (looking at the bytes after it): see [`plain_prefix`].
fn plain_at(b: &[u8], i: usize) -> bool {
    match b[i] {
        b' ' => b.get(i + 1) != Some(&b' '),
        0..=0x1f | 0x7f | 0xc2 => false,
        0xe1 => !matches!(b.get(i + 1), Some(0x9a | 0xa0)),
        // E2 80 90–A7 are dashes, quotes, daggers and bullets: they keep the fast path;
        // the rest of E2 80/81 holds the Unicode spaces and zero-width characters
        0xe2 => match b.get(i + 1) {
            Some(0x81) => false,
            Some(0x80) => matches!(b.get(i + 2), Some(0x90..=0xa7)),
            _ => true,
        },
        0xe3 => b.get(i + 1) != Some(&0x80),
        0xef => b.get(i + 1) != Some(&0xbb),
        _ => true,
    }
}

/// Normalise each line and join the non-empty ones with `\n`.
pub fn normalize_lines<'a>(lines: impl IntoIterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for l in lines {
        let mark = out.len();
        if !out.is_empty() {
            out.push('\n');
        }
        let start = out.len();
        push_normalized(&mut out, l);
        if out.len() == start {
            out.truncate(mark);
        }
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
                // and across the 8-byte words of the fast path, owned, and line by line
                if len <= 3 {
                    assert_eq!(normalize_owned(s.clone()), reference(&s), "{s:?}");
                    let lines: String = s
                        .lines()
                        .map(reference)
                        .filter(|l| !l.is_empty())
                        .collect::<Vec<_>>()
                        .join("\n");
                    assert_eq!(normalize_lines(s.lines()), lines, "{s:?}");
                    for pad in [5, 6, 7, 13, 14, 15, 16, 31] {
                        let s = format!("{}{s}b", "x".repeat(pad));
                        assert_eq!(normalize(&s), reference(&s), "{s:?}");
                    }
                }
            }
        }
    }
}
