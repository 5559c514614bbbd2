//! Markup → plain text: links become their text, formatting and comments vanish, value
//! templates print what MediaWiki would show ([`super::templates`]), `<ref>`s leave their
//! footnote label in brackets so the shared value code can take it out as a marker.

use super::node::*;
use super::refs::Refs;
use crate::ast::Link as LinkOut;
use crate::span::Span;
use crate::value::typed::Typed;

/// Tags whose content is not shown as text.
const HIDDEN: &[&str] = &[
    "ref",
    "references",
    "score",
    "timeline",
    "graph",
    "templatedata",
    "gallery",
    "imagemap",
    "hiero",
    "mapframe",
    "maplink",
    "templatestyles",
    "categorytree",
    "inputbox",
    "includeonly",
    "indicator",
    "charinsert",
];

/// The captions of a `<gallery>` (its content is raw text: each line is read on its own),
/// with the span of each line: `File:A.jpg|alt=x|Caption ''B''` → `Caption B` (options such
/// as `alt=` and `link=` are not shown).
pub fn gallery_captions(src: &str, t: &Tag) -> Vec<(String, Span)> {
    let mut out = Vec::new();
    for c in &t.children {
        let Node::Text(s) = c else { continue };
        let raw = src.get(s.start..s.end).unwrap_or("");
        let mut at = s.start;
        for line in raw.split('\n') {
            let span = Span::new(at, at + line.len());
            at += line.len() + 1;
            let parts = top_level_parts(line);
            // the last part that is no option (`alt=…` may come after the caption)
            let caption = parts.iter().skip(1).rev().find(|c| {
                !c.trim().is_empty()
                    && !c.split_once('=').is_some_and(|(k, _)| is_gallery_option(k))
            });
            let Some(caption) = caption else { continue };
            // (a caption is a little wikitext of its own; one holding a gallery again is
            // kept as written, so that nested galleries are not re-read level by level)
            let text = if caption.to_ascii_lowercase().contains("<gallery") {
                crate::value::text::normalize(caption)
            } else {
                let tree = super::parse_tree(caption);
                crate::value::text::normalize(&text(caption, &tree.nodes))
            };
            if !text.is_empty() {
                out.push((text, span));
            }
        }
    }
    out
}

/// `a|[[b|c]]|{{d|e}}` → `a`, `[[b|c]]`, `{{d|e}}`: the parts between the pipes outside
/// links and templates.
fn top_level_parts(line: &str) -> Vec<&str> {
    let b = line.as_bytes();
    let mut parts = Vec::new();
    let (mut links, mut templates, mut from, mut i) = (0usize, 0usize, 0, 0);
    while i < b.len() {
        match (b[i], b.get(i + 1)) {
            (b'[', Some(b'[')) => {
                links += 1;
                i += 1;
            }
            (b']', Some(b']')) => {
                links = links.saturating_sub(1);
                i += 1;
            }
            (b'{', Some(b'{')) => {
                templates += 1;
                i += 1;
            }
            (b'}', Some(b'}')) => {
                templates = templates.saturating_sub(1);
                i += 1;
            }
            (b'|', _) if links == 0 && templates == 0 => {
                parts.push(&line[from..i]);
                from = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    parts.push(&line[from..]);
    parts
}

/// A gallery line's options, which are not its caption.
fn is_gallery_option(key: &str) -> bool {
    matches!(
        key.trim(),
        "alt" | "link" | "page" | "class" | "lang" | "upright" | "thumbtime" | "loop"
    )
}

/// Tags that start and end a line of their own.
const BLOCK: &[&str] = &[
    "div",
    "p",
    "center",
    "blockquote",
    "li",
    "dd",
    "dt",
    "ul",
    "ol",
    "dl",
    "tr",
    "table",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "pre",
    "poem",
];

/// A renderer collecting text, links, markers and typed readings of value templates.
pub struct Render<'a> {
    /// The page.
    pub src: &'a str,
    /// Footnote labels by the byte where their `<ref>` or template starts.
    pub refs: Option<&'a Refs>,
    /// Text so far.
    pub out: String,
    /// Links met.
    pub links: Vec<LinkOut>,
    /// Typed readings value templates gave, with the text they printed.
    pub typed: Vec<(String, Typed)>,
    /// Whether to collect links (prose and names do not need them).
    keep_links: bool,
    /// With [`Render::track_sources`]: which source bytes printed which output bytes.
    sources: Option<Vec<Printed>>,
    /// The marks of the last [`Render::sub`] string, at its offsets.
    sub_sources: Vec<Printed>,
}

/// Output bytes `out` printed by the node at `src`, the innermost node that printed them.
#[derive(Debug, Clone, Copy)]
struct Printed {
    out: (usize, usize),
    src: Span,
    /// Printed as written, byte for byte: parts of the output map to parts of the source.
    verbatim: bool,
}

impl Printed {
    /// The source behind output bytes `a..b` of this mark.
    fn source_of(&self, a: usize, b: usize) -> Span {
        if self.verbatim {
            Span::new(
                self.src.start + (a - self.out.0),
                self.src.start + (b - self.out.0),
            )
        } else {
            self.src
        }
    }
}

impl<'a> Render<'a> {
    /// A renderer; with `refs`, footnotes print as `[label]`.
    pub fn new(src: &'a str, refs: Option<&'a Refs>) -> Self {
        Render {
            src,
            refs,
            out: String::new(),
            links: Vec::new(),
            typed: Vec::new(),
            keep_links: true,
            sources: None,
            sub_sources: Vec::new(),
        }
    }

    /// Remember which node printed which output, for [`Render::line_spans`].
    pub fn track_sources(&mut self) {
        self.sources = Some(Vec::new());
    }

    /// The source bytes behind each line of the output (split at `\n`): from the first to the
    /// last node that printed something other than spaces on it; `fallback` for a line no node
    /// printed. Text printed as written maps byte for byte, so a text node's lines get their
    /// own spans.
    pub fn line_spans(&self, fallback: Span) -> Vec<Span> {
        let printed = self.sources.as_deref().unwrap_or_default();
        let mut spans = Vec::new();
        let mut from = 0;
        let mut next = 0;
        for line in self.out.split('\n') {
            let end = from + line.len();
            // marks are in output order: skip those wholly before this line
            while printed.get(next).is_some_and(|p| p.out.1 <= from) {
                next += 1;
            }
            let mut span: Option<Span> = None;
            for p in printed[next..].iter().take_while(|p| p.out.0 < end) {
                let (a, b) = (p.out.0.max(from), p.out.1.min(end));
                if self.out[a..b].trim().is_empty() {
                    continue;
                }
                // printed as written: the same bytes, so offsets carry over (spaces aside)
                let (a, b) = (
                    a + (self.out[a..b].len() - self.out[a..b].trim_start().len()),
                    b - (self.out[a..b].len() - self.out[a..b].trim_end().len()),
                );
                let s = p.source_of(a, b);
                span = Some(span.map_or(s, |t| t.join(s)));
            }
            spans.push(span.unwrap_or(fallback));
            from = end + 1;
        }
        spans
    }

    /// Do not collect links (cheaper when only the text is wanted).
    pub fn links_off(&mut self) {
        self.keep_links = false;
    }

    /// The source text of a span.
    pub fn text(&self, s: Span) -> &'a str {
        self.src.get(s.start..s.end).unwrap_or("")
    }

    /// Render nodes into the output.
    pub fn nodes(&mut self, nodes: &[Node]) {
        for n in nodes {
            self.node(n);
        }
    }

    /// Render nodes into a string of their own (links and markers still collected).
    pub fn sub(&mut self, nodes: &[Node]) -> String {
        let saved = std::mem::take(&mut self.out);
        // what prints into the side string is not at these output offsets: kept aside for
        // [`Render::push_sub`]
        let marks = self.sources.as_ref().map(Vec::len);
        self.nodes(nodes);
        if let (Some(m), Some(n)) = (self.sources.as_mut(), marks) {
            self.sub_sources = m.split_off(n);
        }
        std::mem::replace(&mut self.out, saved)
    }

    /// Print bytes `part` of the string the last [`Render::sub`] returned, keeping track of
    /// the nodes that printed them.
    pub fn push_sub(&mut self, s: &str, part: std::ops::Range<usize>) {
        let at = self.out.len();
        self.out.push_str(&s[part.clone()]);
        let Some(m) = self.sources.as_mut() else {
            return;
        };
        for p in &self.sub_sources {
            let (a, b) = (p.out.0.max(part.start), p.out.1.min(part.end));
            if a < b {
                m.push(Printed {
                    out: (at + a - part.start, at + b - part.start),
                    src: p.source_of(a, b),
                    verbatim: p.verbatim,
                });
            }
        }
    }

    /// Print the footnote label of the marker starting at `at`.
    pub fn marker(&mut self, at: usize) {
        if let Some(label) = self.refs.and_then(|r| r.label(at)) {
            self.out.push('[');
            self.out.push_str(label);
            self.out.push(']');
        }
    }

    fn newline(&mut self) {
        if !self.out.is_empty() && !self.out.ends_with('\n') {
            self.out.push('\n');
        }
    }

    /// Render one node.
    pub fn node(&mut self, n: &Node) {
        let Some(marks) = self.sources.as_ref().map(Vec::len) else {
            return self.print(n);
        };
        let before = self.out.len();
        self.print(n);
        let Some(m) = self.sources.as_mut() else {
            return;
        };
        // the innermost printer wins when a node prints several lines, unless it printed words
        // of its own around its children's (`c. ` of `{{circa|600,000}}`): then it is the
        // printer; a node printing on one line is that line's source as a whole
        // (`<small>(x)</small>`)
        let printed = &self.out[before..];
        let own_words = || {
            let mut gap = before;
            m[marks..].iter().any(|p| {
                let words = !self.out[gap..p.out.0].trim().is_empty();
                gap = p.out.1;
                words
            }) || !self.out[gap..].trim().is_empty()
        };
        if !printed.is_empty() && (m.len() == marks || !printed.contains('\n') || own_words()) {
            m.truncate(marks);
            let src = n.span();
            m.push(Printed {
                out: (before, self.out.len()),
                src,
                verbatim: self.out.len() - before == src.len(),
            });
        }
    }

    fn print(&mut self, n: &Node) {
        match n {
            Node::Text(s) => {
                let t = self.text(*s);
                if memchr::memchr(b'<', t.as_bytes()).is_none() {
                    self.out.push_str(t);
                } else {
                    push_without_html_tags(&mut self.out, t);
                }
            }
            Node::Entity(e) => self.out.push_str(&e.value),
            Node::Comment(_)
            | Node::Format(_)
            | Node::MagicWord(_)
            | Node::Signature(_)
            | Node::Redirect(_)
            | Node::Table(_) => {}
            Node::HorizontalRule(_) => self.newline(),
            Node::Template(t) => {
                super::templates::render(self, t);
            }
            Node::Argument(a) => {
                if let Some(d) = &a.default {
                    self.nodes(d);
                }
            }
            Node::Link(l) => self.link(l),
            Node::ExternalLink(l) => {
                let url = self.text(l.url);
                let start = self.out.len();
                if l.bracketed {
                    // `[url text]`: the space after the URL only separates
                    let marks = self.sources.as_ref().map(Vec::len);
                    self.nodes(&l.text);
                    // trimmed in place: the end cut off, then the start drained
                    let end = start + self.out[start..].trim_end().len();
                    self.out.truncate(end);
                    let lead = self.out[start..].len() - self.out[start..].trim_start().len();
                    self.out.drain(start..start + lead);
                    // the text moved: the link as a whole printed it (only its own notes go:
                    // inside a side string, offsets before `start` are not this output's)
                    if let (Some(m), Some(n)) = (self.sources.as_mut(), marks) {
                        m.truncate(n);
                    }
                } else {
                    self.out.push_str(url);
                }
                if self.keep_links {
                    let text = crate::value::text::normalize(&self.out[start..]);
                    self.links.push(LinkOut {
                        text,
                        target: url.to_owned(),
                        span: l.span,
                    });
                }
            }
            Node::Heading(h) => {
                self.newline();
                self.nodes(&h.children);
                self.newline();
            }
            Node::Tag(t) => self.tag(t),
            Node::List(l) => {
                for item in &l.items {
                    self.newline();
                    self.node(item);
                }
                self.newline();
            }
            Node::ListItem(i) => {
                for c in &i.children {
                    if matches!(c, Node::List(_)) {
                        self.newline();
                    }
                    self.node(c);
                }
            }
        }
    }

    fn tag(&mut self, t: &Tag) {
        let name = t.name;
        if name == "ref" {
            self.marker(t.span.start);
            return;
        }
        if name == "br" {
            self.out.push('\n');
            return;
        }
        // `Catalan<sup>a</sup>` in a box value: the mark of the box's note `a` (Infobox
        // country's `footnote_a`), a footnote marker like a `<ref>`'s
        // (after a figure a letter is an ordinal's, `2<sup>a</sup> División`)
        if name == "sup" && self.refs.is_some() && !self.out.ends_with(|c: char| c.is_ascii_digit())
        {
            if let Some(letter) = note_mark(self.src, &t.children) {
                self.out.push('[');
                self.out.push(letter);
                self.out.push(']');
                return;
            }
        }
        if name == "gallery" {
            return self.gallery(t);
        }
        if HIDDEN.contains(&name) {
            return;
        }
        let block = BLOCK.contains(&name);
        if block {
            self.newline();
        }
        // a formula prints its TeX as written (the page shows it typeset): dropping it would
        // leave `The formula is known.`
        if matches!(
            name,
            "nowiki" | "pre" | "syntaxhighlight" | "source" | "math" | "chem" | "ce"
        ) {
            for c in &t.children {
                if let Node::Text(s) = c {
                    let raw = self.text(*s);
                    decode_into(raw, &mut self.out);
                }
            }
        } else {
            self.nodes(&t.children);
        }
        if block {
            self.newline();
        }
    }

    /// A `<gallery>` shows its pictures' captions, a line each.
    fn gallery(&mut self, t: &Tag) {
        let captions = gallery_captions(self.src, t);
        if captions.is_empty() {
            return;
        }
        self.newline();
        let texts: Vec<&str> = captions.iter().map(|(c, _)| c.as_str()).collect();
        self.out.push_str(&texts.join("\n"));
        self.newline();
    }

    fn link(&mut self, l: &Link) {
        match l.kind {
            LinkKind::File | LinkKind::Category | LinkKind::Interlanguage => {}
            LinkKind::Page if !self.keep_links && l.parts.last().is_some_and(|p| !p.is_empty()) => {
                // the shown text only: `[[Target|text]]trail`
                if let Some(p) = l.parts.last() {
                    self.nodes(p);
                }
                if let Some(tr) = l.trail {
                    let t = self.text(tr);
                    self.out.push_str(t);
                }
            }
            LinkKind::Page => {
                let mut target = name(self.src, &l.target);
                if target.starts_with(':') {
                    target = target.trim_start_matches(':').to_owned();
                }
                // the shown text goes straight into the output; the link's text is read back
                let start = self.out.len();
                match l.parts.last() {
                    Some(p) => {
                        let s = self.sub(p);
                        if s.trim().is_empty() {
                            self.out.push_str(&pipe_trick(&target));
                        } else {
                            self.out.push_str(&s);
                        }
                    }
                    None => self.out.push_str(&target),
                }
                if let Some(tr) = l.trail {
                    let t = self.text(tr);
                    self.out.push_str(t);
                }
                if self.keep_links {
                    self.links.push(LinkOut {
                        text: crate::value::text::normalize(&self.out[start..]),
                        target,
                        span: l.span,
                    });
                }
            }
        }
    }
}

/// `[[Paris, Texas|]]` shows `Paris`: namespace and parenthesised or comma suffix dropped.
fn pipe_trick(target: &str) -> String {
    let t = target.split_once(':').map_or(target, |(_, r)| r);
    let t = match t.find(" (") {
        Some(k) => &t[..k],
        None => t.split_once(',').map_or(t, |(a, _)| a),
    };
    t.trim().to_owned()
}

/// Decode character references in raw text (`<nowiki>` content shows them decoded).
fn decode_into(raw: &str, out: &mut String) {
    let b = raw.as_bytes();
    let mut last = 0;
    let mut i = 0;
    while let Some(k) = memchr::memchr(b'&', &b[i..]) {
        let at = i + k;
        match super::entity::decode(b, at) {
            Some((end, v)) => {
                out.push_str(&raw[last..at]);
                out.push_str(&v);
                last = end;
                i = end;
            }
            None => i = at + 1,
        }
    }
    out.push_str(&raw[last..]);
}

/// A name as plain text (template names, link targets, parameter names): text and character
/// references kept, comments dropped, nested templates as written, whitespace collapsed.
pub fn name(src: &str, nodes: &[Node]) -> String {
    // most names are one text node: normalised straight from the page, one allocation
    if let [Node::Text(sp)] = nodes {
        return crate::value::text::normalize(src.get(sp.start..sp.end).unwrap_or(""));
    }
    let mut s = String::new();
    for n in nodes {
        match n {
            Node::Text(sp) => s.push_str(src.get(sp.start..sp.end).unwrap_or("")),
            Node::Entity(e) => s.push_str(&e.value),
            Node::Comment(_) => {}
            other => {
                let sp = other.span();
                s.push_str(src.get(sp.start..sp.end).unwrap_or(""));
            }
        }
    }
    crate::value::text::normalize_owned(s)
}

/// Plain text of nodes, footnotes dropped, lines kept.
pub fn text(src: &str, nodes: &[Node]) -> String {
    text_of(src, nodes)
}

/// [`text`] of nodes picked from a list (no copy of the nodes).
pub fn text_of<'n>(src: &str, nodes: impl IntoIterator<Item = &'n Node>) -> String {
    let mut r = Render::new(src, None);
    r.links_off();
    for n in nodes {
        r.node(n);
    }
    // one line (most values): normalised in its own buffer, which is kept when nothing
    // changes
    if memchr::memchr(b'\n', r.out.as_bytes()).is_none() {
        return crate::value::text::normalize_owned(std::mem::take(&mut r.out));
    }
    crate::value::text::normalize_lines(r.out.lines())
}

/// Text as a reader sees it: the HTML tags left in it by a tag that never closed
/// (`<center>`, which MediaWiki closes at the end of its block) are dropped.
fn push_without_html_tags(out: &mut String, t: &str) {
    let mut from = 0;
    for (i, _) in t.match_indices('<') {
        if i < from {
            continue;
        }
        if let Some(n) = super::tag::html_tag_len(&t[i..]) {
            out.push_str(&t[from..i]);
            from = i + n;
        }
    }
    out.push_str(&t[from..]);
}

/// The letter of `<sup>a</sup>`: a single lower-case letter, as a box marks its notes.
pub(crate) fn note_mark(src: &str, children: &[Node]) -> Option<char> {
    let [Node::Text(s)] = children else {
        return None;
    };
    let mut chars = src.get(s.start..s.end)?.trim().chars();
    let c = chars.next().filter(char::is_ascii_lowercase)?;
    chars.next().is_none().then_some(c)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_tag_that_never_closed_leaves_no_markup_in_the_text() {
        let src = "A <center>centred</tr> line, 1 < 2 and <ref foo";
        let tree = super::super::parse_tree(src);
        assert_eq!(
            super::text(src, &tree.nodes),
            "A centred line, 1 < 2 and <ref foo"
        );
    }
}
