//! The rendered dialect: an article as copied from a rendered Wikipedia page or mirror.
//!
//! # Parsing behaviour
//! 1. Lines become rows ([`lines`]); flattened pipe tables become rows of cells.
//! 2. Mirror chrome (taglines, banners, licence footers) is skipped with a `site_chrome`
//!    diagnostic; the title is the first other line (suffixes like ` information` removed), or
//!    a table's first cell, or, when no title line exists, the box title or the lead sentence's
//!    subject.
//! 3. The infobox starts at the first cue — a line repeating the title, a table, a known label,
//!    `Part of …` — with the short lines just before it as box title and captions, and ends
//!    where prose, a numbered note, a known section heading or chrome resumes ([`infobox`]).
//! 4. Numbered lines right after the box are its notes; the rest are paragraphs, headings,
//!    lists and references forming sections ([`sections`]).
//!
//! # Grammar
//! ```text
//! page     = chrome* title? lead? box? notes? (heading | paragraph | list | reference | chrome)*
//! box      = box-title? caption* (label value? | group | value-row)*
//! label    = lexicon-label ( glued | " " | "\t" | ":" | end-of-line | " | " )
//! marker   = "[" ( digits | letter{1,3} | word " " digits | tag ) "]"
//! ```
//!
//! # Limitations
//! Columns interleaved by flattening (both sides' values stacked under one label) are kept as
//! one value; sides are assigned only where table cells mark them. Lost labels are inferred only
//! when the template's display order and the value's shape agree. Career tables of football
//! biographies become fields labelled by their first cell.

pub mod infer;
pub mod infobox;
pub mod label;
pub mod lines;
pub mod page;
pub mod sections;
pub mod value;

use crate::ast::Article;
use crate::diagnostic::Diagnostic;
use crate::span::Span;
use lines::Row;

/// Where the title came from.
struct Title {
    text: Option<String>,
    /// The row of a title line.
    row: Option<usize>,
    /// The title is the first cell of a table's first row (which is the box title too).
    from_table: Option<usize>,
}

fn find_title(rows: &[Row<'_>], chrome: &[bool], diags: &mut Vec<Diagnostic>) -> Title {
    for (i, row) in rows.iter().enumerate() {
        if row.is_blank() || row.separator || chrome[i] {
            continue;
        }
        let t = row.text();
        if row.table {
            let label = infobox_label(row);
            return Title {
                text: (!label).then(|| page::clean_title(t)),
                row: None,
                from_table: (!label).then_some(i),
            };
        }
        if page::is_short_description(t) {
            diags.push(Diagnostic::warning(
                "short_description",
                format!("short description `{t}` is not part of the article text"),
                row.span,
            ));
            continue;
        }
        if page::is_prose(t) || infobox_label(row) {
            break;
        }
        return Title {
            text: Some(page::clean_title(t)),
            row: Some(i),
            from_table: None,
        };
    }
    Title {
        text: None,
        row: None,
        from_table: None,
    }
}

/// Two names of one thing: equal, or one the start of the other once case, spaces and
/// punctuation are set aside (`Arsenal`, `Arsenal F.C.`).
fn same_name(a: &str, b: &str) -> bool {
    let norm = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let (a, b) = (norm(a), norm(b));
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short.chars().count() >= 3 && long.starts_with(&short)
}

/// Whether a row starts with a known label (alone, glued or spaced).
fn infobox_label(row: &Row<'_>) -> bool {
    let Some(c) = row.cells.first() else {
        return false;
    };
    let t = c.text.strip_prefix("• ").unwrap_or(c.text);
    let lex = crate::lexicon::get();
    if !lex.lookup(t.trim_end_matches(':')).is_empty() || lex.pattern(t).is_some() {
        return true;
    }
    lex.prefix(t, None).is_some_and(|(_, n)| {
        let rest = &t[n..];
        rest.is_empty() || rest.starts_with([':', '\t']) || label::glued_start(&t[..n], rest)
    })
}

/// `Part of the Western Front of the First World War`: a label ending in a function word, its
/// value after a space. Under the title it is the box's first row, not a short description.
fn linking_label(t: &str) -> bool {
    crate::lexicon::get()
        .prefix(t, None)
        .is_some_and(|(_, n)| t[n..].starts_with(' ') && label::ends_in_function_word(&t[..n]))
}

/// The infobox's rows `[start, end)` and its title row.
struct Region {
    start: usize,
    end: usize,
    title: Option<(String, Span)>,
}

fn find_region(rows: &[Row<'_>], chrome: &[bool], title: &Title) -> Option<Region> {
    let from = title.row.map_or(0, |r| r + 1);
    let norm_title = title.text.as_deref().map(str::to_lowercase);
    let mut cue = None;
    for i in from..rows.len() {
        let row = &rows[i];
        if row.is_blank() || chrome[i] {
            continue;
        }
        let t = row.text();
        if row.table || row.separator {
            cue = Some((
                i,
                title.from_table == Some(i)
                    || (!infobox_label(row) && row.cells.len() == 1 && next_is_separator(rows, i)),
            ));
            break;
        }
        if norm_title.as_deref() == Some(&page::clean_title(t).to_lowercase()) {
            // `Oxygen, 8O` / `Liquid oxygen boiling` / `Oxygen`: an element's box repeats the
            // name as a header under its title and image; the box began at its title
            let first = (from..i).find(|&k| !rows[k].is_blank() && !chrome[k]);
            let begun = first.is_some_and(|k| {
                rows[k].cells.len() == 1
                    && is_box_title(rows[k].text())
                    && title
                        .text
                        .as_deref()
                        .is_some_and(|tt| shares_a_word(tt, rows[k].text()))
                    && (k..i).all(|m| chrome[m] || !page::is_prose(rows[m].text()))
            });
            cue = Some((i, !begun));
            break;
        }
        // (`Full case nameOliver Brown, et al. v. Board of …`: a glued label's value may read
        // like a short sentence)
        if page::is_prose(t) && !glued_label(row) {
            continue;
        }
        if infobox_label(row) || linking_label(t) {
            cue = Some((i, false));
            break;
        }
    }
    let (cue, cue_is_title) = cue?;
    let mut start = cue;
    let mut box_title = None;
    if cue_is_title {
        let c = rows[cue].cells[0];
        box_title = Some((page::clean_title(c.text), rows[cue].span));
        start = cue + 1;
    } else if !rows[cue].table {
        // short lines just before the first label: box title, then captions
        let mut j = cue;
        let mut reached_title = false;
        // a short description is the first line under the title; a lower-case line further
        // down is the box's (a language's native name, `español, castellano`)
        let first_line = (from..cue).find(|&k| !rows[k].is_blank() && !chrome[k]);
        while j > from {
            let r = &rows[j - 1];
            if r.is_blank() || chrome[j - 1] {
                j -= 1;
                continue;
            }
            // (`from the album A Night at the Opera` is shaped like a short description, but
            // it is a song box's row)
            if page::is_prose(r.text()) && !glued_label(r)
                || r.table
                || first_line == Some(j - 1)
                    && page::is_short_description(r.text())
                    && !infobox_label(r)
            {
                break;
            }
            j -= 1;
        }
        if j == from {
            reached_title = title.row.is_some();
        }
        let first = (j..cue).find(|&k| !rows[k].is_blank() && !chrome[k]);
        // a lone line between the page title and the first label is the box title when it
        // names the page (`Microsoft Corporation`), else the image's caption (`First edition
        // cover`); a row with a tab is the box's first row (`Paradigm⇥Multi-paradigm`)
        // (`French Republic` over `République française (French)`: a name the box gives in
        // its own language below it names the box, whatever words it shares with the page)
        let native_below = |k: usize| {
            rows[k + 1..cue]
                .iter()
                .find(|r| !r.is_blank())
                .is_some_and(|r| r.cells.len() == 1 && in_a_language(r.text()))
        };
        let titles_box = |k: usize| {
            rows[k].cells.len() == 1
                && is_box_title(rows[k].text())
                && !(reached_title
                    && title
                        .text
                        .as_deref()
                        .is_some_and(|t| !shares_a_word(t, rows[k].text()))
                    && !native_below(k))
        };
        match first {
            Some(k) if titles_box(k) => {
                box_title = Some((page::clean_title(rows[k].text()), rows[k].span));
                start = k + 1;
            }
            Some(k) => {
                if reached_title {
                    if let (Some(t), Some(r)) = (&title.text, title.row) {
                        box_title = Some((t.clone(), rows[r].span));
                    }
                }
                start = k;
            }
            None => {}
        }
    }
    // the end: prose, a note line, a known heading, chrome; a table box ends with its table
    let titles: Vec<String> = [
        title.text.as_deref(),
        box_title.as_ref().map(|(t, _)| t.as_str()),
    ]
    .into_iter()
    .flatten()
    .map(str::to_lowercase)
    .collect();
    let mut end = rows.len();
    let mut in_table = false;
    let mut prev_blank = false;
    let mut after_footer = false;
    let mut after_lone_label = false;
    for (i, row) in rows.iter().enumerate().skip(start) {
        if row.is_blank() {
            prev_blank = true;
            after_lone_label = false;
            continue;
        }
        let after_blank = std::mem::replace(&mut prev_blank, false);
        let value_due = std::mem::replace(&mut after_lone_label, lone_label(row));
        if row.table || row.separator {
            in_table = true;
            continue;
        }
        let t = row.text();
        let footer = label::is_box_footer(t) || label::is_portal_link(rows, i);
        if footer || label::is_map_legend(t) || label::is_box_link(t) {
            after_footer |= footer;
            continue;
        }
        // the box's foot is its last line
        let stop = after_footer
            || in_table
            || chrome[i]
            || row.heading.is_some()
            || (page::is_prose(t) && !glued_label(row) && !value_due)
            // (`External links⇥Departures Layout`: a station's row, its value beside it;
            // `Citations` over `Public law⇥88-352`: a law's group, its rows under it)
            || page::is_known_heading(t) && row.cells.len() == 1 && !heads_box_rows(rows, i)
            || (page::note_line(t).is_some() && row.indent > 0)
            || t.trim_start().starts_with('^')
            || (after_blank && (starts_section(rows, i) || page::is_lead_sentence(t)))
            || opens_the_lead(t, &titles);
        if stop {
            end = i;
            break;
        }
    }
    // trailing blank rows stay outside the box
    while end > start && rows[end - 1].is_blank() {
        end -= 1;
    }
    Some(Region {
        start,
        end,
        title: box_title,
    })
}

/// `The 2011 Tōhoku earthquake struck on 11 March.[2]`: a sentence of five words or more that
/// opens with the page's (or the box's) title is the lead's first sentence, even when it is
/// too short to read as prose and no blank line sets it off: a value rarely names its page.
fn opens_the_lead(t: &str, titles: &[String]) -> bool {
    let t = t.trim();
    if t.contains('\t') || !crate::value::text::ends_sentence(t) || t.split_whitespace().count() < 5
    {
        return false;
    }
    let lower = t.to_lowercase();
    let body = lower.strip_prefix("the ").unwrap_or(&lower);
    // (the lead may shorten its subject: `The 2011 Tōhoku earthquake` of `2011 Tōhoku
    // earthquake and tsunami`; the title's first three words must open the sentence)
    let words: Vec<&str> = body.split_whitespace().collect();
    titles.iter().any(|title| {
        let title: Vec<&str> = title
            .strip_prefix("the ")
            .unwrap_or(title)
            .split_whitespace()
            .collect();
        let k = title.len().min(3);
        k > 0 && words.len() > k && words[..k] == title[..k]
    })
}

/// A heading-shaped line (`Plot`, `History`) that is no label, followed by prose.
fn starts_section(rows: &[Row<'_>], i: usize) -> bool {
    let row = &rows[i];
    let lex = crate::lexicon::get();
    let field_label = lex
        .lookup(row.text())
        .iter()
        .any(|&i| !lex.entries[i].is_group());
    if row.table || field_label || glued_label(row) || page::heading(row.text()).is_none() {
        return false;
    }
    // (a section may open with one short sentence: `Background` over `The Falklands have
    // been in dispute since the 18th century.[6]`; a box prints no sentence under a line
    // that is not one of its labels)
    rows[i + 1..]
        .iter()
        .find(|r| !r.is_blank())
        .is_some_and(|r| page::is_prose(r.text()) || page::is_sentence(r.text()))
}

/// `Citations` over `Public law⇥88-352`, or over `347 U.S. 483` and then `Decision`: a
/// heading's words that a box prints as a group or a label, rows of the box under them. The
/// next row is a label with its value, or one of the next three rows (before a blank line,
/// a note or prose) is a label of a template that prints the heading's words too (an
/// `External links` heading over `Official website` is a section: no template prints both).
fn heads_box_rows(rows: &[Row<'_>], i: usize) -> bool {
    if rows
        .get(i + 1)
        .is_some_and(|r| r.cells.len() > 1 && infobox_label(r))
    {
        return true;
    }
    let lex = crate::lexicon::get();
    let kinds: Vec<usize> = lex
        .lookup(rows[i].text())
        .iter()
        .map(|&e| lex.entries[e].kind_id)
        .collect();
    if kinds.is_empty() {
        return false;
    }
    for r in rows.iter().skip(i + 1).take(3) {
        let t = r.text();
        if r.is_blank() || page::is_prose(t) || page::note_line(t).is_some() {
            return false;
        }
        let label = r.cells.first().map_or("", |c| c.text);
        if lex
            .lookup(label)
            .iter()
            .any(|&e| kinds.contains(&lex.entries[e].kind_id))
        {
            return true;
        }
    }
    false
}

/// `Holding` alone on its line: a label whose value, a sentence (a court's holding), is the
/// line under it, prose or not.
fn lone_label(row: &Row<'_>) -> bool {
    row.cells.len() == 1
        && crate::lexicon::get()
            .best(row.text(), None)
            .is_some_and(|e| !e.is_group() && !e.is_block())
        && !page::is_known_heading(row.text())
}

fn glued_label(row: &Row<'_>) -> bool {
    let t = row.text();
    crate::lexicon::get()
        .prefix(t, None)
        .is_some_and(|(_, n)| label::glued_start(&t[..n], &t[n..]))
}

fn next_is_separator(rows: &[Row<'_>], i: usize) -> bool {
    rows.get(i + 1).is_some_and(|r| r.separator)
}

fn is_box_title(t: &str) -> bool {
    is_box_title_shape(t, 6) && !dated_photo(t) && !staged_photo(t) && !names_an_image(t)
}

/// `Emblem of the 2012 Summer Olympics`, `Flag of Estonia`: the caption of a logo or flag.
fn names_an_image(t: &str) -> bool {
    label::names_image_after(t, 0) || label::is_map_caption(t)
}

/// `Firefox 128 on Windows 11`, `Messi with Argentina`, `Hanks at the premiere`: an image's
/// caption placing its subject, which a name (`Battle of Verdun`) does not.
fn staged_photo(t: &str) -> bool {
    t.split_whitespace()
        .skip(1)
        .any(|w| matches!(w, "on" | "at" | "with" | "during" | "seen" | "taken"))
}

/// `HMS Hood in 1924`, `Curie, c. 1920`, `Federer at the 2012 Wimbledon Championships`: an
/// image's caption dating the photograph, not the box's title (which names its subject and
/// is not dated so): a year right after `in`, `at`, `during`, `c.` or `circa` (and `the`).
fn dated_photo(t: &str) -> bool {
    let words: Vec<&str> = t
        .split_whitespace()
        .map(|w| w.trim_end_matches([',', '.', ')']).trim_end_matches('s'))
        .collect();
    let year = |w: &&str| w.len() == 4 && crate::value::date::has_year(w);
    words.windows(2).enumerate().any(|(i, w)| {
        let dating = matches!(w[0], "in" | "at" | "during" | "c" | "circa");
        dating && (year(&w[1]) || w[1] == "the" && words.get(i + 2).is_some_and(year))
    })
}

/// `République française (French)`, `日本国 (Japanese)`: a name followed by the language
/// it is in.
fn in_a_language(t: &str) -> bool {
    t.trim()
        .strip_suffix(')')
        .and_then(|r| r.rsplit_once(" ("))
        .is_some_and(|(name, lang)| {
            !name.trim().is_empty() && crate::wikitext::language::is_name(lang)
        })
}

/// Whether two titles share a word of three letters or more (`Python (programming language)`
/// and `Python`), or the first four letters of longer words (`Portugal` and `Portuguese
/// Republic`, `Actrius` and its English title `Actresses`), ignoring case.
fn shares_a_word(a: &str, b: &str) -> bool {
    let words = |t: &str| -> Vec<String> {
        t.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 3)
            .map(str::to_lowercase)
            .collect()
    };
    let stem = |w: &str| -> Option<String> {
        (w.chars().count() > 4).then(|| w.chars().take(4).collect())
    };
    let b = words(b);
    words(a).iter().any(|w| {
        b.iter()
            .any(|v| v == w || stem(v).is_some_and(|s| stem(w) == Some(s)))
    })
}

/// `Suspension bridge in San Francisco`: a word after the first in lower case, and not a
/// function word, as a description has it and a name (`Treaty of Versailles`) does not.
fn sentence_case(t: &str) -> bool {
    t.split_whitespace().skip(1).any(|w| {
        w.starts_with(|c: char| c.is_lowercase())
            && !label::FUNCTION_WORDS.contains(&w.trim_end_matches([',', ';']))
    })
}

/// `First edition cover`, `Theatrical release poster`, `Official portrait, 2021`: a caption
/// naming the kind of picture it captions.
fn names_a_picture(t: &str) -> bool {
    const PICTURES: &[&str] = &[
        "cover",
        "poster",
        "portrait",
        "photograph",
        "photo",
        "logo",
        "seal",
        "flag",
        "map",
        "screenshot",
        "view",
        "skyline",
        "image",
        "picture",
        "painting",
        "insignia",
        "emblem",
        "artwork",
        "card",
        "banner",
        "aerial",
    ];
    t.split(|c: char| !c.is_alphanumeric())
        .any(|w| PICTURES.contains(&w.to_lowercase().as_str()))
}

/// A short line without final punctuation: a box title or a short description.
fn is_box_title_shape(t: &str, max_words: usize) -> bool {
    let words = t.split_whitespace().count();
    (1..=max_words).contains(&words)
        && t.len() <= 80
        && (!crate::value::text::ends_sentence(t) || ends_in_abbreviation(t))
        && !t.contains(':')
}

/// The full stop at the end of `t` closes an abbreviation, not a sentence: a company's form
/// (`Nintendo Co., Ltd.`, `Apple Inc.`), a suffix (`Jr.`), initials (`S.A.`, `U.S.`).
fn ends_in_abbreviation(t: &str) -> bool {
    let Some(word) = t
        .split_whitespace()
        .last()
        .and_then(|w| w.strip_suffix('.'))
    else {
        return false;
    };
    const FORMS: &[&str] = &[
        "Ltd", "Inc", "Co", "Corp", "Bros", "Plc", "plc", "Pty", "Cie", "Jr", "Sr", "St",
    ];
    FORMS.contains(&word) || word.contains('.') && word.split('.').all(|p| p.chars().count() <= 2)
}

/// Parse an article in the rendered dialect.
pub fn parse(input: &str) -> Article {
    let lines = lines::unwrap(input, lines::split(input));
    let rows = lines::rows(&lines);
    let mut diagnostics = Vec::new();
    let mut chrome: Vec<bool> = rows
        .iter()
        .map(|r| {
            let joined = r.cells.iter().map(|c| c.text).collect::<Vec<_>>().join(" ");
            page::is_chrome(&joined)
        })
        .collect();
    // a copied table of contents: `Contents` then `1 History`, `1.1 Early life`, …
    // (the 2022 skin adds `hide`, `(Top)` and `Toggle History subsection` lines); its entries
    // name the headings below, with their levels
    let mut toc = vec![false; rows.len()];
    let mut toc_entries = Vec::new();
    let mut in_toc = false;
    for (i, r) in rows.iter().enumerate() {
        let t = r.text();
        if t.trim().eq_ignore_ascii_case("contents") {
            in_toc = true;
        } else if in_toc && !r.is_blank() {
            if let Some(entry) = page::toc_entry(t) {
                toc_entries.push(entry);
            } else {
                in_toc = page::is_toc_chrome(t);
            }
            toc[i] = in_toc;
        }
    }
    // a navigation box (`v` / `t` / `e`, then its title and links): a battle's campaign box
    // right under its infobox, the navboxes at the page's foot; it runs to a blank line or prose
    let mut navbox = vec![false; rows.len()];
    let mut i = 0;
    while i < rows.len() {
        let Some(n) = page::navbox_marker(&rows[i..]) else {
            i += 1;
            continue;
        };
        let mut j = i + n;
        while j < rows.len() && !rows[j].is_blank() && !page::is_prose(rows[j].text()) {
            j += 1;
        }
        navbox[i..j].fill(true);
        i = j;
    }
    // the category footer fills `categories`; it, the table of contents and chrome are reported
    let mut categories = Vec::new();
    for (i, r) in rows.iter().enumerate() {
        let text = crate::value::text::normalize(r.text());
        let (code, message) = if let Some(names) = page::categories(r.text()) {
            let message = format!("read {} categories from the footer", names.len());
            categories.extend(names);
            ("categories_line", message)
        } else if toc[i] {
            (
                "table_of_contents",
                format!("skipped table of contents entry `{text}`"),
            )
        } else if navbox[i] {
            (
                "navigation_box",
                format!("skipped navigation box line `{text}`"),
            )
        } else if chrome[i] {
            ("site_chrome", format!("skipped mirror site text `{text}`"))
        } else {
            continue;
        };
        chrome[i] = true;
        diagnostics.push(Diagnostic::warning(code, message, r.span));
    }
    let title = find_title(&rows, &chrome, &mut diagnostics);
    // a short description under the title line (`American dark fantasy television series`)
    if let Some(t) = title.row {
        let mut next = (t + 1..rows.len()).filter(|&i| !rows[i].is_blank() && !chrome[i]);
        if let (Some(d), Some(p)) = (next.next(), next.next()) {
            let text = rows[d].text();
            // the box title is the page's, or its short form (`Arsenal` of `Arsenal F.C.`)
            let next_is_box = title
                .text
                .as_deref()
                .is_some_and(|t| same_name(&page::clean_title(rows[p].text()), t));
            // the line right under the title (site chrome between), set off by a blank line,
            // as pages print it; blank lines above it too when it reads as a description, not
            // a name (`National park in the United States`)
            // (an image's caption is set off so too, right before the box's first label:
            // `First edition cover`)
            let below = rows.get(d + 1).is_some_and(Row::is_blank);
            let set_off = below && (t + 1..d).all(|i| chrome[i])
                || below
                    && (t + 1..d).all(|i| chrome[i] || rows[i].is_blank())
                    && sentence_case(text)
                    && !infobox_label(&rows[p])
                    && !names_a_picture(text);
            // (a line that is the title again is the box's title: `Lyon`, then `Lyons`)
            let is_title = title
                .text
                .as_deref()
                .is_some_and(|t| page::clean_title(text) == t);
            if !rows[d].table
                && !is_title
                && is_box_title_shape(text, 12)
                && !infobox_label(&rows[d])
                && !linking_label(text)
                && (page::is_prose(rows[p].text()) || next_is_box || set_off)
            {
                diagnostics.push(Diagnostic::warning(
                    "short_description",
                    format!("short description `{text}` is not part of the article text"),
                    rows[d].span,
                ));
                // neither box title nor caption
                chrome[d] = true;
            }
        }
    }
    let region = find_region(&rows, &chrome, &title);
    let mut infoboxes = Vec::new();
    let mut markers = Vec::new();
    let mut taken = vec![false; rows.len()];
    if let Some(r) = title.row {
        taken[r] = true;
    }
    // (rows are in input order: a binary search keeps this linear in the diagnostics)
    for d in &diagnostics {
        if let Ok(i) = rows.binary_search_by_key(&d.span.start, |r| r.span.start) {
            if rows[i].span == d.span {
                taken[i] = true;
            }
        }
    }
    if let Some(reg) = &region {
        let span = rows[reg.start.min(rows.len().saturating_sub(1))..reg.end.max(reg.start)]
            .iter()
            .fold(None::<Span>, |acc, r| {
                Some(acc.map_or(r.span, |a| a.join(r.span)))
            })
            .unwrap_or_else(|| {
                Span::empty(rows.get(reg.start).map_or(input.len(), |r| r.span.start))
            });
        let mut assembled = infobox::assemble(&rows[reg.start..reg.end], reg.title.clone(), span);
        for t in taken.iter_mut().take(reg.end).skip(reg.start) {
            *t = true;
        }
        if let Some((_, s)) = &reg.title {
            if let Some(i) = rows
                .iter()
                .position(|r| r.span.start <= s.start && s.end <= r.span.end)
            {
                taken[i] = true;
            }
        }
        // numbered notes right after the box belong to it
        // note numbers glued to labels (`Area1`), printed without brackets
        let glued: Vec<&str> = assembled
            .markers
            .iter()
            .filter(|m| {
                input
                    .get(m.span.start..m.span.end)
                    .is_some_and(|t| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()))
            })
            .map(|m| m.label.as_str())
            .collect();
        let (notes, end, note_markers) = sections::box_notes(&rows, reg.end, &chrome, &glued);
        for t in taken.iter_mut().take(end).skip(reg.end) {
            *t = true;
        }
        assembled.infobox.notes.extend(notes);
        assembled.infobox.span = assembled
            .infobox
            .notes
            .last()
            .map_or(assembled.infobox.span, |n| {
                assembled.infobox.span.join(n.span)
            });
        markers.extend(assembled.markers);
        markers.extend(note_markers);
        infoboxes.push(assembled.infobox);
    }
    let body = sections::build(&rows, &taken, &markers, &toc_entries);
    markers.extend(body.markers);
    markers.sort_by_key(|m| m.span.start);
    diagnostics.sort_by_key(|d| d.span.start);
    let title_text = title
        .text
        .clone()
        .or_else(|| infoboxes.first().and_then(|b| b.title.clone()))
        .or_else(|| body.first_paragraph.as_deref().and_then(page::lead_subject));
    Article {
        schema_version: crate::json::SCHEMA_VERSION,
        dialect: crate::dialect::Dialect::Rendered,
        title_inferred: title.text.is_none(),
        title_span: title.row.or(title.from_table).map(|r| rows[r].span),
        title: title_text,
        infoboxes,
        sections: body.sections,
        references: body.references,
        footnote_markers: markers,
        categories,
        redirect: None,
        page: None,
        diagnostics,
        span: Span::new(0, input.len()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first box's fields as (key, text).
    fn keys_and_texts(a: &Article) -> Vec<(&str, &str)> {
        a.infoboxes[0]
            .fields
            .iter()
            .map(|f| (f.key.as_str(), f.value.text.as_str()))
            .collect()
    }

    fn field<'a>(a: &'a Article, label: &str) -> &'a crate::ast::Field {
        let b = &a.infoboxes[0];
        b.fields
            .iter()
            .find(|f| f.label == label)
            .unwrap_or_else(|| panic!("no {label} in {:?}", b.fields))
    }

    #[test]
    fn a_statistics_table_gives_a_field_a_column() {
        let a = parse("X Y\n\nX Y\nPersonal information\nBorn\t1 May 1970\nBatting\tRight-handed\nCareer statistics\nCompetition\tTest\tODI\nMatches\t20\t46\nTop score\t248*\t200*\nSource: Cricinfo, 1 May 2000\n\nX Y is a cricketer who was born in 1970 and who played for a long time.\n");
        let b = &a.infoboxes[0];
        let got: Vec<(&str, Option<u8>, &str)> = b
            .fields
            .iter()
            .map(|f| (f.key.as_str(), f.side, f.value.text.as_str()))
            .collect();
        assert_eq!(
            got[2..],
            [
                ("matches", Some(1), "20"),
                ("matches", Some(2), "46"),
                ("top_score", Some(1), "248*"),
                ("top_score", Some(2), "200*"),
                ("source", None, "Cricinfo, 1 May 2000")
            ]
        );
        // the columns' names are the table's header line
        assert!(b
            .groups
            .iter()
            .any(|g| g.text.contains("Test") && g.text.contains("ODI")));
    }

    #[test]
    fn a_cell_across_the_columns_after_the_sides_is_the_fields() {
        let page = "X War | |||\n---|---|---|\nDate | 1950–1953 | ||\nCasualties and losses | |||\n178,405 dead |\n398,000 dead |\n||\nCivilians killed: 2 million | |||\nThe X War was a war that was fought between two countries from 1950 until 1953 and it ended in an armistice.\n";
        let a = parse(page);
        let got: Vec<(Option<u8>, &str)> = a.infoboxes[0]
            .fields
            .iter()
            .filter(|f| f.key == "casualties")
            .map(|f| (f.side, f.value.text.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                (Some(1), "178,405 dead"),
                (Some(2), "398,000 dead"),
                (None, "Civilians killed: 2 million")
            ]
        );
        // the last side's own cell may be printed as one across the columns
        let page = page.replace("398,000 dead |\n||", "398,000 dead | |||");
        let a = parse(&page);
        let sides: Vec<Option<u8>> = a.infoboxes[0]
            .fields
            .iter()
            .filter(|f| f.key == "casualties")
            .map(|f| f.side)
            .collect();
        assert_eq!(sides, [Some(1), Some(2), None]);
    }

    #[test]
    fn a_conflicts_unknown_words_under_a_side_label_are_a_sides_line() {
        let a = parse("X war\n\nX war\nDate\t2014 – present\nBelligerents\nHouthis\tGovernment\tSouthern council\nCommanders and leaders\nAbdul al-Houthi\nMahdi al-Mashat\tRashad al-Alimi\nMohammed bin Salman\tAidarus al-Zoubaidi\nStrength\t200,000\t150,000+\t~90,000\n\nThe X war is an ongoing multilateral civil war that began in late 2014 between three parties.\n");
        let got: Vec<(&str, Option<u8>)> = a.infoboxes[0]
            .fields
            .iter()
            .filter(|f| f.key == "commanders")
            .map(|f| (f.value.text.as_str(), f.side))
            .collect();
        assert_eq!(
            got,
            [
                ("Abdul al-Houthi\nMahdi al-Mashat", Some(1)),
                ("Rashad al-Alimi\nMohammed bin Salman", Some(2)),
                ("Aidarus al-Zoubaidi", Some(3))
            ]
        );
    }

    #[test]
    fn two_codes_on_a_line_and_a_label_over_its_value_beside_the_next_label() {
        let a = parse("X Airport\n\nX Airport\nIATA: LHR ICAO: EGLL\nSummary\nAirport type\tPublic\nServes\tLondon\nMap\nLHR is located in Greater London\nLHR\nLHR\nLocation in Greater London\n\nX Airport is the primary and largest international airport serving the city of London.\n");
        let got = keys_and_texts(&a);
        assert_eq!(
            got,
            [
                ("iata", "LHR"),
                ("icao", "EGLL"),
                ("airport_type", "Public"),
                ("serves", "London")
            ]
        );
        // `Status⇥Completed` / `Type⇥Office`: not a row of labels over their values
        let a = parse("X Building\n\nX Building\nGeneral information\nStatus\tCompleted\nType\tOffice\nOwner\tX Trust\n\nThe X Building is a 102-story Art Deco skyscraper in the Midtown neighborhood of the city.\n");
        let f = field(&a, "Status");
        assert_eq!(f.value.text, "Completed");
        assert_eq!(field(&a, "Type").value.text, "Office");
    }

    #[test]
    fn an_office_over_its_term_in_a_pipe_table_is_the_group() {
        let a = parse("X Y | |\n---|---|\nChancellor of X | |\nIn office 22 November 2005 – 8 December 2021 | |\nPreceded by | A B |\nSucceeded by | C D |\nLeader of the Z Union | |\nIn office 10 April 2000 – 7 December 2018 | |\nPreceded by | E F |\nPersonal details | |\nBorn | 17 July 1954 |\nX Y (born 17 July 1954) is a retired politician who served as chancellor of X from 2005 to 2021.\n");
        let got: Vec<(&str, Option<&str>, &str)> = a.infoboxes[0]
            .fields
            .iter()
            .map(|f| (f.key.as_str(), f.group.as_deref(), f.value.text.as_str()))
            .collect();
        assert_eq!(got[2], ("successor", Some("Chancellor of X"), "C D"));
        assert_eq!(got[3].1, Some("Leader of the Z Union"));
    }

    #[test]
    fn a_map_pin_labelled_with_the_place_is_a_caption() {
        let a = parse("Battle of X\n\nBattle of X\nDate\t480 BC\nCasualties and losses\n4,000\t20,000\nX is located in Greece\nX\nLocation within Greece\n\nThe Battle of X was fought in 480 BC between two armies and it lasted over three days.\n");
        let last = a.infoboxes[0].fields.last().map(|f| f.value.text.as_str());
        assert_eq!(last, Some("20,000"));
        // a species box's range map
        let a = parse("Red fox\n\nRed fox\nScientific classification\nKingdom:\tAnimalia\nGenus:\tVulpes\nSubspecies\n45 subspecies\nRed fox range\n\nThe red fox (Vulpes vulpes) is the largest of the true foxes and one of the most widely distributed members of the order.\n");
        let last = a.infoboxes[0].fields.last().map(|f| f.value.text.as_str());
        assert_eq!(last, Some("45 subspecies"));
    }

    #[test]
    fn a_heading_over_one_short_sentence_ends_the_box() {
        let a = parse("X War\n\nThe X War was a ten-week war between two countries in 1982 over a group of islands.\n\nX War\nDate\t1982\nCasualties and losses\n255 killed\n649 killed\n\nBackground\n\nThe islands have been in dispute since the 18th century.[6]\n");
        let f = field(&a, "Casualties and losses");
        assert_eq!(f.value.text, "255 killed\n649 killed");
        assert!(a
            .sections
            .iter()
            .any(|s| s.heading.as_deref() == Some("Background")));
        // a copy with no blank lines: the heading between two paragraphs
        let a = parse("X War\nX War\nDate\t1982\nThe X War was a ten-week war between two countries in 1982 over a group of islands.\nBackground\nThe islands have been in dispute since the 18th century.[6]\n");
        assert!(a
            .sections
            .iter()
            .any(|s| s.heading.as_deref() == Some("Background")));
    }

    #[test]
    fn a_row_of_labels_names_the_row_under_it() {
        let a = parse("X Air\n\nX Air\nIATA\tICAO\tCall sign\nXA\tXAR\tEXAIR\nFounded\t1950\nHubs\tParis\n\nX Air is an airline that was founded in 1950 and that flies to many places.\n");
        let got = keys_and_texts(&a);
        assert_eq!(
            got[..4],
            [
                ("iata", "XA"),
                ("icao", "XAR"),
                ("callsign", "EXAIR"),
                ("founded", "1950")
            ]
        );
        // the labels name the row right under them, no row further down
        let a = parse("X Air\n\nX Air\nIATA\tICAO\tCall sign\nFounded\t1950\nHubs\tParis\tLyon\n\nX Air is an airline that was founded in 1950 and that flies to many places.\n");
        assert!(
            a.infoboxes[0].fields.iter().all(|f| f.key != "icao"),
            "{:?}",
            a.infoboxes[0].fields
        );
    }

    #[test]
    fn a_measure_with_notes_under_it_is_typed() {
        let a = parse("Mount X\n\nMount X\nHighest point\nElevation\t8,848.86 m (29,031.7 ft)[1]\nRanked 1st\nListing\tSeven Summits\n\nMount X is a mountain.\n");
        let f = field(&a, "Elevation");
        assert_eq!(f.value.text, "8,848.86 m (29,031.7 ft)\nRanked 1st");
        assert_eq!(f.value.items.len(), 2);
        assert!(
            matches!(&f.value.typed, Some(crate::Typed::Quantity(q)) if q.min == 8848.86),
            "{:?}",
            f.value.typed
        );
    }

    #[test]
    fn the_next_label_in_other_words_is_not_a_lost_label() {
        let a = parse("2016 X election\n\n2016 X election\nNominee\tA\tB\nPercentage\t46.1%\t48.2%\n\nPresidential election results map. Red denotes states won by A.\nPresident before election\nBarack Obama\nDemocratic\nElected President\nDonald Trump\nRepublican\n\nThe 2016 X election was the 58th quadrennial presidential election, held on Tuesday, November 8, 2016.\n");
        let b = &a.infoboxes[0];
        let got: Vec<(&str, &str)> = b
            .fields
            .iter()
            .filter(|f| f.side.is_none())
            .map(|f| (f.key.as_str(), f.value.text.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("before_election", "Barack Obama\nDemocratic"),
                ("after_election", "Donald Trump\nRepublican"),
            ]
        );
        assert!(b
            .captions
            .iter()
            .any(|c| c.text.starts_with("Presidential election results map.")));
    }

    #[test]
    fn side_one_may_span_lines_before_the_tab_whatever_its_first_words() {
        let a = parse("Battle of X\n\nBattle of X\nDate\t18 June 1815\nBelligerents\nFrance\tBritain\nCommanders and leaders\nNapoleon\nMichel Ney\tWellington\nBlücher\nStrength\n73,000\t118,000\n\nThe Battle of X was fought on Sunday, 18 June 1815, near the village, and it ended the war.\n");
        let got: Vec<(&str, Option<u8>, &str)> = a.infoboxes[0]
            .fields
            .iter()
            .filter(|f| f.key == "commanders")
            .map(|f| (f.key.as_str(), f.side, f.value.text.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("commanders", Some(1), "Napoleon\nMichel Ney"),
                ("commanders", Some(2), "Wellington\nBlücher")
            ]
        );
    }

    fn sides<'a>(a: &'a crate::ast::Article, key: &str) -> Vec<(Option<u8>, &'a str)> {
        a.infoboxes[0]
            .fields
            .iter()
            .filter(|f| f.key == key)
            .map(|f| (f.side, f.value.text.as_str()))
            .collect()
    }

    #[test]
    fn a_tab_after_lines_of_a_side_ends_that_side_and_opens_the_next() {
        let a = parse("War of X\n\nWar of X\nDate\t1992 \u{2013} 1995\nBelligerents\n1992:\n Alpha\n Beta\t1993:\n Gamma\n Delta\t1994:\n Epsilon\nCommanders and leaders\n Ann Smith\n Bob Jones\t Cal Brown\n Dan White\t Eve Black\nStrength\n110,000\t80,000\t4,000\n\nThe War of X was an armed conflict that took place between 1992 and 1995.\n",
        );
        assert_eq!(
            sides(&a, "belligerents"),
            [
                (Some(1), "1992:\nAlpha\nBeta"),
                (Some(2), "1993:\nGamma\nDelta"),
                (Some(3), "1994:\nEpsilon"),
            ]
        );
        assert_eq!(
            sides(&a, "commanders"),
            [
                (Some(1), "Ann Smith\nBob Jones"),
                (Some(2), "Cal Brown\nDan White"),
                (Some(3), "Eve Black"),
            ]
        );
        assert!(a.infoboxes[0].captions.is_empty());
    }

    #[test]
    fn a_row_repeating_every_column_starts_again_at_side_one() {
        let a = parse("Battle of X\n\nBattle of X\nDate\t3 May 1800\nBelligerents\nFooland\tBarland\nCasualties and losses\n100 killed\t200 killed\n300 wounded\t400 wounded\n\nThe Battle of X was a battle fought on 3 May 1800 between two armies.\n",
        );
        assert_eq!(
            sides(&a, "casualties"),
            [
                (Some(1), "100 killed\n300 wounded"),
                (Some(2), "200 killed\n400 wounded"),
            ]
        );
    }

    #[test]
    fn a_lone_line_over_the_box_is_its_title_only_when_it_names_the_page() {
        let a = parse("Nineteen Eighty-Four\nFirst edition cover\nAuthor\tGeorge Orwell\nPublished\t8 June 1949\n\nNineteen Eighty-Four is a dystopian novel by the English writer George Orwell.\n");
        let b = &a.infoboxes[0];
        assert_eq!(b.caption.as_deref(), Some("First edition cover"));
        assert_ne!(b.title.as_deref(), Some("First edition cover"));
        // a first row with a tab is the box's, label and value
        let a = parse("Python (programming language)\nParadigm\tMulti-paradigm: object-oriented, procedural\nDesigned by\tGuido van Rossum\n\nPython is a high-level, general-purpose programming language created by Guido van Rossum.\n");
        assert_eq!(
            field(&a, "Paradigm").value.text,
            "Multi-paradigm: object-oriented, procedural"
        );
        let a = parse("Microsoft\nMicrosoft Corporation\nType\tPublic\nFounded\tApril 4, 1975\n\nMicrosoft Corporation is an American multinational technology company.\n");
        assert_eq!(
            a.infoboxes[0].title.as_deref(),
            Some("Microsoft Corporation")
        );
        // not lone either: a line naming something else, over the image's caption, is no
        // title; a long name sharing the title's stem is one
        let a = parse("Jupiter\nLargest planet in the Solar System\nFull-disc view in natural color\nAphelion816.363 Gm (5.4570 AU)\nPerihelion740.595 Gm (4.9506 AU)\n\nJupiter is the fifth planet from the Sun and the largest in the Solar System.\n");
        assert_eq!(a.infoboxes[0].title.as_deref(), Some("Jupiter"));
        let a = parse("Portugal\n\nPortuguese Republic\nCapital\tLisbon\nOfficial languages\tPortuguese\n\nPortugal is a country on the Iberian Peninsula in Southwestern Europe.\n");
        assert_eq!(a.infoboxes[0].title.as_deref(), Some("Portuguese Republic"));
    }

    #[test]
    fn a_table_rows_bullet_is_a_sub_label() {
        let a = parse("Tokyo\n| Tokyo | |||\n|---|---|---|---|\n| Country | Japan | ||\n| Area[1] | |||\n| • Metropolis | 2,194.07 km2 (847.14 sq mi) | ||\n| • Metro | 13,452 km2 (5,194 sq mi) | ||\n| Population (2023)[2] | |||\n| • Metropolis | 14,094,034 | ||\n| Time zone | UTC+09:00 | ||\nTokyo is the capital and most populous city in Japan, with 14 million people.\n");
        let keys: Vec<&str> = a.infoboxes[0]
            .fields
            .iter()
            .map(|f| f.key.as_str())
            .collect();
        assert_eq!(
            keys,
            [
                "country",
                "area_total",
                "area_metro",
                "population_total",
                "timezone"
            ]
        );
    }

    #[test]
    fn a_total_under_a_battles_losses_is_theirs() {
        let a = parse("Battle of Verdun\nPart of the Western Front\nDate21 February – 18 December 1916\nResultFrench victory\nCasualties and losses\n377,231 (162,440 killed)\n337,000 (143,000 killed)\nTotal: 714,231 casualties\n\nThe Battle of Verdun was fought from 21 February to 18 December 1916 in France.\n");
        let b = &a.infoboxes[0];
        assert!(b.fields.iter().all(|f| f.key != "total"));
        assert!(field(&a, "Casualties and losses")
            .value
            .text
            .ends_with("Total: 714,231 casualties"));
        // a foreign one-word label outside such a block is still a label
        let a = parse("Microsoft\nCoordinates: 47°38′22.55″N 122°7′42.42″W\nType\tPublic\nFounded\tApril 4, 1975\n\nMicrosoft Corporation is an American multinational technology company.\n");
        assert_eq!(field(&a, "Coordinates").key, "coordinates");
    }

    #[test]
    fn a_description_set_off_by_blank_lines_is_no_box_title() {
        assert!(sentence_case("National park in the United States"));
        assert!(sentence_case("Suspension bridge in San Francisco"));
        assert!(!sentence_case("Treaty of Versailles"));
        assert!(!sentence_case("Republic of the Congo"));
        assert!(!sentence_case("Microsoft Corporation"));
        let a = parse("Yellowstone National Park\n\nNational park in the United States\n\nGrand Prismatic Spring, the largest hot spring in the park\nLocation\tPark County, Wyoming\nEstablished\tMarch 1, 1872\n\nYellowstone National Park is a national park of the United States in Wyoming.\n");
        assert_ne!(
            a.infoboxes[0].title.as_deref(),
            Some("National park in the United States")
        );
        assert!(a.diagnostics.iter().any(|d| d.code == "short_description"));
        // an image's caption set off so, over the first label, is the caption
        let a = parse("Nineteen Eighty-Four\n\nFirst edition cover\n\nAuthor\tGeorge Orwell\nPublished\t8 June 1949\n\nNineteen Eighty-Four is a dystopian novel by the English writer George Orwell.\n");
        assert_eq!(
            a.infoboxes[0].caption.as_deref(),
            Some("First edition cover")
        );
        // a name set off so is the box's title
        let a = parse("Microsoft\n\nMicrosoft Corporation\n\nType\tPublic\nFounded\tApril 4, 1975\n\nMicrosoft Corporation is an American multinational technology company.\n");
        assert_eq!(
            a.infoboxes[0].title.as_deref(),
            Some("Microsoft Corporation")
        );
    }

    #[test]
    fn a_box_may_repeat_the_page_title_under_its_own() {
        // an element's box: title, image caption, then the name as a header row
        let a = parse("Oxygen\nOxygen, 8O\nLiquid oxygen boiling\nOxygen\nAllotropes\tO2, O3\nAtomic number (Z)\t8\nGroup\tgroup 16\n\nOxygen is a chemical element with symbol O and atomic number 8.\n");
        let b = &a.infoboxes[0];
        assert_eq!(b.title.as_deref(), Some("Oxygen, 8O"));
        assert_eq!(b.caption.as_deref(), Some("Liquid oxygen boiling"));
        assert_eq!(a.sections[0].blocks.len(), 1, "no caption in the lead");
    }

    #[test]
    fn a_lower_case_line_inside_the_box_is_no_short_description() {
        // a language's native name under its box title
        let a = parse("Spanish language\nRomance language\nSpanish\nespañol, castellano\nPronunciation[espaˈɲol]\nNative toSpain\nLanguage familyIndo-European\n\nSpanish is a Romance language of the Indo-European family.\n");
        let b = &a.infoboxes[0];
        assert_eq!(b.title.as_deref(), Some("Spanish"));
        assert_eq!(field(&a, "Pronunciation").value.text, "[espaˈɲol]");
        assert!(b.captions.iter().any(|c| c.text == "español, castellano"));
    }

    #[test]
    fn a_box_title_may_end_in_an_abbreviation() {
        for t in [
            "Nintendo Co., Ltd.",
            "Apple Inc.",
            "Banco Santander S.A.",
            "Martin Luther King Jr.",
        ] {
            assert!(is_box_title(t), "{t}");
        }
        for t in ["It is a company.", "Founded in 1889.", "See the U.S. army."] {
            assert!(!ends_in_abbreviation(t), "{t}");
        }
        assert!(!is_box_title("It ended."));
        assert!(!is_box_title("HMS Hood in 1924"));
        assert!(!is_box_title("Federer at the 2012 Wimbledon Championships"));
        assert!(!is_box_title("Firefox 128 on Windows 11"));
        assert!(!is_box_title("Messi with Argentina"));
        assert!(!is_box_title("Emblem of the 2012 Summer Olympics"));
        assert!(!is_box_title("Flag of Estonia"));
        assert!(is_box_title("Church in Wales"));
        assert!(is_box_title("Battle of Verdun"));
        assert!(!is_box_title("Obama in the 1980s"));
        assert!(is_box_title("1989 Atlantic hurricane season"));
        assert!(is_box_title("Apollo 13"));
        assert!(!is_box_title("Curie, c. 1920"));
        assert!(is_box_title("Miss America 1921"));
    }

    #[test]
    fn a_navigation_box_is_neither_field_nor_prose() {
        let a = parse("Battle of X\n\nBattle of X\nDate\t26 August 1914\nCasualties and losses\n12,000\t78,000\nv\nt\ne\nEastern Front\nGumbinnen\nTannenberg\n\nThe Battle of X was fought between Russia and Germany on 26 August 1914, early in the war.\n\nAftermath\nThe war went on.\n\nv · t · e\nWorld War I\nTannenberg\n");
        assert_eq!(
            sides(&a, "casualties"),
            [(Some(1), "12,000"), (Some(2), "78,000")]
        );
        let skipped = a
            .diagnostics
            .iter()
            .filter(|d| d.code == "navigation_box")
            .count();
        assert_eq!(skipped, 6 + 3);
        // the article's text is the two paragraphs, and no link of either box
        let json = serde_json::to_string(&a.sections).unwrap_or_default();
        assert!(json.contains("early in the war.") && json.contains("The war went on."));
        assert!(!json.contains("Gumbinnen") && !json.contains("World War I\""));
    }

    #[test]
    fn a_heading_with_its_edit_link_is_one_before_a_short_sentence() {
        let a = parse("Battle of X\n\nBattle of X\nDate\t18 June 1815\nLocation\tWaterloo\n\nThe Battle of X was fought on Sunday, 18 June 1815, near the village, and it ended the war.[1]\n\nBackground[edit]\nNapoleon returned in March 1815.[2]\n");
        let headings: Vec<Option<&str>> = a.sections.iter().map(|s| s.heading.as_deref()).collect();
        assert_eq!(headings, [None, Some("Background")]);
    }

    #[test]
    fn a_short_lead_sentence_naming_the_page_ends_the_box() {
        let a = parse("2011 Tohoku earthquake and tsunami\n\n2011 Tohoku earthquake and tsunami\nLocal date\t11 March 2011\nMagnitude\t9.1 Mw\nCasualties\t19,759 deaths\n2,553 missing\nThe 2011 Tohoku earthquake struck on 11 March.[1]\n");
        let casualties = field(&a, "Casualties");
        assert_eq!(casualties.value.text, "19,759 deaths\n2,553 missing");
        assert!(matches!(
            &a.sections[0].blocks[0],
            crate::ast::Block::Paragraph { text, .. } if text == "The 2011 Tohoku earthquake struck on 11 March."
        ));
        // a value line that names the page but is no sentence stays the field's
        let b = parse("Acme Corporation\n\nAcme Corporation\nType\tPrivate\nSubsidiaries\tAcme Corporation Europe\nAcme Corporation Asia\n\nAcme Corporation is an American company that makes anvils and rockets for coyotes.\n");
        assert_eq!(
            field(&b, "Subsidiaries").value.text,
            "Acme Corporation Europe\nAcme Corporation Asia"
        );
    }

    #[test]
    fn a_chemical_box_keeps_its_foot() {
        let a = parse("Caffeine\n\nCaffeine\nProperties\nChemical formula\tC8H10N4O2\nDensity\t1.23 g/cm3, solid\nExcept where otherwise noted, data are given for materials in their standard state (at 25 °C [77 °F], 100 kPa).\ncheck verify (what is check☒?)\nInfobox references\n\nCaffeine is a central nervous system (CNS) stimulant of the methylxanthine class.\n");
        let b = &a.infoboxes[0];
        assert_eq!(b.captions.len(), 3, "{:?}", b.captions);
        let lead = &a.sections[0].blocks;
        assert!(
            matches!(&lead[0], crate::ast::Block::Paragraph { text, .. } if text.starts_with("Caffeine is a central")),
            "{lead:?}"
        );
        let d = field(&a, "Density");
        assert!(
            matches!(&d.value.typed, Some(crate::Typed::Quantity(q)) if q.unit.as_deref() == Some("g/cm3"))
        );
    }

    #[test]
    fn note_lines_without_numbers_are_named_as_their_lists_number_them() {
        let names = |page: &str| -> Vec<String> {
            parse(page)
                .references
                .iter()
                .filter_map(|r| r.name.clone())
                .collect()
        };
        // lettered notes and numbered references count apart
        let page = "X\n\nX is a thing.[a] It is big.[1][2]\n\nNotes\n\n    ^ A note.\n\nReferences\n\n    ^ One.\n    ^ Two.\n";
        assert_eq!(names(page), ["a", "1", "2"]);
        // grouped notes take their group's name
        let page = "X\n\nX is a thing.[note 1] It is big.[1]\n\nNotes\n\n    ^ A note.\n\nReferences\n\n    ^ One.\n";
        assert_eq!(names(page), ["note 1", "1"]);
        // a Notes section of numbered references, on a page without letters, is numbered
        let page = "X\n\nX is a thing.[1] It is big.[2]\n\nNotes\n\n    ^ One.\n    ^ Two.\n";
        assert_eq!(names(page), ["1", "2"]);
    }

    #[test]
    fn a_french_commune_box_reads_as_printed() {
        let a = parse("Lyon\n\nFrom Wikipedia, the free encyclopedia\n\nLyon\nLyons\nPrefecture and commune\nCountry\tFrance\nArea1\t47.87 km2 (18.48 sq mi)\n • Urban (2020)\t1,141.4 km2 (440.7 sq mi)\nPopulation (2022)[2]\t520,774\n • Rank\t3rd in France\n • Density\t11,000/km2 (28,000/sq mi)\nWebsite\twww.lyon.fr\n1 French Land Register data, which excludes lakes, ponds, glaciers > 1 km2 (0.386 sq mi or 247 acres) and river estuaries.\n\nLyon is the third-largest city of France, and the capital of the Auvergne-Rhône-Alpes region.[5]\n");
        let b = &a.infoboxes[0];
        // the line repeating the page title is the box's title, not a short description
        assert_eq!(b.title.as_deref(), Some("Lyon"));
        // `Area1`: the area, with note 1, whose text follows the box unindented
        let area = field(&a, "Area");
        assert_eq!(area.value.text, "47.87 km2 (18.48 sq mi)");
        assert_eq!(area.value.footnotes, ["1"]);
        assert_eq!(b.notes.len(), 1);
        assert_eq!(b.notes[0].label, "1");
        assert!(b.notes[0].text.starts_with("French Land Register data"));
        // sub-labels under a measure with its own value are the measure's
        let keys: Vec<&str> = b.fields.iter().map(|f| f.key.as_str()).collect();
        assert_eq!(
            keys,
            [
                "country",
                "area",
                "area_urban",
                "population_total",
                "population_rank",
                "population_density",
                "website"
            ]
        );
        assert!(
            matches!(&a.sections[0].blocks[0], crate::ast::Block::Paragraph { text, .. } if text.starts_with("Lyon is"))
        );
    }
    #[test]
    fn an_airport_box_reads_as_printed() {
        let a = parse("Heathrow Airport\n\nHeathrow Airport\nIATA: LHR ICAO: EGLL\nSummary\nAirport type\tPublic\nElevation AMSL\t83 ft / 25 m\nRunways\nDirection\tLength\tSurface\nm\tft\n09L/27R\t3,902\t12,802\tGrooved asphalt\nStatistics (2023)\nPassengers\t79,151,723\n\nHeathrow Airport is the primary international airport serving London, England, United Kingdom.\n");
        let b = &a.infoboxes[0];
        let e = field(&a, "Elevation AMSL");
        assert!(
            matches!(&e.value.typed, Some(crate::Typed::Quantity(q)) if q.unit.as_deref() == Some("ft") && q.converted.as_ref().is_some_and(|c| c.min == 25.0))
        );
        // the runway table's column headers are header lines, its rows fields
        let runways: Vec<(&str, &str)> = b
            .fields
            .iter()
            .filter(|f| f.key == "runways")
            .map(|f| (f.label.as_str(), f.value.text.as_str()))
            .collect();
        assert_eq!(runways, [("09L/27R", "3,902\n12,802\nGrooved asphalt")]);
        let groups: Vec<&str> = b.groups.iter().map(|g| g.text.as_str()).collect();
        assert_eq!(
            groups,
            [
                "Summary",
                "Runways",
                "Direction Length Surface",
                "m ft",
                "Statistics (2023)"
            ]
        );
        assert_eq!(
            field(&a, "Passengers").group.as_deref(),
            Some("Statistics (2023)")
        );
    }

    #[test]
    fn a_country_box_is_a_country_keyed_as_its_template() {
        let a = parse("Estonia\n\nRepublic of Estonia\nAnthem: \"Mu isamaa\"\nCapital\tTallinn\nOfficial languages\tEstonian\nGovernment\tUnitary parliamentary republic\n• President\tAlar Karis\nArea\n• Total\t45,339 km2 (17,505 sq mi) (129th)\n• Water (%)\t4.6\nPopulation\n• 2024 estimate\t1,374,687 (153rd)\n• 2021 census\t1,331,824\nGDP (PPP)\t2024 estimate\n• Total\t$61.9 billion (115th)\n• Per capita\t$45,236 (40th)\nCurrency\tEuro (€) (EUR)\nCalling code\t+372\nISO 3166 code\tEE\nInternet TLD\t.ee\n\nEstonia is a country.\n");
        let b = &a.infoboxes[0];
        assert_eq!(b.kind.as_deref(), Some("country"));
        let keys: Vec<&str> = b.fields.iter().map(|f| f.key.as_str()).collect();
        assert_eq!(
            keys,
            [
                "national_anthem",
                "capital",
                "official_languages",
                "government_type",
                "president",
                "area_total",
                "percent_water",
                "population_estimate",
                "population_census",
                "gdp_ppp_year",
                "gdp_ppp",
                "gdp_ppp_per_capita",
                "currency",
                "calling_code",
                "iso3166code",
                "cctld"
            ]
        );
        // `(%)` in the label is the figure's unit
        let water = field(&a, "Water (%)");
        assert!(
            matches!(&water.value.typed, Some(crate::Typed::Quantity(q)) if q.unit.as_deref() == Some("%")),
            "{:?}",
            water.value.typed
        );
    }

    #[test]
    fn a_city_box_stays_a_settlement() {
        let a = parse("Springfield\n\nSpringfield, Oregon\nCity\nCountry\tUnited States\nState\tOregon\nCounty\tLane\nGovernment\n• Mayor\tSean VanGordon\nArea\n• Total\t16.25 sq mi (42.09 km2)\n• Land\t15.81 sq mi (40.95 km2)\n• Water\t0.44 sq mi (1.14 km2)\nElevation\t456 ft (139 m)\nPopulation (2020)\n• Total\t61,851\n• Density\t3,912/sq mi (1,510.4/km2)\nTime zone\tUTC−8 (Pacific)\nZIP code\t97477\n\nSpringfield is a city.\n");
        let b = &a.infoboxes[0];
        assert_eq!(b.kind.as_deref(), Some("settlement"));
        assert_eq!(field(&a, "Water").key, "area_water");
    }

    #[test]
    fn a_country_box_one_cell_a_line_keeps_its_offices_and_stages() {
        let a = parse("Japan\n\nJapan\nGovernment Seal of Japan\nCapital\nTokyo\nGovernment\nUnitary parliamentary constitutional monarchy\n• Emperor\nNaruhito\n• Prime Minister\nShigeru Ishiba\nFormation\n• Meiji Constitution\n29 November 1890\nPopulation\n• 2024 estimate\nDecrease 123,740,000 (11th)\nCalling code\n+81\n\nJapan is an island country in East Asia.\n");
        let b = &a.infoboxes[0];
        assert_eq!(b.kind.as_deref(), Some("country"));
        let keys: Vec<(&str, &str)> = b
            .fields
            .iter()
            .map(|f| (f.key.as_str(), f.value.text.as_str()))
            .collect();
        assert_eq!(
            keys,
            [
                ("capital", "Tokyo"),
                (
                    "government_type",
                    "Unitary parliamentary constitutional monarchy"
                ),
                ("emperor", "Naruhito"),
                ("prime_minister", "Shigeru Ishiba"),
                ("meiji_constitution", "29 November 1890"),
                ("population_estimate", "Decrease 123,740,000 (11th)"),
                ("calling_code", "+81")
            ]
        );
        assert!(b
            .captions
            .iter()
            .any(|c| c.text == "Government Seal of Japan"));
    }

    #[test]
    fn a_former_countrys_leaders_are_no_sides() {
        let a = parse("Soviet Union\n\nUnion of Soviet Socialist Republics\nCapital\tMoscow\nOfficial languages\tRussian\nGovernment\tFederal one-party socialist republic\nLeader\n• 1922–1924\tVladimir Lenin\n• 1924–1953\tJoseph Stalin\nHead of state\n• 1922–1946\tMikhail Kalinin\nHistorical era\t20th century\n• Dissolution\t26 December 1991\nCalling code\t+7\nInternet TLD\t.su\n\nThe Soviet Union was a country.\n");
        let b = &a.infoboxes[0];
        assert_eq!(b.kind.as_deref(), Some("country"));
        assert!(b.fields.iter().all(|f| f.side.is_none()), "{:?}", b.fields);
        let leader = field(&a, "Leader");
        assert_eq!(
            leader.value.text,
            "1922–1924\nVladimir Lenin\n1924–1953\nJoseph Stalin"
        );
        assert_eq!(field(&a, "Head of state").key, "head_of_state");
        assert_eq!(field(&a, "Dissolution").key, "dissolution");
    }

    #[test]
    fn a_name_in_its_own_language_below_a_line_makes_it_the_box_title() {
        assert!(in_a_language("République française (French)"));
        assert!(in_a_language("日本国 (Japanese)"));
        assert!(!in_a_language("Paris (France)"));
        assert!(!in_a_language("(French)"));
        let a = parse("France\n\nFrench Republic\nRépublique française (French)\nCapital\tParis\nOfficial languages\tFrench\nCalling code\t+33\nInternet TLD\t.fr\n\nFrance is a country.\n");
        assert_eq!(a.infoboxes[0].title.as_deref(), Some("French Republic"));
        // a caption sharing no word, with no such line below it, is no title
        let a = parse("France\n\nThe Eiffel Tower at night\nCapital\tParis\nOfficial languages\tFrench\nCalling code\t+33\nInternet TLD\t.fr\n\nFrance is a country.\n");
        assert_eq!(a.infoboxes[0].title.as_deref(), Some("France"));
    }
}
