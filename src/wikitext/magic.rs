//! Page-level words: `#REDIRECT`, behaviour switches (`__NOTOC__`), signatures (`~~~~`).

use super::node::Node;
use super::parser::Parser;
use crate::span::Span;

/// Behaviour switches MediaWiki knows.
const SWITCHES: &[&str] = &[
    "NOTOC",
    "FORCETOC",
    "TOC",
    "NOEDITSECTION",
    "NEWSECTIONLINK",
    "NONEWSECTIONLINK",
    "NOGALLERY",
    "HIDDENCAT",
    "EXPECTUNUSEDCATEGORY",
    "NOCONTENTCONVERT",
    "NOCC",
    "NOTITLECONVERT",
    "NOTC",
    "INDEX",
    "NOINDEX",
    "STATICREDIRECT",
    "DISAMBIG",
    "NOGLOBAL",
    "EXPECTUNUSEDTEMPLATE",
    "ARCHIVEDTALK",
    "NOTALK",
];

/// `#REDIRECT` (any case, optional `:`) at the start of the page; returns where to go on.
pub(crate) fn redirect(p: &mut Parser) -> usize {
    let b = p.bytes();
    let start = b.iter().take_while(|c| c.is_ascii_whitespace()).count();
    let word = b"#redirect";
    if b.len() >= start + word.len() && b[start..start + word.len()].eq_ignore_ascii_case(word) {
        let mut end = start + word.len();
        if b.get(end) == Some(&b':') {
            end += 1;
        }
        return p.emit(Node::Redirect(Span::new(start, end)));
    }
    0
}

/// `__WORD__` at `i`.
pub(crate) fn behaviour_switch(p: &mut Parser, i: usize) -> usize {
    let b = p.bytes();
    if !b[i..].starts_with(b"__") {
        return i + 1;
    }
    let w = b[i + 2..]
        .iter()
        .take(24)
        .take_while(|c| c.is_ascii_uppercase())
        .count();
    let end = i + 2 + w;
    if w == 0 || !b[end..].starts_with(b"__") {
        return i + 1;
    }
    let word = p.text(Span::new(i + 2, end));
    if !SWITCHES.contains(&word) {
        return i + 1;
    }
    p.emit(Node::MagicWord(Span::new(i, end + 2)))
}

/// `~~~`, `~~~~` or `~~~~~` at `i`.
pub(crate) fn signature(p: &mut Parser, i: usize) -> usize {
    let r = p.bytes()[i..].iter().take_while(|&&c| c == b'~').count();
    if !(3..=5).contains(&r) {
        return i + r;
    }
    p.emit(Node::Signature(Span::new(i, i + r)))
}
