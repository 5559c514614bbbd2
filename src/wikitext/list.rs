//! List items (`*`, `#`, `:`, `;` lines) and their grouping into nested lists; also the
//! tidy-up every finished child list goes through ([`finish`]).

use super::node::{List, ListItem, Node};
use super::parser::{Kind, Parser};
use crate::span::Span;

/// Deepest list nesting kept as structure; deeper items join the level above.
const MAX_LIST_DEPTH: usize = 8;

/// Open an item at line start `at`.
pub(crate) fn open_item(p: &mut Parser, at: usize) -> usize {
    let r = p.bytes()[at..]
        .iter()
        .take_while(|&&c| matches!(c, b'*' | b'#' | b':' | b';'))
        .count();
    if p.may_open(at, r) {
        p.open(Kind::Item, at, at + r, "", Span::new(at, at + r));
    }
    at + r
}

/// End the item on top of the stack at `at` (its line end).
pub(crate) fn close_item(p: &mut Parser, at: usize) {
    p.flush(at);
    let Some((f, mut nodes)) = p.take_top() else {
        return;
    };
    nodes.remove(0);
    let bullet = p.bytes().get(f.aux.start).map_or('*', |&b| char::from(b));
    p.out.push(Node::ListItem(ListItem {
        span: Span::new(f.start, at),
        prefix: f.aux,
        bullet,
        children: finish(nodes),
    }));
    p.resume(at);
}

/// Merge adjacent text nodes and group consecutive items into nested lists.
pub fn finish(mut nodes: Vec<Node>) -> Vec<Node> {
    let mut w = 0;
    let mut items = false;
    for r in 0..nodes.len() {
        if w > 0 {
            if let (Node::Text(a), Node::Text(b)) = (&nodes[w - 1], &nodes[r]) {
                if a.end == b.start {
                    let end = b.end;
                    if let Node::Text(a) = &mut nodes[w - 1] {
                        a.end = end;
                    }
                    continue;
                }
            }
        }
        items |= matches!(nodes[r], Node::ListItem(_));
        if w != r {
            nodes.swap(w, r);
        }
        w += 1;
    }
    nodes.truncate(w);
    if items {
        group(nodes)
    } else {
        nodes
    }
}

/// Items separated only by their line breaks form one list.
fn group(nodes: Vec<Node>) -> Vec<Node> {
    let mut out = Vec::with_capacity(nodes.len());
    let mut run: Vec<ListItem> = Vec::new();
    let mut pending_break: Option<Node> = None;
    for n in nodes {
        match n {
            Node::ListItem(item) => {
                // `*` items then `#` items: two lists
                if run.first().is_some_and(|f| f.bullet != item.bullet) {
                    out.push(nest(std::mem::take(&mut run)));
                    if let Some(b) = pending_break.take() {
                        out.push(b);
                    }
                }
                if let Some(Node::Text(s)) = &pending_break {
                    if !run.is_empty() && s.len() != 1 {
                        out.push(nest(std::mem::take(&mut run)));
                        out.push(Node::Text(*s));
                    } else if run.is_empty() {
                        out.push(Node::Text(*s));
                    }
                }
                pending_break = None;
                run.push(item);
            }
            Node::Text(s) if !run.is_empty() && pending_break.is_none() => {
                pending_break = Some(Node::Text(s));
            }
            other => {
                if !run.is_empty() {
                    out.push(nest(std::mem::take(&mut run)));
                }
                if let Some(b) = pending_break.take() {
                    out.push(b);
                }
                out.push(other);
            }
        }
    }
    if !run.is_empty() {
        out.push(nest(run));
    }
    if let Some(b) = pending_break {
        out.push(b);
    }
    out
}

/// Nest a run of items by prefix length: a longer prefix opens a list inside the item above.
fn nest(items: Vec<ListItem>) -> Node {
    // each level: its depth and its items
    let mut stack: Vec<(usize, Vec<ListItem>)> = Vec::new();
    for item in items {
        let d = item.prefix.len().min(MAX_LIST_DEPTH);
        while stack.len() > 1 && stack.last().is_some_and(|(depth, _)| d < *depth) {
            pop_level(&mut stack);
        }
        match stack.last_mut() {
            Some((depth, v)) if d <= *depth || v.is_empty() => v.push(item),
            _ => stack.push((d, vec![item])),
        }
    }
    while stack.len() > 1 {
        pop_level(&mut stack);
    }
    let items = stack.pop().map(|(_, v)| v).unwrap_or_default();
    list_node(items)
}

fn pop_level(stack: &mut Vec<(usize, Vec<ListItem>)>) {
    let Some((_, items)) = stack.pop() else {
        return;
    };
    let list = list_node(items);
    if let Some(parent) = stack.last_mut().and_then(|(_, v)| v.last_mut()) {
        parent.span = parent.span.join(list.span());
        parent.children.push(list);
    }
}

fn list_node(items: Vec<ListItem>) -> Node {
    let start = items.first().map_or(0, |i| i.span.start);
    let end = items.last().map_or(start, |i| i.span.end);
    Node::List(List {
        span: Span::new(start, end),
        items: items.into_iter().map(Node::ListItem).collect(),
    })
}
