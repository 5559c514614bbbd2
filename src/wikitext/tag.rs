//! HTML and extension tags (`<ref>`, `<small>`, `<nowiki>`, `<br/>`) and comments.
//!
//! Raw tags (`<nowiki>`, `<pre>`, `<math>`, …) hold text up to their closing tag. Other paired
//! tags open a frame only when a closing tag exists further on; the search for it is cached per
//! name, so thousands of unclosed `<ref>` cost one scan, not one scan each.

use super::node::{Node, Tag};
use super::parser::{Kind, Parser};
use crate::diagnostic::Diagnostic;
use crate::span::Span;

/// Tags whose content is not wikitext.
const RAW: &[&str] = &[
    "nowiki",
    "pre",
    "math",
    "syntaxhighlight",
    "source",
    "score",
    "timeline",
    "chem",
    "ce",
    "hiero",
    "graph",
    "templatedata",
    "mapframe",
    "maplink",
    "imagemap",
    "inputbox",
    "categorytree",
    "charinsert",
    "gallery",
    "templatestyles",
];

/// Extension tags with wikitext content; their closing tag ends them whatever is open inside.
const EXTENSION: &[&str] = &[
    "ref",
    "references",
    "poem",
    "includeonly",
    "noinclude",
    "onlyinclude",
    "section",
    "indicator",
];

/// Whether `name` is an extension tag with wikitext content.
pub fn is_extension(name: &str) -> bool {
    EXTENSION.contains(&name)
}

/// HTML tags MediaWiki allows, with wikitext content.
const HTML: &[&str] = &[
    "b",
    "i",
    "u",
    "s",
    "small",
    "big",
    "sup",
    "sub",
    "span",
    "div",
    "center",
    "font",
    "code",
    "blockquote",
    "p",
    "tt",
    "abbr",
    "cite",
    "del",
    "ins",
    "em",
    "strong",
    "q",
    "strike",
    "var",
    "kbd",
    "samp",
    "dfn",
    "mark",
    "bdi",
    "bdo",
    "ruby",
    "rb",
    "rt",
    "rp",
    "li",
    "ol",
    "ul",
    "dl",
    "dt",
    "dd",
    "table",
    "tr",
    "td",
    "th",
    "caption",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "data",
    "time",
];

/// Tags that never have content.
const VOID: &[&str] = &["br", "hr", "wbr"];

/// A lexed tag.
struct Lexed {
    name: &'static str,
    closing: bool,
    self_closing: bool,
    attrs: Span,
    end: usize,
}

fn known(name: &[u8]) -> Option<&'static str> {
    [RAW, EXTENSION, HTML, VOID]
        .iter()
        .flat_map(|l| l.iter())
        .find(|k| k.as_bytes().eq_ignore_ascii_case(name))
        .copied()
}

/// The length of an HTML tag (not an extension tag) at the start of `t`: `<center>`,
/// `</font>`. Left in text by a tag that never closed, it is markup a reader does not see.
pub fn html_tag_len(t: &str) -> Option<usize> {
    let l = lex(t.as_bytes(), 0)?;
    HTML.contains(&l.name).then_some(l.end)
}

/// Read the tag starting at `i` (`<`), if it is one MediaWiki knows.
fn lex(b: &[u8], i: usize) -> Option<Lexed> {
    let mut k = i + 1;
    let closing = b.get(k) == Some(&b'/');
    if closing {
        k += 1;
    }
    let name_start = k;
    while k < b.len() && b[k].is_ascii_alphanumeric() {
        k += 1;
    }
    let name = known(b.get(name_start..k)?)?;
    let attrs_start = k;
    // attributes: up to `>`, never across `<`, bounded so a stray `<ref` costs little
    let limit = (k + 4096).min(b.len());
    let close = b[k..limit].iter().position(|&c| c == b'>' || c == b'<')?;
    let gt = k + close;
    if b[gt] != b'>' {
        return None;
    }
    if gt > attrs_start && !b[attrs_start].is_ascii_whitespace() && b[attrs_start] != b'/' {
        return None;
    }
    // a closing tag carries no attributes (`</ref name="x">` is text, as MediaWiki reads it)
    if closing && !b[attrs_start..gt].iter().all(u8::is_ascii_whitespace) {
        return None;
    }
    let self_closing = gt > attrs_start && b[gt - 1] == b'/';
    let attrs_end = if self_closing { gt - 1 } else { gt };
    Some(Lexed {
        name,
        closing,
        self_closing,
        attrs: Span::new(attrs_start, attrs_end.max(attrs_start)),
        end: gt + 1,
    })
}

/// A tag name, where its last search started, and the closing tag it found.
type Searched = (&'static str, usize, Option<(usize, usize)>);

/// Where the next `</name>` starts and ends, searched at most once per stretch of input.
#[derive(Default)]
pub struct CloserCache {
    entries: Vec<Searched>,
}

impl CloserCache {
    /// The first closing tag for `name` at or after `from`.
    fn find(&mut self, b: &[u8], name: &'static str, from: usize) -> Option<(usize, usize)> {
        if let Some(e) = self.entries.iter().find(|e| e.0 == name) {
            let (searched, hit) = (e.1, e.2);
            if from >= searched && hit.is_none_or(|(s, _)| s >= from) {
                return hit;
            }
        }
        let hit = scan_closer(b, name, from);
        match self.entries.iter_mut().find(|e| e.0 == name) {
            Some(e) => *e = (name, from, hit),
            None => self.entries.push((name, from, hit)),
        }
        hit
    }
}

fn scan_closer(b: &[u8], name: &str, from: usize) -> Option<(usize, usize)> {
    let finder = memchr::memmem::Finder::new(b"</");
    let mut at = from;
    while let Some(k) = finder.find(&b[at.min(b.len())..]) {
        let s = at + k;
        let n0 = s + 2;
        let n1 = n0 + name.len();
        if n1 <= b.len() && b[n0..n1].eq_ignore_ascii_case(name.as_bytes()) {
            let mut e = n1;
            while e < b.len() && b[e].is_ascii_whitespace() {
                e += 1;
            }
            if b.get(e) == Some(&b'>') {
                return Some((s, e + 1));
            }
        }
        at = s + 2;
    }
    None
}

/// Handle `<` at `i`: a comment, a tag, or text.
pub(crate) fn at(p: &mut Parser, i: usize) -> usize {
    if p.bytes()[i..].starts_with(b"<!--") {
        return comment(p, i);
    }
    let Some(t) = lex(p.bytes(), i) else {
        return i + 1;
    };
    let void = VOID.contains(&t.name);
    if t.closing && !void {
        return closing(p, i, &t);
    }
    if t.self_closing || void {
        let attr_nodes = p.sub(t.attrs.start, t.attrs.end);
        return p.emit(Node::Tag(Box::new(Tag {
            span: Span::new(i, t.end),
            name: t.name,
            attrs: t.attrs,
            attr_nodes,
            children: Vec::new(),
            self_closing: true,
        })));
    }
    let Some((close_start, close_end)) = p.closers.find(p.bytes(), t.name, t.end) else {
        p.diags.push(Diagnostic::warning(
            "unclosed",
            format!("unclosed <{}> tag; read as text", t.name),
            Span::new(i, t.end),
        ));
        return t.end;
    };
    if RAW.contains(&t.name) {
        let inner = Span::new(t.end, close_start);
        let attr_nodes = p.sub(t.attrs.start, t.attrs.end);
        return p.emit(Node::Tag(Box::new(Tag {
            span: Span::new(i, close_end),
            name: t.name,
            attrs: t.attrs,
            attr_nodes,
            children: if inner.is_empty() {
                Vec::new()
            } else {
                vec![Node::Text(inner)]
            },
            self_closing: false,
        })));
    }
    if p.may_open(i, t.end - i) {
        p.open(Kind::Tag, i, t.end, t.name, t.attrs);
    }
    t.end
}

/// `</name>`: close the matching open tag, or leave the text as it is.
fn closing(p: &mut Parser, i: usize, t: &Lexed) -> usize {
    let crosses_all = EXTENSION.contains(&t.name);
    let mut found = None;
    for (j, f) in p.frames.iter().enumerate().rev() {
        if f.kind == Kind::Tag && f.name == t.name {
            found = Some(j);
            break;
        }
        if !crosses_all
            && !matches!(
                f.kind,
                Kind::Tag | Kind::Item | Kind::Heading | Kind::ExtLink
            )
        {
            break;
        }
    }
    let Some(j) = found else {
        return t.end;
    };
    p.flush(i);
    p.unwind_to(j, i);
    let Some((f, mut nodes)) = p.take_top() else {
        return t.end;
    };
    nodes.remove(0);
    let attr_nodes = p.sub(f.aux.start, f.aux.end);
    p.out.push(Node::Tag(Box::new(Tag {
        span: Span::new(f.start, t.end),
        name: f.name,
        attrs: f.aux,
        attr_nodes,
        children: super::list::finish(nodes),
        self_closing: false,
    })));
    p.resume(t.end);
    t.end
}

/// `<!-- … -->`; an unclosed comment runs to the end, as MediaWiki reads it.
fn comment(p: &mut Parser, i: usize) -> usize {
    let end = match memchr::memmem::find(&p.bytes()[i + 4..], b"-->") {
        Some(k) => i + 4 + k + 3,
        None => {
            p.diags.push(Diagnostic::warning(
                "unclosed",
                "unclosed comment `<!--` runs to the end of the input",
                Span::new(i, i + 4),
            ));
            p.bytes().len()
        }
    };
    p.emit(Node::Comment(Span::new(i, end)))
}

/// The value of attribute `key` in attribute text (`name="x"`, `name='x'`, `name=x`).
pub fn attr(attrs: &str, key: &str) -> Option<String> {
    let b = attrs.as_bytes();
    let mut i = 0;
    while i < b.len() {
        while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
            i += 1;
        }
        let ks = i;
        while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'=' {
            i += 1;
        }
        let k = &attrs[ks..i];
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        if i >= b.len() || b[i] != b'=' {
            if k.is_empty() {
                i += 1;
            }
            continue;
        }
        i += 1;
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        let v = match b.get(i) {
            Some(&q @ (b'"' | b'\'')) => {
                let s = i + 1;
                let e = b[s..]
                    .iter()
                    .position(|&c| c == q)
                    .map_or(b.len(), |k| s + k);
                i = e + 1;
                &attrs[s..e]
            }
            _ => {
                let s = i;
                while i < b.len() && !b[i].is_ascii_whitespace() {
                    i += 1;
                }
                &attrs[s..i]
            }
        };
        if k.eq_ignore_ascii_case(key) {
            return Some(v.trim().to_owned());
        }
    }
    None
}
