//! Wikilinks `[[target|text]]trail`, external links `[url text]` and bare URLs.

use super::node::{ExternalLink, Link, LinkKind, Node};
use super::parser::{Kind, Parser, PipeAhead, SepKind};
use crate::span::Span;

/// URL schemes MediaWiki links (`//` only inside brackets).
const SCHEMES: &[&str] = &[
    "http://",
    "https://",
    "ftp://",
    "ftps://",
    "sftp://",
    "irc://",
    "ircs://",
    "gopher://",
    "git://",
    "svn://",
    "ssh://",
    "telnet://",
    "nntp://",
    "mms://",
    "mailto:",
    "news:",
    "urn:",
];

/// Wikipedia language codes that make `[[xx:Title]]` an interlanguage link.
const LANGUAGES: &[&str] = &[
    "af",
    "als",
    "am",
    "an",
    "ar",
    "arz",
    "ast",
    "az",
    "ba",
    "be",
    "bg",
    "bn",
    "br",
    "bs",
    "ca",
    "ceb",
    "cs",
    "cy",
    "da",
    "de",
    "el",
    "eo",
    "es",
    "et",
    "eu",
    "fa",
    "fi",
    "fr",
    "fy",
    "ga",
    "gd",
    "gl",
    "gu",
    "he",
    "hi",
    "hr",
    "ht",
    "hu",
    "hy",
    "ia",
    "id",
    "io",
    "is",
    "it",
    "ja",
    "jv",
    "ka",
    "kk",
    "kn",
    "ko",
    "ku",
    "la",
    "lb",
    "lt",
    "lv",
    "mg",
    "mk",
    "ml",
    "mn",
    "mr",
    "ms",
    "my",
    "nds",
    "ne",
    "nl",
    "nn",
    "no",
    "oc",
    "pa",
    "pl",
    "pt",
    "qu",
    "ro",
    "ru",
    "sa",
    "sh",
    "si",
    "simple",
    "sk",
    "sl",
    "sq",
    "sr",
    "sv",
    "sw",
    "ta",
    "te",
    "tg",
    "th",
    "tl",
    "tr",
    "tt",
    "uk",
    "ur",
    "uz",
    "vi",
    "wa",
    "war",
    "yi",
    "yo",
    "zh",
    "zh-min-nan",
    "zh-yue",
];

/// End of a URL starting at `at`, when a scheme starts there.
pub fn url_end(b: &[u8], at: usize, bracketed: bool) -> Option<usize> {
    let rest = b.get(at..)?;
    let scheme = SCHEMES
        .iter()
        .find(|s| rest.len() > s.len() && rest[..s.len()].eq_ignore_ascii_case(s.as_bytes()))
        .map(|s| s.len())
        .or_else(|| (bracketed && rest.starts_with(b"//")).then_some(2))?;
    let mut end = at + scheme;
    while end < b.len()
        && !matches!(
            b[end],
            b' ' | b'\t' | b'\n' | b'\r' | b'[' | b']' | b'<' | b'>' | b'"' | b'{' | b'}' | b'|'
        )
    {
        end += 1;
    }
    if !bracketed {
        let has_open = b[at..end].contains(&b'(');
        while end > at + scheme
            && (matches!(b[end - 1], b'.' | b',' | b';' | b':' | b'!' | b'?' | b'\'')
                || (b[end - 1] == b')' && !has_open))
        {
            end -= 1;
        }
    }
    (end > at + scheme).then_some(end)
}

/// A bare URL whose `:` is at `i` (`https://…` in running text).
pub(crate) fn bare_url(p: &mut Parser, i: usize) -> usize {
    if !p.bytes()[i..].starts_with(b"://") {
        return i + 1;
    }
    if p.frames
        .last()
        .is_some_and(|f| matches!(f.kind, Kind::Link | Kind::ExtLink))
    {
        return i + 1;
    }
    let mut s = i;
    while s > 0 && i - s < 8 && p.bytes()[s - 1].is_ascii_alphabetic() {
        s -= 1;
    }
    if s > 0 && p.bytes()[s - 1].is_ascii_alphanumeric() {
        return i + 1;
    }
    let Some(end) = url_end(p.bytes(), s, false) else {
        return i + 1;
    };
    if !SCHEMES.iter().any(|sc| sc.len() == i - s + 3) || !p.pending_covers(s) {
        return i + 1;
    }
    p.emit(Node::ExternalLink(ExternalLink {
        span: Span::new(s, end),
        url: Span::new(s, end),
        text: Vec::new(),
        bracketed: false,
    }))
}

/// What a link target points at, from its namespace prefix.
pub fn kind_of(target: &str) -> LinkKind {
    let t = target.trim_start();
    if t.starts_with(':') {
        return LinkKind::Page;
    }
    let Some((ns, _)) = t.split_once(':') else {
        return LinkKind::Page;
    };
    let ns = ns.trim();
    if [
        "file",
        "image",
        "media",
        "datei",
        "bild",
        "fichier",
        "archivo",
        "imagen",
        "bestand",
        "immagine",
        "afbeelding",
        "plik",
        "arquivo",
        "fil",
    ]
    .iter()
    .any(|x| ns.eq_ignore_ascii_case(x))
    {
        LinkKind::File
    } else if [
        "category",
        "kategorie",
        "catégorie",
        "categoría",
        "categoria",
        "categorie",
        "kategori",
        "kategoria",
        "luokka",
    ]
    .iter()
    .any(|x| ns.eq_ignore_ascii_case(x))
    {
        LinkKind::Category
    } else if LANGUAGES.contains(&ns) {
        LinkKind::Interlanguage
    } else {
        LinkKind::Page
    }
}

/// Close the link on top of the stack with `]]` ending at `end`; `None` when the target is not
/// a page name. Returns where scanning continues (after the link trail).
pub(crate) fn close(p: &mut Parser, end: usize, trail_ok: bool) -> Option<usize> {
    let f = p.frames.last()?;
    let first_pipe = f
        .seps
        .iter()
        .find(|s| s.kind == SepKind::Pipe)
        .map_or(p.out.len(), |s| s.at);
    let target_nodes = &p.out[f.base + 1..first_pipe];
    // the commonest target is one text node: read in place, not copied
    let target_text = match target_nodes {
        [Node::Text(s)] => std::borrow::Cow::Borrowed(p.text(*s)),
        _ => {
            let mut t = String::new();
            for n in target_nodes {
                match n {
                    Node::Text(s) => t.push_str(p.text(*s)),
                    Node::Entity(e) => t.push_str(&e.value),
                    Node::Comment(_) | Node::Template(_) | Node::Argument(_) => t.push('x'),
                    _ => return None,
                }
            }
            std::borrow::Cow::Owned(t)
        }
    };
    let t = target_text.trim();
    if t.is_empty() || t.contains(['\n', '[', ']', '{', '}', '<', '>']) {
        return None;
    }
    let kind = kind_of(&target_text);
    let (f, nodes) = p.drain_top()?;
    let mut pipes = f
        .seps
        .iter()
        .filter(|s| s.kind == SepKind::Pipe)
        .map(|s| s.at - f.base)
        .peekable();
    let mut ahead = PipeAhead::new(&f.seps, f.base, nodes.len());
    let mut target = Vec::with_capacity(ahead.part_len(0));
    let mut parts: Vec<Vec<Node>> = Vec::with_capacity(ahead.pipes());
    for (k, node) in nodes.enumerate().skip(1) {
        if pipes.peek() == Some(&k) {
            pipes.next();
            parts.push(Vec::with_capacity(ahead.part_len(k)));
            continue;
        }
        match parts.last_mut() {
            Some(v) => v.push(node),
            None => target.push(node),
        }
    }
    p.recycle(f.seps);
    let mut stop = end;
    if trail_ok && kind == LinkKind::Page {
        while stop < p.bytes().len() && p.bytes()[stop].is_ascii_lowercase() {
            stop += 1;
        }
    }
    p.out.push(Node::Link(Box::new(Link {
        span: Span::new(f.start, stop),
        kind,
        target: super::list::finish(target),
        parts: parts.into_iter().map(super::list::finish).collect(),
        trail: (stop > end).then(|| Span::new(end, stop)),
    })));
    Some(stop)
}
