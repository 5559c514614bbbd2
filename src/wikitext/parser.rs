//! The scanner: one pass over the bytes with an explicit stack of open constructs.
//!
//! Why a stack machine and not recursive descent: wikitext constructs may be left open, and
//! MediaWiki then shows their opening bytes as text. A recursive parser has to backtrack to learn
//! that, which is how other parsers become quadratic or overflow the stack. Here every opener
//! pushes a frame and a placeholder text node; a closer pops its frame and turns the nodes
//! pushed since into one node; a frame that never closes simply leaves its placeholder as text.
//! Closers look down the stack at most [`MAX_DEPTH`] frames, so the work per byte is bounded.
//!
//! At the end of the input, the outermost frame still open is re-read with its opener as text
//! (so an unclosed `{{` early in a page does not swallow the rest), within a budget of a few
//! passes over the input; past the budget, open frames become text directly.

use super::node::{ExternalLink, Format, Node};
use super::{article, entity, heading, link, list, magic, table, tag, template};
use crate::diagnostic::Diagnostic;
use crate::span::Span;

/// How many constructs may be open at once. Deeper openers are read as text, with a
/// `max_depth` diagnostic.
pub const MAX_DEPTH: usize = 100;

/// Bytes that may start or end a construct; everything else is skipped in one loop.
static SPECIAL: [bool; 256] = {
    let mut t = [false; 256];
    let bytes = b"{}[]|=<&'\n!_~:";
    let mut k = 0;
    while k < bytes.len() {
        t[bytes[k] as usize] = true;
        k += 1;
    }
    t
};

/// What an open frame is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Template,
    Argument,
    Link,
    ExtLink,
    Heading,
    Tag,
    Item,
    Table,
}

/// A separator recorded inside a frame: the index of its text node in `out`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Sep {
    pub at: usize,
    pub kind: SepKind,
}

/// Separator kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SepKind {
    /// `|` in a template, argument or link.
    Pipe,
    /// The first `=` of a template parameter.
    Eq,
    /// `|-` (its node spans the row attributes).
    Row,
    /// `|`, `||`, `!`, `!!` starting a cell.
    Cell { header: bool },
    /// `|+`.
    Caption,
    /// The single `|` between a cell's attributes and its content.
    Attr,
}

/// Sizes the parts of a closing construct: how many of its nodes lie between a node and the
/// next `|` separator (or the end). The cursor only moves forward, so sizing every part of a
/// construct is one pass over its separators, and each part is allocated once, at its size.
pub(crate) struct PipeAhead<'s> {
    seps: &'s [Sep],
    base: usize,
    total: usize,
    cursor: usize,
}

impl<'s> PipeAhead<'s> {
    /// Over the separators of a frame whose nodes (placeholder first) start at `base` and
    /// number `total`.
    pub fn new(seps: &'s [Sep], base: usize, total: usize) -> Self {
        PipeAhead {
            seps,
            base,
            total,
            cursor: 0,
        }
    }

    /// How many `|` separators the frame has (its parts after the first).
    pub fn pipes(&self) -> usize {
        self.seps.iter().filter(|s| s.kind == SepKind::Pipe).count()
    }

    /// The number of nodes after the frame-relative node `k` and before the next pipe.
    pub fn part_len(&mut self, k: usize) -> usize {
        while let Some(s) = self.seps.get(self.cursor) {
            let at = s.at - self.base;
            if at > k && s.kind == SepKind::Pipe {
                return at - k - 1;
            }
            self.cursor += 1;
        }
        self.total.saturating_sub(k + 1)
    }
}

/// An open construct.
#[derive(Debug, Clone)]
pub(crate) struct Frame {
    pub kind: Kind,
    /// Byte where the opener starts.
    pub start: usize,
    /// Byte after the opener.
    pub open_end: usize,
    /// Index of the opener's placeholder node in `out`.
    pub base: usize,
    /// Separators in order.
    pub seps: Vec<Sep>,
    /// Diagnostics count when the frame opened (restored when it is re-read).
    pub diags: usize,
    /// Tag name for [`Kind::Tag`].
    pub name: &'static str,
    /// Tag attributes, external link URL, table attributes, list prefix.
    pub aux: Span,
    /// An extension tag (`<ref>`, `<poem>`): MediaWiki reads it whole before anything else, so
    /// no separator or closer inside it belongs to a construct outside it.
    pub atomic: bool,
    /// Tables: the cell (its separator's index) whose single `|` was already weighed as the end
    /// of its attributes; only a cell's first `|` can be.
    pub attr_tried: usize,
}

/// When a facts-only parse has read enough: past the name of the page's last possible infobox
/// ([`super::prescan`]), at a line break with nothing open (so every node before it is final:
/// a re-read only ever starts at a construct still open at the end), once the lead's bold
/// title is known — the first bold text of the lead, as [`super::article`] picks it, or a
/// heading that ends the lead.
#[derive(Debug, Default)]
pub(crate) struct Stop {
    /// The last possible infobox name starts here.
    after: usize,
    /// Top-level nodes already looked at. Only moved with nothing open, so a re-read (which
    /// truncates the nodes to a construct opened later) never goes below it.
    seen: usize,
    /// The top-level node opening the current bold run of the lead.
    bold: Option<usize>,
    /// A list item in the lead: the nodes are grouped into lists later, so only a heading
    /// decides the title.
    item: bool,
}

/// The scanner state.
pub(crate) struct Parser<'a> {
    pub src: &'a str,
    pub b: &'a [u8],
    pub out: Vec<Node>,
    pub frames: Vec<Frame>,
    pub diags: Vec<Diagnostic>,
    text_start: usize,
    /// Opener positions to read as text on a re-read.
    literal: crate::hash::Set<usize>,
    /// Bytes that may still be re-read.
    budget: usize,
    pub closers: tag::CloserCache,
    /// Where scanning stops (the input's end, or the end of an attribute text).
    end: usize,
    /// A facts-only parse: may stop early.
    stop: Option<Stop>,
    /// Separator buffers of closed frames, for reuse ([`Parser::recycle`]).
    spare_seps: Vec<Vec<Sep>>,
}

impl<'a> Parser<'a> {
    /// A scanner over `src`.
    pub fn new(src: &'a str) -> Self {
        Parser {
            src,
            b: src.as_bytes(),
            out: Vec::with_capacity(src.len() / 16 + 4),
            frames: Vec::new(),
            diags: Vec::new(),
            text_start: 0,
            literal: crate::hash::Set::default(),
            budget: src.len().saturating_mul(3) + 4096,
            closers: tag::CloserCache::default(),
            end: src.len(),
            stop: None,
            spare_seps: Vec::new(),
        }
    }

    /// A scanner that stops once the page's infoboxes and its lead title are read (see
    /// [`Stop`]); `last_box` is where the last possible infobox name starts, `None` when the
    /// page has none.
    pub fn facts_only(src: &'a str, last_box: Option<usize>) -> Self {
        let mut p = Parser::new(src);
        p.stop = Some(Stop {
            after: last_box.unwrap_or(0),
            ..Stop::default()
        });
        p
    }

    /// Parse `start..end` on its own (attribute text holding templates: `<ref name="{{x}}">`,
    /// `{| {{table style}}`); the text has no `<` and no line break, so no tag, table or
    /// line construct can start in it and this never nests further.
    pub fn sub(&mut self, start: usize, end: usize) -> Vec<Node> {
        let text = self.text(Span::new(start, end));
        if !text.contains("{{") || text.contains('\n') {
            return Vec::new();
        }
        let mut p = Parser::new(self.src);
        p.end = end;
        p.text_start = start;
        p.budget = 2 * (end - start) + 64;
        p.scan(start);
        self.diags.append(&mut p.diags);
        list::finish(p.out)
    }

    /// Scan everything (a facts-only scanner: enough); return the top-level nodes, the
    /// diagnostics and where reading ended.
    pub fn run(mut self) -> (Vec<Node>, Vec<Diagnostic>, usize) {
        let i = magic::redirect(&mut self);
        if !self.out.is_empty() {
            // the redirect target is the link after the directive: read the whole (short) page
            self.stop = None;
        }
        let i = self.line_start(i);
        self.scan(i);
        let out = std::mem::take(&mut self.out);
        (list::finish(out), self.diags, self.end)
    }

    /// The main loop from `i` to the end.
    fn scan(&mut self, mut i: usize) {
        let mut n = self.end;
        loop {
            while i < n && !SPECIAL[self.b[i] as usize] {
                i += 1;
            }
            if i >= n {
                match self.end_of_input() {
                    Some(restart) => {
                        i = restart;
                        continue;
                    }
                    None => break,
                }
            }
            let c = self.b[i];
            i = match c {
                b'{' => self.open_brace(i),
                b'}' => self.close_brace(i),
                b'[' => self.open_bracket(i),
                b']' => self.close_bracket(i),
                b'|' => self.pipe(i),
                b'!' => self.bang(i),
                b'=' => self.equals(i),
                b'<' => tag::at(self, i),
                b'&' => entity::at(self, i),
                b'\'' => self.quotes(i),
                b'\n' if self.read_enough(i) => {
                    n = i;
                    self.end = i;
                    break;
                }
                b'\n' => self.newline(i),
                b'_' => magic::behaviour_switch(self, i),
                b'~' => magic::signature(self, i),
                b':' => link::bare_url(self, i),
                _ => i + 1,
            };
        }
        self.flush(n);
    }

    /// Whether a facts-only scan may stop at the line break at `i` (see [`Stop`]). Each
    /// top-level node is looked at once, each bold run's text rendered once: linear.
    fn read_enough(&mut self, i: usize) -> bool {
        let Some(stop) = self.stop.as_mut() else {
            return false;
        };
        if i < stop.after || !self.frames.is_empty() {
            return false;
        }
        let from = stop.seen;
        stop.seen = self.out.len();
        for k in from..self.out.len() {
            match &self.out[k] {
                Node::Heading(_) => return true,
                Node::ListItem(_) => stop.item = true,
                Node::Format(f) if f.bold => match stop.bold.take() {
                    Some(open) if !stop.item => {
                        if article::bold_title(self.src, &self.out[open + 1..k]).is_some() {
                            return true;
                        }
                    }
                    Some(_) => {}
                    None => stop.bold = Some(k),
                },
                _ => {}
            }
        }
        false
    }

    // ---- helpers shared by the construct modules ----

    /// Push the pending text before `upto`.
    pub fn flush(&mut self, upto: usize) {
        if self.text_start < upto {
            self.out.push(Node::Text(Span::new(self.text_start, upto)));
        }
        self.text_start = self.text_start.max(upto);
    }

    /// Push a finished node covering `span` and continue after it.
    pub fn emit(&mut self, node: Node) -> usize {
        let span = node.span();
        self.flush(span.start);
        self.out.push(node);
        self.text_start = span.end;
        span.end
    }

    /// The bytes this scanner may read (up to the end of an attribute text for a sub-parse).
    pub fn bytes(&self) -> &'a [u8] {
        &self.b[..self.end]
    }

    /// Whether byte `at` is inside the text not yet pushed.
    pub fn pending_covers(&self, at: usize) -> bool {
        at >= self.text_start
    }

    /// Set where pending text starts (after a construct consumed bytes).
    pub fn resume(&mut self, at: usize) {
        self.text_start = at;
    }

    /// The text of `s`.
    pub fn text(&self, s: Span) -> &'a str {
        self.src.get(s.start..s.end).unwrap_or("")
    }

    /// Whether an opener at `at` must be read as text (re-read after it failed to close).
    fn is_literal(&self, at: usize) -> bool {
        !self.literal.is_empty() && self.literal.contains(&at)
    }

    /// Whether a frame may open at `at`; reports the depth limit once per run of refusals.
    pub fn may_open(&mut self, at: usize, len: usize) -> bool {
        if self.is_literal(at) {
            return false;
        }
        if self.frames.len() < MAX_DEPTH {
            return true;
        }
        let span = Span::new(at, at + len);
        match self.diags.last_mut() {
            Some(d) if d.code == "max_depth" && d.span.end <= at => d.span = d.span.join(span),
            _ => self.diags.push(Diagnostic::warning(
                "max_depth",
                format!("more than {MAX_DEPTH} constructs open at once; the rest is read as text"),
                span,
            )),
        }
        false
    }

    /// Open a frame whose opener is `start..open_end`.
    pub fn open(
        &mut self,
        kind: Kind,
        start: usize,
        open_end: usize,
        name: &'static str,
        aux: Span,
    ) {
        self.flush(start);
        self.out.push(Node::Text(Span::new(start, open_end)));
        self.frames.push(Frame {
            kind,
            start,
            open_end,
            base: self.out.len() - 1,
            seps: self.spare_seps.pop().unwrap_or_default(),
            diags: self.diags.len(),
            name,
            aux,
            atomic: kind == Kind::Tag && tag::is_extension(name),
            attr_tried: usize::MAX,
        });
        self.text_start = open_end;
    }

    /// Keep a closed frame's separator buffer for the next frame: most constructs have a few
    /// separators, and allocating a buffer per construct showed in profiles.
    pub fn recycle(&mut self, mut seps: Vec<Sep>) {
        if seps.capacity() > 0 && self.spare_seps.len() < MAX_DEPTH {
            seps.clear();
            self.spare_seps.push(seps);
        }
    }

    /// Push a separator node `start..end` into the top frame.
    pub fn sep(&mut self, kind: SepKind, start: usize, end: usize) {
        self.flush(start);
        self.out.push(Node::Text(Span::new(start, end)));
        let at = self.out.len() - 1;
        if let Some(f) = self.frames.last_mut() {
            f.seps.push(Sep { at, kind });
        }
        self.text_start = end;
    }

    /// The nearest frame of a kind in `want`, looking through frames of a kind in `through`.
    pub fn find(&self, want: &[Kind], through: &[Kind]) -> Option<usize> {
        for (j, f) in self.frames.iter().enumerate().rev() {
            if want.contains(&f.kind) {
                return Some(j);
            }
            if f.atomic || !through.contains(&f.kind) {
                return None;
            }
        }
        None
    }

    /// Close or give up every frame above index `j`, so that frame `j` is on top. Items and
    /// headings end where they are; other constructs become text.
    pub fn unwind_to(&mut self, j: usize, at: usize) {
        self.flush(at);
        while self.frames.len() > j + 1 {
            match self.frames.last().map(|f| f.kind) {
                Some(Kind::Item) => list::close_item(self, at),
                Some(Kind::Heading) => heading::close(self, at),
                _ => self.fail_top(true),
            }
        }
    }

    /// The top frame did not close: its placeholder and separators stay as text. Pipes of a
    /// failed link inside a template become the template's separators, as MediaWiki reads them.
    pub fn fail_top(&mut self, report: bool) {
        let Some(f) = self.frames.pop() else { return };
        if report {
            self.report_unclosed(&f);
        }
        if f.kind == Kind::Link || f.kind == Kind::ExtLink {
            if let Some(parent) = self.frames.last_mut() {
                if matches!(parent.kind, Kind::Template | Kind::Argument) {
                    parent
                        .seps
                        .extend(f.seps.iter().filter(|s| s.kind == SepKind::Pipe).copied());
                }
            }
        }
        self.recycle(f.seps);
    }

    fn report_unclosed(&mut self, f: &Frame) {
        let what = match f.kind {
            Kind::Template => "template `{{`",
            Kind::Argument => "argument `{{{`",
            Kind::Link => "link `[[`",
            Kind::ExtLink => "external link `[`",
            Kind::Heading => "heading",
            Kind::Tag => "tag",
            Kind::Item => "list item",
            Kind::Table => "table `{|`",
        };
        let msg = if f.kind == Kind::Tag {
            format!("unclosed <{}> tag; read as text", f.name)
        } else {
            format!("unclosed {what}; read as text")
        };
        self.diags.push(Diagnostic::warning(
            "unclosed",
            msg,
            Span::new(f.start, f.open_end),
        ));
    }

    /// Take the nodes of the top frame (placeholder first) and pop it.
    pub fn take_top(&mut self) -> Option<(Frame, Vec<Node>)> {
        let f = self.frames.pop()?;
        let nodes = self.out.split_off(f.base);
        Some((f, nodes))
    }

    /// Pop the top frame and drain its nodes (placeholder first) in place: the closers of
    /// the commonest constructs move them straight into their parts, without a vector between.
    pub fn drain_top(&mut self) -> Option<(Frame, std::vec::Drain<'_, Node>)> {
        let f = self.frames.pop()?;
        let nodes = self.out.drain(f.base..);
        Some((f, nodes))
    }

    /// At the end of the input: end items and headings; re-read from the outermost construct
    /// still open with its opener as text, or, past the budget, leave every open construct as
    /// text.
    fn end_of_input(&mut self) -> Option<usize> {
        let n = self.end;
        self.flush(n);
        while let Some(kind) = self.frames.last().map(|f| f.kind) {
            match kind {
                Kind::Item => list::close_item(self, n),
                Kind::Heading => heading::close(self, n),
                _ => break,
            }
        }
        let j = self
            .frames
            .iter()
            .position(|f| !matches!(f.kind, Kind::Item | Kind::Heading))?;
        let f = self.frames[j].clone();
        let cost = n - f.start;
        if cost <= self.budget {
            self.budget -= cost;
            self.frames.truncate(j);
            self.out.truncate(f.base);
            self.diags.truncate(f.diags);
            self.report_unclosed(&f);
            self.literal.insert(f.start);
            self.text_start = f.start;
            return Some(f.start);
        }
        while self.frames.len() > j {
            match self.frames.last().map(|f| f.kind) {
                Some(Kind::Item) => list::close_item(self, n),
                Some(Kind::Heading) => heading::close(self, n),
                _ => self.fail_top(true),
            }
        }
        None
    }

    // ---- the byte handlers ----

    fn run_len(&self, i: usize, c: u8) -> usize {
        self.b[i..self.end.max(i)]
            .iter()
            .take_while(|&&x| x == c)
            .count()
    }

    fn open_brace(&mut self, i: usize) -> usize {
        let r = self.run_len(i, b'{');
        let mut p = i;
        let mut left = r;
        while left >= 2 {
            let len = if left == 3 { 3 } else { 2 };
            let kind = if len == 3 {
                Kind::Argument
            } else {
                Kind::Template
            };
            if self.may_open(p, len) {
                self.open(kind, p, p + len, "", Span::empty(p));
            }
            p += len;
            left -= len;
        }
        i + r
    }

    fn close_brace(&mut self, i: usize) -> usize {
        let r = self.run_len(i, b'}');
        let mut p = i;
        let mut left = r;
        while left >= 2 {
            let Some(j) = self.find(
                &[Kind::Template, Kind::Argument],
                &[
                    Kind::Link,
                    Kind::ExtLink,
                    Kind::Tag,
                    Kind::Item,
                    Kind::Heading,
                ],
            ) else {
                break;
            };
            self.flush(p);
            self.unwind_to(j, p);
            let as_argument = self.frames[j].kind == Kind::Argument && left >= 3;
            let used = if as_argument { 3 } else { 2 };
            let closed = if as_argument {
                template::close_argument(self, p + 3)
            } else {
                template::close_template(self, p + 2)
            };
            if closed {
                p += used;
                left -= used;
                self.text_start = p;
            } else {
                self.fail_top(true);
            }
        }
        p + left
    }

    fn open_bracket(&mut self, i: usize) -> usize {
        let r = self.run_len(i, b'[');
        if r >= 2 {
            let p = i + r - 2;
            if self.may_open(p, 2) {
                self.open(Kind::Link, p, p + 2, "", Span::empty(p));
            }
            return i + r;
        }
        if let Some(url_end) = link::url_end(self.b, i + 1, true) {
            if self.may_open(i, url_end - i) {
                self.open(Kind::ExtLink, i, url_end, "", Span::new(i + 1, url_end));
            }
            return url_end;
        }
        i + 1
    }

    fn close_bracket(&mut self, i: usize) -> usize {
        let r = self.run_len(i, b']');
        let mut p = i;
        let mut left = r;
        while left >= 1 {
            let Some(j) = self.find(&[Kind::Link, Kind::ExtLink], &[Kind::Tag]) else {
                break;
            };
            if self.frames[j].kind == Kind::ExtLink {
                self.flush(p);
                self.unwind_to(j, p);
                let Some((f, mut nodes)) = self.take_top() else {
                    break;
                };
                nodes.remove(0);
                let node = Node::ExternalLink(ExternalLink {
                    span: Span::new(f.start, p + 1),
                    url: f.aux,
                    text: list::finish(nodes),
                    bracketed: true,
                });
                self.out.push(node);
                p += 1;
                left -= 1;
                self.text_start = p;
                continue;
            }
            if left < 2 {
                break;
            }
            self.flush(p);
            self.unwind_to(j, p);
            match link::close(self, p + 2, left == 2) {
                Some(end) => {
                    p = end;
                    left -= 2;
                    self.text_start = p;
                }
                None => self.fail_top(true),
            }
        }
        p + left
    }

    fn pipe(&mut self, i: usize) -> usize {
        let Some(j) = self.find(
            &[Kind::Template, Kind::Argument, Kind::Link, Kind::Table],
            &[Kind::Tag, Kind::ExtLink, Kind::Item, Kind::Heading],
        ) else {
            return i + 1;
        };
        if self.frames[j].kind == Kind::Table {
            return table::inline_pipe(self, j, i);
        }
        self.flush(i);
        self.unwind_to(j, i);
        self.sep(SepKind::Pipe, i, i + 1);
        i + 1
    }

    fn bang(&mut self, i: usize) -> usize {
        if self.b.get(i + 1) == Some(&b'!') {
            if let Some(j) = self.find(&[Kind::Table], &[Kind::Tag]) {
                return table::inline_bang(self, j, i);
            }
        }
        i + 1
    }

    fn equals(&mut self, i: usize) -> usize {
        if let Some(f) = self.frames.last() {
            if f.kind == Kind::Template {
                let in_param = f.seps.last().is_some_and(|s| s.kind == SepKind::Pipe);
                if in_param {
                    self.sep(SepKind::Eq, i, i + 1);
                    // MediaWiki starts a line before a value that opens with `*` or `#`
                    // (`|combatant1= *[[A]]`): the value is a list
                    let mut q = i + 1;
                    while q < self.end && matches!(self.b[q], b' ' | b'\t') {
                        q += 1;
                    }
                    if q < self.end && matches!(self.b[q], b'*' | b'#') {
                        self.flush(q);
                        return list::open_item(self, q);
                    }
                }
            }
        }
        i + 1
    }

    fn quotes(&mut self, i: usize) -> usize {
        let r = self.run_len(i, b'\'');
        if r < 2 {
            return i + 1;
        }
        let len = match r {
            2 | 3 => r,
            4 => 3,
            _ => 5,
        };
        let start = i + r - len;
        self.emit(Node::Format(Format {
            span: Span::new(start, i + r),
            bold: len >= 3,
            italic: len != 3,
        }))
    }

    fn newline(&mut self, i: usize) -> usize {
        while let Some(f) = self.frames.last() {
            match f.kind {
                Kind::Item => {
                    self.flush(i);
                    list::close_item(self, i);
                }
                Kind::Heading => {
                    self.flush(i);
                    heading::close(self, i);
                }
                Kind::Link if f.seps.is_empty() => {
                    self.flush(i);
                    self.fail_top(true);
                }
                Kind::ExtLink => {
                    self.flush(i);
                    self.fail_top(true);
                }
                _ => break,
            }
        }
        self.line_start(i + 1)
    }

    /// Constructs that only start a line: table rows and cells, tables, list items, headings,
    /// horizontal rules.
    fn line_start(&mut self, p: usize) -> usize {
        let n = self.end;
        if p >= n {
            return p;
        }
        let mut q = p;
        while q < n && (self.b[q] == b' ' || self.b[q] == b'\t') {
            q += 1;
        }
        if let Some(j) = self.find(&[Kind::Table], &[Kind::Tag]) {
            if let Some(next) = table::line_token(self, j, q) {
                return next;
            }
        }
        let mut t = q;
        while t < n && self.b[t] == b':' {
            t += 1;
        }
        if self.b[t..].starts_with(b"{|") {
            if let Some(next) = table::open(self, t) {
                return next;
            }
        }
        match self.b[p] {
            b'*' | b'#' | b':' | b';' => list::open_item(self, p),
            b'=' => heading::open(self, p),
            b'-' if self.b[p..].starts_with(b"----") => {
                let r = self.run_len(p, b'-');
                self.emit(Node::HorizontalRule(Span::new(p, p + r)))
            }
            _ => p,
        }
    }
}
