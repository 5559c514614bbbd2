//! Lines and rows: the rendered dialect's tokens.
//!
//! The input is cut into lines (LF, CRLF or CR) with byte spans; a hard-wrapped paragraph (a
//! text browser's dump) is joined back into one line. A line that belongs to a flattened pipe
//! table (`Label | value |`, `| X | ||||`, `|---|---|`) becomes a row of cells, as does a line
//! whose cells are separated by tabs (a browser's copy) or by runs of spaces (a text browser's
//! dump); any other line is a row of one cell. Later stages see rows only, so every table
//! flattening and plain lines share one infobox assembler.

use crate::span::Span;

/// One input line without its terminator.
#[derive(Debug, Clone, Copy)]
pub struct Line<'a> {
    /// The text, terminator excluded.
    pub text: &'a str,
    /// Byte offset of the first byte.
    pub start: usize,
}

impl Line<'_> {
    /// The line's span.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.start + self.text.len())
    }
}

/// Split into lines on `\n`, `\r\n` or `\r`, skipping a leading BOM.
pub fn split(input: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let bytes = input.as_bytes();
    let mut start = if input.starts_with('\u{FEFF}') { 3 } else { 0 };
    let mut at = start;
    while let Some(rel) = memchr::memchr2(b'\n', b'\r', &bytes[at..]) {
        let end = at + rel;
        out.push(Line {
            text: &input[start..end],
            start,
        });
        start = if bytes[end] == b'\r' && bytes.get(end + 1) == Some(&b'\n') {
            end + 2
        } else {
            end + 1
        };
        at = start;
    }
    if start < input.len() {
        out.push(Line {
            text: &input[start..],
            start,
        });
    }
    out
}

/// Join the lines of hard-wrapped paragraphs (a text browser's dump, `fmt`) into one line each.
///
/// A page is hard-wrapped when no line of prose is longer than a terminal's width and some
/// long lines run on into the next; a long line's next line then continues its paragraph,
/// unless it is blank, indented, a list item, or a row of columns. The joined line spans
/// both lines, line break included (normalising turns it into a space), so spans still
/// point at the input. A page copied from a browser keeps a paragraph on one line and is
/// left as it is.
pub fn unwrap<'a>(input: &'a str, lines: Vec<Line<'a>>) -> Vec<Line<'a>> {
    /// Wider than any terminal's wrap (80 columns), narrower than a paragraph on one line.
    const MAX_WRAPPED: usize = 100;
    let plain = |l: &Line<'_>| {
        let body = l.text.trim_start_matches(' ');
        l.text.len() - body.len() < 3
            && !body.contains(['\t', '|'])
            && !body.trim_end().contains(SPACED)
            && !body.starts_with(['•', '*', '-', '#', '^'])
            && !body.starts_with(|c: char| c.is_ascii_digit() && body.contains(". "))
    };
    let width = |l: &Line<'_>| l.text.trim_end().chars().count();
    let mut widest = 0;
    for l in &lines {
        let w = width(l);
        // (a long unbroken word, a URL, passes any wrap)
        if w > MAX_WRAPPED && l.text.trim().contains(' ') {
            return lines;
        }
        if plain(l) {
            widest = widest.max(w);
        }
    }
    let joint = |a: &Line<'_>, b: &Line<'_>| {
        widest >= 60 && width(a) + 25 >= widest && plain(a) && plain(b) && !b.text.trim().is_empty()
    };
    if lines
        .windows(2)
        .filter(|w| joint(&w[0], &w[1]))
        .take(2)
        .count()
        < 2
    {
        return lines;
    }
    let mut out: Vec<Line<'a>> = Vec::with_capacity(lines.len());
    let mut run_on = false;
    for (i, l) in lines.iter().enumerate() {
        match out.last_mut().filter(|_| run_on) {
            Some(last) => {
                let end = l.start + l.text.len();
                last.text = &input[last.start..end];
            }
            None => out.push(*l),
        }
        run_on = lines.get(i + 1).is_some_and(|next| joint(l, next));
    }
    out
}

/// A cell: a trimmed slice of a line with its span.
#[derive(Debug, Clone, Copy)]
pub struct Cell<'a> {
    /// The cell text, trimmed of spaces.
    pub text: &'a str,
    /// Its bytes.
    pub span: Span,
}

/// A row: one plain line, or one line of a flattened table split into cells.
#[derive(Debug, Clone)]
pub struct Row<'a> {
    /// Index of the line.
    pub line: usize,
    /// Non-empty cells (a plain line has at most one).
    pub cells: Vec<Cell<'a>>,
    /// The line is part of a pipe table.
    pub table: bool,
    /// A `|---|---|` separator line.
    pub separator: bool,
    /// A pipe-table row of one cell and then empty ones (`Civilians killed: 2–3 million | |||`):
    /// a cell that spans the table's columns, where a column's own cell ends at its `|`.
    pub wide: bool,
    /// A plain line whose cells are separated by tabs (`Date⇥12 May 1918`, `Side A⇥Side B`),
    /// as a browser copies a table, or by runs of spaces, as a text browser dumps one.
    pub tabbed: bool,
    /// A plain line ending in a tab (`COSPAR ID⇥`): a browser's copy of a label whose value
    /// cell is empty because its values follow on the next lines.
    pub open: bool,
    /// The whole line.
    pub span: Span,
    /// Leading spaces and tabs (bullets nest by indentation).
    pub indent: usize,
    /// A Markdown heading (`## History`): its level; the cell holds the text after the `#`s.
    pub heading: Option<u8>,
}

impl Row<'_> {
    /// No visible content.
    pub fn is_blank(&self) -> bool {
        self.cells.is_empty() && !self.separator
    }

    /// The single cell's text (or the first cell's), empty for blank rows.
    pub fn text(&self) -> &str {
        self.cells.first().map_or("", |c| c.text)
    }
}

fn trim_cell<'a>(line: &Line<'a>, from: usize, to: usize) -> Option<Cell<'a>> {
    let raw = &line.text[from..to];
    let mut lead = raw.len() - raw.trim_start().len();
    let mut t = raw.trim();
    // Markdown emphasis around a whole cell (`**Date**`) is presentation, not text
    for mark in ["**", "__"] {
        if let Some(inner) = t.strip_prefix(mark).and_then(|x| x.strip_suffix(mark)) {
            // (`__ __` is no emphasis: nothing inside it)
            if !inner.trim().is_empty() && !inner.contains(mark) {
                lead += mark.len() + (inner.len() - inner.trim_start().len());
                t = inner.trim();
            }
        }
    }
    (!t.is_empty()).then(|| Cell {
        text: t,
        span: Span::new(line.start + from + lead, line.start + from + lead + t.len()),
    })
}

/// The non-empty cells of a line cut at every `sep`.
fn split_cells<'a>(line: &Line<'a>, sep: char) -> Vec<Cell<'a>> {
    let mut cells = Vec::new();
    let mut from = 0;
    for (pos, _) in line.text.match_indices(sep) {
        cells.extend(trim_cell(line, from, pos));
        from = pos + 1;
    }
    cells.extend(trim_cell(line, from, line.text.len()));
    cells
}

/// The non-empty cells of a line cut at every run of three or more spaces: a text browser's
/// dump of a table (`w3m -dump`, `lynx -dump`) pads its columns with spaces.
fn split_spaced<'a>(line: &Line<'a>) -> Vec<Cell<'a>> {
    let mut cells = Vec::new();
    let mut from = 0;
    let mut at = 0;
    while let Some(rel) = line.text[at..].find(SPACED) {
        let pos = at + rel;
        let end = pos + line.text[pos..].len() - line.text[pos..].trim_start_matches(' ').len();
        cells.extend(trim_cell(line, from, pos));
        from = end;
        at = end;
    }
    cells.extend(trim_cell(line, from, line.text.len()));
    cells
}

/// The gap between columns of a text browser's dump.
const SPACED: &str = "   ";

/// `|---|---|` or `---|---|`.
fn is_separator(t: &str) -> bool {
    t.contains("---") && t.contains('|') && t.chars().all(|c| matches!(c, '-' | '|' | ':' | ' '))
}

/// Whether a line looks like a row of a flattened pipe table.
fn is_table_line(t: &str) -> bool {
    let t = t.trim_end();
    if t.is_empty() || !t.contains('|') {
        return false;
    }
    is_separator(t) || t.ends_with('|') || t.starts_with('|') || t.contains("||")
}

/// How many `|` end a line, spaces between them allowed.
fn trailing_pipes(t: &str) -> usize {
    t.bytes()
        .rev()
        .take_while(|&b| b == b'|' || b == b' ')
        .filter(|&b| b == b'|')
        .count()
}

/// Build rows from lines; a table region is a run of table lines (blank lines end it).
pub fn rows<'a>(lines: &[Line<'a>]) -> Vec<Row<'a>> {
    lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            let indent = line.text.len() - line.text.trim_start_matches([' ', '\t']).len();
            let hashes = line.text.bytes().take_while(|&b| b == b'#').count();
            let heading = ((1..=6).contains(&hashes)
                && line.text[hashes..].starts_with(' ')
                && !line.text[hashes..].trim().is_empty())
            .then_some(hashes as u8);
            let table = heading.is_none() && is_table_line(line.text);
            let separator = table && is_separator(line.text.trim());
            let mut cells = Vec::new();
            let body_start = line.text.len() - line.text.trim_start().len();
            let body = line.text[body_start..].trim_end();
            let spaced =
                !table && heading.is_none() && !body.contains('\t') && body.contains(SPACED);
            let tabbed = !table && heading.is_none() && (body.contains('\t') || spaced);
            let open = !table
                && !tabbed
                && heading.is_none()
                && !line.text.trim().is_empty()
                && line.text.trim_end_matches([' ', '\r']).ends_with('\t');
            if separator {
            } else if heading.is_some() {
                cells.extend(trim_cell(line, hashes, line.text.len()));
            } else if spaced {
                cells = split_spaced(line);
            } else if tabbed {
                cells = split_cells(line, '\t');
            } else if table {
                cells = split_cells(line, '|');
            } else {
                cells.extend(trim_cell(line, 0, line.text.len()));
            }
            let wide = table && cells.len() == 1 && trailing_pipes(body) >= 3;
            Row {
                line: i,
                cells,
                table,
                separator,
                wide,
                tabbed,
                open,
                heading,
                span: line.span(),
                indent,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_ends_and_cells() {
        let s = "\u{FEFF}a\r\nb\rc\n| X | Y | |||\n---|---|\nLabel | value |\n";
        let lines = split(s);
        assert_eq!(
            lines.iter().map(|l| l.text).collect::<Vec<_>>(),
            [
                "a",
                "b",
                "c",
                "| X | Y | |||",
                "---|---|",
                "Label | value |"
            ]
        );
        let rows = rows(&lines);
        assert_eq!(
            rows[3].cells.iter().map(|c| c.text).collect::<Vec<_>>(),
            ["X", "Y"]
        );
        assert!(rows[4].separator && rows[5].table);
        assert_eq!(
            &s[rows[5].cells[1].span.start..rows[5].cells[1].span.end],
            "value"
        );
    }

    #[test]
    fn a_text_browser_dump_pads_columns_and_wraps_paragraphs() {
        let s = "   Date          14 October 1066\n   Normans                      English\n\nThe Battle of Hastings was fought on 14 October 1066 between the Norman-French\narmy of William, the Duke of Normandy, and an English army under the\nAnglo-Saxon King Harold Godwinson. It began the Norman conquest of\nEngland.\n\nIn 911, the Carolingian ruler Charles the Simple allowed a group of Vikings\nto settle in Normandy.\n";
        let lines = unwrap(s, split(s));
        let rows = rows(&lines);
        fn cells<'a>(r: &Row<'a>) -> Vec<&'a str> {
            r.cells.iter().map(|c| c.text).collect()
        }
        assert_eq!(cells(&rows[0]), ["Date", "14 October 1066"]);
        assert_eq!(cells(&rows[1]), ["Normans", "English"]);
        assert!(rows[1].tabbed);
        assert_eq!(lines.len(), 6, "each paragraph is one line");
        assert!(lines[3].text.starts_with("The Battle") && lines[3].text.ends_with("England."));
        assert_eq!(
            &s[lines[3].span().start..lines[3].span().end],
            lines[3].text
        );
        // a browser copy keeps each paragraph on a line of its own: nothing is joined
        let long = format!("{}\nNext line\n", "word ".repeat(30));
        assert_eq!(unwrap(&long, split(&long)).len(), 2);
    }
}
