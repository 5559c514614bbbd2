//! The invariants every [`Article`] satisfies, in one place: property tests, fuzz targets and
//! the corpus replay all call [`article`].
//!
//! - every span is in bounds, ordered (`start <= end`) and on char boundaries;
//! - children lie inside their parents (fields and captions in their infobox, markers in their
//!   paragraph);
//! - footnote markers are in reading order and cover their brackets or symbol;
//! - nothing is lost: every byte that is not whitespace lies in the span of the title line, an
//!   infobox, a section, a reference, a marker or a diagnostic;
//! - the JSON round trip gives back an equal Article.
//!
//! A violation is returned, not panicked: the library never panics.

use crate::ast::{Article, Block};
use crate::span::Span;

/// A broken invariant, with what broke.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct Violation(pub String);

fn span_ok(input: &str, s: Span, what: &str) -> Result<(), Violation> {
    if s.start > s.end {
        return Err(Violation(format!("{what}: inverted span {s:?}")));
    }
    if s.end > input.len() {
        return Err(Violation(format!(
            "{what}: span {s:?} past the input ({} bytes)",
            input.len()
        )));
    }
    if !input.is_char_boundary(s.start) || !input.is_char_boundary(s.end) {
        return Err(Violation(format!(
            "{what}: span {s:?} not on char boundaries"
        )));
    }
    Ok(())
}

fn inside(outer: Span, inner: Span, what: &str) -> Result<(), Violation> {
    if inner.is_empty() || (outer.start <= inner.start && inner.end <= outer.end) {
        Ok(())
    } else {
        Err(Violation(format!(
            "{what}: {inner:?} outside its parent {outer:?}"
        )))
    }
}

/// The value parsers on any text: bounds finite, dates shaped `YYYY[-MM[-DD]]`, coordinates
/// in range, marker spans on their brackets (shared by the `value` fuzz target and its corpus
/// replay).
pub fn values(s: &str) -> Result<(), Violation> {
    use crate::value::{coordinates, date, duration, footnote, number, quantity, single, Hint};
    let _ = number::number(s);
    for (q, range) in quantity::list(s, true) {
        if !q.min.is_finite() || !q.max.is_finite() || s.get(range).is_none() {
            return Err(Violation(format!("quantity {q:?}")));
        }
    }
    let _ = quantity::whole(s);
    for d in date::whole(s).into_iter().chain(date::find(s)) {
        if !matches!(d.date.len(), 4 | 7 | 10) || !d.date.starts_with(|c: char| c.is_ascii_digit())
        {
            return Err(Violation(format!("date {d:?}")));
        }
    }
    let _ = (date::range(s), duration::whole(s), duration::clock(s));
    if let Some(c) = coordinates::find(s) {
        if c.lat.abs() > 90.0 || c.lon.abs() > 180.0 {
            return Err(Violation(format!("coordinates {c:?}")));
        }
    }
    for m in footnote::strip(s, 0).markers {
        if !s
            .get(m.span.start..m.span.end)
            .is_some_and(|t| t.starts_with('[') && t.ends_with(']'))
        {
            return Err(Violation(format!("marker {m:?}")));
        }
    }
    for hint in [
        Hint::Date,
        Hint::Quantity,
        Hint::Place,
        Hint::Text,
        Hint::Status,
        Hint::Binomial,
        Hint::Any,
        Hint::Unknown,
    ] {
        let _ = single(s, hint);
    }
    let _ = crate::value::status::from_code(s, s);
    Ok(())
}

/// Every non-whitespace byte lies in some top-level node's or diagnostic's span.
fn covered(input: &str, a: &Article) -> Result<(), Violation> {
    let mut spans: Vec<Span> = a.title_span.into_iter().collect();
    spans.extend(a.infoboxes.iter().map(|b| b.span));
    spans.extend(a.sections.iter().map(|s| s.span));
    spans.extend(a.references.iter().map(|r| r.span));
    spans.extend(a.footnote_markers.iter().map(|m| m.span));
    spans.extend(a.diagnostics.iter().map(|d| d.span));
    spans.sort_unstable();
    let mut at = 0;
    for s in spans
        .iter()
        .chain(std::iter::once(&Span::empty(input.len())))
    {
        if s.start > at {
            let gap = input.get(at..s.start).unwrap_or("");
            let blank = |c: char| c.is_whitespace() || crate::value::text::is_zero_width(c);
            if let Some(pos) = gap.find(|c: char| !blank(c)) {
                let head: String = gap[pos..].chars().take(40).collect();
                return Err(Violation(format!(
                    "bytes at {} belong to no node: {head:?}",
                    at + pos
                )));
            }
        }
        at = at.max(s.end);
    }
    Ok(())
}

/// Check every invariant of `a`, parsed from `input`, the JSON round trip included.
pub fn article(input: &str, a: &Article) -> Result<(), Violation> {
    structure(input, a)?;
    let json = serde_json::to_string(a).map_err(|e| Violation(format!("serialize: {e}")))?;
    let back: Article =
        serde_json::from_str(&json).map_err(|e| Violation(format!("deserialize: {e}")))?;
    if &back != a {
        return Err(Violation("JSON round trip changed the article".into()));
    }
    Ok(())
}

/// The span and coverage invariants (cheap enough for a debug assertion after every parse).
pub fn structure(input: &str, a: &Article) -> Result<(), Violation> {
    spans(input, a)?;
    covered(input, a)
}

/// The span invariants without coverage: those of a [`crate::parse_infoboxes`] Article, which
/// leaves the sections out.
pub fn spans(input: &str, a: &Article) -> Result<(), Violation> {
    span_ok(input, a.span, "article")?;
    for b in &a.infoboxes {
        span_ok(input, b.span, "infobox")?;
        for f in &b.fields {
            span_ok(input, f.span, "field")?;
            span_ok(input, f.value.span, "value")?;
            for i in &f.value.items {
                span_ok(input, i.span, "item")?;
            }
            for l in &f.value.links {
                span_ok(input, l.span, "link")?;
            }
        }
        for c in b.captions.iter().chain(&b.groups) {
            span_ok(input, c.span, "caption/group")?;
            inside(b.span, c.span, "caption/group")?;
        }
        for n in &b.notes {
            span_ok(input, n.span, "note")?;
        }
    }
    for s in &a.sections {
        span_ok(input, s.span, "section")?;
        for blk in &s.blocks {
            match blk {
                Block::Paragraph {
                    span, footnotes, ..
                } => {
                    span_ok(input, *span, "paragraph")?;
                    for m in footnotes {
                        inside(*span, m.span, "paragraph marker")?;
                    }
                }
                Block::Table {
                    span,
                    rows,
                    footnotes,
                    ..
                } => {
                    span_ok(input, *span, "table")?;
                    for c in rows.iter().flatten() {
                        span_ok(input, c.span, "table cell")?;
                        inside(*span, c.span, "table cell")?;
                    }
                    for m in footnotes {
                        inside(*span, m.span, "table marker")?;
                    }
                }
                Block::List { span, items, .. } => {
                    span_ok(input, *span, "list")?;
                    for it in items {
                        span_ok(input, it.span, "list item")?;
                        inside(*span, it.span, "list item")?;
                    }
                }
            }
        }
    }
    for r in &a.references {
        span_ok(input, r.span, "reference")?;
    }
    for w in a.footnote_markers.windows(2) {
        // `{{r|a|b}}` puts two markers on one template
        if w[0].span.start > w[1].span.start {
            return Err(Violation(format!(
                "markers out of order: {:?} then {:?}",
                w[0], w[1]
            )));
        }
    }
    for m in &a.footnote_markers {
        span_ok(input, m.span, "marker")?;
        let text = &input[m.span.start..m.span.end];
        let bracketed = text.starts_with('[') && text.ends_with(']');
        let symbol = ["*", "†", "‡", "§", "¶"].contains(&text);
        let markup = a.dialect == crate::Dialect::Wikitext
            && (text.starts_with('<') || text.starts_with("{{"));
        // a note number glued to a rendered label (`Area1`): one or two digits after a letter
        let glued = a.dialect == crate::Dialect::Rendered
            && (1..=2).contains(&text.len())
            && text.bytes().all(|b| b.is_ascii_digit())
            && input[..m.span.start].ends_with(char::is_alphabetic);
        if !bracketed && !symbol && !markup && !glued {
            return Err(Violation(format!(
                "marker {m:?} covers {text:?}, not its brackets or symbol"
            )));
        }
    }
    for d in &a.diagnostics {
        span_ok(input, d.span, "diagnostic")?;
    }
    Ok(())
}

/// The wikitext tree invariants: the top-level nodes cover the input without gap or overlap
/// (nothing lost), every node lies inside its parent, on char boundaries, after its elder
/// sibling.
pub fn tree(input: &str, t: &crate::wikitext::Tree) -> Result<(), Violation> {
    use crate::wikitext::Node;
    let mut at = 0;
    for n in &t.nodes {
        let s = n.span();
        if s.start != at {
            return Err(Violation(format!(
                "top-level node {s:?} does not start where the previous ended ({at})"
            )));
        }
        at = s.end;
    }
    if at != input.len() {
        return Err(Violation(format!(
            "top-level nodes end at {at}, not {}",
            input.len()
        )));
    }
    // every node with the span of its parent, depth-first without recursion
    let mut stack: Vec<(Span, &[Node])> = vec![(Span::new(0, input.len()), &t.nodes)];
    while let Some((parent, nodes)) = stack.pop() {
        let mut prev = parent.start;
        for n in nodes {
            let s = n.span();
            span_ok(input, s, "tree node")?;
            inside(parent, s, "tree node")?;
            if s.start < prev {
                return Err(Violation(format!("tree node {s:?} starts before {prev}")));
            }
            prev = s.end;
            let mut kids: Vec<&[Node]> = Vec::new();
            match n {
                Node::Template(x) => {
                    kids.push(&x.name);
                    for p in &x.params {
                        span_ok(input, p.span, "parameter")?;
                        inside(s, p.span, "parameter")?;
                        if let Some(k) = &p.name {
                            kids.push(k);
                        }
                        kids.push(&p.value);
                    }
                }
                Node::Argument(a) => {
                    kids.push(&a.name);
                    if let Some(d) = &a.default {
                        kids.push(d);
                    }
                }
                Node::Link(l) => {
                    kids.push(&l.target);
                    kids.extend(l.parts.iter().map(Vec::as_slice));
                }
                Node::ExternalLink(l) => kids.push(&l.text),
                Node::Heading(h) => kids.push(&h.children),
                Node::Tag(x) => {
                    kids.push(&x.attr_nodes);
                    kids.push(&x.children);
                }
                Node::List(l) => kids.push(&l.items),
                Node::ListItem(i) => kids.push(&i.children),
                Node::Table(x) => {
                    kids.push(&x.attr_nodes);
                    if let Some(c) = &x.caption {
                        kids.push(c);
                    }
                    for r in &x.rows {
                        inside(s, r.span, "table row")?;
                        kids.push(&r.attr_nodes);
                        for c in &r.cells {
                            inside(s, c.span, "table cell")?;
                            kids.push(&c.attr_nodes);
                            kids.push(&c.children);
                        }
                    }
                }
                _ => {}
            }
            for k in kids {
                stack.push((s, k));
            }
        }
    }
    Ok(())
}
