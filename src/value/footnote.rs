//! Footnote markers: `[1]`, `[17]`, `[a]`, `[F 1]`, `[N 1]`, `[nb 1]`, `[note 3]`,
//! `[lower-alpha 2]`, `[citation needed]`.
//!
//! A bracket is a marker only when its content has a marker's shape; `[O.S. 17 September]`,
//! `[edit]` and `[sic]` stay in the text. Scanning jumps from `[` to `[` with memchr.

use crate::ast::Marker;
use crate::span::Span;

/// Inline maintenance tags that Wikipedia renders in brackets like footnotes.
const TAGS: &[&str] = &[
    "citation needed",
    "clarification needed",
    "better source needed",
    "failed verification",
    "page needed",
    "pages needed",
    "verification needed",
    "dubious",
    "dubious – discuss",
    "dubious \u{2013} discuss",
    "when?",
    "who?",
    "which?",
    "where?",
    "according to whom?",
    "by whom?",
    "original research?",
    "unreliable source?",
    "not in citation given",
    "full citation needed",
    "year needed",
    "date missing",
    "update",
    "needs update",
    "quantify",
    "vague",
    "citation needed to verify",
    "specify",
    "non-primary source needed",
    "third-party source needed",
    "self-published source?",
];

/// Whether `label` (the text between the brackets) is a footnote marker.
pub fn is_marker_label(label: &str) -> bool {
    let l = label.trim();
    if l.is_empty() || l.len() > 40 {
        return false;
    }
    // [1] .. [999]
    if l.len() <= 4 && l.bytes().all(|b| b.is_ascii_digit()) {
        return true;
    }
    // [a], [b], [aa], [iv] — one to three lowercase letters
    if l.len() <= 3 && l.bytes().all(|b| b.is_ascii_lowercase()) {
        return l != "sic";
    }
    // [I], [II], [IV] — the upper-roman group (a country box's notes)
    if l.len() <= 4 && l.bytes().all(|b| matches!(b, b'I' | b'V' | b'X')) {
        return true;
    }
    // [F 1], [N 1], [nb 1], [note 3], [lower-alpha 2], [upper-roman 4]
    if let Some((word, num)) = l.split_once(' ') {
        let word_ok = !word.is_empty()
            && word.len() <= 12
            && word.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-');
        let num_ok = !num.is_empty()
            && num.len() <= 4
            && (num.bytes().all(|b| b.is_ascii_digit())
                || num.bytes().all(|b| b.is_ascii_lowercase()) && num.len() <= 2);
        if word_ok && num_ok {
            return true;
        }
    }
    TAGS.iter().any(|t| t.eq_ignore_ascii_case(l))
}

/// Symbols that serve as footnote markers when glued to the end of a label or header
/// (`Senior career*`, `Apps†`, `National team‡`). After a space they are not markers: in
/// `Vittorio Dabormida †` the dagger means "killed".
const SYMBOLS: &[char] = &['*', '†', '‡', '§', '¶'];

/// Split glued trailing symbol markers off a label: `Senior career*` → `Senior career` and a `*` marker.
/// `base` is the byte offset of `s` in the input.
pub fn strip_symbols(s: &str, base: usize) -> (&str, Vec<Marker>) {
    let mut end = s.len();
    let mut markers = Vec::new();
    while let Some(c) = s[..end].chars().next_back().filter(|c| SYMBOLS.contains(c)) {
        let at = end - c.len_utf8();
        if !s[..at].ends_with(|p: char| p.is_alphanumeric() || p == ')') {
            break;
        }
        markers.push(Marker {
            label: c.to_string(),
            span: Span::new(base + at, base + end),
        });
        end = at;
    }
    markers.reverse();
    (&s[..end], markers)
}

/// Text with its markers removed, and the markers with spans relative to `base`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Stripped {
    /// The text without markers (not yet whitespace-normalised).
    pub text: String,
    /// The markers, in order.
    pub markers: Vec<Marker>,
}

/// Remove every footnote marker from `s`; `base` is the byte offset of `s` in the input.
pub fn strip(s: &str, base: usize) -> Stripped {
    let mut out = Stripped {
        text: String::with_capacity(s.len()),
        markers: Vec::new(),
    };
    let bytes = s.as_bytes();
    let mut copied = 0;
    let mut at = 0;
    while let Some(rel) = memchr::memchr(b'[', &bytes[at..]) {
        let open = at + rel;
        // A marker's content is short and has no nested bracket or newline.
        let close = bytes[open + 1..]
            .iter()
            .take(42)
            .position(|&b| b == b']' || b == b'[' || b == b'\n')
            .map(|p| open + 1 + p);
        match close {
            Some(close) if bytes[close] == b']' && is_marker_label(&s[open + 1..close]) => {
                out.text.push_str(&s[copied..open]);
                out.markers.push(Marker {
                    label: crate::value::text::normalize(&s[open + 1..close]),
                    span: Span::new(base + open, base + close + 1),
                });
                copied = close + 1;
                at = close + 1;
            }
            _ => at = open + 1,
        }
    }
    out.text.push_str(&s[copied..]);
    out
}

/// The `n`th label of an alphabetic list as MediaWiki numbers it (`lower-alpha`): `1` → `a`,
/// `26` → `z`, `27` → `aa`; `base` is `b'a'` or `b'A'`.
pub fn alpha_label(mut n: usize, base: u8) -> String {
    let mut s = Vec::new();
    while n > 0 {
        n -= 1;
        s.push(base + (n % 26) as u8);
        n /= 26;
    }
    s.reverse();
    String::from_utf8(s).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(s: &str) -> (String, Vec<String>) {
        let st = strip(s, 0);
        (st.text, st.markers.into_iter().map(|m| m.label).collect())
    }

    #[test]
    fn upper_roman_markers_are_notes() {
        assert_eq!(labels("French[I]"), ("French".into(), vec!["I".into()]));
        assert_eq!(labels("Euro[IV][2]").1, ["IV", "2"]);
        // (not any capitals in brackets)
        assert_eq!(labels("Act [ABC]").1, Vec::<String>::new());
    }

    #[test]
    fn alphabetic_labels() {
        let got: Vec<String> = [1, 2, 26, 27, 28, 52, 53, 702, 703]
            .iter()
            .map(|&n| alpha_label(n, b'a'))
            .collect();
        assert_eq!(got, ["a", "b", "z", "aa", "ab", "az", "ba", "zz", "aaa"]);
        assert_eq!(alpha_label(3, b'A'), "C");
    }

    #[test]
    fn markers_accepted_and_rejected() {
        insta::assert_debug_snapshot!(
            [
                "30,000 troops[4]",
                "59,150 troops[5][6][7][8]",
                "War[N 1] and[lower-alpha 2] x[c][nb 1]",
                "2,100[citation needed]",
                "4,450[1]–16,500[2]",
                "born 5 May [O.S. 17 September] 1900",
                "History[edit]",
                "[sic] and [ 3 ] and [unclosed",
            ]
            .map(labels),
            @r#"
        [
            (
                "30,000 troops",
                [
                    "4",
                ],
            ),
            (
                "59,150 troops",
                [
                    "5",
                    "6",
                    "7",
                    "8",
                ],
            ),
            (
                "War and x",
                [
                    "N 1",
                    "lower-alpha 2",
                    "c",
                    "nb 1",
                ],
            ),
            (
                "2,100",
                [
                    "citation needed",
                ],
            ),
            (
                "4,450–16,500",
                [
                    "1",
                    "2",
                ],
            ),
            (
                "born 5 May [O.S. 17 September] 1900",
                [],
            ),
            (
                "History[edit]",
                [],
            ),
            (
                "[sic] and  and [unclosed",
                [
                    "3",
                ],
            ),
        ]
        "#
        );
    }

    #[test]
    fn symbol_markers_only_when_glued() {
        let (t, m) = strip_symbols("Senior career*", 10);
        assert_eq!(
            (t, m[0].label.as_str(), m[0].span),
            ("Senior career", "*", Span::new(23, 24))
        );
        assert_eq!(strip_symbols("(Gls)†", 0).0, "(Gls)");
        assert!(strip_symbols("Vittorio Dabormida †", 0).1.is_empty());
        assert!(strip_symbols("*", 0).1.is_empty());
    }

    #[test]
    fn spans_point_at_brackets() {
        let st = strip("ab[12]c", 10);
        assert_eq!(st.markers[0].span, Span::new(12, 16));
    }
}
