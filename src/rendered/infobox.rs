//! Infobox assembly: rows → labelled fields with values, groups, captions and sides.
//!
//! Labels are recognised from the lexicon whether glued (`Date12 January 1918`), followed by a
//! space, tab or colon, alone on their line, split over two lines (`Territorial` / `changes`),
//! or in the first cell of a table row. Each field collects the value rows under it; rows that
//! fit a lost label better start an inferred field ([`super::infer`]). Values become plain text,
//! footnotes, items and typed readings ([`super::value`]).

use super::infer::{self, Shape};
use super::lines::{Cell, Row};
use super::value::{self, ValueLine};
use crate::ast::{Field, Infobox, Marker, TextLine};
use crate::lexicon::{self, Entry};
use crate::span::Span;
use crate::value::{footnote, Hint};

/// A label recognised at the start of a row.
#[derive(Debug, Clone)]
struct Label<'a> {
    entry: Option<&'static Entry>,
    /// The label as shown, normalised.
    text: String,
    span: Span,
    /// The value on the same row, if any.
    value: Vec<Cell<'a>>,
    /// The label is in a table row.
    table: bool,
    /// A sub-label under a header row (`• Total`, `• Mayor`).
    sub: bool,
    /// Symbol markers glued to the label (`Senior career*`).
    markers: Vec<Marker>,
}

/// What a row is, inside a box.
#[derive(Debug, Clone)]
enum Item<'a> {
    Blank,
    /// The second line of a split label, already part of the label item before it.
    Joined,
    /// A map caption (`Location within Vietnam`), never a field.
    Caption(Vec<Cell<'a>>),
    Label(Label<'a>),
    Value {
        cells: Vec<Cell<'a>>,
        table: bool,
        bullet: Option<u8>,
    },
}

/// Bullet prefixes and their byte length: `• x`, `* x`, `- x`, `◦ x`.
pub fn bullet(text: &str) -> Option<usize> {
    for b in ["• ", "•", "* ", "- ", "◦ ", "‣ ", "· ", "○ ", "▪ "] {
        if text.starts_with(b) && text.len() > b.len() {
            return Some(b.len());
        }
    }
    None
}

fn glue_ok(rest: &str) -> bool {
    // `Websitemit.edu`: a domain glued to its label starts in lower case
    if is_domain(rest.split(char::is_whitespace).next().unwrap_or("")) {
        return true;
    }
    match rest.chars().next() {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || c == ':'
                || c.is_uppercase()
                || c.is_ascii_digit()
                || matches!(c, '(' | '$' | '~' | '≈' | '£' | '€' | '¥' | '"' | '/' | '[')
        }
    }
}

/// `Ethnic groups (2024)`, `Population (2020)[2]`: a short qualifier in parentheses that ends
/// the cell belongs to the label (the value is in the next cell or line). Returns its length.
fn label_qualifier(rest: &str) -> usize {
    let Some(inner) = rest.strip_prefix(" (") else {
        return 0;
    };
    match inner.find(')') {
        Some(close) if close <= 24 => {
            let after = footnote::strip(&inner[close + 1..], 0).text;
            if after.trim().is_empty() {
                2 + close + 1
            } else {
                0
            }
        }
        _ => 0,
    }
}

/// `mit.edu`, `www.springfield-or.gov`: lower-case words joined by dots, ending in letters.
fn is_domain(word: &str) -> bool {
    let parts: Vec<&str> = word.trim_end_matches('/').split('.').collect();
    parts.len() >= 2
        && parts.iter().all(|p| {
            !p.is_empty()
                && p.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        })
        && parts
            .last()
            .is_some_and(|tld| tld.len() >= 2 && tld.bytes().all(|b| b.is_ascii_lowercase()))
}

/// A label at the start of `cell` (`kind` restricts labels followed by a space to one template).
fn label_at<'a>(cell: Cell<'a>, kind: Option<&str>, table: bool) -> Option<Label<'a>> {
    let lex = lexicon::get();
    let (text, skip) = match cell.text.strip_prefix("• ") {
        Some(t) => (t, cell.text.len() - t.len()),
        None => (cell.text, 0),
    };
    let stripped = text.trim_end_matches(':').trim_end();
    // `Senior career*`, `Apps†`: a symbol glued to a label is a footnote marker
    let (core, symbols) = footnote::strip_symbols(stripped, cell.span.start + skip);
    if let Some(e) = lex
        .best(core, kind)
        .filter(|e| !(e.is_group() && kind.is_some_and(|k| k != e.kind)))
        .or_else(|| lex.pattern(core))
    {
        return Some(Label {
            entry: Some(e),
            text: core.to_owned(),
            span: Span::new(cell.span.start + skip, cell.span.end),
            value: Vec::new(),
            table,
            sub: false,
            markers: symbols,
        });
    }
    let (e, n) = lex.prefix(text, kind)?;
    let n = n + label_qualifier(&text[n..]);
    let rest = &text[n..];
    if !glue_ok(rest) {
        return None;
    }
    let spaced = rest.starts_with(char::is_whitespace) || rest.starts_with(':');
    // `Status quo ante bellum` is no `Status` label: after a space a value starts with a capital,
    // a digit or a symbol, unless the label ends in a function word (`Part of the …`)
    let next_word = rest.trim_start_matches([' ', '\t', ':']);
    let ends_in_function_word = text[..n]
        .rsplit(' ')
        .next()
        .is_some_and(|w| w.chars().all(|c| c.is_lowercase()));
    let url_like = next_word
        .split(' ')
        .next()
        .is_some_and(|w| w.contains('.') && !w.ends_with('.'));
    if rest.starts_with(' ')
        && next_word.starts_with(char::is_lowercase)
        && !ends_in_function_word
        && !url_like
    {
        return None;
    }
    // a tab or colon is a clear separator, and a label of several words rarely opens a value
    // by chance; a one-word label followed by a space must belong to the box's template
    // (`Total reported: 212,420` is no settlement `Total`)
    let weak = rest.starts_with(' ') && !text[..n].contains(' ');
    if spaced
        && weak
        && !table
        && e.kind != "generic"
        && kind.is_some_and(|k| k != e.kind)
        && lex
            .best(&text[..n], kind)
            .is_none_or(|b| Some(b.kind) != kind)
    {
        return None;
    }
    let value_text = rest.trim_start_matches(':').trim();
    let value_start = cell.span.end - value_text.len();
    let label_text = text[..n].to_owned();
    Some(Label {
        entry: Some(e),
        text: label_text,
        span: Span::new(cell.span.start + skip, cell.span.start + skip + n),
        value: if value_text.is_empty() {
            Vec::new()
        } else {
            vec![Cell {
                text: value_text,
                span: Span::new(value_start, cell.span.end),
            }]
        },
        table,
        sub: false,
        markers: Vec::new(),
    })
}

fn classify<'a>(rows: &[Row<'a>], kind: Option<&str>) -> Vec<Item<'a>> {
    let lex = lexicon::get();
    let mut items: Vec<Item<'a>> = Vec::with_capacity(rows.len());
    let mut i = 0;
    // the last label has no value yet, so a following table row holds its values
    let awaiting = |items: &[Item<'_>]| {
        items
            .iter()
            .rev()
            .find(|it| !matches!(it, Item::Blank | Item::Joined))
            .is_some_and(|it| match it {
                Item::Label(l) => l.value.is_empty() && !l.entry.is_some_and(Entry::is_group),
                _ => false,
            })
    };
    while i < rows.len() {
        let row = &rows[i];
        if row.is_blank() || row.separator {
            items.push(Item::Blank);
            i += 1;
            continue;
        }
        let first = row.cells[0];
        if is_map_caption(first.text) {
            items.push(Item::Caption(row.cells.clone()));
            i += 1;
            continue;
        }
        // a label split over two lines: `Territorial` / `changes`
        if !row.table && row.cells.len() == 1 {
            if let Some(next) = rows.get(i + 1).filter(|r| !r.table && !r.cells.is_empty()) {
                let joined = format!("{} {}", first.text, next.cells[0].text);
                if lex.best(&joined, kind).is_some() && lex.best(next.cells[0].text, kind).is_none()
                {
                    // `Capital` / `and largest city⇥Tallinn`: the second line may hold the value
                    items.push(Item::Label(Label {
                        entry: lex.best(&joined, kind),
                        text: joined,
                        span: first.span.join(next.cells[0].span),
                        value: next.cells[1..].to_vec(),
                        table: false,
                        sub: false,
                        markers: Vec::new(),
                    }));
                    items.push(Item::Joined);
                    i += 2;
                    continue;
                }
            }
        }
        let is_bullet = bullet(first.text).filter(|_| !row.table);
        if is_bullet.is_none() {
            if let Some(mut l) = label_at(first, kind, row.table) {
                l.value.extend(row.cells[1..].iter().copied());
                items.push(Item::Label(l));
                i += 1;
                continue;
            }
            // an unknown label in a two-column table: `Label | value |`, `References: |`,
            // `Label⇥value` (a browser copy)
            if (row.table || row.tabbed)
                && (row.cells.len() >= 2 || first.text.ends_with(':'))
                && looks_like_label(first.text)
                && !awaiting(&items)
            {
                items.push(Item::Label(Label {
                    entry: None,
                    text: footnote::strip_symbols(
                        first.text.trim_end_matches(':').trim_end(),
                        first.span.start,
                    )
                    .0
                    .to_owned(),
                    span: first.span,
                    value: row.cells[1..].to_vec(),
                    table: row.table,
                    sub: false,
                    markers: footnote::strip_symbols(
                        first.text.trim_end_matches(':').trim_end(),
                        first.span.start,
                    )
                    .1,
                }));
                i += 1;
                continue;
            }
        }
        let depth = is_bullet.map(|_| (row.indent / 2).min(9) as u8);
        let mut cells = row.cells.clone();
        if let Some(n) = is_bullet {
            let t = cells[0].text[n..].trim_start();
            cells[0] = Cell {
                text: t,
                span: Span::new(cells[0].span.end - t.len(), cells[0].span.end),
            };
            // `• Total 16.05 sq mi`, `• Mayor Sean VanGordon`: a sub-label of the box's template
            let sub = label_at(cells[0], kind, false).map(|mut l| {
                l.value.extend(cells[1..].iter().copied());
                l
            });
            if let Some(mut l) =
                sub.filter(|l| l.entry.is_some_and(|e| Some(e.kind) == kind) && !l.value.is_empty())
            {
                l.sub = true;
                items.push(Item::Label(l));
                i += 1;
                continue;
            }
            // `• President⇥Alar Karis`, `• 2024 estimate⇥1,374,687`: a tab makes it a row
            if row.tabbed && cells.len() >= 2 && is_sub_label(cells[0].text) {
                items.push(Item::Label(Label {
                    entry: None,
                    text: cells[0].text.to_owned(),
                    span: cells[0].span,
                    value: cells[1..].to_vec(),
                    table: false,
                    sub: true,
                    markers: Vec::new(),
                }));
                i += 1;
                continue;
            }
        }
        items.push(Item::Value {
            cells,
            table: row.table,
            bullet: depth,
        });
        i += 1;
    }
    items
}

/// The first cell of a `• Sub-label⇥value` row: short words, possibly opening with a year
/// (`2024 estimate`), but not itself a value.
fn is_sub_label(t: &str) -> bool {
    t.len() <= 40
        && t.chars().any(char::is_alphabetic)
        && crate::value::quantity::whole(t).is_none()
        && crate::value::date::whole(t).is_none()
}

fn looks_like_label(t: &str) -> bool {
    let t = t.trim_end_matches(':');
    !t.is_empty()
        && t.len() <= 40
        && t.starts_with(|c: char| c.is_alphabetic())
        && t.split_whitespace().count() <= 5
        && !t.ends_with('.')
}

/// The template kind with the most labels among `rows`.
pub fn detect_kind(rows: &[Row<'_>]) -> Option<&'static str> {
    let lex = lexicon::get();
    // one counter per template kind (in lexicon order, so ties go to the one listed first)
    let mut counts = vec![0usize; lex.kinds.len()];
    let mut seen = vec![usize::MAX; lex.kinds.len()];
    for (r, row) in rows.iter().enumerate() {
        let Some(cell) = row.cells.first() else {
            continue;
        };
        let text = cell.text.strip_prefix("• ").unwrap_or(cell.text);
        let stripped = text.trim_end_matches(':').trim_end();
        let stripped = footnote::strip_symbols(stripped, 0).0;
        let mut ids = lex.lookup(stripped);
        if ids.is_empty() {
            if let Some((_, n)) = lex.prefix(text, None).filter(|(_, n)| glue_ok(&text[*n..])) {
                ids = lex.lookup(&text[..n]);
            }
        }
        for &i in ids {
            let k = lex.entries[i].kind_id;
            if seen[k] != r {
                seen[k] = r;
                counts[k] += 1;
            }
        }
    }
    let generic = lex.kinds.iter().position(|k| *k == "generic");
    let best = (0..counts.len())
        .filter(|&k| Some(k) != generic)
        .max_by(|&a, &b| counts[a].cmp(&counts[b]).then(b.cmp(&a)))?;
    (counts[best] >= 2).then(|| lex.kinds[best])
}

/// A field being built.
#[derive(Debug, Clone)]
struct Draft<'a> {
    entry: Option<&'static Entry>,
    label: String,
    label_span: Span,
    inferred: bool,
    side: Option<u8>,
    group: Option<String>,
    lines: Vec<ValueLine<'a>>,
    /// A table row gave the value in the label's own row.
    complete: bool,
}

impl<'a> Draft<'a> {
    fn new(
        entry: Option<&'static Entry>,
        label: String,
        span: Span,
        inferred: bool,
        group: Option<String>,
    ) -> Self {
        Draft {
            entry,
            label,
            label_span: span,
            inferred,
            side: None,
            group,
            lines: Vec::new(),
            complete: false,
        }
    }

    fn hint(&self) -> Hint {
        self.entry.map_or(Hint::Any, Entry::value_hint)
    }

    fn push(&mut self, cell: Cell<'a>, bullet: Option<u8>) {
        self.lines.push(ValueLine {
            text: cell.text,
            span: cell.span,
            bullet,
        });
    }

    fn finish(self) -> (Field, Vec<Marker>) {
        let key = match self.entry {
            Some(e) => e.key.to_owned(),
            None => snake(&self.label),
        };
        let (value, markers) = value::build(&self.lines, self.hint(), self.label_span.end);
        let span = if self.inferred {
            value.span
        } else {
            self.label_span.join(value.span)
        };
        let field = Field {
            key,
            label: self.label,
            inferred: self.inferred,
            side: self.side,
            group: self.group,
            value,
            span,
        };
        (field, markers)
    }
}

/// `Other political affiliations` → `other_political_affiliations`.
pub fn snake(label: &str) -> String {
    let mut out = String::new();
    for c in label.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('_') && !out.is_empty() {
            out.push('_');
        }
    }
    out.trim_end_matches('_').to_owned()
}

/// Lines that caption the box image or map rather than being a field.
fn is_map_caption(t: &str) -> bool {
    t.starts_with("Location within ")
        || t.starts_with("Location of ")
        || t.contains(" is located in ")
        || t.starts_with("Shown within ")
}

/// Rows before a block label (`In office`) that name the office: `Member of the` /
/// `Illinois House of Representatives` / `from Sangamon County`.
fn block_headers(items: &[Item<'_>]) -> Vec<Option<usize>> {
    let mut starts = vec![None; items.len()];
    for (i, item) in items.iter().enumerate() {
        let Item::Label(l) = item else { continue };
        if !l.entry.is_some_and(Entry::is_block) || !l.value.is_empty() {
            continue;
        }
        let mut j = i;
        while j > 0 {
            let Item::Value {
                cells,
                bullet: None,
                ..
            } = &items[j - 1]
            else {
                break;
            };
            let text = cells[0].text;
            if j < i {
                let Item::Value { cells: later, .. } = &items[j] else {
                    break;
                };
                let later = later[0].text;
                let continues = ["from ", "for ", "of ", "in ", "to "]
                    .iter()
                    .any(|p| later.starts_with(p))
                    || text.ends_with(" the")
                    || text.ends_with(" of");
                if !continues {
                    break;
                }
            }
            j -= 1;
        }
        if j < i {
            starts[j] = Some(i);
        }
    }
    starts
}

/// The output of assembling one box.
pub struct Assembled {
    /// The infobox.
    pub infobox: Infobox,
    /// Markers found inside it, in order.
    pub markers: Vec<Marker>,
}

/// Accumulates the box while rows are walked.
struct Builder<'a> {
    kind_entries: Vec<&'static Entry>,
    fields: Vec<Draft<'a>>,
    groups: Vec<TextLine>,
    captions: Vec<TextLine>,
    markers: Vec<Marker>,
    notes: Vec<crate::ast::Note>,
    group: Option<String>,
    /// Career tables: rows under a `table` group become fields labelled by their first cell.
    table_group: Option<&'static Entry>,
    /// Display order of the last label seen (lost labels come after it).
    last_order: usize,
    /// The last field may still take value rows (false right after a group row).
    open: bool,
    /// Unlabeled table rows after a complete `Label | value` row, aligned at the next label.
    run: Vec<Vec<Cell<'a>>>,
    /// The last label without a value: the header of the `• Sub-label` rows under it.
    header: Option<String>,
    /// The current group's rows are `• Sub-labels`; the next plain label ends the group.
    group_of_subs: bool,
    /// Keys of the fields so far (a lost label is never one already present).
    used_keys: std::collections::HashSet<&'static str>,
}

impl<'a> Builder<'a> {
    fn text_line(&mut self, cells: &[Cell<'_>]) -> Option<TextLine> {
        let first = cells.first()?;
        let span = cells.iter().fold(first.span, |s, c| s.join(c.span));
        let mut parts = Vec::new();
        for c in cells {
            let st = crate::value::footnote::strip(c.text, c.span.start);
            self.markers.extend(st.markers);
            parts.push(value::strip_markup(&st.text).into_owned());
        }
        let text = crate::value::text::normalize(&parts.join(" "));
        (!text.is_empty()).then_some(TextLine { text, span })
    }

    fn caption(&mut self, cells: &[Cell<'_>]) {
        if let Some(t) = self.text_line(cells) {
            self.captions.push(t);
        }
    }

    fn push_group(&mut self, cells: &[Cell<'_>]) {
        if let Some(t) = self.text_line(cells) {
            self.group = Some(t.text.clone());
            self.groups.push(t);
        }
        self.open = false;
    }

    fn used(&self, e: &Entry) -> bool {
        self.used_keys.contains(e.key)
    }

    /// Lost-label candidates between the last label and the next one (display order).
    fn candidates(&self, next_order: usize) -> Vec<&'static Entry> {
        self.kind_entries
            .iter()
            .copied()
            .filter(|e| {
                e.order > self.last_order
                    && e.order < next_order
                    && !e.is_group()
                    && !e.is_block()
                    && !self.used(e)
            })
            .collect()
    }

    fn start(&mut self, entry: Option<&'static Entry>, label: String, span: Span, inferred: bool) {
        if let Some(e) =
            entry.filter(|e| self.kind_entries.first().is_some_and(|k| k.kind == e.kind))
        {
            self.last_order = e.order;
        }
        if let Some(e) = entry {
            self.used_keys.insert(e.key);
        }
        self.fields
            .push(Draft::new(entry, label, span, inferred, self.group.clone()));
        self.open = true;
    }

    /// Align pending unlabeled table rows with the lost labels before `next_order`.
    fn flush(&mut self, next_order: usize) {
        if self.run.is_empty() {
            return;
        }
        let run = std::mem::take(&mut self.run);
        let shapes: Vec<Shape> = run
            .iter()
            .map(|cells| infer::shape(&clean_text(cells)))
            .collect();
        let candidates = self.candidates(next_order);
        let assigned = infer::align(&shapes, &candidates);
        for (cells, entry) in run.into_iter().zip(assigned) {
            match entry {
                Some(e) => {
                    self.start(
                        Some(e),
                        e.label.to_owned(),
                        Span::empty(cells[0].span.start),
                        true,
                    );
                    self.push_cells(&cells, None);
                    if let Some(f) = self.fields.last_mut() {
                        f.complete = true;
                    }
                }
                // a one-line field (`Part of …`) takes no more rows: the row is a caption
                None if self.open
                    && self
                        .fields
                        .last()
                        .is_some_and(|f| f.entry.is_none_or(|e| e.hint != "line")) =>
                {
                    self.push_cells(&cells, None)
                }
                None => self.caption(&cells),
            }
        }
    }

    fn push_cells(&mut self, cells: &[Cell<'a>], bullet: Option<u8>) {
        if let Some(f) = self.fields.last_mut() {
            for c in cells {
                f.push(*c, bullet);
            }
        }
    }

    /// A row of a career table: the first cell (years) labels the rest; a footnote row
    /// (`* Senior club appearances …`) is a note of the box.
    fn career_row(&mut self, cells: &[Cell<'a>]) {
        let Some(g) = self.table_group else { return };
        // `Apps†`, `(Gls)†`: symbols glued to a cell are markers
        let cells: Vec<Cell<'a>> = cells
            .iter()
            .map(|c| {
                let (t, ms) = footnote::strip_symbols(c.text, c.span.start);
                self.markers.extend(ms);
                Cell {
                    text: t,
                    span: Span::new(c.span.start, c.span.start + t.len()),
                }
            })
            .collect();
        let cells = cells.as_slice();
        let first = cells[0];
        if first.text.starts_with(['*', '†', '‡']) || first.text.len() > 80 {
            let joined = cells.iter().map(|c| c.text).collect::<Vec<_>>().join(" ");
            let st = crate::value::footnote::strip(&joined, first.span.start);
            self.notes.push(crate::ast::Note {
                label: first
                    .text
                    .chars()
                    .next()
                    .map(String::from)
                    .unwrap_or_default(),
                text: crate::value::text::normalize(&st.text),
                footnotes: Vec::new(),
                span: cells.iter().fold(first.span, |s, c| s.join(c.span)),
            });
            return;
        }
        self.fields.push(Draft::new(
            Some(g),
            first.text.to_owned(),
            first.span,
            false,
            self.group.clone(),
        ));
        self.push_cells(&cells[1..], None);
        self.open = false;
    }

    /// Each cell (or row) under a per-side label in a table is one side's value.
    fn push_sides(&mut self, cells: &[Cell<'a>]) {
        for (k, c) in cells.iter().enumerate() {
            let Some(last) = self.fields.last_mut() else {
                return;
            };
            // the first cell continues a value not yet given a side: side 1's cell may span
            // lines before the tab (`23,049` / `(3,155 killed` / `… missing)⇥23,231`)
            if last.side.is_none() && (last.lines.is_empty() || k == 0) {
                last.side = Some(1);
                last.push(*c, None);
            } else {
                let mut d = Draft::new(
                    last.entry,
                    last.label.clone(),
                    last.label_span,
                    last.inferred,
                    last.group.clone(),
                );
                d.side = Some(last.side.unwrap_or(1) + 1);
                d.push(*c, None);
                self.fields.push(d);
            }
        }
    }
}

fn clean_text(cells: &[Cell<'_>]) -> String {
    let text = cells.iter().map(|c| c.text).collect::<Vec<_>>().join(" ");
    crate::value::text::normalize(&value::strip_markup(
        &crate::value::footnote::strip(&text, 0).text,
    ))
}

/// Lines a date field keeps: durations and notes in parentheses, more dates, a range split
/// over two lines.
fn date_continuation(t: &str) -> bool {
    t.starts_with('(')
        || t.starts_with(crate::value::text::is_dash)
        || t.ends_with(crate::value::text::is_dash)
        || crate::value::date_like(t).is_some()
        || crate::value::date::find(t).is_some()
}

/// The row at `i` is a block of one row directly followed by a label: the shape a lost
/// label's value has (a longer run of rows continues the field above).
fn is_last_block(items: &[Item<'_>], i: usize) -> bool {
    matches!(items.get(i + 1), Some(Item::Label(_)))
}

/// Assemble the box from its rows; `title` is the box title row already taken, if any.
pub fn assemble(rows: &[Row<'_>], title: Option<(String, Span)>, span: Span) -> Assembled {
    let kind = detect_kind(rows);
    let lex = lexicon::get();
    let items = classify(rows, kind);
    let headers = block_headers(&items);
    let mut b = Builder {
        kind_entries: kind.map(|k| lex.template(k).collect()).unwrap_or_default(),
        fields: Vec::new(),
        groups: Vec::new(),
        captions: Vec::new(),
        markers: Vec::new(),
        notes: Vec::new(),
        group: None,
        table_group: None,
        last_order: 0,
        open: false,
        run: Vec::new(),
        used_keys: std::collections::HashSet::new(),
        header: None,
        group_of_subs: false,
    };
    // the next label of the box's template after each row, computed once (linear)
    let mut next_after: Vec<Option<&'static Entry>> = vec![None; items.len() + 1];
    for i in (0..items.len()).rev() {
        next_after[i] = match &items[i] {
            Item::Label(l) => l
                .entry
                .filter(|e| Some(e.kind) == kind)
                .or(next_after[i + 1]),
            _ => next_after[i + 1],
        };
    }
    let next_label = |from: usize| next_after.get(from).copied().flatten();
    let mut after_blank = false;
    let mut skip_until = 0usize;
    for (i, item) in items.iter().enumerate() {
        if i < skip_until {
            continue;
        }
        if let Some(end) = headers[i] {
            // rows naming an office before `In office` become the group
            let cells: Vec<Cell<'_>> = items[i..end]
                .iter()
                .filter_map(|it| match it {
                    Item::Value { cells, .. } => Some(cells.iter().copied()),
                    _ => None,
                })
                .flatten()
                .collect();
            b.flush(usize::MAX);
            b.push_group(&cells);
            skip_until = end;
            continue;
        }
        match item {
            Item::Blank => after_blank = true,
            Item::Joined => {}
            Item::Caption(cells) => b.caption(cells),
            Item::Label(l) if l.entry.is_none() && b.table_group.is_some() => {
                // a career table's column header (`Years | Team | Apps | (Gls)`)
                let cells: Vec<Cell<'_>> = std::iter::once(Cell {
                    text: &l.text,
                    span: l.span,
                })
                .chain(l.value.iter().copied())
                .collect();
                b.career_row(&cells);
            }
            Item::Label(l) => {
                b.markers.extend(l.markers.iter().cloned());
                b.flush(
                    l.entry
                        .filter(|e| Some(e.kind) == kind)
                        .map_or(usize::MAX, |e| e.order),
                );
                after_blank = false;
                if let Some(e) = l.entry.filter(|e| e.is_group() && l.value.is_empty()) {
                    b.push_group(&[Cell {
                        text: &l.text,
                        span: l.span,
                    }]);
                    b.table_group = (e.hint == "table").then_some(e);
                    if Some(e.kind) == kind {
                        b.last_order = e.order;
                    }
                    continue;
                }
                b.table_group = None;
                if l.sub && b.header.is_none() {
                    b.group_of_subs = true;
                } else if !l.sub && std::mem::take(&mut b.group_of_subs) {
                    // `Government` / `• Mayor …` / `Area`: the group ended with its sub-labels
                    b.group = None;
                }
                b.start(l.entry, l.text.clone(), l.span, false);
                if l.sub {
                    // a sub-label belongs under the header row above it (`Area` / `• Total`)
                    if let (Some(h), Some(f)) = (b.header.clone(), b.fields.last_mut()) {
                        f.group = Some(h);
                    }
                } else {
                    // `Area[1]`: a header may carry only footnote markers
                    let empty = l.value.iter().all(|c| {
                        crate::value::footnote::strip(c.text, 0)
                            .text
                            .trim()
                            .is_empty()
                    });
                    b.header = empty.then(|| l.text.clone());
                }
                let complete = !l.value.is_empty() && l.table;
                if l.value.len() > 1 && l.entry.is_some_and(Entry::is_per_side) {
                    // `Strength⇥7,000–12,000⇥5,000–13,000`: the label row holds both sides
                    b.push_sides(&l.value);
                } else {
                    b.push_cells(&l.value, None);
                }
                if let Some(f) = b.fields.last_mut() {
                    f.complete = complete;
                }
            }
            Item::Value {
                cells,
                table,
                bullet,
            } => {
                let clean = clean_text(cells);
                let blank_before = std::mem::replace(&mut after_blank, false);
                if is_map_caption(&clean) {
                    b.caption(cells);
                    continue;
                }
                if b.table_group.is_some() {
                    b.career_row(cells);
                    continue;
                }
                let cur = b.fields.last().filter(|_| b.open);
                if *table && cur.is_none_or(|f| f.complete) {
                    b.run.push(cells.clone());
                    continue;
                }
                let next = next_label(i + 1);
                let candidates = b.candidates(next.map_or(usize::MAX, |e| e.order));
                let cur_hint = cur.map(Draft::hint);
                // under a label still without a value, a lost label must be close in display
                // order (`Commanders and leaders` → `Strength`), not far down the template
                let reach = cur
                    .filter(|f| f.lines.is_empty())
                    .and_then(|f| f.entry)
                    .map_or(usize::MAX, |e| e.order + 2);
                // a field whose lines are already counts keeps taking counts
                let counting = || {
                    cur_hint == Some(Hint::Quantity)
                        || cur
                            .and_then(|f| f.lines.last())
                            .is_some_and(|l| infer::starts_with_quantity(l.text))
                };
                let probe = infer::Probe::new(&clean);
                let strong = candidates.iter().copied().find(|e| {
                    e.order <= reach && probe.strong(e) && !(e.shape == "quantity" && counting())
                });
                let rejected = cur.is_some_and(|f| {
                    f.hint() == Hint::Date && !f.lines.is_empty() && !date_continuation(&clean)
                });
                let pred = next.and_then(|n| {
                    b.kind_entries
                        .iter()
                        .copied()
                        .rfind(|e| e.order < n.order && !e.is_group())
                });
                let last_block = !*table
                    && cur.is_some()
                    && blank_before
                    && is_last_block(&items, i)
                    && pred.is_some_and(|p| candidates.iter().any(|c| c.key == p.key));
                let inferred = strong
                    .or_else(|| {
                        rejected
                            .then(|| {
                                candidates.iter().copied().find(|e| {
                                    e.shape == "place"
                                        && infer::fits(e, infer::shape(&clean), false)
                                })
                            })
                            .flatten()
                    })
                    .or(pred.filter(|_| last_block));
                if let Some(e) = inferred {
                    b.start(
                        Some(e),
                        e.label.to_owned(),
                        Span::empty(cells[0].span.start),
                        true,
                    );
                    b.push_cells(cells, *bullet);
                    continue;
                }
                match cur {
                    Some(f) if f.entry.is_some_and(|e| e.hint == "line") && !f.lines.is_empty() => {
                        b.caption(cells)
                    }
                    // one cell per side: a table row, or tab-separated columns
                    Some(f)
                        if (*table || cells.len() > 1)
                            && f.entry.is_some_and(Entry::is_per_side) =>
                    {
                        b.push_sides(cells)
                    }
                    Some(_) => b.push_cells(cells, *bullet),
                    None if b.fields.is_empty() => b.caption(cells),
                    // a row under a group header that names no field: a sub-header (a flag row)
                    None => b.push_group(cells),
                }
            }
        }
    }
    b.flush(usize::MAX);

    let mut markers = std::mem::take(&mut b.markers);
    let mut fields = Vec::with_capacity(b.fields.len());
    for f in b.fields {
        let (field, m) = f.finish();
        markers.extend(m);
        fields.push(field);
    }
    markers.sort_by_key(|m| m.span.start);
    let (title, span) = match title {
        Some((t, s)) => (Some(t), s.join(span)),
        None => (None, span),
    };
    Assembled {
        infobox: Infobox {
            title,
            kind: kind.map(str::to_owned),
            template: None,
            caption: b.captions.first().map(|c| c.text.clone()),
            captions: b.captions,
            groups: b.groups,
            fields,
            notes: b.notes,
            span,
        },
        markers,
    }
}
