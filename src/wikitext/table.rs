//! Tables `{| … |}`: rows `|-`, cells `|`/`!` at line start or `||`/`!!` inline, captions
//! `|+`, attributes before a single `|`. Nested tables are frames like any other.

use super::node::{Cell, Node, Row, Table};
use super::parser::{Kind, Parser, SepKind};
use crate::span::Span;

fn line_end(b: &[u8], from: usize) -> usize {
    memchr::memchr(b'\n', &b[from..]).map_or(b.len(), |k| from + k)
}

/// Open a table at `at` (`{|`); the rest of the line is its attributes.
pub(crate) fn open(p: &mut Parser, at: usize) -> Option<usize> {
    let end = line_end(p.bytes(), at);
    if !p.may_open(at, 2) {
        return None;
    }
    p.open(Kind::Table, at, end, "", Span::new(at + 2, end));
    Some(end)
}

/// A table token at line position `q` while table frame `j` is the nearest.
pub(crate) fn line_token(p: &mut Parser, j: usize, q: usize) -> Option<usize> {
    let b = p.bytes();
    let c0 = *b.get(q)?;
    let c1 = b.get(q + 1).copied().unwrap_or(0);
    match (c0, c1) {
        (b'|', b'}') => {
            p.unwind_to(j, q);
            close(p, q + 2);
            Some(q + 2)
        }
        (b'|', b'-') => {
            p.unwind_to(j, q);
            let end = line_end(b, q);
            p.sep(SepKind::Row, q, end);
            Some(end)
        }
        (b'|', b'+') => {
            p.unwind_to(j, q);
            p.sep(SepKind::Caption, q, q + 2);
            Some(q + 2)
        }
        (b'|', _) | (b'!', _) => {
            p.unwind_to(j, q);
            p.sep(SepKind::Cell { header: c0 == b'!' }, q, q + 1);
            Some(q + 1)
        }
        _ => None,
    }
}

/// The header flag of the current cell, if a cell is open.
fn current_cell(p: &Parser, j: usize) -> Option<(usize, bool)> {
    p.frames[j]
        .seps
        .iter()
        .rev()
        .find_map(|s| match s.kind {
            SepKind::Cell { header } => Some((s.at, header)),
            SepKind::Row | SepKind::Caption => Some((usize::MAX, false)),
            _ => None,
        })
        .filter(|(at, _)| *at != usize::MAX)
}

/// `|` inside a table: `||` starts a cell; a single `|` ends a cell's attributes.
pub(crate) fn inline_pipe(p: &mut Parser, j: usize, i: usize) -> usize {
    let Some((cell_at, header)) = current_cell(p, j) else {
        return i + 1;
    };
    if p.bytes().get(i + 1) == Some(&b'|') {
        p.unwind_to(j, i);
        p.sep(SepKind::Cell { header }, i, i + 2);
        return i + 2;
    }
    // only the first single `|` of a cell can end its attributes: weigh it once
    if p.frames[j].attr_tried == cell_at {
        return i + 1;
    }
    p.frames[j].attr_tried = cell_at;
    let top = j + 1 == p.frames.len();
    let no_attr_yet = p.frames[j].seps.last().is_some_and(|s| s.at == cell_at);
    if !(top && no_attr_yet) {
        return i + 1;
    }
    p.flush(i);
    let plain = p.out[cell_at + 1..]
        .iter()
        .all(|n| matches!(n, Node::Text(s) if !p.text(*s).contains('\n')));
    if plain {
        p.sep(SepKind::Attr, i, i + 1);
    }
    i + 1
}

/// `!!` inside a header row starts the next header cell.
pub(crate) fn inline_bang(p: &mut Parser, j: usize, i: usize) -> usize {
    match current_cell(p, j) {
        Some((_, true)) => {
            p.unwind_to(j, i);
            p.sep(SepKind::Cell { header: true }, i, i + 2);
            i + 2
        }
        _ => i + 1,
    }
}

struct Open {
    start: usize,
    end: usize,
    header: bool,
    attrs: Option<Span>,
    attr_nodes: Vec<Node>,
    children: Vec<Node>,
}

/// Close the table on top of the stack with `|}` ending at `end`.
fn close(p: &mut Parser, end: usize) {
    let Some((f, nodes)) = p.take_top() else {
        return;
    };
    let mut rows: Vec<Row> = Vec::new();
    let mut caption: Option<Vec<Node>> = None;
    let mut in_caption = false;
    let mut cell: Option<Open> = None;
    let mut outside: Vec<Node> = Vec::new();
    let mut seps = f.seps.iter().map(|s| (s.at - f.base, s.kind)).peekable();
    for (k, node) in nodes.into_iter().enumerate().skip(1) {
        let kind = match seps.peek() {
            Some(&(at, kind)) if at == k => {
                seps.next();
                Some(kind)
            }
            _ => None,
        };
        let span = node.span();
        match kind {
            Some(SepKind::Row) => {
                finish_cell(&mut rows, cell.take());
                in_caption = false;
                let attrs = Span::new((span.start + 2).min(span.end), span.end);
                rows.push(Row {
                    span,
                    attrs,
                    attr_nodes: p.sub(attrs.start, attrs.end),
                    cells: Vec::new(),
                });
            }
            Some(SepKind::Cell { header }) => {
                finish_cell(&mut rows, cell.take());
                in_caption = false;
                cell = Some(Open {
                    start: span.start,
                    end: span.end,
                    header,
                    attrs: None,
                    attr_nodes: Vec::new(),
                    children: Vec::new(),
                });
            }
            Some(SepKind::Caption) => {
                finish_cell(&mut rows, cell.take());
                in_caption = true;
                caption = Some(Vec::new());
            }
            Some(SepKind::Attr) => {
                if let Some(c) = cell.as_mut() {
                    let s = c
                        .children
                        .first()
                        .map(|n| n.span().start)
                        .unwrap_or(span.start);
                    c.attrs = Some(Span::new(s, span.start));
                    c.attr_nodes = super::list::finish(std::mem::take(&mut c.children));
                    c.end = span.end;
                }
            }
            _ => {
                if let Some(c) = cell.as_mut() {
                    c.end = span.end;
                    c.children.push(node);
                } else if in_caption {
                    if let Some(v) = caption.as_mut() {
                        v.push(node);
                    }
                } else if !matches!(&node, Node::Text(s) if p.text(*s).trim().is_empty()) {
                    // (the line breaks between rows are no content)
                    outside.push(node);
                }
            }
        }
    }
    finish_cell(&mut rows, cell.take());
    p.recycle(f.seps);
    rows.retain(|r| !r.cells.is_empty());
    let attr_nodes = p.sub(f.aux.start, f.aux.end);
    p.out.push(Node::Table(Box::new(Table {
        span: Span::new(f.start, end),
        attrs: f.aux,
        attr_nodes,
        outside: super::list::finish(outside),
        caption: caption.map(super::list::finish),
        rows,
    })));
    p.resume(end);
}

fn finish_cell(rows: &mut Vec<Row>, cell: Option<Open>) {
    let Some(c) = cell else { return };
    if rows.is_empty() {
        rows.push(Row {
            span: Span::empty(c.start),
            attrs: Span::empty(c.start),
            attr_nodes: Vec::new(),
            cells: Vec::new(),
        });
    }
    if let Some(row) = rows.last_mut() {
        let span = Span::new(c.start, c.end);
        row.span = if row.cells.is_empty() && row.span.is_empty() {
            span
        } else {
            row.span.join(span)
        };
        row.cells.push(Cell {
            span,
            header: c.header,
            attrs: c.attrs,
            attr_nodes: c.attr_nodes,
            children: super::list::finish(c.children),
        });
    }
}
