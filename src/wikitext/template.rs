//! Templates `{{name|a|k=v}}` and arguments `{{{name|default}}}`: building the node when the
//! closer arrives, and the name rules that decide whether the braces were a template at all.

use super::node::{Argument, Node, Param, Template};
use super::parser::{Parser, PipeAhead, SepKind};
use crate::span::Span;

/// Whether `nodes` can be a template or argument name: some text, no line break inside it, no
/// link or bracket. Comments and nested templates are allowed (`{{foo<!-- x -->|…}}`).
pub(crate) fn valid_name(p: &Parser, nodes: &[Node]) -> bool {
    let mut seen = false;
    let mut after_break = false;
    for n in nodes {
        match n {
            Node::Text(s) => {
                let t = p.text(*s);
                if t.bytes()
                    .any(|b| matches!(b, b'[' | b']' | b'{' | b'}' | b'<' | b'>'))
                {
                    return false;
                }
                for c in t.chars() {
                    if c == '\n' {
                        if seen {
                            after_break = true;
                        }
                    } else if !c.is_whitespace() {
                        if after_break {
                            return false;
                        }
                        seen = true;
                    }
                }
            }
            Node::Comment(_) | Node::Format(_) | Node::Entity(_) => {}
            Node::Template(_) | Node::Argument(_) => {
                if after_break {
                    return false;
                }
                seen = true;
            }
            _ => return false,
        }
    }
    seen
}

/// Whether the top frame's nodes before its first `|` form a valid name.
fn top_has_name(p: &Parser) -> bool {
    let Some(f) = p.frames.last() else {
        return false;
    };
    let first_pipe = f
        .seps
        .iter()
        .find(|s| s.kind == SepKind::Pipe)
        .map_or(p.out.len(), |s| s.at);
    valid_name(p, &p.out[f.base + 1..first_pipe])
}

/// Close the template on top of the stack with `}}` ending at `end`; false when its name is
/// not a name (the caller then reads the braces as text).
pub(crate) fn close_template(p: &mut Parser, end: usize) -> bool {
    if !top_has_name(p) {
        return false;
    }
    let Some((f, nodes)) = p.drain_top() else {
        return false;
    };
    let lead = f.open_end - f.start - 2;
    let span = Span::new(f.start + lead, end);
    let mut ahead = PipeAhead::new(&f.seps, f.base, nodes.len());
    let mut name = Vec::with_capacity(ahead.part_len(0));
    let mut params: Vec<Param> = Vec::with_capacity(ahead.pipes());
    let mut cur: Option<(usize, Option<Vec<Node>>, Vec<Node>)> = None;
    let mut seps = f.seps.iter().map(|s| (s.at - f.base, s.kind)).peekable();
    for (k, node) in nodes.enumerate().skip(1) {
        match seps.peek() {
            Some(&(at, kind)) if at == k => {
                seps.next();
                match kind {
                    SepKind::Pipe => {
                        if let Some(c) = cur.take() {
                            params.push(param(c, node.span().start));
                        }
                        let len = ahead.part_len(k);
                        cur = Some((node.span().end, None, Vec::with_capacity(len)));
                    }
                    _ => {
                        // `=`: what came before is the parameter name
                        if let Some((_, n @ None, v)) = cur.as_mut() {
                            let value = Vec::with_capacity(ahead.part_len(k));
                            *n = Some(super::list::finish(std::mem::replace(v, value)));
                        } else if let Some((_, _, v)) = cur.as_mut() {
                            v.push(node);
                        }
                    }
                }
                continue;
            }
            _ => {}
        }
        match cur.as_mut() {
            Some((_, _, v)) => v.push(node),
            None => name.push(node),
        }
    }
    if let Some(c) = cur.take() {
        params.push(param(c, end - 2));
    }
    p.recycle(f.seps);
    if lead > 0 {
        p.out.push(Node::Text(Span::new(f.start, f.start + lead)));
    }
    p.out.push(Node::Template(Template {
        span,
        name: super::list::finish(name),
        params,
    }));
    true
}

fn param((start, name, value): (usize, Option<Vec<Node>>, Vec<Node>), end: usize) -> Param {
    Param {
        span: Span::new(start, end),
        name,
        value: super::list::finish(value),
    }
}

/// Close the argument on top of the stack with `}}}` ending at `end`.
pub(crate) fn close_argument(p: &mut Parser, end: usize) -> bool {
    if !top_has_name(p) {
        return false;
    }
    let Some((f, mut nodes)) = p.take_top() else {
        return false;
    };
    let pipes: Vec<usize> = f
        .seps
        .iter()
        .filter(|s| s.kind == SepKind::Pipe)
        .map(|s| s.at - f.base)
        .collect();
    let default = pipes.first().map(|&a| {
        let until = pipes.get(1).copied().unwrap_or(nodes.len());
        super::list::finish(nodes.drain(a + 1..until).collect())
    });
    p.recycle(f.seps);
    let cut = pipes.first().copied().unwrap_or(nodes.len());
    nodes.truncate(cut);
    nodes.remove(0);
    p.out.push(Node::Argument(Argument {
        span: Span::new(f.start, end),
        name: super::list::finish(nodes),
        default,
    }));
    true
}
