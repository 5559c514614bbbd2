//! Tree → [`Article`]: infoboxes, the lead and the section tree with prose, references,
//! footnote markers and categories.

use super::node::*;
use super::plain::{self, Render};
use super::refs::{self, Refs};
use super::Tree;
use crate::ast::{
    Article, Block, Infobox, ListItem as ListItemOut, Marker, Section, SectionKind, TableCell,
};
use crate::dialect::Dialect;
use crate::hash::Set;
use crate::span::Span;

/// How much of the Article to build.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Everything.
    Full,
    /// The title, infoboxes and redirect, from the tree of the page up to its last infobox and
    /// its lead's bold title ([`super::parse_facts_tree`]): no sections, reference texts or
    /// categories; footnote markers and diagnostics of the bytes read, which the Article's span
    /// covers (what `--infobox-only` prints).
    Infoboxes,
}

/// Build the Article of a page from its tree.
pub fn build(input: &str, tree: Tree, scope: Scope) -> Article {
    let full = scope == Scope::Full;
    let refs = refs::collect(input, &tree.nodes, full);
    let mut infoboxes = Vec::new();
    let mut diagnostics = tree.diagnostics;
    let from_tree = diagnostics.len();
    find_infoboxes(input, &tree.nodes, &refs, &mut infoboxes, &mut diagnostics);
    if diagnostics.len() > from_tree {
        // the boxes' findings among the tree's, in reading order
        diagnostics.sort_by_key(|d| d.span.start);
    }
    let mut infoboxes = join_parts(input, infoboxes);
    for b in infoboxes
        .iter_mut()
        .filter(|b| b.kind.as_deref() == Some("star"))
    {
        super::starbox::components(b);
    }
    let mut categories = Vec::new();
    let mut sections = Vec::new();
    if full {
        find_categories(input, &tree.nodes, &mut categories, &mut Set::default());
        sections = self::sections(input, &tree.nodes, &refs);
    }
    // the box's `name` is the common name (the page title, usually); the bold subject of the
    // first sentence is often the full name (`Charles Frank Milstead`), so it comes second
    // a country's box is titled by its long name (`Republic of Estonia`); the page is its
    // `common_name` (`Estonia`)
    let common_name = infoboxes.first().and_then(|b| {
        b.fields
            .iter()
            .find(|f| f.label.eq_ignore_ascii_case("common_name") && !f.value.text.is_empty())
            .map(|f| f.value.text.replace('\n', " "))
    });
    let title = common_name
        .or_else(|| infoboxes.iter().find_map(|b| b.title.clone()))
        .or_else(|| lead_bold(input, &tree.nodes));
    let title_inferred = true;
    let redirect = redirect_target(input, &tree.nodes);
    let Refs {
        mut references,
        markers,
        ..
    } = refs;
    if !full {
        references.clear();
    }
    Article {
        schema_version: crate::json::SCHEMA_VERSION,
        dialect: Dialect::Wikitext,
        title_inferred: title_inferred && title.is_some(),
        title,
        title_span: None,
        infoboxes,
        sections,
        references,
        footnote_markers: markers,
        categories,
        redirect,
        page: None,
        span: Span::new(0, tree.end),
        diagnostics,
    }
}

/// `#REDIRECT [[Target]]`: the target page.
fn redirect_target(src: &str, nodes: &[Node]) -> Option<String> {
    let mut it = nodes.iter().skip_while(|n| !matches!(n, Node::Redirect(_)));
    it.next()?;
    it.find_map(|n| match n {
        Node::Link(l) => Some(plain::name(src, &l.target)),
        Node::Text(s) if !src[s.start..s.end].trim().is_empty() => Some(String::new()),
        _ => None,
    })
    .filter(|t| !t.is_empty())
}

/// Every infobox, embedded ones included, in reading order.
fn find_infoboxes(
    src: &str,
    nodes: &[Node],
    refs: &Refs,
    out: &mut Vec<Infobox>,
    diags: &mut Vec<crate::diagnostic::Diagnostic>,
) {
    let w = crate::lexicon::wikitext::get();
    for n in nodes {
        match n {
            Node::Template(t) => {
                let key = super::templates::key(src, &t.name);
                let Some(kind) = w.infobox_kind(&key) else {
                    for p in &t.params {
                        find_infoboxes(src, &p.value, refs, out, diags);
                    }
                    continue;
                };
                let at = out.len();
                out.push(super::infobox::build(src, t, kind, refs, diags));
                for p in &t.params {
                    for v in &p.value {
                        match v {
                            // a box drawn inside this one (`module = {{Infobox military person
                            // |embed=yes|…}}`) is part of it, under the header it prints
                            Node::Template(child) => match embedded_kind(src, child) {
                                Some(kind) => {
                                    let part = embedded_part(src, child, kind, refs, diags);
                                    if let Some(parent) = out.get_mut(at) {
                                        absorb(parent, part);
                                    }
                                    for cp in &child.params {
                                        find_infoboxes(src, &cp.value, refs, out, diags);
                                    }
                                }
                                None => {
                                    find_infoboxes(src, std::slice::from_ref(v), refs, out, diags)
                                }
                            },
                            other => {
                                find_infoboxes(src, std::slice::from_ref(other), refs, out, diags)
                            }
                        }
                    }
                }
            }
            Node::Tag(t) if t.name != "ref" => find_infoboxes(src, &t.children, refs, out, diags),
            Node::Table(t) => {
                // `{|{{Infobox ship begin}}` then the ship's parts outside every cell: one box
                find_infoboxes(src, &t.attr_nodes, refs, out, diags);
                find_infoboxes(src, &t.outside, refs, out, diags);
                for r in &t.rows {
                    for c in &r.cells {
                        find_infoboxes(src, &c.children, refs, out, diags);
                    }
                }
            }
            _ => {}
        }
    }
}

/// The kind of an infobox that draws itself inside another (`embed = yes`, `child = yes`,
/// `subbox = yes`); `None` for any other template.
fn embedded_kind(src: &str, t: &Template) -> Option<String> {
    // the flag first: most templates in a box's values are no boxes, and the lookup costs more
    let flagged = t.params.iter().any(|p| {
        p.name.as_ref().is_some_and(|n| {
            matches!(
                plain::name(src, n).trim().to_ascii_lowercase().as_str(),
                "embed" | "child" | "subbox"
            )
        }) && matches!(
            plain::text(src, &p.value)
                .trim()
                .to_ascii_lowercase()
                .as_str(),
            "yes" | "y" | "true" | "1"
        )
    });
    if !flagged {
        return None;
    }
    crate::lexicon::wikitext::get().infobox_kind(&super::templates::key(src, &t.name))
}

/// An embedded box as a part of its parent: its fields under the header it prints.
fn embedded_part(
    src: &str,
    child: &Template,
    kind: String,
    refs: &Refs,
    diags: &mut Vec<crate::diagnostic::Diagnostic>,
) -> Infobox {
    let key = super::templates::key(src, &child.name);
    let mut part = super::infobox::build(src, child, kind, refs, diags);
    if let Some(header) = embedded_header(&key) {
        under_header(&mut part, header);
    }
    part
}

/// Put a part's fields under the header row the page prints above them.
fn under_header(part: &mut Infobox, header: &str) {
    for f in part.fields.iter_mut().filter(|f| f.group.is_none()) {
        f.group = Some(header.to_owned());
    }
    part.groups.insert(
        0,
        crate::ast::TextLine {
            text: header.to_owned(),
            span: part.span,
        },
    );
}

/// The header an embedded box prints above its rows.
fn embedded_header(key: &str) -> Option<&'static str> {
    let name = key.strip_prefix("infobox").unwrap_or(key).trim();
    Some(match name {
        "military person" => "Military service",
        "musical artist" => "Musical career",
        "scientist" => "Scientific career",
        "sportsperson" | "sports person" => "Sports career",
        "medical person" => "Medical career",
        "architect" => "Architectural career",
        _ => return None,
    })
}

/// `{{Infobox ship begin}}` followed by `{{Infobox ship image}}`, `{{Infobox ship career}}`,
/// `{{Infobox ship characteristics}}` (aircraft boxes likewise) draw one box on the page: the
/// parts that follow a `… begin` with nothing but blank lines or comments between them join it.
fn join_parts(src: &str, boxes: Vec<Infobox>) -> Vec<Infobox> {
    let key = |b: &Infobox| {
        b.template
            .as_deref()
            .map(|t| super::templates::key_of_text(t).into_owned())
            .unwrap_or_default()
    };
    let mut out: Vec<Infobox> = Vec::new();
    let mut family: Option<String> = None;
    for b in boxes {
        let k = key(&b);
        let joins = match (&family, out.last()) {
            (Some(f), Some(last)) => {
                k.strip_prefix(f.as_str())
                    .is_some_and(|r| r.starts_with(' '))
                    && between_is_blank(src, last.span.end, b.span.start)
            }
            _ => false,
        };
        if joins {
            let mut b = b;
            // a ship's parts print their header rows (unless told to hide them)
            if let Some(header) = part_header(&k).filter(|_| !hides_header(&b)) {
                under_header(&mut b, header);
            }
            if let Some(first) = out.last_mut() {
                absorb(first, b);
            }
            continue;
        }
        family = k.strip_suffix(" begin").map(str::to_owned);
        out.push(b);
    }
    out
}

/// The header row a part of a joined box prints above its fields.
fn part_header(key: &str) -> Option<&'static str> {
    Some(match key.strip_prefix("infobox").unwrap_or(key).trim() {
        "ship career" => "History",
        "ship characteristics" => "General characteristics",
        "starbox observe" | "starbox observe 2" => "Observation data",
        "starbox character" => "Characteristics",
        "starbox astrometry" | "starbox astrometry 2" => "Astrometry",
        "starbox orbit" => "Orbit",
        "starbox detail" => "Details",
        "starbox reference" => "Database references",
        _ => return None,
    })
}

/// `Hide header = yes`: the part prints no header row.
fn hides_header(b: &Infobox) -> bool {
    b.fields
        .iter()
        .any(|f| f.label.eq_ignore_ascii_case("hide header") && !f.value.text.trim().is_empty())
}

/// Only blank lines and comments between two byte offsets.
fn between_is_blank(src: &str, from: usize, to: usize) -> bool {
    let mut rest = src.get(from..to).unwrap_or("x").trim_start();
    while let Some(after) = rest.strip_prefix("<!--") {
        match after.find("-->") {
            Some(end) => rest = after[end + 3..].trim_start(),
            None => return false,
        }
    }
    rest.is_empty()
}

/// Add a box's part to the box it continues.
fn absorb(first: &mut Infobox, part: Infobox) {
    first.title = first.title.take().or(part.title);
    if first.caption.is_none() {
        first.caption = part.caption;
    }
    first.captions.extend(part.captions);
    first.groups.extend(part.groups);
    first.fields.extend(part.fields);
    first.notes.extend(part.notes);
    first.span = first.span.join(part.span);
}

fn find_categories(src: &str, nodes: &[Node], out: &mut Vec<String>, seen: &mut Set<String>) {
    for n in nodes {
        match n {
            Node::Link(l) if l.kind == LinkKind::Category => {
                let target = plain::name(src, &l.target);
                let name = target.split_once(':').map_or("", |(_, r)| r).trim();
                let name = name.replace('_', " ");
                if !name.is_empty() && seen.insert(name.clone()) {
                    out.push(name);
                }
            }
            Node::Tag(t) if t.name != "ref" => find_categories(src, &t.children, out, seen),
            Node::ListItem(i) => find_categories(src, &i.children, out, seen),
            Node::List(l) => find_categories(src, &l.items, out, seen),
            _ => {}
        }
    }
}

/// The first bold text of the lead (`'''Albedo''' is …`).
fn lead_bold(src: &str, nodes: &[Node]) -> Option<String> {
    let lead = nodes
        .iter()
        .position(|n| matches!(n, Node::Heading(_)))
        .map_or(nodes, |h| &nodes[..h]);
    let mut open: Option<usize> = None;
    for (i, n) in lead.iter().enumerate() {
        if let Node::Format(f) = n {
            if !f.bold {
                continue;
            }
            match open.take() {
                Some(a) => {
                    if let Some(t) = bold_title(src, &lead[a + 1..i]) {
                        return Some(t);
                    }
                }
                None => open = Some(i),
            }
        }
    }
    None
}

/// The text of a bold run when it can be the page's title: not empty, not a sentence.
pub(crate) fn bold_title(src: &str, run: &[Node]) -> Option<String> {
    let t = plain::text(src, run);
    (!t.is_empty() && t.len() < 200).then_some(t)
}

/// Split the top level at headings into the lead and the sections.
fn sections(src: &str, nodes: &[Node], refs: &Refs) -> Vec<Section> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut heading: Option<&Heading> = None;
    let mut body: Vec<&Node> = Vec::new();
    for n in nodes {
        if let Node::Heading(h) = n {
            out.push(section(src, heading, start, h.span.start, &body, refs));
            start = h.span.start;
            heading = Some(h);
            body.clear();
        } else {
            body.push(n);
        }
    }
    out.push(section(src, heading, start, src.len(), &body, refs));
    out
}

fn section(
    src: &str,
    heading: Option<&Heading>,
    start: usize,
    end: usize,
    body: &[&Node],
    refs: &Refs,
) -> Section {
    let (text, kind) = match heading {
        Some(h) => {
            let t = plain::text(src, &h.children).replace('\n', " ");
            let kind = crate::rendered::page::heading(&t).map_or(SectionKind::Body, |(_, k)| k);
            (Some(t), kind)
        }
        None => (None, SectionKind::Body),
    };
    let mut blocks = Vec::new();
    let mut para: Vec<Piece> = Vec::new();
    // `#REDIRECT [[Target]]` is the page's `redirect`, not prose
    let mut after_redirect = false;
    let block = block_templates(src, body);
    for (i, n) in body.iter().enumerate() {
        if after_redirect {
            match n {
                Node::Text(s) if src.get(s.start..s.end).is_some_and(|t| !t.contains('\n')) => {
                    continue
                }
                Node::Link(_) => {
                    after_redirect = false;
                    continue;
                }
                _ => after_redirect = false,
            }
        }
        match n {
            Node::Redirect(_) => {
                flush(src, &mut para, refs, &mut blocks);
                after_redirect = true;
            }
            Node::List(l) => {
                flush(src, &mut para, refs, &mut blocks);
                blocks.push(list_block(src, l, refs));
            }
            Node::Table(t) => {
                flush(src, &mut para, refs, &mut blocks);
                if let Some(b) = table_block(src, t, refs) {
                    blocks.push(b);
                }
            }
            // a gallery's captions are a list of their own
            Node::Tag(t) if t.name == "gallery" => {
                flush(src, &mut para, refs, &mut blocks);
                let items: Vec<crate::ast::ListItem> = plain::gallery_captions(src, t)
                    .into_iter()
                    .map(|(text, span)| crate::ast::ListItem {
                        label: None,
                        text,
                        footnotes: Vec::new(),
                        span,
                    })
                    .collect();
                if !items.is_empty() {
                    blocks.push(Block::List {
                        ordered: false,
                        items,
                        span: t.span,
                    });
                }
            }
            // so are a block quotation and a poem
            Node::Tag(t) if matches!(t.name, "blockquote" | "poem") => {
                flush(src, &mut para, refs, &mut blocks);
                para.push(Piece::Node(n));
                flush(src, &mut para, refs, &mut blocks);
            }
            // a quotation set off on its lines is a paragraph of its own
            Node::Template(t)
                if block[i]
                    && super::templates::is_quotation(&super::templates::key(src, &t.name)) =>
            {
                flush(src, &mut para, refs, &mut blocks);
                para.push(Piece::Node(n));
                flush(src, &mut para, refs, &mut blocks);
            }
            // a template alone on its lines (an infobox, `{{reflist}}`, a navbox) is no prose
            Node::Template(_) if block[i] => flush(src, &mut para, refs, &mut blocks),
            _ if block[i] => {}
            Node::Text(s) => {
                // blank lines end paragraphs
                let t = src.get(s.start..s.end).unwrap_or("");
                let b = t.as_bytes();
                let mut from = 0;
                for k in memchr::memchr_iter(b'\n', b) {
                    if k >= from && b.get(k + 1) == Some(&b'\n') {
                        para.push(Piece::Text(Span::new(s.start + from, s.start + k)));
                        flush(src, &mut para, refs, &mut blocks);
                        from = k + 2;
                    }
                }
                para.push(Piece::Text(Span::new(s.start + from, s.end)));
            }
            other => para.push(Piece::Node(other)),
        }
    }
    flush(src, &mut para, refs, &mut blocks);
    Section {
        heading: text,
        level: heading.map_or(0, |h| h.level),
        kind,
        blocks,
        span: Span::new(start, end),
    }
}

fn markers_in(refs: &Refs, span: Span) -> Vec<Marker> {
    let from = refs.markers.partition_point(|m| m.span.start < span.start);
    refs.markers[from..]
        .iter()
        .take_while(|m| m.span.start < span.end)
        .filter(|m| m.span.end <= span.end)
        .cloned()
        .collect()
}

/// Which of `body`'s templates stand apart from the prose: those alone on their lines, also
/// beside other templates and comments (`{{Short description|…}}{{Use dmy dates}}`,
/// `{{Infobox aircraft begin}}{{Infobox aircraft type…}}`), and an infobox wherever it is
/// (a box glued to the lead's first word: its footnotes are not the paragraph's), with the
/// comments and spaces between templates of such a line. One pass.
fn block_templates(src: &str, body: &[&Node]) -> Vec<bool> {
    let w = crate::lexicon::wikitext::get();
    let quiet = |n: &Node| match n {
        Node::Template(_) | Node::Comment(_) => true,
        Node::Text(s) => src
            .get(s.start..s.end)
            .is_some_and(|t| t.bytes().all(|b| b == b' ' || b == b'\t')),
        _ => false,
    };
    let mut block = vec![false; body.len()];
    let mut k = 0;
    while k < body.len() {
        if !matches!(body[k], Node::Template(_) | Node::Comment(_)) {
            k += 1;
            continue;
        }
        let mut e = k + 1;
        while e < body.len() && quiet(body[e]) {
            e += 1;
        }
        let alone = alone_on_line(src, body[k].span().join(body[e - 1].span()));
        let mut templates = false;
        for (j, n) in body.iter().enumerate().take(e).skip(k) {
            if let Node::Template(t) = n {
                templates = true;
                // (boxes are written over several lines: only those are looked up)
                let multiline = src
                    .get(t.span.start..t.span.end)
                    .is_some_and(|s| memchr::memchr(b'\n', s.as_bytes()).is_some());
                block[j] = alone
                    || multiline
                        && w.infobox_kind(&super::templates::key(src, &t.name))
                            .is_some();
            }
        }
        // the comments and spaces between such templates go with them
        if alone && templates {
            block[k..e].fill(true);
        }
        k = e;
    }
    block
}

/// Whether `span` starts a line and ends one (spaces aside). Only the spaces next to the span
/// are looked at, so a page of many templates is read in linear time.
fn alone_on_line(src: &str, span: Span) -> bool {
    let before = src.get(..span.start).unwrap_or("");
    let after = src.get(span.end..).unwrap_or("");
    let line_start =
        before.trim_end_matches([' ', '\t']).ends_with('\n') || before.trim_end().is_empty();
    let line_end = after
        .trim_start_matches([' ', '\t'])
        .starts_with(['\n', '\r'])
        || after.trim_start().is_empty();
    line_start && line_end
}

/// A paragraph's parts: nodes of the tree, or part of a text node cut at a blank line.
enum Piece<'a> {
    Node(&'a Node),
    Text(Span),
}

impl Piece<'_> {
    fn span(&self) -> Span {
        match self {
            Piece::Node(n) => n.span(),
            Piece::Text(s) => *s,
        }
    }
}

fn flush(src: &str, para: &mut Vec<Piece>, refs: &Refs, blocks: &mut Vec<Block>) {
    if para.is_empty() {
        return;
    }
    let span = match (para.first(), para.last()) {
        (Some(a), Some(b)) => a.span().join(b.span()),
        _ => Span::empty(0),
    };
    let mut r = Render::new(src, None);
    r.links_off();
    // a paragraph prints about as many bytes as it has (its references print nothing): one
    // buffer, not a dozen regrowths
    r.out.reserve(span.len());
    for p in para.iter() {
        match p {
            Piece::Node(n) => r.node(n),
            Piece::Text(s) => r.out.push_str(src.get(s.start..s.end).unwrap_or("")),
        }
    }
    let mut text = crate::value::text::normalize_owned(r.out);
    if text.capacity() > 2 * text.len() {
        text.shrink_to_fit();
    }
    para.clear();
    if text.is_empty() {
        return;
    }
    blocks.push(Block::Paragraph {
        text,
        footnotes: markers_in(refs, span),
        span,
    });
}

/// A table as rows of plain-text cells (empty tables give no block).
fn table_block(src: &str, t: &Table, refs: &Refs) -> Option<Block> {
    let text = |nodes: &[Node]| plain::text(src, nodes).replace('\n', " ");
    let rows: Vec<Vec<TableCell>> = t
        .rows
        .iter()
        .map(|r| {
            r.cells
                .iter()
                .map(|c| TableCell {
                    text: text(&c.children),
                    header: c.header,
                    span: c.span,
                })
                .collect()
        })
        .filter(|r: &Vec<TableCell>| !r.is_empty())
        .collect();
    if rows.is_empty() {
        return None;
    }
    Some(Block::Table {
        caption: t.caption.as_deref().map(text).filter(|c| !c.is_empty()),
        rows,
        footnotes: markers_in(refs, t.span),
        span: t.span,
    })
}

fn list_block(src: &str, l: &List, refs: &Refs) -> Block {
    let mut items = Vec::new();
    let mut ordered = false;
    collect_items(src, l, refs, &mut items, &mut ordered);
    Block::List {
        ordered,
        items,
        span: l.span,
    }
}

/// Items of a list and of the lists nested in it, flattened in reading order.
fn collect_items(src: &str, l: &List, refs: &Refs, out: &mut Vec<ListItemOut>, ordered: &mut bool) {
    for item in &l.items {
        let Node::ListItem(i) = item else { continue };
        if src
            .get(i.prefix.start..i.prefix.end)
            .is_some_and(|p| p.ends_with('#'))
        {
            *ordered = true;
        }
        // the item's own content; its nested lists are items of their own
        let own = || i.children.iter().filter(|c| !matches!(c, Node::List(_)));
        let text = plain::text_of(src, own()).replace('\n', " ");
        let span = match (own().next(), own().next_back()) {
            (Some(a), Some(b)) => Span::new(i.span.start, b.span().end.max(a.span().end)),
            _ => Span::new(i.span.start, i.prefix.end),
        };
        if !text.is_empty() {
            out.push(ListItemOut {
                label: None,
                text,
                footnotes: markers_in(refs, span),
                span,
            });
        }
        for c in &i.children {
            if let Node::List(sub) = c {
                collect_items(src, sub, refs, out, ordered);
            }
        }
    }
}
