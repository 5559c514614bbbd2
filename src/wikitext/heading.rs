//! Headings `== text ==`: a line that starts and ends with `=` runs.

use super::node::{Heading, Node};
use super::parser::{Kind, Parser};
use crate::span::Span;

/// Open a heading at line start `at` (a `=` run).
pub(crate) fn open(p: &mut Parser, at: usize) -> usize {
    let r = p.bytes()[at..].iter().take_while(|&&c| c == b'=').count();
    if p.may_open(at, r) {
        p.open(Kind::Heading, at, at + r, "", Span::empty(at));
    }
    at + r
}

/// End the heading on top of the stack at the line end `e`: a heading when the line ends with
/// `=`, otherwise text.
pub(crate) fn close(p: &mut Parser, e: usize) {
    p.flush(e);
    let Some(f) = p.frames.last() else { return };
    let b = p.bytes();
    let open_len = f.open_end - f.start;
    // trailing comments and blanks may follow the closing run
    let mut tail = p.out.len();
    while tail > f.base + 1 {
        match &p.out[tail - 1] {
            Node::Comment(_) => tail -= 1,
            Node::Text(s) if p.text(*s).trim().is_empty() => tail -= 1,
            _ => break,
        }
    }
    let Some(Node::Text(last)) = p.out.get(tail - 1).filter(|_| tail > f.base + 1) else {
        p.fail_top(false);
        return;
    };
    let mut t = last.end;
    while t > last.start && matches!(b[t - 1], b' ' | b'\t' | b'\r') {
        t -= 1;
    }
    let k = b[last.start..t]
        .iter()
        .rev()
        .take_while(|&&c| c == b'=')
        .count();
    let level = open_len.min(k).min(6);
    if level == 0 || t - level <= f.open_end && open_len == level {
        p.fail_top(false);
        return;
    }
    let content_end = t - level;
    let last = *last;
    let Some((f, mut nodes)) = p.take_top() else {
        return;
    };
    let keep = tail - f.base;
    nodes.truncate(keep);
    if let Some(Node::Text(s)) = nodes.last_mut() {
        if content_end > last.start {
            s.end = content_end;
        } else {
            nodes.pop();
        }
    }
    nodes[0] = Node::Text(Span::new(f.start + level, f.open_end));
    if level == open_len {
        nodes.remove(0);
    }
    p.out.push(Node::Heading(Heading {
        span: Span::new(f.start, e),
        level: level as u8,
        children: super::list::finish(nodes),
    }));
    p.resume(e);
}
