//! Everything outside the infobox: the lead, headings and their sections, paragraphs, lists,
//! numbered reference lines and the notes printed right after the box.

use super::lines::Row;
use super::page;
use crate::ast::{Block, ListItem, Marker, Note, Reference, Section, SectionKind};
use crate::span::Span;
use crate::value::{footnote, text};

/// Numbered notes directly after the box (blank rows allowed): its notes, the row after them,
/// and their markers. `glued` are the numbers the box's labels carry (`Area1`): a line
/// `1 French Land Register data, …` is that note, printed without indent or full stop.
pub fn box_notes(
    rows: &[Row<'_>],
    from: usize,
    chrome: &[bool],
    glued: &[&str],
) -> (Vec<Note>, usize, Vec<Marker>) {
    let mut notes = Vec::new();
    let mut markers = Vec::new();
    let mut end = from;
    for (i, row) in rows.iter().enumerate().skip(from) {
        if row.is_blank() {
            continue;
        }
        if chrome[i] {
            break;
        }
        let bare =
            row.text().trim().split_once(' ').filter(|(n, rest)| {
                glued.contains(n) && rest.starts_with(|c: char| c.is_uppercase())
            });
        let (label, body) = match bare {
            Some((n, rest)) => (Some(n.to_owned()), rest),
            None if row.indent == 0 => break,
            None => match page::note_line(row.text()) {
                Some(found) => found,
                None => break,
            },
        };
        let Some(label) = label else { break };
        let c = row.cells[0];
        let offset = c.span.start + crate::span::of(c.text, body).start;
        let st = footnote::strip(body, offset);
        notes.push(Note {
            label,
            text: text::normalize(&st.text),
            footnotes: st.markers.iter().map(|m| m.label.clone()).collect(),
            span: row.span,
        });
        markers.extend(st.markers);
        end = i + 1;
    }
    if notes.is_empty() {
        end = from;
    }
    (notes, end, markers)
}

/// The sections, references and markers of the rows not `taken` by title, box and chrome.
pub struct Body {
    /// Lead first.
    pub sections: Vec<Section>,
    /// Numbered reference lines.
    pub references: Vec<Reference>,
    /// Every marker, in order.
    pub markers: Vec<Marker>,
    /// The first paragraph's text (to infer a missing title).
    pub first_paragraph: Option<String>,
}

/// Text and markers of `body`, a sub-slice of the row's first cell, joined with the other cells.
fn stripped(row: &Row<'_>, body: &str) -> (String, Vec<Marker>) {
    if row.cells.len() == 1 {
        let c = row.cells[0];
        let st = footnote::strip(body, c.span.start + crate::span::of(c.text, body).start);
        return (
            text::normalize(&super::value::strip_markup(&st.text)),
            st.markers,
        );
    }
    let mut parts = Vec::new();
    let mut markers = Vec::new();
    for (k, c) in row.cells.iter().enumerate() {
        let (slice, offset) = if k == 0 {
            (body, c.span.start + crate::span::of(c.text, body).start)
        } else {
            (c.text, c.span.start)
        };
        let st = footnote::strip(slice, offset);
        parts.push(text::normalize(&super::value::strip_markup(&st.text)));
        markers.extend(st.markers);
    }
    (parts.join(" ").trim().to_owned(), markers)
}

/// Grow a section's span over a row (the lead starts empty at 0 until its first row).
fn extend(section: &mut Section, row: Span) {
    section.span = if section.heading.is_none() && section.span.is_empty() {
        row
    } else {
        section.span.join(row)
    };
}

/// How many table of contents entries a heading may skip (headings the copy lost).
const TOC_LOOKAHEAD: usize = 4;

/// Build sections from the rows outside the box; `box_markers` are the markers already read
/// in the box (they tell how the page's note lists are labelled).
///
/// `toc` holds the copied table of contents' entries (level, heading text): a line that reads
/// as the next entry is that heading, at that level, whatever surrounds it.
pub fn build(rows: &[Row<'_>], taken: &[bool], box_markers: &[Marker], toc: &[(u8, &str)]) -> Body {
    let mut sections = vec![Section {
        heading: None,
        level: 0,
        kind: SectionKind::Body,
        blocks: Vec::new(),
        span: Span::empty(0),
    }];
    let mut references = Vec::new();
    // for each reference line without a label of its own: its section's kind
    let mut unlabeled: Vec<(usize, SectionKind)> = Vec::new();
    let mut markers = Vec::new();
    let mut first_paragraph = None;
    let mut seen_prose = false;
    let mut prev_blank = true;
    let mut toc_next = 0;
    // the row after a section's heading is its first subsection's (see `pair_head`)
    let mut pair_tail = false;
    // the next visible row after each row, computed once (linear)
    let mut next_visible: Vec<Option<usize>> = vec![None; rows.len() + 1];
    for i in (0..rows.len()).rev() {
        next_visible[i] = if !taken[i] && !rows[i].is_blank() {
            Some(i)
        } else {
            next_visible[i + 1]
        };
    }
    for (i, row) in rows.iter().enumerate() {
        if taken[i] {
            prev_blank = true;
            continue;
        }
        if row.is_blank() || row.separator {
            prev_blank = true;
            // an empty table row (`|`, `||||`, `|---|`) is still bytes of this section
            if row.table || row.separator {
                if let Some(s) = sections.last_mut() {
                    extend(s, row.span);
                }
            }
            continue;
        }
        let t = row
            .cells
            .iter()
            .map(|c| c.text)
            .collect::<Vec<_>>()
            .join(" ");
        let next_text = next_visible[i + 1].map(|k| rows[k].text());
        // a heading: heading-shaped, after a blank line, before prose or before a line that is
        // no heading itself (known section names need no prose before them)
        let own = page::heading(&t);
        // the table of contents names it (a few entries may be missing from the copy)
        let bare = t.trim().trim_end_matches("[edit]").trim_end();
        let listed = toc
            .get(toc_next..)
            .unwrap_or_default()
            .iter()
            .take(TOC_LOOKAHEAD)
            .position(|(_, e)| *e == bare);
        if let Some(j) = listed.map(|j| toc_next + j) {
            toc_next = j + 1;
            prev_blank = false;
            let kind = own.as_ref().map_or(SectionKind::Body, |(_, k)| *k);
            sections.push(Section {
                heading: Some(bare.to_owned()),
                level: toc[j].0,
                kind,
                blocks: Vec::new(),
                span: row.span,
            });
            continue;
        }
        // a heading copied with its edit link is one, whatever follows it
        let known = own.as_ref().is_some_and(|(_, k)| *k != SectionKind::Body)
            || own.is_some()
                && (t.trim_end().ends_with("[edit]") || t.trim_end().ends_with("[change]"));
        // a known section name needs no blank line before it (`References` right under the
        // last note line)
        let heading_ok = own.is_some()
            && (seen_prose || known)
            && (prev_blank || known && t.trim() == own.as_ref().map_or("", |(h, _)| h.as_str()))
            && !page::is_prose(&t)
            && next_text.is_none_or(|n| known || page::is_prose(n) || page::heading(n).is_none());
        // a copy with no blank lines (a paragraph a line): a heading between a paragraph
        // that ends its sentence and one that starts a new one
        let run_in = !heading_ok
            && own.is_some()
            && seen_prose
            && !prev_blank
            && i > 0
            && page::is_prose(rows[i - 1].text())
            && text::ends_sentence(rows[i - 1].text())
            && !page::is_prose(&t)
            && next_text.is_some_and(|n| page::is_prose(n) || page::is_sentence(n));
        // `Life and career` / `Early life` / prose: a section and its first subsection, the
        // pair set off by a blank line before and prose after (a lone pair: a third short line
        // would make a list)
        let pair_head = !heading_ok
            && own.is_some()
            && seen_prose
            && prev_blank
            && !page::is_prose(&t)
            && next_text.is_some_and(|n| !page::is_prose(n) && page::heading(n).is_some())
            && next_visible[i + 1]
                .and_then(|k| next_visible[k + 1])
                .is_some_and(|k| page::is_prose(rows[k].text()));
        let sub_heading = std::mem::take(&mut pair_tail) && own.is_some();
        prev_blank = false;
        if let Some(level) = row.heading {
            // a Markdown heading (`## History`) is a heading whatever its shape
            let (h, kind) = page::heading(row.text())
                .unwrap_or_else(|| (text::normalize(row.text()), SectionKind::Body));
            sections.push(Section {
                heading: Some(h),
                level,
                kind,
                blocks: Vec::new(),
                span: row.span,
            });
            continue;
        }
        if heading_ok || run_in || pair_head || sub_heading {
            pair_tail = pair_head;
            if let Some((h, kind)) = own {
                sections.push(Section {
                    heading: Some(h),
                    level: if sub_heading { 3 } else { 2 },
                    kind,
                    blocks: Vec::new(),
                    span: row.span,
                });
                continue;
            }
        }
        let Some(section) = sections.last_mut() else {
            continue;
        };
        extend(section, row.span);
        if let Some((label, body)) = page::note_line(row.text()).filter(|_| {
            row.indent > 0
                || t.contains('^')
                || matches!(section.kind, SectionKind::References | SectionKind::Notes)
        }) {
            let (text, ms) = stripped(row, body);
            if label.is_none() {
                unlabeled.push((references.len(), section.kind));
            }
            references.push(Reference {
                name: label,
                label: None,
                text,
                span: row.span,
            });
            markers.extend(ms);
            continue;
        }
        if let Some(n) = super::label::bullet(row.text()) {
            let (text, ms) = stripped(row, &row.text()[n..]);
            markers.extend(ms.iter().cloned());
            let item = ListItem {
                label: None,
                text,
                footnotes: ms,
                span: row.span,
            };
            match section.blocks.last_mut() {
                Some(Block::List { items, span, .. }) => {
                    items.push(item);
                    *span = span.join(row.span);
                }
                _ => section.blocks.push(Block::List {
                    ordered: false,
                    items: vec![item],
                    span: row.span,
                }),
            }
            continue;
        }
        let (text, ms) = stripped(row, row.text());
        markers.extend(ms.iter().cloned());
        if page::is_prose(&text) {
            seen_prose = true;
            if first_paragraph.is_none() {
                first_paragraph = Some(text.clone());
            }
        }
        section.blocks.push(Block::Paragraph {
            text,
            footnotes: ms,
            span: row.span,
        });
    }
    name_unlabeled(
        &mut references,
        &unlabeled,
        box_markers.iter().chain(&markers),
    );
    Body {
        sections,
        references,
        markers,
        first_paragraph,
    }
}

/// Name the note lines copied without their list numbers, as the page's lists number them:
/// the references `1`, `2`, … and, when the page's markers are lettered (`[a]`) or grouped
/// (`[note 1]`), the lines of a Notes section in that style. Each style counts on its own,
/// as MediaWiki's lists do.
fn name_unlabeled<'m>(
    references: &mut [Reference],
    unlabeled: &[(usize, SectionKind)],
    markers: impl Iterator<Item = &'m Marker>,
) {
    let mut lettered = false;
    let mut group: Option<String> = None;
    for m in markers {
        let l = m.label.as_str();
        if l.len() <= 2 && l.bytes().all(|b| b.is_ascii_lowercase()) {
            lettered = true;
        } else if let Some((prefix, n)) = l.rsplit_once(' ') {
            if !prefix.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) && group.is_none() {
                group = Some(prefix.to_owned());
            }
        }
    }
    let (mut numbers, mut notes) = (0usize, 0usize);
    for &(i, kind) in unlabeled {
        let name = match (kind, &group) {
            (SectionKind::Notes, Some(prefix)) => {
                notes += 1;
                format!("{prefix} {notes}")
            }
            (SectionKind::Notes, None) if lettered => {
                notes += 1;
                footnote::alpha_label(notes, b'a')
            }
            _ => {
                numbers += 1;
                numbers.to_string()
            }
        };
        if let Some(r) = references.get_mut(i) {
            r.name = Some(name);
        }
    }
}
