//! Infobox assembly: classified rows ([`super::label`]) → labelled fields with values, groups,
//! captions and sides.
//!
//! Each field collects the value rows under it; rows that fit a lost label better start an
//! inferred field ([`super::infer`]). Values become plain text, footnotes, items and typed
//! readings ([`super::value`]).

use super::infer::{self, Shape};
use super::label::{block_headers, classify, detect_kind, is_map_caption, Item};
use super::lines::{Cell, Row};
use super::value::{self, ValueLine};
use crate::ast::{Field, Infobox, Marker, TextLine};
use crate::lexicon::{self, Entry};
use crate::span::Span;
use crate::value::{footnote, Hint};

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
    /// The key of the header above a `• Sub-label` (`population_total` for `• Total` under
    /// `Population (2020)`): the sub-label's key is read within it.
    parent_key: Option<&'static str>,
    /// Markers glued to the label (`Area1`): footnotes of the value.
    label_notes: Vec<String>,
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
            parent_key: None,
            label_notes: Vec::new(),
        }
    }

    /// An empty draft of the same label (another side's cell, or a row across the sides).
    fn sibling(&self) -> Self {
        Draft::new(
            self.entry,
            self.label.clone(),
            self.label_span,
            self.inferred,
            self.group.clone(),
        )
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
        let mut key = match self.entry {
            Some(e) => e.key.to_owned(),
            // `• 2024 estimate`, `• 2021 census` under a country's `Population`: the year is
            // the figure's date, the word its key (`population_estimate`, as the wikitext's)
            None => snake(without_leading_year(&self.label)),
        };
        // `Area` / `• Total` → `area_total`; `Population` / `• Density` stays
        // `population_density`
        let mut hint = self.hint();
        // `Formation` / `• Kingdom of Portugal⇥25 July 1139`: the rows of a country's
        // founding are the dates of its stages (`• County of Portugal⇥868` is a year)
        let founding = matches!(
            self.group.as_deref(),
            Some("Formation" | "Establishment" | "Independence")
        );
        if founding && self.entry.is_none() {
            hint = Hint::Date;
        }
        // `Key dates` / `2012⇥New concourse opened`: the event names the date beside it
        if self.group.as_deref() == Some(KEY_DATES) && self.entry.is_none() {
            hint = Hint::Date;
        }
        // `National Rail annual entry and exit` / `2019–20⇥31.230 million` and `–
        // interchange⇥1.564 million`: a year's count and its facets, keyed by the group
        if let Some(k) = self.group.as_deref().and_then(count_key) {
            if self.entry.is_none() {
                key = match crate::value::date::is_dated(self.label.trim()) {
                    true => k.to_owned(),
                    false => format!("{k}_{}", snake(&self.label)),
                };
                hint = Hint::Quantity;
            }
        }
        // `Stable release(s)` / `Standard⇥133.0.3 / 10 December 2024`: each channel's row is
        // a latest release, labelled by its channel
        if let Some(k) = self.group.as_deref().and_then(release_key) {
            if self.entry.is_none() {
                key = k.to_owned();
            }
        }
        // `GDP (PPP)⇥2024 estimate` over `• Total` and `• Per capita`: a measure whose value
        // is only a year dates the figures under it (the wikitext's `GDP_PPP_year`)
        if self.entry.is_some_and(|e| e.value_hint() == Hint::Quantity)
            && self.parent_key.is_none()
            && only_a_year(&self.lines)
        {
            key.push_str("_year");
            hint = Hint::Date;
        }
        if let Some(parent) = self.parent_key {
            let base = parent.strip_suffix("_total").unwrap_or(parent);
            // `Population (2020)` / `• City`: the total, under the word the box uses for the
            // place (Infobox settlement's `total_type`), a measure even where the word is also
            // a subdivision's label (`City⇥Los Angeles`)
            if matches!(base, "area" | "population" | "gdp")
                && TOTAL_TYPES.contains(&self.label.as_str())
            {
                key = "total".to_owned();
                hint = Hint::Quantity;
            }
            // `GDP (PPP)` / `• Total`: the measure's own figure (`gdp_ppp`); only an area's
            // and a population's totals are keyed `_total`, in both dialects
            if key == "total" && !matches!(base, "area" | "population") {
                key = base.to_owned();
            }
            // (`Area` / `• Water (%)` is the country's `percent_water`)
            if !key.starts_with(base) && key != "timezone_dst" && !key.starts_with("percent_") {
                key = format!("{base}_{key}");
            }
        }
        let mut lines = self.lines;
        if self
            .entry
            .is_some_and(|e| matches!(e.kind, "chemical" | "drug"))
        {
            lines.iter_mut().for_each(unverified);
        }
        let (mut value, markers) = value::build(&lines, hint, self.label_span.end);
        if self.label.ends_with("(%)") {
            percent_from_label(&mut value);
        }
        for (k, note) in self.label_notes.into_iter().enumerate() {
            if !value.footnotes.contains(&note) {
                value.footnotes.insert(k, note);
            }
        }
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

/// How a field whose lines are parts of it reads each line: the words that open it (with
/// their separator) and the key of that part.
type Parts<'p> = &'p [(&'p [&'p str], &'p str)];

/// `Episode no.⇥Season 5` / `Episode 14`, `Proper motion (μ)⇥RA: −546.01 mas/yr` / `Dec.:
/// −1223.07 mas/yr`: a field whose lines are its parts becomes one field a part, keyed as the
/// wikitext's parameters (`season`, `episode`; `proper_motion_ra`, `proper_motion_dec`). Each
/// line must open with its part's words and `read` must take the rest (its typed reading).
fn split_parts(
    field: &Field,
    parts: Parts<'_>,
    read: impl Fn(&str) -> Option<Option<crate::Typed>>,
) -> Option<Vec<Field>> {
    let items = &field.value.items;
    if items.len() != parts.len() {
        return None;
    }
    // (one marker a line: each part keeps its own; else the first takes them all)
    let one_each = field.value.footnotes.len() == items.len();
    let mut out = Vec::with_capacity(items.len());
    for (k, (item, (words, key))) in items.iter().zip(parts).enumerate() {
        let rest = words.iter().find_map(|w| item.text.strip_prefix(w))?.trim();
        let typed = read(rest)?;
        let footnotes = match (one_each, k) {
            (true, _) => vec![field.value.footnotes[k].clone()],
            (false, 0) => field.value.footnotes.clone(),
            (false, _) => Vec::new(),
        };
        out.push(Field {
            key: (*key).to_owned(),
            label: field.label.clone(),
            inferred: field.inferred,
            side: field.side,
            group: field.group.clone(),
            value: crate::ast::Value {
                text: rest.to_owned(),
                footnotes,
                items: Vec::new(),
                typed,
                links: Vec::new(),
                span: item.span,
            },
            span: match k {
                0 => Span::new(field.span.start, item.span.end),
                _ => item.span,
            },
        });
    }
    Some(out)
}

/// The parts of a field of `kind` keyed `key` whose lines are its parts ([`split_parts`]).
fn split_field(kind: Option<&str>, field: &Field) -> Option<Vec<Field>> {
    match (kind?, field.key.as_str()) {
        ("television_episode", "episode") => split_parts(
            field,
            &[
                (&["Season ", "Series "], "season"),
                (&["Episode "], "episode"),
            ],
            |n| (!n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())).then_some(None),
        ),
        ("star", "proper_motion") => split_parts(
            field,
            &[
                (&["RA: ", "RA:", "RA "], "proper_motion_ra"),
                (&["Dec.: ", "Dec.:", "Dec: ", "Dec. "], "proper_motion_dec"),
            ],
            |t| {
                let q = crate::value::quantity::whole(t)?;
                Some(Some(crate::Typed::Quantity(q)))
            },
        ),
        _ => None,
    }
}

/// `Water (%)⇥4.6`: the label gives the figures their unit.
fn percent_from_label(value: &mut crate::ast::Value) {
    let typed = value
        .typed
        .iter_mut()
        .chain(value.items.iter_mut().filter_map(|i| i.typed.as_mut()));
    for t in typed {
        if let crate::Typed::Quantity(q) = t {
            if q.unit.is_none() {
                q.unit = Some("%".to_owned());
            }
        }
    }
}

/// `2024 estimate` → `estimate`: a count's label that opens with a year (`January 2025
/// estimate`: a month and year); any other label as it is (`2008 Beijing` in a medal table).
pub(super) fn without_leading_year(label: &str) -> &str {
    let dated = match label.split_once(' ') {
        Some((month, rest)) if crate::value::date::month_number(month).is_some() => rest,
        _ => label,
    };
    match dated.split_once(' ') {
        Some((year, rest))
            if year.len() == 4
                && crate::value::date::has_year(year)
                && COUNT_WORDS.contains(&rest) =>
        {
            rest
        }
        _ => label,
    }
}

/// What a dated count is (`2024 estimate`, `2021 census`).
pub(super) const COUNT_WORDS: &[&str] = &["estimate", "census", "est."];

/// A value that is a year alone, or a year's estimate (`2024 estimate`, `2023 est.`).
fn only_a_year(lines: &[ValueLine<'_>]) -> bool {
    let [line] = lines else {
        return false;
    };
    let t = crate::value::footnote::strip(line.text, line.span.start).text;
    let t = t.trim();
    let rest = t
        .get(4..)
        .filter(|_| crate::value::date::has_year(&t[..4]))
        .map(str::trim);
    matches!(rest, Some("" | "estimate" | "est." | "est" | "census"))
}

/// A person's own rows, which end the block of an office or reign above them.
const PERSONAL: &[&str] = &[
    "born",
    "died",
    "burial",
    "spouse",
    "issue",
    "house",
    "dynasty",
    "father",
    "mother",
    "religion",
    "signature",
    "children",
    "parents",
    "party",
    "residence",
    "alma_mater",
];

/// A chemical box's verification mark after an identifier (`58-08-2 check`: the alt text of
/// its tick image, or `☑Y`, `☒N`) is no part of the value.
fn unverified(line: &mut ValueLine<'_>) {
    for mark in [" check", " ☑Y", " ☒N", " ✓", " ✔"] {
        if let Some(t) = line.text.strip_suffix(mark) {
            line.text = t;
            line.span.end -= mark.len();
            return;
        }
    }
}

/// The key of the dated counts under a station's usage group (`National Rail annual entry
/// and exit` over `2019–20⇥31.230 million`).
fn count_key(group: &str) -> Option<&'static str> {
    let usage = group.ends_with(" annual entry and exit")
        || matches!(group, "Passengers" | "Ridership" | "Annual ridership");
    usage.then_some("passengers")
}

/// The number of a star's component (`α CMa B`) among those a box has named, in order, by
/// its designation (the name's last word, `B`): a new one is added. Both dialects number them
/// so (the wikitext's `component2 = B`, the rendered `B` line).
pub(crate) fn component_number(named: &mut Vec<String>, name: &str) -> Option<u8> {
    let designation = name.rsplit(' ').next().unwrap_or(name);
    let k = match named.iter().position(|c| c == designation) {
        Some(k) => k,
        None => {
            named.push(designation.to_owned());
            named.len() - 1
        }
    };
    u8::try_from(k + 1).ok()
}

/// `A`, `Ab`, `α CMa B`, `Sirius B`: a component of a star system, named by a designation
/// of a capital and at most two lower-case letters or digits after a short name.
fn is_component_name(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    let Some((last, name)) = words.split_last() else {
        return false;
    };
    let mut chars = last.chars();
    let designation = chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && last.len() <= 2
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit());
    // (`−8 Myr`, the lower part of an uncertainty on its line, names no component)
    let named = name.iter().all(|w| w.chars().any(char::is_alphabetic));
    designation && named && name.len() <= 3 && t.len() <= 30
}

/// The header of a station's dated events (`14 October 1852⇥Opened`).
const KEY_DATES: &str = "Key dates";

/// A row a group of dated rows holds: `14 October 1852⇥Opened` under `Key dates` (the date
/// in the label's column, the event beside it), `2019–20⇥31.230 million` under a station's
/// usage, or that count's facet `– interchange⇥1.564 million`. Returns the label's cell and
/// the value's.
fn dated_row<'a>(group: &str, cells: &[Cell<'a>]) -> Option<(Cell<'a>, Cell<'a>)> {
    let [first, second] = cells else {
        return None;
    };
    let date = |c: &Cell<'_>| crate::value::date::is_dated(footnote::strip(c.text, 0).text.trim());
    if group == KEY_DATES {
        // (an event is words: `Line 2 opened` could be a count's row)
        let words = second.text.split_whitespace().count();
        let event = second.text.starts_with(char::is_alphabetic)
            && (1..=6).contains(&words)
            && !second.text.bytes().any(|b| b.is_ascii_digit());
        return (date(first) && event).then_some((*second, *first));
    }
    count_key(group)?;
    let facet = first
        .text
        .strip_prefix("– ")
        .filter(|t| t.starts_with(char::is_lowercase) && t.split_whitespace().count() <= 3);
    if let Some(t) = facet {
        let label = Cell {
            text: t,
            span: Span::new(first.span.end - t.len(), first.span.end),
        };
        return Some((label, *second));
    }
    date(first).then_some((*first, *second))
}

/// The key of the rows under a software box's release table (`Stable release(s)` over
/// `Standard⇥133.0.3 / 10 December 2024`): the latest release of each channel.
fn release_key(group: &str) -> Option<&'static str> {
    match group {
        "Stable release(s)" | "Stable releases" => Some("latest_release"),
        "Preview release(s)" | "Preview releases" => Some("latest_preview"),
        _ => None,
    }
}

/// `Other political affiliations` → `other_political_affiliations`.
pub fn snake(label: &str) -> String {
    // (every parameter of every box comes here: ASCII, nearly always, skips the Unicode tables)
    let mut out = String::with_capacity(label.len());
    for c in label.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !c.is_ascii() && c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('_') && !out.is_empty() {
            out.push('_');
        }
    }
    let kept = out.trim_end_matches('_').len();
    out.truncate(kept);
    out
}

/// Words a settlement box prints for its area's and population's total (`• City`).
pub(super) const TOTAL_TYPES: &[&str] = &[
    "City",
    "Town",
    "Village",
    "Municipality",
    "Borough",
    "Township",
    "Commune",
    "Capital",
    "Consolidated city-county",
    "City-county",
    "Metropolis",
    "City-state",
    "Capital city",
    "Capital city and state",
    "City and state",
    "Metropolitan city",
];

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
    /// Under a statistics table's group (`Career statistics`, hint `matrix`): each row a
    /// label and one value a column, the column's number its side.
    matrix: bool,
    /// The statistics table's columns, once its header is read: a row of another width
    /// (`Source: ESPNcricinfo`) is past the table.
    matrix_columns: Option<usize>,
    /// `IATA⇥ICAO⇥Call sign` over `DL⇥DAL⇥DELTA`: a row of the box's own labels whose values
    /// are the cells of the next row, column by column.
    column_labels: Vec<&'static Entry>,
    /// Display order of the last label seen (lost labels come after it).
    last_order: usize,
    /// The last field may still take value rows (false right after a group row).
    open: bool,
    /// Unlabeled table rows after a complete `Label | value` row, aligned at the next label.
    run: Vec<Vec<Cell<'a>>>,
    /// The last label without a value: the header of the `• Sub-label` rows under it.
    header: Option<String>,
    /// The header's key and the index of its (empty) field.
    header_key: Option<(&'static str, usize)>,
    /// The header names every sub-label's key (it has no value, or it is a measure); else only
    /// its facets' keys.
    header_names_subs: bool,
    /// The current group's rows are `• Sub-labels`; the next plain label ends the group.
    group_of_subs: bool,
    /// The group is the title a block of rows heads (`King of Great Britain` over `Reign`):
    /// the person's own rows (`Born`, `Spouse`) are outside it.
    block_group: bool,
    /// Keys of the fields so far (a lost label is never one already present).
    used_keys: crate::hash::Set<&'static str>,
    /// The last row given to a per-side field was a tab row (its last cell ended there).
    sides_row: bool,
    /// The most sides a finished per-side field of the box has: the box's columns.
    columns: Option<u8>,
    /// A star's components named so far (`A`, `B`, `Aa`), in order: a component's number
    /// is its fields' side.
    components: Vec<String>,
    /// The component heading the rows of the current group.
    component: Option<u8>,
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
        self.block_group = false;
        self.component = None;
    }

    /// `A`, `α CMa B`: the component of a star whose rows follow.
    fn start_component(&mut self, name: &str) {
        self.component = component_number(&mut self.components, name);
        self.open = false;
    }

    fn used(&self, e: &Entry) -> bool {
        self.used_keys.contains(e.key)
    }

    /// Lost-label candidates between the last label and the next one (display order).
    /// (The next label's other wordings are not lost: `Prime Minister before election` is the
    /// same field as the `President before election` that follows.)
    fn candidates(&self, next_order: usize) -> Vec<&'static Entry> {
        let next_key = self
            .kind_entries
            .iter()
            .find(|e| e.order == next_order)
            .map(|e| e.key);
        self.kind_entries
            .iter()
            .copied()
            .filter(|e| {
                e.order > self.last_order
                    && e.order < next_order
                    && !e.is_group()
                    && !e.is_block()
                    && !self.used(e)
                    && Some(e.key) != next_key
            })
            .collect()
    }

    fn start(&mut self, entry: Option<&'static Entry>, label: String, span: Span, inferred: bool) {
        // the field that ends here had as many sides as its last draft's
        if let Some(side) = self.fields.last().and_then(|f| f.side) {
            self.columns = self.columns.max(Some(side));
        }
        if let Some(e) =
            entry.filter(|e| self.kind_entries.first().is_some_and(|k| k.kind == e.kind))
        {
            self.last_order = e.order;
        }
        if let Some(e) = entry {
            self.used_keys.insert(e.key);
        }
        let mut draft = Draft::new(entry, label, span, inferred, self.group.clone());
        draft.side = self.component;
        self.fields.push(draft);
        self.open = true;
        self.sides_row = false;
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
        self.sides_row = false;
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
        // the column headers (`Years⇥Team⇥Apps⇥(Gls)`, a runway table's `Direction⇥Length⇥
        // Surface` and `m⇥ft`): words only, no row of the table but a header line of the
        // table's group
        if cells
            .iter()
            .all(|c| !c.text.bytes().any(|b| b.is_ascii_digit()))
        {
            if let Some(t) = self.text_line(cells) {
                self.groups.push(t);
            }
            return;
        }
        if first.text.starts_with(['*', '†', '‡']) || first.text.len() > 80 {
            self.note_row(cells);
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

    /// A row of a statistics table: `Competition⇥Test⇥ODI` (words only) is its header, a
    /// line of the group; `Matches⇥200⇥463` one field a column, its side the column's
    /// number.
    fn matrix_row(&mut self, entry: Option<&'static Entry>, label: Cell<'a>, cells: &[Cell<'a>]) {
        debug_assert!(self.in_matrix(cells.len()));
        let words = |t: &str| !t.bytes().any(|b| b.is_ascii_digit());
        if entry.is_none() && words(label.text) && cells.iter().all(|c| words(c.text)) {
            self.matrix_columns = Some(cells.len());
            let mut all = vec![label];
            all.extend_from_slice(cells);
            if let Some(t) = self.text_line(&all) {
                self.groups.push(t);
            }
            return;
        }
        self.start(entry, label.text.to_owned(), label.span, false);
        for (k, c) in cells.iter().enumerate() {
            self.side_cell(u8::try_from(k + 1).unwrap_or(u8::MAX), *c);
        }
        self.open = false;
    }

    /// The row under a row of labels: each cell the value of the label above it.
    fn column_values(&mut self, labels: Vec<&'static Entry>, cells: &[Cell<'a>]) {
        for (e, c) in labels.into_iter().zip(cells) {
            self.start(
                Some(e),
                e.label.to_owned(),
                Span::empty(c.span.start),
                false,
            );
            self.push_cells(&[*c], None);
        }
        self.open = false;
    }

    /// A row of `values` cells after its label is a row of the statistics table open here.
    fn in_matrix(&self, values: usize) -> bool {
        self.matrix && values > 0 && self.matrix_columns.is_none_or(|n| n == values)
    }

    /// `* Senior club appearances …`, `‡ National team caps …`: the note a symbol marker of
    /// the box points to, labelled by its symbol.
    fn note_row(&mut self, cells: &[Cell<'a>]) {
        let Some(first) = cells.first() else { return };
        let joined = cells.iter().map(|c| c.text).collect::<Vec<_>>().join(" ");
        let st = crate::value::footnote::strip(&joined, first.span.start);
        // (a symbol, or the digits of a number: `1 Shore length is …`)
        let digits = first.text.bytes().take_while(u8::is_ascii_digit).count();
        let label_len = match digits {
            0 => first.text.chars().next().map_or(0, char::len_utf8),
            n => n,
        };
        self.notes.push(crate::ast::Note {
            label: first.text[..label_len].to_owned(),
            text: crate::value::text::normalize(&st.text),
            footnotes: Vec::new(),
            span: cells.iter().fold(first.span, |s, c| s.join(c.span)),
        });
    }

    /// Each cell (or row) under a per-side label in a table is one side's value.
    ///
    /// A row of a table (`| 73,000 | 14,519 |`, or one side's cell on a row of its own) takes
    /// the sides after the last one. A copied page keeps a cell's lines and puts a tab between
    /// cells, so a tab row after lines of the last side continues that side
    /// (`Croatia⇥1992–1995:` / `Republika Srpska` / `FR Yugoslavia⇥1993–1995:`). Either way, a
    /// row that would give the field more sides than the box has columns repeats every column
    /// (`100 killed⇥200 killed` / `300 wounded⇥400 wounded`): it starts again at side 1.
    fn push_sides(&mut self, cells: &[Cell<'a>], table: bool) {
        let Some(last) = self.fields.last() else {
            return;
        };
        let spanning = !std::mem::replace(&mut self.sides_row, true);
        // a value not yet given a side starts at side 1, and its first cell continues it: side
        // 1's cell may span lines before the tab (`23,049` / `(3,155 killed` / `… missing)⇥23,231`)
        let Some(here) = last.side else {
            for (k, c) in cells.iter().enumerate() {
                self.side_cell(u8::try_from(k + 1).unwrap_or(u8::MAX), *c);
            }
            return;
        };
        let here = usize::from(here);
        let fits = |first: usize| {
            self.columns.map_or(table || cells.len() != here, |n| {
                first + cells.len() - 1 <= usize::from(n)
            })
        };
        let next = if table { here + 1 } else { here };
        let first = if (!table && spanning) || fits(next) {
            next
        } else {
            1
        };
        for (k, c) in cells.iter().enumerate() {
            self.side_cell(u8::try_from(first + k).unwrap_or(u8::MAX), *c);
        }
    }

    /// A per-side field's row across every column: a draft of the same label with no side.
    fn across_sides(&mut self, cells: &[Cell<'a>]) {
        let Some(mut d) = self.fields.last().map(Draft::sibling) else {
            return;
        };
        for c in cells {
            d.push(*c, None);
        }
        self.fields.push(d);
    }

    /// Add `cell` to the per-side field at the end under `side`: the side's draft when the
    /// field has one, else a new draft of the same label.
    fn side_cell(&mut self, side: u8, cell: Cell<'a>) {
        let Some(last) = self.fields.last_mut() else {
            return;
        };
        if last.side.is_none() {
            last.side = Some(side);
            last.push(cell, None);
            return;
        }
        let label_span = last.label_span;
        let run = self
            .fields
            .iter()
            .rposition(|f| f.label_span != label_span)
            .map_or(0, |i| i + 1);
        if let Some(d) = self.fields[run..].iter_mut().find(|f| f.side == Some(side)) {
            d.push(cell, None);
            return;
        }
        let mut d = self.fields[self.fields.len() - 1].sibling();
        d.side = Some(side);
        d.push(cell, None);
        self.fields.push(d);
    }
}

/// `IATA⇥ICAO⇥Call sign`: a row whose cells are all labels of the box's own template (two
/// or more, no group), the labels of the row under it.
fn column_labels(l: &super::label::Label<'_>, kind: Option<&str>) -> Option<Vec<&'static Entry>> {
    let lex = lexicon::get();
    let own = |t: &str| {
        lex.best(t, kind)
            .filter(|e| Some(e.kind) == kind && !e.is_group() && !e.is_block())
    };
    if l.value.is_empty() {
        return None;
    }
    let mut out = vec![l.entry.filter(|e| Some(e.kind) == kind && !e.is_group())?];
    for c in &l.value {
        out.push(own(c.text.trim())?);
    }
    Some(out)
}

/// `1 Shore length is not a well-defined measure.`: a sentence opening with a number that
/// a label of the box carries glued, unbracketed (`Shore length1`): that label's note.
fn glued_number_note(markers: &[Marker], t: &str) -> bool {
    let Some((n, rest)) = t.split_once(' ') else {
        return false;
    };
    n.len() <= 2
        && n.bytes().all(|b| b.is_ascii_digit())
        && rest.starts_with(|c: char| c.is_uppercase())
        && rest.split(' ').nth(2).is_some()
        && crate::value::date::find(t).is_none()
        && markers
            .iter()
            .any(|m| m.label == n && m.span.end - m.span.start == n.len())
}

/// Text that is footnote markers only (`[1]`, `[a][2]`), or blank.
fn marker_text(t: &str) -> bool {
    footnote::strip(t, 0).text.trim().is_empty()
}

/// Cells holding footnote markers only, or none at all (`Area[1]`, a header row's marker).
fn only_markers(cells: &[Cell<'_>]) -> bool {
    cells.iter().all(|c| marker_text(c.text))
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
        matrix: false,
        matrix_columns: None,
        column_labels: Vec::new(),
        last_order: 0,
        open: false,
        run: Vec::new(),
        used_keys: crate::hash::Set::default(),
        header: None,
        header_key: None,
        header_names_subs: false,
        group_of_subs: false,
        block_group: false,
        sides_row: false,
        columns: None,
        components: Vec::new(),
        component: None,
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
            b.block_group = true;
            skip_until = end;
            continue;
        }
        // the values under a row of labels (`DL⇥DAL⇥DELTA`): the row right after it, as wide,
        // or none
        let labels = std::mem::take(&mut b.column_labels);
        if !labels.is_empty() {
            let cells: Option<Vec<Cell<'_>>> = match item {
                Item::Label(l) if l.value.len() + 1 == labels.len() => Some(
                    std::iter::once(Cell {
                        text: &l.text,
                        span: l.span,
                    })
                    .chain(l.value.iter().copied())
                    .collect(),
                ),
                Item::Value { cells, .. } if cells.len() == labels.len() => Some(cells.clone()),
                _ => None,
            };
            if let Some(cells) = cells {
                b.column_values(labels, &cells);
                continue;
            }
        }
        // `IATA⇥ICAO⇥Call sign`: labels of the box's own template side by side
        // (`Status⇥Completed` over `Type⇥Office`: a label and its value, the row under it the
        // next label of the template, not the values of a row of labels)
        let labelled_next = matches!(
            items.get(i + 1),
            Some(Item::Label(n)) if n.entry.is_some_and(|e| Some(e.kind) == kind)
        );
        if let Some(labels) = match item {
            Item::Label(l) if !labelled_next => column_labels(l, kind),
            _ => None,
        } {
            b.flush(usize::MAX);
            b.column_labels = labels;
            continue;
        }
        match item {
            Item::Blank => after_blank = true,
            Item::Caption(cells) => b.caption(cells),
            Item::Label(l)
                if b.in_matrix(l.value.len()) && !l.entry.is_some_and(Entry::is_group) =>
            {
                b.markers.extend(l.markers.iter().cloned());
                let label = Cell {
                    text: &l.text,
                    span: l.span,
                };
                b.matrix_row(l.entry, label, &l.value);
            }
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
                // (a star's other names are the system's, no component's)
                if l.entry.is_some_and(|e| e.key == "other_designations") {
                    b.component = None;
                }
                if b.block_group && l.entry.is_some_and(|e| PERSONAL.contains(&e.key)) {
                    b.group = None;
                    b.block_group = false;
                }
                // a release table ends at the box's next own row (`Repository`)
                let own_row = l
                    .entry
                    .is_some_and(|e| Some(e.kind) == kind && !e.is_group());
                if own_row && b.group.as_deref().and_then(release_key).is_some() {
                    b.group = None;
                }
                b.markers.extend(l.markers.iter().cloned());
                b.flush(
                    l.entry
                        .filter(|e| Some(e.kind) == kind)
                        .map_or(usize::MAX, |e| e.order),
                );
                after_blank = false;
                // `Orbital characteristics[1]`: a header row may carry footnote markers only
                if let Some(e) = l.entry.filter(|e| e.is_group() && only_markers(&l.value)) {
                    for c in &l.value {
                        b.markers
                            .extend(crate::value::footnote::strip(c.text, c.span.start).markers);
                    }
                    b.push_group(&[Cell {
                        text: &l.text,
                        span: l.span,
                    }]);
                    // a group row starts afresh: the sub-labels under it (`Government` /
                    // `• Mayor`) are not those of the label above it, whose value may only
                    // have been on the line below it (`Incorporated` / `February 8, 1851`)
                    b.header = None;
                    b.header_key = None;
                    // (and the sub-labels before it ended their group)
                    b.group_of_subs = false;
                    b.table_group = (e.hint == "table").then_some(e);
                    b.matrix = e.hint == "matrix";
                    b.matrix_columns = None;
                    if Some(e.kind) == kind {
                        b.last_order = e.order;
                    }
                    continue;
                }
                b.table_group = None;
                b.matrix = false;
                // `• location` under `Source⇥Mismi Peak`: a facet of the field above, which
                // takes its key (`• President` under `Government` is an office)
                let facet = l.sub && l.text.starts_with(char::is_lowercase);
                if l.sub && b.header.is_none() && !(facet && b.header_key.is_some()) {
                    b.group_of_subs = true;
                } else if !l.sub && std::mem::take(&mut b.group_of_subs) {
                    // `Government` / `• Mayor …` / `Area`: the group ended with its sub-labels
                    b.group = None;
                }
                if l.sub {
                    // the header row is a group, not a field, once sub-labels follow it
                    if let Some((_, i)) = b.header_key {
                        let empty = b
                            .fields
                            .get(i)
                            .is_some_and(|f| f.lines.iter().all(|v| marker_text(v.text)));
                        if empty && i + 1 == b.fields.len() {
                            // its footnote markers (`Population (2020)[2]`) stay
                            if let Some(f) = b.fields.pop() {
                                for v in &f.lines {
                                    let st = crate::value::footnote::strip(v.text, v.span.start);
                                    b.markers.extend(st.markers);
                                }
                            }
                        }
                    }
                }
                // (`Career record` under `Doubles` is the doubles record)
                let entry = l.entry.map(|e| match Some(e.kind) == kind {
                    true => lex.twin_after(e, b.last_order),
                    false => e,
                });
                b.start(entry, l.text.clone(), l.span, false);
                if let Some(f) = b.fields.last_mut() {
                    f.label_notes = l.markers.iter().map(|m| m.label.clone()).collect();
                }
                if l.sub {
                    // a sub-label belongs under the header row above it (`Area` / `• Total`)
                    // (under a header with a value of its own, only a facet takes its key)
                    let parent = b
                        .header_key
                        .filter(|_| b.header_names_subs || facet)
                        .map(|(k, _)| k);
                    if let Some(f) = b.fields.last_mut() {
                        f.parent_key = parent;
                        if let Some(h) = b.header.clone() {
                            f.group = Some(h);
                        }
                    }
                } else {
                    // `Area[1]`: a header may carry only footnote markers
                    let empty = only_markers(&l.value);
                    b.header = empty.then(|| l.text.clone());
                    // (a measure with a value of its own, `Area1⇥47.87 km2` over `• Urban`,
                    // still names its sub-labels' keys: `area_urban`; a `Government` with its
                    // form over `• Mayor` names only its facets')
                    b.header_key = l.entry.map(|e| (e.key, b.fields.len() - 1));
                    // (a text row's value may be on the line below, `Government` / `Unitary
                    // … monarchy` / `• Emperor`: its sub-labels are offices, not its facets)
                    let text_row = l.entry.is_some_and(|e| matches!(e.hint, "text" | "line"));
                    b.header_names_subs = empty && !text_row
                        || l.entry.is_some_and(|e| e.value_hint() == Hint::Quantity);
                }
                let complete = !l.value.is_empty() && l.table;
                if l.value.len() > 1 && l.entry.is_some_and(Entry::is_per_side) {
                    // `Strength⇥7,000–12,000⇥5,000–13,000`: the label row holds both sides
                    b.push_sides(&l.value, l.table);
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
                wide,
                bullet,
            } => {
                let clean = clean_text(cells);
                let blank_before = std::mem::replace(&mut after_blank, false);
                if is_map_caption(&clean) {
                    b.caption(cells);
                    continue;
                }
                // the note of a symbol marked on a label of the box (`Senior career*` …
                // `*Club domestic league appearances …`), wherever the box ends
                let symbol = cells[0].text.chars().next().filter(|c| "*†‡".contains(*c));
                if let Some(sym) = symbol.filter(|_| bullet.is_none()) {
                    if b.markers.iter().any(|m| m.label.starts_with(sym)) {
                        b.flush(usize::MAX);
                        b.open = false;
                        b.note_row(cells);
                        continue;
                    }
                }
                // `Shore length1` … `1 Shore length is not a well-defined measure.`: the note
                // of a number glued to a label
                if bullet.is_none() && glued_number_note(&b.markers, cells[0].text) {
                    b.flush(usize::MAX);
                    b.open = false;
                    b.note_row(cells);
                    continue;
                }
                if b.table_group.is_some() {
                    b.career_row(cells);
                    continue;
                }
                if b.in_matrix(cells.len() - 1) {
                    b.matrix_row(None, cells[0], &cells[1..]);
                    continue;
                }
                b.matrix = false;
                // `Apparent magnitude (V)⇥−1.46` / `B` / `Right ascension⇥…`: a star's
                // component heads the rows under it, up to the next group
                let label_follows = || {
                    items[i + 1..]
                        .iter()
                        .find(|it| !matches!(it, Item::Blank))
                        .is_some_and(|it| matches!(it, Item::Label(l) if l.entry.is_some()))
                };
                if kind == Some("star")
                    && cells.len() == 1
                    && bullet.is_none()
                    && is_component_name(&clean)
                    && label_follows()
                {
                    b.caption(cells);
                    b.start_component(&clean);
                    continue;
                }
                if let Some((label, value)) = b.group.as_deref().and_then(|g| dated_row(g, cells)) {
                    let entry = lex.best(label.text, kind).filter(|e| Some(e.kind) == kind);
                    b.start(entry, label.text.to_owned(), label.span, false);
                    b.push_cells(&[value], None);
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
                        .rfind(|e| e.order < n.order && !e.is_group() && e.key != n.key)
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
                    // a cell across the columns once every side has its cell (a war's
                    // civilian dead): the field's, not the last side's (the last side's own
                    // cell may be written as one across: `~6,000 killed | ||||||`)
                    Some(f)
                        if *wide
                            && f.entry.is_some_and(Entry::is_per_side)
                            && f.side
                                .is_some_and(|s| s >= 2 && b.columns.is_none_or(|n| s >= n)) =>
                    {
                        b.across_sides(cells)
                    }
                    // one cell per side: a table row, or tab-separated columns
                    Some(f)
                        if (*table || cells.len() > 1)
                            && f.entry.is_some_and(Entry::is_per_side) =>
                    {
                        b.push_sides(cells, *table)
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
    let mut fields: Vec<Field> = Vec::with_capacity(b.fields.len());
    for f in b.fields {
        let (field, m) = f.finish();
        markers.extend(m);
        // `Legal status` / `Legal status⇥UK: GSL`: a section header named like the row under
        // it is that row's header, not an empty field of its own
        if let Some(last) = fields.last() {
            let header = last.value.text.is_empty()
                && last.value.footnotes.is_empty()
                && last.label == field.label
                && last.side.is_none();
            if header {
                fields.pop();
            }
        }
        if let Some(parts) = split_field(kind, &field) {
            fields.extend(parts);
            continue;
        }
        fields.push(field);
    }
    markers.sort_by_key(|m| m.span.start);
    let (title, span) = match title {
        Some((t, s)) => (Some(t), s.join(span)),
        None => (None, span),
    };
    // (table rows wait in a run before they turn out to be captions: reading order again)
    let mut captions = b.captions;
    captions.sort_by_key(|c| c.span.start);
    Assembled {
        infobox: Infobox {
            title,
            kind: kind.map(str::to_owned),
            template: None,
            // (a settlement's type under its name, `City`, and the names under a place's
            // images, `Flag Seal`, caption no image)
            caption: captions
                .iter()
                .find(|c| {
                    (kind != Some("settlement") || !super::label::is_place_type(&c.text))
                        && !super::label::only_image_names(&c.text)
                })
                .map(|c| c.text.clone()),
            captions,
            groups: b.groups,
            fields,
            notes: b.notes,
            span,
        },
        markers,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dated_label_is_keyed_by_its_word() {
        assert_eq!(without_leading_year("2024 estimate"), "estimate");
        assert_eq!(without_leading_year("January 2025 estimate"), "estimate");
        assert_eq!(without_leading_year("March Field"), "March Field");
        assert_eq!(without_leading_year("2024"), "2024");
        assert_eq!(without_leading_year("2008 Beijing"), "2008 Beijing");
    }

    fn cells<'a>(texts: &[&'a str]) -> Vec<Cell<'a>> {
        texts
            .iter()
            .map(|t| Cell {
                text: t,
                span: Span::new(0, t.len()),
            })
            .collect()
    }

    #[test]
    fn a_stars_components_are_named_by_designations() {
        assert!(is_component_name("A"));
        assert!(is_component_name("Ab"));
        assert!(is_component_name("α CMa B"));
        assert!(is_component_name("Sirius B"));
        assert!(!is_component_name("−8 Myr"));
        assert!(!is_component_name("Main sequence"));
        assert!(!is_component_name("The system"));
    }

    #[test]
    fn a_number_glued_to_a_label_has_its_note() {
        let glued = |label: &str, at: usize| Marker {
            label: label.to_owned(),
            span: Span::new(at, at + label.len()),
        };
        let note = "1 Shore length is not a well-defined measure.";
        assert!(glued_number_note(&[glued("1", 40)], note));
        // a bracketed `[1]` is a reference, and a date opens no note
        let bracketed = Marker {
            label: "1".to_owned(),
            span: Span::new(40, 43),
        };
        assert!(!glued_number_note(&[bracketed], note));
        assert!(!glued_number_note(
            &[glued("1", 40)],
            "1 January 1990 Opened to the public"
        ));
    }

    #[test]
    fn a_key_date_row_is_labelled_by_its_event() {
        let row = cells(&["14 October 1852", "Opened"]);
        let read = dated_row("Key dates", &row).map(|(l, v)| (l.text, v.text));
        assert_eq!(read, Some(("Opened", "14 October 1852")));
        // (a count beside a year is no event; an event row elsewhere is no key date)
        assert!(dated_row("Key dates", &cells(&["2019–20", "31.230 million"])).is_none());
        assert!(dated_row("Key dates", &cells(&["Opened", "1852"])).is_none());
        assert!(dated_row("History", &cells(&["1972", "Rebuilt"])).is_none());
    }

    #[test]
    fn a_stations_usage_rows_are_dated_counts() {
        let g = "National Rail annual entry and exit";
        let row = cells(&["2019–20", "Increase 31.230 million[2]"]);
        assert_eq!(dated_row(g, &row).map(|(l, _)| l.text), Some("2019–20"));
        let row = cells(&["– interchange", "1.564 million"]);
        assert_eq!(dated_row(g, &row).map(|(l, _)| l.text), Some("interchange"));
        assert!(dated_row(g, &cells(&["Managed by", "Network Rail"])).is_none());
        assert_eq!(count_key("Passengers"), Some("passengers"));
        assert_eq!(count_key("Services"), None);
    }
}
