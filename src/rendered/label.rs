//! Which rows are labels: the lexicon matched at the start of a row — glued
//! (`Date12 January 1918`), followed by a space, tab or colon, alone on its line, split over
//! two lines (`Territorial` / `changes`), in the first cell of a table or tab row, or as a
//! `• Sub-label` — and the row classes the assembler walks.

use super::lines::{Cell, Row};
use crate::ast::Marker;
use crate::lexicon::{self, Entry};
use crate::span::Span;
use crate::value::date::has_year;
use crate::value::footnote;

/// A label recognised at the start of a row.
#[derive(Debug, Clone)]
pub(super) struct Label<'a> {
    pub(super) entry: Option<&'static Entry>,
    /// The label as shown, normalised.
    pub(super) text: String,
    pub(super) span: Span,
    /// The value on the same row, if any.
    pub(super) value: Vec<Cell<'a>>,
    /// The label is in a table row.
    pub(super) table: bool,
    /// A sub-label under a header row (`• Total`, `• Mayor`).
    pub(super) sub: bool,
    /// Symbol markers glued to the label (`Senior career*`).
    pub(super) markers: Vec<Marker>,
}

/// What a row is, inside a box.
#[derive(Debug, Clone)]
pub(super) enum Item<'a> {
    Blank,
    /// A map caption (`Location within Vietnam`), never a field.
    Caption(Vec<Cell<'a>>),
    Label(Label<'a>),
    Value {
        cells: Vec<Cell<'a>>,
        table: bool,
        /// The one cell spans the table's columns ([`super::lines::Row::wide`]).
        wide: bool,
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

/// What may follow a label glued to its value: a separator, or a value's first character
/// ([`glued_start`]).
fn glue_ok(label: &str, rest: &str) -> bool {
    rest.is_empty()
        || rest.starts_with(|c: char| c.is_whitespace() || c == ':')
        || glued_start(label, rest)
}

/// Whether `rest` can open a value glued to `label` with nothing between: a capital, a digit,
/// a symbol that opens a value (`(`, `$`, `[`, `/ˈdʒuːpɪtər/`, `.30-06`), a domain (`Websitemit.edu`),
/// or any letter after a label that ends in a digit (`ISO 639-1es`: the boundary is plain).
pub(super) fn glued_start(label: &str, rest: &str) -> bool {
    // `Operator(s)U.S. Bureau`: a plural mark is the label's
    if rest.starts_with("(s)") || rest.starts_with("(es)") {
        return false;
    }
    // `Websitemit.edu`: a domain glued to its label starts in lower case (a label written
    // in lower case is a domain's first word: `premierleague.com`)
    if label.starts_with(|c: char| c.is_uppercase())
        && is_domain(rest.split(char::is_whitespace).next().unwrap_or(""))
    {
        return true;
    }
    // `Collection sizec. 8 million objects`: an approximate figure
    if rest
        .strip_prefix("c. ")
        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
    {
        return true;
    }
    // `Cartridge.30-06 Springfield`: a calibre's point before its digits; `Internet TLD.fr`
    if let Some(after) = rest.strip_prefix('.') {
        let word = after
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        let tld = (2..=12).contains(&word.chars().count())
            && word.chars().all(|c| c.is_alphabetic() && !c.is_uppercase());
        if after.starts_with(|c: char| c.is_ascii_digit()) || tld && label.ends_with("TLD") {
            return true;
        }
    }
    // `Calling code+33`: a telephone prefix
    if rest.starts_with('+') && rest[1..].starts_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    // `Driving sideright`, `Date formatdd/mm/yyyy`: the few values a box prints in lower
    // case, whole words (`Area codes` is a plural, no value)
    let word = || {
        rest.split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("")
    };
    if label.contains(' ') && LOWER_CASE_VALUES.contains(&word()) {
        return true;
    }
    // `OSI`, `GDPR`: an acronym label's capitals run on into a longer acronym, no value
    // (`OSLinux`: the value's word goes on in lower case)
    let mut chars = rest.chars();
    let acronym_goes_on = label.ends_with(|l: char| l.is_uppercase())
        && chars.next().is_some_and(char::is_uppercase)
        && !chars.next().is_some_and(char::is_lowercase);
    if acronym_goes_on {
        return false;
    }
    rest.chars().next().is_some_and(|c| {
        c.is_uppercase()
            || c.is_ascii_digit()
            || matches!(
                c,
                '(' | '$' | '~' | '≈' | '£' | '€' | '¥' | '"' | '/' | '[' | '{' | '−' | '±'
            )
            || c.is_alphabetic() && label.ends_with(|l: char| l.is_ascii_digit())
            // `Crystal systemα-quartz`: a letter of another script after a Latin label
            || other_script(c) && label.ends_with(|l: char| l.is_ascii_lowercase())
    })
}

/// A letter of a script other than Latin (Greek `α`, Cyrillic `б`, CJK …).
fn other_script(c: char) -> bool {
    c.is_alphabetic() && !matches!(c, 'A'..='Z' | 'a'..='z' | '\u{c0}'..='\u{24f}')
}

/// Values a box prints in lower case: a country's driving side and date format.
const LOWER_CASE_VALUES: &[&str] = &["right", "left", "dd", "mm", "yyyy"];

/// `Ethnic groups (2024)`, `Population (2020)[2]`: a short qualifier in parentheses that ends
/// the cell belongs to the label (the value is in the next cell or line); so does a dated one
/// glued to the value (`Urban (2020[2])1,141.4 km2`, `Mayor (2020–2026)Grégory Doucet`: no
/// space between `)` and a digit or capital, as text never has it), and a worded one glued to a
/// figure (`Orbital period (sidereal)11.862 yr`). Returns its length.
fn label_qualifier(rest: &str) -> usize {
    let Some(inner) = rest.strip_prefix(" (") else {
        return 0;
    };
    let Some(close) = inner.find(')').filter(|&close| close <= 24) else {
        return 0;
    };
    let after = &inner[close + 1..];
    if footnote::strip(after, 0).text.trim().is_empty() {
        return 2 + close + 1;
    }
    // (markers between `)` and the number stay with the value, as after a qualifier alone)
    let value = &after[leading_markers(after)..];
    let glued = value.starts_with(|c: char| c.is_ascii_digit() || c.is_uppercase());
    // (a figure glued after a qualifier in lower-case words too: `Orbital period
    // (sidereal)11.862 yr`; an abbreviation, `(est.)30,000`, is the value's own)
    let words = &inner[..close];
    let worded = value.starts_with(|c: char| c.is_ascii_digit())
        && words.starts_with(|c: char| c.is_lowercase())
        && words.chars().all(|c| c.is_alphabetic() || c == ' ');
    if glued && has_year(&inner[..close]) || worded {
        2 + close + 1
    } else {
        0
    }
}

/// The length of the footnote markers that open `s` (`[2][a]1,141` → 6).
fn leading_markers(s: &str) -> usize {
    let mut n = 0;
    while let Some(close) = s[n..].strip_prefix('[').and_then(|r| r.find(']')) {
        if !footnote::is_marker_label(&s[n + 1..n + 1 + close]) {
            break;
        }
        n += close + 2;
    }
    n
}

/// `mit.edu`, `www.springfield-or.gov`: lower-case words joined by dots, ending in letters.
fn is_domain(word: &str) -> bool {
    // (`www.usbr.gov/lc/hooverdam`: the host before any path)
    let host = word.split('/').next().unwrap_or(word);
    let parts: Vec<&str> = host.split('.').collect();
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

/// Where one or two digits glued to the end of a word start (`Area1` → 4).
fn glued_number(t: &str) -> Option<usize> {
    let digits = t.len() - t.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let cut = t.len() - digits;
    ((1..=2).contains(&digits) && t[..cut].ends_with(|c: char| c.is_alphabetic())).then_some(cut)
}

/// A label at the start of `cell` (`kind` restricts labels followed by a space to one template).
/// (`valued`: the row holds its value in a cell of its own, so digits glued to the label are
/// no value.)
/// `2026 team`, `2025 position`: a row of the current season, labelled by the year and a
/// label of the box's own template.
fn dated_entry(core: &str, kind: Option<&str>) -> Option<&'static lexicon::Entry> {
    let (year, rest) = core.split_once(' ')?;
    // (`2024 estimate` under `GDP (PPP)` dates the rows under it: see
    // `infobox::without_leading_year`)
    if year.len() != 4
        || !year.bytes().all(|b| b.is_ascii_digit())
        || super::infobox::COUNT_WORDS.contains(&rest)
    {
        return None;
    }
    lexicon::get()
        .best(rest, kind)
        .filter(|e| Some(e.kind) == kind && !e.is_group())
}

fn label_at<'a>(
    cell: Cell<'a>,
    kind: Option<&str>,
    table: bool,
    valued: bool,
) -> Option<Label<'a>> {
    let lex = lexicon::get();
    let (text, skip) = match cell.text.strip_prefix("• ") {
        Some(t) => (t, cell.text.len() - t.len()),
        None => (cell.text, 0),
    };
    // (`Stable release(s) [±]`: the link to edit the row's template is no part of it)
    let stripped = text.trim_end_matches(':').trim_end();
    let stripped = stripped.strip_suffix("[±]").map_or(stripped, str::trim_end);
    // `Senior career*`, `Apps†`: a symbol glued to a label is a footnote marker
    let (core, mut symbols) = footnote::strip_symbols(stripped, cell.span.start + skip);
    // `Area1`: a French commune's superscript note number, glued to a known label
    let core = match glued_number(core).filter(|_| valued) {
        Some(cut) if lex.best(core, kind).is_none() && lex.best(&core[..cut], kind).is_some() => {
            let at = cell.span.start + skip + cut;
            symbols.insert(
                0,
                Marker {
                    label: core[cut..].to_owned(),
                    span: Span::new(at, at + core.len() - cut),
                },
            );
            &core[..cut]
        }
        _ => core,
    };
    // a one-word line alone that only one other template uses as a label is more likely an
    // item of a list value (`Action` among a series' genres is no weapon's `Action`); a word
    // many templates use (`Website`) or a header row is a label wherever it stands
    let foreign_word = |e: &lexicon::Entry| {
        !valued
            && !core.contains(' ')
            && !e.is_group()
            && e.kind != "generic"
            && kind.is_some_and(|k| k != e.kind)
            && lex.lookup(core).len() == 1
    };
    if let Some(e) = lex
        .best(core, kind)
        .filter(|e| !(e.is_group() && kind.is_some_and(|k| k != e.kind)))
        .filter(|e| !foreign_word(e))
        .or_else(|| dated_entry(core, kind))
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
    if let Some(l) = season_label(cell, kind) {
        return Some(l);
    }
    let (e, n) = lex.prefix(text, kind)?;
    let n = n + label_qualifier(&text[n..]);
    let rest = &text[n..];
    if !glue_ok(&text[..n], rest) || rest.trim().is_empty() && foreign_word(e) {
        return None;
    }
    let spaced = rest.starts_with(char::is_whitespace) || rest.starts_with(':');
    // `Status quo ante bellum` is no `Status` label: after a space a value starts with a capital,
    // a digit or a symbol, unless the label ends in a function word (`Part of the …`)
    let next_word = rest.trim_start_matches([' ', '\t', ':']);
    let ends_in_function_word = ends_in_function_word(&text[..n]);
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
    // `Urban (2020[2])`: a marker inside the qualifier is a footnote of the value
    let label = footnote::strip(&text[..n], cell.span.start + skip);
    let label_text = match label.markers.is_empty() {
        true => text[..n].to_owned(),
        false => crate::value::text::normalize(&label.text),
    };
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
        markers: label.markers,
    })
}

/// `2024–25⇥Premier League, 1st of 20`, `2024–25Premier League, …`: a club box's row for the
/// current season, labelled by the season, whose value is the league position (Infobox
/// football club's `season` and `position`).
fn season_label<'a>(cell: Cell<'a>, kind: Option<&str>) -> Option<Label<'a>> {
    if kind != Some("sports_team") {
        return None;
    }
    if !cell.text.get(..4).is_some_and(has_year) {
        return None;
    }
    // `2024–25`, `2024-25`, `2024–2025`, or the year alone (a calendar-year league)
    let mut n = 4;
    for dash in ["–", "-", "/"] {
        if let Some(rest) = cell.text[4..].strip_prefix(dash) {
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            if digits == 2 || digits == 4 {
                n = 4 + dash.len() + digits;
            }
            break;
        }
    }
    let rest = &cell.text[n..];
    let value = rest.trim_start();
    // the position names a league: a capital, glued or after a space (or the next cell)
    if !(rest.is_empty() || value.starts_with(char::is_uppercase)) {
        return None;
    }
    let entry = lexicon::get().best("League position", kind)?;
    Some(Label {
        entry: Some(entry),
        text: cell.text[..n].to_owned(),
        span: Span::new(cell.span.start, cell.span.start + n),
        value: if value.is_empty() {
            Vec::new()
        } else {
            vec![Cell {
                text: value,
                span: Span::new(cell.span.end - value.len(), cell.span.end),
            }]
        },
        table: false,
        sub: false,
        markers: Vec::new(),
    })
}

/// `Municipality` alone on its line before a settlement box's first label is the place's type
/// (Infobox settlement's `settlement_type`, printed under its name), not the label of the line
/// below: every subdivision row comes after `Country`.
fn type_line(l: &Label<'_>, kind: Option<&str>) -> bool {
    l.value.is_empty() && kind == Some("settlement") && l.entry.is_some_and(is_subdivision)
}

/// A settlement's subdivision row: between `Country` and `Settled` in the box's display order.
fn is_subdivision(e: &Entry) -> bool {
    let order = |l: &str| lexicon::get().best(l, Some("settlement")).map(|c| c.order);
    let (Some(country), Some(settled)) = (order("Country"), order("Settled")) else {
        return false;
    };
    e.kind == "settlement" && e.order > country && e.order < settled
}

/// A word a settlement box prints as the place's type (`City`, `Municipality`, `Township`).
pub(super) fn is_place_type(t: &str) -> bool {
    super::infobox::TOTAL_TYPES.contains(&t)
        || lexicon::get()
            .best(t, Some("settlement"))
            .is_some_and(is_subdivision)
}

/// `• Mayor` alone on its line (the bullet taken off: `cell`) over `Keith Wilson (D)`: a label
/// of the box's own template, or the word for a settlement's total (`• City`), whose value is
/// the next line when that line is neither a bullet nor a label.
fn sub_label_above_value<'a>(
    cell: Cell<'a>,
    next: Option<&Row<'a>>,
    kind: Option<&str>,
) -> Option<Label<'a>> {
    let lex = lexicon::get();
    let text = cell.text.trim_end();
    let entry = lex
        .best(text, kind)
        .filter(|e| Some(e.kind) == kind && !e.is_group());
    let total = kind == Some("settlement") && super::infobox::TOTAL_TYPES.contains(&text);
    let next = next.filter(|r| !r.table && !r.tabbed && r.cells.len() == 1)?;
    let value = next.cells[0];
    // `• 2024 estimate` / `Decrease 123,740,000`, `• Meiji Constitution` / `29 November
    // 1890`: a country's dated count, or a stage of its founding over its date
    let dated = || {
        is_dated_count(text)
            || founding_stage(text)
                && crate::value::date::whole(footnote::strip(value.text, 0).text.trim()).is_some()
    };
    if entry.is_none() && !total && !dated() {
        return None;
    }
    let value_line = !value.text.trim().is_empty()
        && bullet(value.text).is_none()
        && label_at(value, kind, false, false).is_none();
    value_line.then(|| Label {
        entry,
        text: text.to_owned(),
        span: Span::new(cell.span.start, cell.span.start + text.len()),
        value: vec![value],
        table: false,
        sub: true,
        markers: Vec::new(),
    })
}

/// `L2: 100 million`, `Native: 500 million`: a short qualifier of one or two words, a colon,
/// then the value.
fn colon_qualified(t: &str) -> bool {
    t.split_once(": ").is_some_and(|(q, v)| {
        !v.trim().is_empty()
            && (1..=16).contains(&q.len())
            && q.split(' ').count() <= 2
            && q.chars().all(|c| c.is_alphanumeric() || c == ' ')
    })
}

/// A dated qualifier alone on the line under a label alone on its own (`(2020)[2]` under
/// `Population`): its text without markers, its span, and the markers.
struct QualifierLine {
    text: String,
    span: Span,
    markers: Vec<Marker>,
}

fn qualifier_line(l: &Label<'_>, row: &Row<'_>, next: &Row<'_>) -> Option<QualifierLine> {
    if !l.value.is_empty() || row.cells.len() != 1 || next.cells.len() != 1 || next.table {
        return None;
    }
    let cell = next.cells[0];
    let st = footnote::strip(cell.text, cell.span.start);
    let text = st.text.trim();
    let inner = text.strip_prefix('(')?.strip_suffix(')')?;
    let short = inner.len() <= 24 && !inner.contains(['(', ')']);
    (short && has_year(inner)).then(|| QualifierLine {
        text: text.to_owned(),
        span: cell.span,
        markers: st.markers,
    })
}

/// `• Commune47.87 km2`, `• City522,250`: a settlement's total glued to its word.
fn glued_total<'a>(cell: Cell<'a>, kind: Option<&str>) -> Option<Label<'a>> {
    if kind.is_some_and(|k| k != "settlement") {
        return None;
    }
    let word = super::infobox::TOTAL_TYPES.iter().find(|w| {
        cell.text
            .strip_prefix(**w)
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
    })?;
    Some(split_sub(cell, word.len()))
}

/// A sub-label glued to its value, `cell` cut at byte `cut`: the words before, the value after.
fn split_sub(cell: Cell<'_>, cut: usize) -> Label<'_> {
    let at = cell.span.start + cut;
    Label {
        entry: None,
        text: cell.text[..cut].to_owned(),
        span: Span::new(cell.span.start, at),
        value: vec![Cell {
            text: &cell.text[cut..],
            span: Span::new(at, cell.span.end),
        }],
        table: false,
        sub: true,
        markers: Vec::new(),
    }
}

/// `2024 estimate`, `January 2025 estimate`: the label of a dated count.
fn is_dated_count(t: &str) -> bool {
    super::infobox::without_leading_year(t) != t
}

/// `Meiji Constitution`, `Kingdom of the West Franks`: words that may name a stage of a
/// country's founding (capitalised, a few words, no figures).
fn founding_stage(t: &str) -> bool {
    t.starts_with(|c: char| c.is_uppercase())
        && t.ends_with(|c: char| c.is_alphabetic())
        && (1..=8).contains(&t.split_whitespace().count())
        && !t.contains(|c: char| c.is_ascii_digit())
}

/// `January 2025 estimateNeutral increase 68,606,000`, `2021 census10,343,066`: the dated
/// count a country's `Population` lists, glued to its figure.
fn glued_estimate(cell: Cell<'_>) -> Option<Label<'_>> {
    let t = cell.text;
    let cut = super::infobox::COUNT_WORDS
        .iter()
        .find_map(|w| t.find(w).map(|at| at + w.len()))?;
    let glued = t[cut..].starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
    (glued && is_dated_count(&t[..cut])).then(|| split_sub(cell, cut))
}

/// `Kingdom of the West Franks10 August 843`: words glued to a whole date, the digit right
/// after a letter (text never writes them so), as a country's `Formation` rows print.
fn glued_date(cell: Cell<'_>) -> Option<Label<'_>> {
    let b = cell.text.as_bytes();
    let cut = (1..b.len()).find(|&k| b[k].is_ascii_digit())?;
    let (label, value) = cell.text.split_at(cut);
    // (a year of three or four digits, or a day and month before one)
    let dated = value.len() >= 3
        && crate::value::date::whole(footnote::strip(value, 0).text.trim()).is_some();
    (founding_stage(label) && dated).then(|| split_sub(cell, cut))
}

pub(super) fn classify<'a>(rows: &[Row<'a>], kind: Option<&str>) -> Vec<Item<'a>> {
    let lex = lexicon::get();
    let mut items: Vec<Item<'a>> = Vec::with_capacity(rows.len());
    let mut i = 0;
    // the last label has no value yet, so a following table row holds its values
    let awaiting = |items: &[Item<'_>]| {
        items
            .iter()
            .rev()
            .find(|it| !matches!(it, Item::Blank))
            .is_some_and(|it| match it {
                Item::Label(l) => l.value.is_empty() && !l.entry.is_some_and(Entry::is_group),
                _ => false,
            })
    };
    // both kept up to date as items are pushed (a walk back from each row would be quadratic):
    // a per-side label (`Commanders and leaders`) whose lines have not yet met a tab: the
    // next tab is where side 1's cell ends (`Napoleon` / `Michel Ney⇥Duke of Wellington`), so
    // the words before it are no label
    let mut side_one_open = false;
    // the rows under a per-side label, up to the next label: a tab row among them is where
    // one side's cell ends and the next begins (`FR Yugoslavia⇥1993–1995:` after the lines
    // of side 2), not column headers nor a label
    let mut side_block_open = false;
    // the rows under a label of counts or measures (`Casualties and losses`, `Speakers`), up
    // to the next label: a `Total: 714,231` line among them is theirs
    let mut counts_open = false;
    // whether a label has been pushed yet (see `type_line`)
    let mut labelled = false;
    // a series' previous and next (`← Previous` / `"To'hajiilee"⇥Next →`) were the last row
    // that was no label: the lines under them are the links they print (the next title, the
    // season's and the episode list's), captions up to the next label
    let mut after_nav = false;
    let mut seen = 0;
    while i < rows.len() {
        for it in &items[seen..] {
            labelled |= matches!(it, Item::Label(_));
            after_nav &= !matches!(it, Item::Label(_));
            let side_label = |l: &Label<'_>| l.entry.is_some_and(|e| lexicon::is_side_key(e.key));
            if let Item::Label(l) = it {
                counts_open = side_label(l)
                    || l.entry
                        .is_some_and(|e| e.value_hint() == crate::value::Hint::Quantity);
            }
            (side_one_open, side_block_open) = match it {
                Item::Value { cells, .. } => (side_one_open && cells.len() == 1, side_block_open),
                Item::Label(l) => (l.value.is_empty() && side_label(l), side_label(l)),
                _ => (false, false),
            };
        }
        seen = items.len();
        let row = &rows[i];
        if row.is_blank() || row.separator {
            items.push(Item::Blank);
            i += 1;
            continue;
        }
        let first = row.cells[0];
        // `⇥First party⇥Second party`: a row of column headers (its label cell is empty), not
        // a bullet, nor the sides of a label still waiting for its value
        // (` Nigeria⇥47,616,000 (2020)`: a flag's space before a label, its figure beside it)
        let column_headers = row.tabbed
            && row.indent > 0
            && row.cells.len() >= 2
            && bullet(first.text).is_none()
            && !row.cells[1..]
                .iter()
                .all(|c| c.text.starts_with(|ch: char| ch.is_ascii_digit()))
            && !awaiting(&items)
            && !side_block_open
            && lex.best(first.text, kind).is_none();
        // (`Summer` over `← Beijing 2008⇥Rio 2016 →` names that series)
        let names_series = row.cells.len() == 1
            && first.text.split_whitespace().count() <= 3
            && rows.get(i + 1).is_some_and(|r| is_series_nav(r.text()))
            && lex.prefix(first.text, kind).is_none();
        let nav = is_nav_row(row);
        // (`Thermopylae is located in Greece` / `Thermopylae` / `Location within Greece`: the
        // map's pin is labelled with the place's name)
        // (a copy may print the pin twice, or a `Map` tab's name first: `Map` / `LHR is
        // located in Greater London` / `LHR` / `LHR`)
        let pin = row.cells.len() == 1
            && (i.saturating_sub(3)..i).rev().any(|k| {
                rows[k]
                    .text()
                    .split_once(" is located in ")
                    .is_some_and(|(place, _)| place.trim() == first.text.trim())
                    && (k + 1..i).all(|m| rows[m].text().trim() == first.text.trim())
            });
        let map_tab = row.cells.len() == 1
            && first.text.trim() == "Map"
            && rows.get(i + 1).is_some_and(|r| is_map_caption(r.text()));
        if column_headers
            || pin
            || map_tab
            || is_map_caption(first.text)
            || kind == Some("species") && row.cells.len() == 1 && is_range_map(first.text)
            || row.cells.len() == 1 && names_an_emblem(first.text)
            || is_box_footer(row.text())
            || is_portal_link(rows, i)
            || image_names(&row.cells)
            || is_box_link(row.text())
            || names_series
            || nav
        {
            after_nav |= nav;
            items.push(Item::Caption(row.cells.clone()));
            i += 1;
            continue;
        }
        // a label split over two lines: `Territorial` / `changes`
        if !row.table && row.cells.len() == 1 {
            if let Some(next) = rows.get(i + 1).filter(|r| !r.table && !r.cells.is_empty()) {
                let joined = format!("{} {}", first.text, next.cells[0].text);
                // the second half may be a word that heads a group elsewhere (`Notable` /
                // `commanders⇥William C. Lee`): lowercase, it continues the line above
                let second = next.cells[0].text;
                let continues = lex.best(second, kind).is_none()
                    || second.starts_with(char::is_lowercase) && next.cells.len() > 1;
                if lex.best(&joined, kind).is_some() && continues {
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
                    i += 2;
                    continue;
                }
                // `Territorial` / `changesAnglo-French advance`: the second half glued to
                // its value, as the seed's `Date12 January 1918`
                if let Some((e, n)) = lex
                    .prefix(&joined, kind)
                    .filter(|&(_, n)| {
                        n > first.text.len() + 1 && glue_ok(&joined[..n], &joined[n..])
                    })
                    // (`Capital` / `and largest cityParis`: a lower-case second half
                    // continues a label that is one on its own)
                    .filter(|_| {
                        lex.best(first.text, kind).is_none()
                            || next.cells[0].text.starts_with(char::is_lowercase)
                    })
                {
                    let second = next.cells[0];
                    let cut = n - first.text.len() - 1;
                    let value_text = second.text[cut..].trim_start_matches(':').trim();
                    let label_end = second.span.start + cut;
                    let mut value = Vec::with_capacity(next.cells.len());
                    if !value_text.is_empty() {
                        value.push(Cell {
                            text: value_text,
                            span: Span::new(second.span.end - value_text.len(), second.span.end),
                        });
                    }
                    value.extend(next.cells[1..].iter().copied());
                    items.push(Item::Label(Label {
                        entry: Some(e),
                        text: joined[..n].to_owned(),
                        span: Span::new(first.span.start, label_end),
                        value,
                        table: false,
                        sub: false,
                        markers: Vec::new(),
                    }));
                    i += 2;
                    continue;
                }
            }
        }
        let is_bullet = bullet(first.text).filter(|_| !row.table);
        // side 1's last line before the tab (`Total: 620,000⇥434,000`) is no label of
        // another template, nor a label holding a value of its own
        let side_line = |l: &Label<'_>| {
            row.tabbed
                && (!l.value.is_empty() || l.entry.is_none_or(|e| Some(e.kind) != kind))
                && side_one_open
        };
        // `Total: 600 million` under `Native: 500 million` / `L2: 100 million`, `Total:
        // 714,231 casualties` under a battle's losses: the next of a value's lines, not another
        // template's one-word label
        let qualified_line = |l: &Label<'_>| {
            let foreign = l
                .entry
                .is_some_and(|e| e.kind != "generic" && kind.is_some_and(|k| k != e.kind));
            let after_qualified = || {
                matches!(
                    items.iter().rev().find(|it| !matches!(it, Item::Blank)),
                    Some(Item::Value { cells, .. }) if colon_qualified(cells[0].text)
                )
            };
            foreign
                && !l.text.contains(' ')
                && colon_qualified(first.text)
                && (counts_open || after_qualified())
        };
        // `| • Metro | 13,452 km2 |`: a table row's bullet is a sub-label's, as on a line
        let table_sub = row.table && first.text.starts_with("• ");
        if is_bullet.is_none() {
            if let Some(mut l) = label_at(first, kind, row.table, row.cells.len() > 1)
                .filter(|l| !side_line(l) && !qualified_line(l))
            {
                l.sub |= table_sub;
                if !labelled && row.cells.len() == 1 && type_line(&l, kind) {
                    items.push(Item::Caption(row.cells.clone()));
                    i += 1;
                    continue;
                }
                // `Population` / `(2020)[2]`: the label's dated qualifier on the line below
                if let Some(q) = rows
                    .get(i + 1)
                    .and_then(|next| qualifier_line(&l, row, next))
                {
                    l.text = format!("{} {}", l.text, q.text);
                    l.span = l.span.join(q.span);
                    l.markers.extend(q.markers);
                    items.push(Item::Label(l));
                    i += 2;
                    continue;
                }
                l.value.extend(row.cells[1..].iter().copied());
                let next = code_pair(&mut l, kind);
                items.push(Item::Label(l));
                items.extend(next.map(Item::Label));
                i += 1;
                continue;
            }
            // an unknown label in a two-column table: `Label | value |`, `References: |`,
            // `Label⇥value` (a browser copy)
            // (`SATCAT no.⇥`, its values on the lines below: an abbreviation's full stop
            // does not make it a sentence)
            let open_label = row.open
                && looks_like_label(first.text.trim_end_matches('.'))
                && first.text.split_whitespace().count() <= 3;
            if ((row.table || row.tabbed)
                && (row.cells.len() >= 2 || first.text.ends_with(':'))
                && looks_like_label(first.text)
                || open_label)
                && !awaiting(&items)
                && !(row.tabbed && side_one_open)
                // (under a per-side label, up to the next known label, a tab row is where
                // one side's cell ends and the next begins, whatever its words: `Mohammed
                // bin Salman⇥Aidarus al-Zoubaidi`, side 2's last name and side 3's first)
                && !(row.tabbed && side_block_open)
            {
                let (text, skip) = match first.text.strip_prefix("• ") {
                    Some(t) => (t, first.text.len() - t.len()),
                    None => (first.text, 0),
                };
                let (text, markers) = footnote::strip_symbols(
                    text.trim_end_matches(':').trim_end(),
                    first.span.start + skip,
                );
                items.push(Item::Label(Label {
                    entry: None,
                    text: text.to_owned(),
                    span: first.span,
                    value: row.cells[1..].to_vec(),
                    table: row.table,
                    sub: table_sub,
                    markers,
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
            let sub = label_at(cells[0], kind, false, cells.len() > 1).map(|mut l| {
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
            // `• Commune47.87 km2`: the word a settlement box prints for its total (see
            // `TOTAL_TYPES`), glued to the figure
            if let Some(mut l) = glued_total(cells[0], kind) {
                l.value.extend(cells[1..].iter().copied());
                items.push(Item::Label(l));
                i += 1;
                continue;
            }
            // `• Kingdom of France987`: a stage of a country's founding glued to its date;
            // `• January 2025 estimateNeutral increase 68,606,000`: a dated count glued to
            // its figure
            let glued = glued_estimate(cells[0]).or_else(|| glued_date(cells[0]));
            if let Some(l) = glued.filter(|_| cells.len() == 1) {
                items.push(Item::Label(l));
                i += 1;
                continue;
            }
            // `• Mayor` / `Keith Wilson (D)`: a sub-label of the box's template alone on its
            // line, its value on the line below (a copy that puts every cell on a line)
            let alone = cells.len() == 1;
            if let Some(l) =
                sub_label_above_value(cells[0], rows.get(i + 1), kind).filter(|_| alone)
            {
                items.push(Item::Label(l));
                i += 2;
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
        if after_nav {
            items.push(Item::Caption(cells));
        } else {
            items.push(Item::Value {
                cells,
                table: row.table,
                wide: row.wide,
                bullet: depth,
            });
        }
        i += 1;
    }
    items
}

/// `← Beijing 2008⇥Rio 2016 →`, `"To'hajiilee"⇥Next →`: a row of a series' previous and
/// next, whichever cell holds the arrow.
fn is_nav_row(row: &Row<'_>) -> bool {
    is_series_nav(row.text())
        || row.cells.len() > 1 && row.cells.last().is_some_and(|c| is_series_nav(c.text))
}

/// The first cell of a `• Sub-label⇥value` row: short words, possibly opening with a year
/// (`2024 estimate`), but not itself a value.
fn is_sub_label(t: &str) -> bool {
    t.len() <= 40
        && t.chars().any(char::is_alphabetic)
        && crate::value::quantity::whole(t).is_none()
        && crate::value::date::whole(t).is_none()
}

/// `Part of`, `Single by`: a label whose last word is a lower-case function word, so its
/// value may follow after a space and start in lower case.
pub(super) fn ends_in_function_word(label: &str) -> bool {
    // (`Capital and largest city` ends in a lower-case noun: its value starts anew)
    label
        .rsplit(' ')
        .next()
        .is_some_and(|w| FUNCTION_WORDS.contains(&w))
}

/// The lower-case words of English (and a few of names: `de`, `von`) that link the words of a
/// label or a name rather than name something.
pub(super) const FUNCTION_WORDS: &[&str] = &[
    "of", "the", "a", "an", "and", "or", "in", "on", "at", "by", "for", "to", "from", "with",
    "after", "as", "into", "under", "near", "about", "since", "until", "via", "upon", "de", "la",
    "le", "du", "del", "des", "von", "van", "der", "y", "et",
];

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
            if let Some((_, n)) = lex
                .prefix(text, None)
                .filter(|(_, n)| glue_ok(&text[..*n], &text[*n..]))
            {
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

/// Links a box prints among its rows, caption rows wherever they stand (they end nothing):
/// the previous and next of a series ([`is_series_nav`]), a club's `Current season`, a
/// league's `Current: 2025–26 Premier League`, a player's `Stats at NBA.com`.
pub(super) fn is_box_link(t: &str) -> bool {
    let t = t.trim();
    is_series_nav(t)
        || t == "Current season"
        // a league's `Current: 2025–26 Premier League`
        || t.starts_with("Current: ") && t.split_whitespace().count() <= 8
        || t.starts_with("Stats at ") && t.split_whitespace().count() <= 5
}

/// `← Beijing 2008⇥Rio 2016 →`, `← 2017⇥12 December 2019⇥Next →`: the links to the previous
/// and next of a series.
fn is_series_nav(t: &str) -> bool {
    let t = t.trim();
    t.len() <= 120 && (t.starts_with('←') || t.ends_with('→'))
}

/// `Flag | Seal`, `Flag⇥Coat of arms`: the names a place's box prints under its images, one
/// a cell: a caption row, not a label and its value.
fn image_names(cells: &[Cell<'_>]) -> bool {
    // (two at least: one word alone may head a group, `Insignia`)
    let named: Vec<&str> = cells
        .iter()
        .map(|c| c.text.trim())
        .filter(|t| !t.is_empty())
        .collect();
    named.len() >= 2 && named.iter().all(|t| IMAGE_NAMES.contains(t))
}

/// `Government Seal of Japan`, `Great Seal of the United States`: the caption of a place's
/// emblem, one or two words before the image's name (a label may open it: `Government`).
pub(super) fn names_an_emblem(t: &str) -> bool {
    names_image_after(t, 1)
}

/// `Flag of Estonia`, `Imperial Seal of Japan`: an image's name with at most two words
/// before it and at least `min_words`, then ` of `.
pub(super) fn names_image_after(t: &str, min_words: usize) -> bool {
    t.match_indices(" of ").any(|(at, _)| {
        IMAGE_NAMES.iter().any(|n| {
            t[..at].strip_suffix(n).is_some_and(|before| match before {
                "" => min_words == 0,
                _ => before.strip_suffix(' ').is_some_and(|b| {
                    (min_words..=2).contains(&b.split(' ').count())
                        && b.starts_with(char::is_uppercase)
                }),
            })
        })
    })
}

/// What a place's box prints under its images.
pub(super) const IMAGE_NAMES: &[&str] = &[
    "Flag",
    "Seal",
    "Coat of arms",
    "Emblem",
    "Logo",
    "Wordmark",
    "Crest",
    "Banner",
    "Official seal",
    "Official logo",
];

/// A caption that is only image names (`Flag Seal`, the cells of such a row joined): it
/// captions no image in particular.
pub(super) fn only_image_names(t: &str) -> bool {
    let mut rest = t.trim();
    let mut names = 0;
    while !rest.is_empty() {
        let Some(n) = IMAGE_NAMES
            .iter()
            .filter(|n| {
                rest.strip_prefix(**n)
                    .is_some_and(|r| r.is_empty() || r.starts_with(char::is_whitespace))
            })
            .map(|n| n.len())
            .max()
        else {
            return false;
        };
        rest = rest[n..].trim_start();
        names += 1;
    }
    names >= 2
}

/// `IATA: LHR ICAO: EGLL`: two codes on one line, the second's label an upper-case label of
/// the box's template inside the first's value. Cuts the first value before it and returns
/// the second label with its value.
fn code_pair<'a>(l: &mut Label<'a>, kind: Option<&str>) -> Option<Label<'a>> {
    let [cell] = l.value.as_slice() else {
        return None;
    };
    let cell = *cell;
    let lex = lexicon::get();
    // each `: ` once, the word before it looked at (linear in the cell)
    let (at, word) = cell.text.match_indices(": ").find_map(|(colon, _)| {
        let before = &cell.text[..colon];
        let k = before.rfind(' ')?;
        let word = &before[k + 1..];
        let code = (2..=6).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase());
        code.then_some((k, word))
    })?;
    let entry = lex.best(word, kind).filter(|e| Some(e.kind) == kind)?;
    let head = cell.text[..at].trim_end();
    let value = cell.text[at + 1 + word.len() + 2..].trim_start();
    if head.is_empty() || value.is_empty() {
        return None;
    }
    let label_start = cell.span.start + at + 1;
    l.value = vec![Cell {
        text: head,
        span: Span::new(cell.span.start, cell.span.start + head.len()),
    }];
    Some(Label {
        entry: Some(entry),
        text: word.to_owned(),
        span: Span::new(label_start, label_start + word.len()),
        value: vec![Cell {
            text: value,
            span: Span::new(cell.span.end - value.len(), cell.span.end),
        }],
        table: l.table,
        sub: false,
        markers: Vec::new(),
    })
}

/// A species box's range map caption: `Red fox range`, `Range of the red fox`,
/// `Distribution of Vulpes vulpes` (a few words, no figure).
fn is_range_map(t: &str) -> bool {
    let t = t.trim();
    let words = t.split_whitespace().count();
    let last = t.rsplit(' ').next().unwrap_or("");
    (2..=6).contains(&words)
        && !t.contains([':', '('])
        && !t.bytes().any(|b| b.is_ascii_digit())
        && (matches!(last, "range" | "distribution" | "map")
            || t.starts_with("Range of ")
            || t.starts_with("Distribution of "))
}

/// Lines that caption the box image or map rather than being a field.
pub(super) fn is_map_caption(t: &str) -> bool {
    t.starts_with("Location within ")
        || t.starts_with("Location of ")
        || t.starts_with("Location in ") && t.split_whitespace().count() <= 8
        // (`Map of the United States with California highlighted`)
        || t.starts_with("Map of ") && t.split_whitespace().count() <= 16
        // the caption of a page's interactive (Kartographer) map
        || t.starts_with("Interactive map of ")
        || t == "Interactive map"
        || t.contains(" is located in ")
        || t.starts_with("Shown within ")
        // an element box's periodic-table strip
        || t.ends_with(" in the periodic table") && t.split_whitespace().count() <= 8
        || is_map_legend(t)
}

/// `Presidential election results map. Red denotes states won by…`: a map's legend, whose
/// first sentence is a few words naming the map. It may read as prose after that, but it is
/// the box's.
pub(super) fn is_map_legend(t: &str) -> bool {
    let t = t.trim();
    let first = t.split_once(". ").map_or(t, |(a, _)| a);
    let first = first.trim_end_matches('.');
    first.split_whitespace().count() <= 8
        && first
            .rsplit(' ')
            .next()
            .is_some_and(|w| w == "map" || w == "Map")
        && first.contains(' ')
}

/// The lines a chemical or drug box prints at its foot: the standard-state note and the
/// verification links. They are the box's (captions), not the lead's first paragraph.
pub(super) fn is_box_footer(t: &str) -> bool {
    let t = t.trim();
    t.starts_with("Except where otherwise noted, data are given for materials in their")
        || t.contains("verify (what is")
        || t.contains("(what is this?)")
        || t.eq_ignore_ascii_case("Infobox references")
        // a treaty's link to its text (`Treaty of Versailles at Wikisource`)
        || t.ends_with(" at Wikisource")
}

/// `London transport portal`, `Trains portal`: the portal link at a box's foot, when a blank
/// line follows it (`Web portal` one a line under `Type` is a value: the next label follows).
pub(super) fn is_portal_link(rows: &[Row<'_>], i: usize) -> bool {
    let t = rows[i].text().trim();
    rows[i].cells.len() == 1
        && t.ends_with(" portal")
        && (2..=4).contains(&t.split_whitespace().count())
        && t.starts_with(char::is_uppercase)
        && rows.get(i + 1).is_none_or(Row::is_blank)
}

/// Rows before a block label (`In office`) that name the office: `Member of the` /
/// `Illinois House of Representatives` / `from Sangamon County`.
pub(super) fn block_headers(items: &[Item<'_>]) -> Vec<Option<usize>> {
    let mut starts = vec![None; items.len()];
    for (i, item) in items.iter().enumerate() {
        let Item::Label(l) = item else { continue };
        // `In office` alone on its line, or with its term beside it (a pipe table's `In
        // office 22 November 2005 – 8 December 2021 |`); a monarch's `Reign⇥1760 – 1820`
        // under the title reigned (`King of Great Britain and Ireland`)
        let opens = (l.entry.is_some_and(Entry::is_block) && (l.value.is_empty() || l.table))
            || l.entry.is_some_and(|e| e.key == "reign");
        if !opens {
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
            // `Succeeded by` / `Anthony Eden` / `In office`: a value under a label still waiting
            // for it is that label's, not the next office's title
            let owned = j >= 2
                && matches!(&items[j - 2], Item::Label(l)
                    if l.value.is_empty() && !l.entry.is_some_and(|e| e.is_group() || e.is_block()));
            if owned {
                break;
            }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_emblems_caption_names_it() {
        assert!(names_an_emblem("Government Seal of Japan"));
        assert!(names_an_emblem("Great Seal of the United States"));
        assert!(names_an_emblem("National Emblem of India"));
        assert!(!names_an_emblem("Seal of Japan"));
        assert!(!names_an_emblem("Home of the Flag of Texas Museum"));
        assert!(!names_an_emblem("the Seal of Japan"));
    }

    #[test]
    fn a_countrys_glued_values_start_after_their_label() {
        assert!(glued_start("Calling code", "+33"));
        assert!(glued_start("Internet TLD", ".fr"));
        assert!(glued_start("Driving side", "right"));
        assert!(glued_start("Date format", "dd/mm/yyyy (AD)"));
        // a plural, a word going on, a point no domain follows
        assert!(!glued_start("Area code", "s213"));
        assert!(!glued_start("Time zone", "s"));
        assert!(!glued_start("Driving side", "rightly"));
        assert!(!glued_start("Website", ".then"));
    }

    #[test]
    fn a_dated_row_glued_to_its_figure_splits_at_the_date() {
        let cell = |text| Cell {
            text,
            span: Span::new(0, text.len()),
        };
        let split = |text| {
            glued_estimate(cell(text))
                .or_else(|| glued_date(cell(text)))
                .map(|l| (l.text, l.value[0].text))
        };
        assert_eq!(
            split("Kingdom of the West Franks10 August 843"),
            Some(("Kingdom of the West Franks".into(), "10 August 843"))
        );
        assert_eq!(
            split("Kingdom of France987"),
            Some(("Kingdom of France".into(), "987"))
        );
        assert_eq!(
            split("January 2025 estimateNeutral increase 68,606,000"),
            Some((
                "January 2025 estimate".into(),
                "Neutral increase 68,606,000"
            ))
        );
        assert_eq!(
            split("2021 census10,343,066"),
            Some(("2021 census".into(), "10,343,066"))
        );
        // no date after the words, or words that are no label
        assert_eq!(split("Metro3,500,000"), None);
        assert_eq!(split("Population estimate of the city"), None);
        assert_eq!(split("Boeing 747"), None);
    }

    #[test]
    fn a_dated_qualifier_belongs_to_the_label() {
        // alone in its cell, or glued to the number after it
        assert_eq!(label_qualifier(" (2020)[2]"), " (2020)".len());
        assert_eq!(label_qualifier(" (2020[2])1,141.4 km2"), " (2020[2])".len());
        assert_eq!(
            label_qualifier(" (Jan. 2021)[5]2,308,818"),
            " (Jan. 2021)".len()
        );
        // not a year, or a space before the value: the value's own brackets
        assert_eq!(label_qualifier(" (est.)30,000"), 0);
        // a qualifier in words glued to a figure
        assert_eq!(label_qualifier(" (sidereal)11.862 yr"), " (sidereal)".len());
        assert_eq!(label_qualifier(" (sidereal) 11.862 yr"), 0);
        assert_eq!(label_qualifier(" (2020) 1,141.4 km2"), 0);
        assert_eq!(label_qualifier(" (1809-02-12) February 12, 1809"), 0);
    }

    #[test]
    fn years_are_four_digits_alone() {
        assert!(has_year("2020[2]"));
        assert!(has_year("Jan. 2021"));
        assert!(has_year("1066"));
        assert!(!has_year("12345"));
        assert!(!has_year("3000"));
        assert!(!has_year("est."));
        assert_eq!(leading_markers("[2][a]1,141"), 6);
        assert_eq!(leading_markers("[sic]1"), 0);
    }

    #[test]
    fn a_label_ending_in_a_digit_takes_any_letter_glued_to_it() {
        assert!(glued_start("ISO 639-1", "es"));
        assert!(glued_start("Pronunciation", "/ˈdʒuːpɪtər/"));
        assert!(glued_start("Website", "mit.edu"));
        assert!(glued_start("Cartridge", ".30-06 Springfield"));
        assert!(!glued_start("Cartridge", ". Springfield"));
        assert!(!glued_start("Status", "quo ante bellum"));
        assert!(!glued_start("Type", "writer"));
        assert!(glue_ok("Type", " writer"));
    }

    #[test]
    fn a_value_in_another_script_or_a_sign_starts_after_its_label() {
        assert!(glued_start("Crystal system", "α-quartz: trigonal"));
        assert!(glued_start("Cleavage", "{0110} Indistinct"));
        assert!(glued_start("Redshift", "−0.001001"));
        assert!(!glued_start("Unit cell", "a = 4.9133 Å"));
        // (Latin letters with accents are no other script)
        assert!(!glued_start("Name", "é"));
        assert!(glued_start("Collection size", "c. 8 million objects"));
        assert!(glued_start("Website", "www.usbr.gov/lc/hooverdam"));
        // a label's word that opens a domain is the domain's
        assert!(!glued_start("premier", "league.com"));
    }

    #[test]
    fn a_flags_space_before_a_label_makes_no_column_headers() {
        let rows = rows_of("Regions with significant populations\n Nigeria\t47,616,000 (2020)\n\tFirst party\tSecond party\n");
        let items = classify(&rows, Some("ethnic_group"));
        assert!(
            matches!(&items[1], Item::Label(l) if l.text.trim() == "Nigeria"),
            "{:?}",
            items[1]
        );
        assert!(matches!(&items[2], Item::Caption(_)), "{:?}", items[2]);
    }

    #[test]
    fn a_seasons_row_is_labelled_by_its_year() {
        let key = |t: &str, kind: &str| dated_entry(t, Some(kind)).map(|e| e.key);
        assert_eq!(key("2026 team", "racing_driver"), Some("team"));
        assert_eq!(key("2025 position", "racing_driver"), Some("position"));
        // only the box's own labels, and not a count's year
        assert_eq!(key("2026 team", "country"), None);
        assert_eq!(key("2024 estimate", "country"), None);
        assert_eq!(key("Team 2026", "racing_driver"), None);
    }

    #[test]
    fn an_acronym_label_does_not_cut_a_longer_acronym() {
        assert!(!glued_start("OS", "I"));
        assert!(!glued_start("OS", "IX"));
        assert!(glued_start("OS", "Linux"));
        assert!(glued_start("ISBN", "978-0-14"));
        assert!(glued_start("Country", "USA"));
    }

    #[test]
    fn series_links_are_captions() {
        assert!(is_box_link("Current season"));
        assert!(is_box_link("Stats at NBA.com"));
        assert!(is_series_nav("← Beijing 2008\tRio 2016 →"));
        assert!(is_series_nav("← 2017\t12 December 2019\tNext →"));
        assert!(!is_series_nav("Beijing 2008"));
    }

    fn rows_of(text: &str) -> Vec<Row<'_>> {
        let lines = super::super::lines::split(text);
        super::super::lines::rows(&lines)
    }

    #[test]
    fn a_series_row_has_its_arrow_in_any_cell() {
        let rows = rows_of("\"To'hajiilee\"\tNext →\n\"Granite State\"\n");
        assert!(is_nav_row(&rows[0]));
        assert!(!is_nav_row(&rows[1]));
        // (an arrow inside a one-cell value is no row of links)
        let rows = rows_of("Increase → 5\tmore\n");
        assert!(!is_nav_row(&rows[0]));
    }

    #[test]
    fn a_portal_link_ends_the_box_before_a_blank_line() {
        let rows =
            rows_of("WGS84\t51°31′56″N\nLondon transport portal\n\nKing's Cross is a station.\n");
        assert!(is_portal_link(&rows, 1));
        let rows = rows_of("Type\nWeb portal\nWebsite\nexample.org\n");
        assert!(!is_portal_link(&rows, 1));
    }

    #[test]
    fn image_names_caption_no_image() {
        assert!(only_image_names("Flag Seal"));
        assert!(only_image_names("Flag Coat of arms"));
        assert!(!only_image_names("Flag"));
        assert!(!only_image_names("Flag of Portugal"));
        assert!(!only_image_names("Skyline of Shinjuku at night"));
    }

    #[test]
    fn a_label_ending_in_a_function_word_reads_on() {
        assert!(ends_in_function_word("Part of"));
        assert!(ends_in_function_word("Succeeded by"));
        assert!(!ends_in_function_word("Capital and largest city"));
        assert!(!ends_in_function_word("Status"));
    }

    #[test]
    fn qualified_lines_share_their_shape() {
        assert!(colon_qualified("L2: 100 million (2024)[2]"));
        assert!(colon_qualified("Total: 600 million"));
        assert!(colon_qualified("Native speakers: 5"));
        assert!(!colon_qualified("Total:"));
        assert!(!colon_qualified(
            "Coordinates are given in degrees, minutes: 5"
        ));
        assert!(!colon_qualified("Born 1900"));
    }

    #[test]
    fn a_club_season_row_is_the_league_position() {
        let cell = |t: &'static str| Cell {
            text: t,
            span: Span::new(0, t.len()),
        };
        let Some(l) = season_label(
            cell("2024–25Premier League, 1st of 20"),
            Some("sports_team"),
        ) else {
            panic!("no season row");
        };
        assert_eq!(l.text, "2024–25");
        assert_eq!(l.entry.map(|e| e.key), Some("position"));
        assert_eq!(l.value[0].text, "Premier League, 1st of 20");
        assert!(season_label(cell("2024"), Some("sports_team")).is_some());
        // only in a club's box, and before a league's name
        assert!(season_label(cell("2024–25Premier League"), Some("settlement")).is_none());
        assert!(season_label(cell("2024 was a good year"), Some("sports_team")).is_none());
        assert!(season_label(cell("12,000"), Some("sports_team")).is_none());
    }

    #[test]
    fn a_total_glued_to_its_word() {
        let text = "Commune47.87 km2";
        let cell = Cell {
            text,
            span: Span::new(10, 10 + text.len()),
        };
        let Some(l) = glued_total(cell, Some("settlement")) else {
            panic!("no glued total");
        };
        assert_eq!(l.text, "Commune");
        assert_eq!(l.span, Span::new(10, 17));
        assert_eq!(l.value[0].text, "47.87 km2");
        assert_eq!(l.value[0].span, Span::new(17, 26));
        let of = Cell {
            text: "Commune of Lyon",
            span: Span::new(0, 15),
        };
        assert!(glued_total(of, Some("settlement")).is_none());
        // another template's box has no place word for its total
        assert!(glued_total(cell, Some("person")).is_none());
    }
}

#[cfg(test)]
mod type_lines {
    use super::*;

    fn labels(text: &str) -> Vec<String> {
        let lines = super::super::lines::split(text);
        let rows = super::super::lines::rows(&lines);
        classify(&rows, Some("settlement"))
            .into_iter()
            .filter_map(|it| match it {
                Item::Label(l) => Some(l.text),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_subdivision_word_before_the_first_label_is_the_type() {
        let text = "Municipality\nDowntown\nCountry\tUnited States\nMunicipality\tLane County\n";
        assert_eq!(labels(text), ["Country", "Municipality"]);
        // a label with its value on the row is a label wherever it stands
        assert_eq!(
            labels("Municipality\tLane\nCountry\tUnited States\n"),
            ["Municipality", "Country"]
        );
    }
    #[test]
    fn sub_labels_and_qualifiers_over_their_values() {
        let text = "Country\nUnited States\nGovernment\n • Mayor\nKeith Wilson (D)\n\
                    Population\n(2020)[2]\n • City\n652,503\n • Rank\nUS: 26th\n";
        assert_eq!(
            labels(text),
            [
                "Country",
                "Government",
                "Mayor",
                "Population (2020)",
                "City",
                "Rank"
            ]
        );
        // a bullet list is no sub-label: `• Mayor` over another bullet stays a line
        assert_eq!(
            labels("Country\nUS\n • Mayor\n • Keith Wilson\n"),
            ["Country"]
        );
    }
}
