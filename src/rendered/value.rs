//! A field's value rows → [`Value`]: plain text, footnotes, items and typed readings.
//!
//! The [`Hint`] of the field's key picks the readings: date fields take date ranges with the
//! duration or qualifier lines under them; quantity fields give one item per quantity (with
//! `Label:` sub-headings as qualifiers); text fields give one item per line or bullet.

use crate::ast::{Marker, Value};
use crate::span::Span;
use crate::value::typed::{Quantity, Typed};
use crate::value::{self, date, duration, footnote, quantity, text, Hint};

/// One row of a value: the text after any bullet, its span, and its bullet depth.
#[derive(Debug, Clone, Copy)]
pub struct ValueLine<'a> {
    /// Raw text (markers still in).
    pub text: &'a str,
    /// Its bytes.
    pub span: Span,
    /// Bullet depth when the row was a bullet.
    pub bullet: Option<u8>,
}

/// `[text](url)` at the start of `s` (after its `[`): the text and the whole length, within
/// short windows so scanning stays linear.
fn md_link(s: &str) -> Option<(&str, &str, usize)> {
    let close = s
        .bytes()
        .take(300)
        .position(|b| b == b']' || b == b'[' || b == b'\n')?;
    if s.as_bytes()[close] != b']' || !s[close + 1..].starts_with('(') {
        return None;
    }
    let target = &s[close + 2..];
    let end = target
        .bytes()
        .take(400)
        .position(|b| b == b')' || b == b' ' || b == b'\n')?;
    (target.as_bytes()[end] == b')').then(|| (&s[..close], &target[..end], close + 2 + end + 1))
}

/// Markdown that mirrors leave in the text: image placeholders (`![]()`, `![alt](url)`) go,
/// links (`[text](url)`) keep their text, footnote-link remnants (`(#cite_note-1)`) go, and
/// `**bold**` marks go.
pub fn strip_markup(s: &str) -> std::borrow::Cow<'_, str> {
    // (one scan for the three pairs `](`, `**`, `(#`, not three searches)
    let b = s.as_bytes();
    let marked = memchr::memchr3_iter(b']', b'*', b'(', b).any(|i| {
        matches!(
            (b[i], b.get(i + 1)),
            (b']', Some(b'(')) | (b'*', Some(b'*')) | (b'(', Some(b'#'))
        )
    });
    if !marked {
        return s.into();
    }
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        let rest = &s[i..];
        if let Some((_, _, n)) = rest.strip_prefix("![").and_then(md_link) {
            i += 2 + n;
            continue;
        }
        if let Some((text, _, n)) = rest.strip_prefix('[').and_then(md_link) {
            out.push_str(text);
            i += 1 + n;
            continue;
        }
        if let Some(close) = rest
            .strip_prefix("(#")
            .and_then(|r| r.bytes().take(120).position(|b| b == b')'))
        {
            i += 2 + close + 1;
            continue;
        }
        if rest.starts_with("**") {
            i += 2;
            continue;
        }
        let c = rest.chars().next().map_or(1, char::len_utf8);
        out.push_str(&rest[..c]);
        i += c;
    }
    out.into()
}

/// The Markdown links of a raw line (footnote links excluded), with spans.
fn md_links(raw: &str, base: usize) -> Vec<crate::ast::Link> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(rel) = raw[at..].find('[') {
        let open = at + rel;
        at = open + 1;
        if raw[..open].ends_with('!') {
            continue;
        }
        if let Some((text, target, n)) = md_link(&raw[open + 1..]) {
            if !target.starts_with('#') && !footnote::is_marker_label(text) {
                out.push(crate::ast::Link {
                    text: text::normalize(text),
                    target: target.to_owned(),
                    span: Span::new(base + open, base + open + 1 + n),
                });
            }
            at = open + 1 + n;
        }
    }
    out
}

/// A cleaned line of a value.
#[derive(Clone)]
struct Clean {
    text: String,
    span: Span,
    footnotes: Vec<String>,
    bullet: bool,
}

/// An item of a list value. Its markers are listed on the parent value (in reading order, once),
/// not repeated here.
fn item(text: String, span: Span, typed: Option<Typed>) -> Value {
    Value {
        text,
        footnotes: Vec::new(),
        items: Vec::new(),
        typed,
        links: Vec::new(),
        span,
    }
}

/// Build the value of a field from its rows; `at` is where an empty value sits.
pub fn build(lines: &[ValueLine<'_>], hint: Hint, at: usize) -> (Value, Vec<Marker>) {
    let mut markers = Vec::new();
    let mut clean: Vec<Clean> = Vec::new();
    let mut links = Vec::new();
    // markers on a line of their own (`<ref>…</ref><br/>Ranked 1st`) belong to the line
    // before them, or to the first line after them when none came before
    let mut orphans: Vec<String> = Vec::new();
    for l in lines {
        // links and markers both open with `[`: most lines have none, and skip both scans
        let (t, mut footnotes) = if memchr::memchr(b'[', l.text.as_bytes()).is_none() {
            (text::normalize(&strip_markup(l.text)), Vec::new())
        } else {
            links.extend(md_links(l.text, l.span.start));
            let st = footnote::strip(l.text, l.span.start);
            let t = text::normalize(&strip_markup(&st.text));
            let footnotes: Vec<String> = st.markers.iter().map(|m| m.label.clone()).collect();
            markers.extend(st.markers);
            (t, footnotes)
        };
        if t.is_empty() {
            match clean.last_mut() {
                Some(prev) => prev.footnotes.append(&mut footnotes),
                None => orphans.append(&mut footnotes),
            }
            continue;
        }
        if !orphans.is_empty() {
            orphans.append(&mut footnotes);
            footnotes = std::mem::take(&mut orphans);
        }
        clean.push(Clean {
            text: t,
            span: l.span,
            footnotes,
            bullet: l.bullet.is_some(),
        });
    }
    let span = match (lines.first(), lines.last()) {
        (Some(a), Some(b)) => a.span.join(b.span),
        _ => Span::empty(at),
    };
    let mut v = Value {
        text: clean
            .iter()
            .map(|c| c.text.as_str())
            .collect::<Vec<_>>()
            .join("\n"),
        footnotes: clean
            .iter()
            .flat_map(|c| c.footnotes.iter().cloned())
            .collect(),
        items: Vec::new(),
        typed: None,
        links,
        span,
    };
    if clean.is_empty() {
        // nothing but footnote markers (a value whose template printed nothing): the value
        // keeps them
        v.footnotes = markers.iter().map(|m| m.label.clone()).collect();
        return (v, markers);
    }
    match hint {
        Hint::Date => date_value(&mut v, &clean),
        Hint::Quantity => quantity_value(&mut v, &clean),
        Hint::Place => {
            v.typed = value::coordinates::find(&v.text).map(Typed::Coordinates);
        }
        // `Least Concern` / `(IUCN 3.1)`, on one line or two
        Hint::Status => {
            v.typed = conservation_status(&v.text).map(Typed::ConservationStatus);
        }
        // `Vulpes vulpes` / `(Linnaeus, 1758)`, on one line or two
        Hint::Binomial => {
            v.typed = value::binomial::parse(&v.text).map(Typed::Binomial);
        }
        Hint::Text | Hint::Any | Hint::Unknown => {
            if clean.len() == 1 {
                v.typed = value::single(&clean[0].text, hint)
                    .or_else(|| leading_quantity(&clean[0].text, hint));
            }
            list_items(&mut v, &clean, hint);
        }
    }
    (v, markers)
}

/// The lines of a measure that a copy broke: `8.60 ± 0.04 ly` / `(2.64 ± 0.01 pc)` (its
/// conversion on the line below) and `228+10` / `−8 Myr` (an uncertainty above and below the
/// figure, a superscript over a subscript) are one line each. Most values have no such break:
/// their lines are borrowed as they are.
fn measure_lines(clean: &[Clean]) -> std::borrow::Cow<'_, [Clean]> {
    let broken = clean
        .windows(2)
        .any(|w| continues_measure(&w[0].text, &w[1].text));
    if !broken {
        return std::borrow::Cow::Borrowed(clean);
    }
    let mut out: Vec<Clean> = Vec::with_capacity(clean.len());
    for c in clean {
        if let Some(prev) = out
            .last_mut()
            .filter(|p| continues_measure(&p.text, &c.text))
        {
            let gap = if c.text.starts_with('(') { " " } else { "" };
            prev.text = format!("{}{gap}{}", prev.text, c.text);
            prev.span = prev.span.join(c.span);
            prev.footnotes.extend(c.footnotes.iter().cloned());
            continue;
        }
        out.push(c.clone());
    }
    std::borrow::Cow::Owned(out)
}

/// The words of a line wholly in brackets that opens with a lower-case word (`(diameter;
/// …)`, `(estimated)`).
fn lowercase_aside(t: &str) -> Option<&str> {
    let inner = t.strip_prefix('(')?.strip_suffix(')')?;
    (inner.starts_with(|c: char| c.is_lowercase()) && !inner.contains(['(', ')'])).then_some(inner)
}

/// Whether `next` goes on the measure `line` ends with (see [`measure_lines`]).
fn continues_measure(line: &str, next: &str) -> bool {
    let digit_at_end = line.ends_with(|c: char| c.is_ascii_digit());
    if let Some(inner) = next.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
        // (a lone count in parentheses is a rank or a year, and `(15,000 missing)` under
        // `6,000 captured` another count: a conversion is in a unit's symbol, another one)
        let unit = |t: &str| {
            quantity::whole(t)
                .filter(|q| q.converted.is_none())
                .and_then(|q| q.unit)
                .filter(|u| quantity::is_unit_symbol(u))
        };
        return match (unit(line), unit(inner)) {
            (Some(a), Some(b)) => a != b,
            _ => false,
        };
    }
    let below = next
        .strip_prefix('−')
        .or_else(|| next.strip_prefix('-'))
        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
    let above = line.rfind('+').is_some_and(|k| {
        k > 0
            && line[k + 1..]
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b'.')
    });
    digit_at_end && above && below
}

/// `Least Concern (IUCN 3.1)` on one line or two; when more lines follow (a second system's
/// status: `CITES Appendix I (CITES)`), the first line (or pair) that names a category.
fn conservation_status(text: &str) -> Option<crate::value::typed::ConservationStatus> {
    let status = value::status::parse;
    status(&text.replace('\n', " ")).or_else(|| {
        let lines: Vec<&str> = text.lines().collect();
        lines.iter().enumerate().find_map(|(i, line)| {
            let with_system = lines
                .get(i + 1)
                .filter(|next| next.trim_start().starts_with('('))
                .and_then(|next| status(&format!("{line} {next}")));
            with_system.or_else(|| status(line))
        })
    })
}

/// `986 emus confirmed killed. Minimal impact …`: a count opening an untyped outcome line.
fn leading_quantity(line: &str, hint: Hint) -> Option<Typed> {
    if hint != Hint::Any
        || !line.starts_with(|c: char| c.is_ascii_digit())
        || date::find(line).is_some()
        || value::coordinates::find(line).is_some()
    {
        return None;
    }
    let (q, range) = quantity::list(line, false).into_iter().next()?;
    let rest = &line[range.end..];
    // `7.62×39mm` (a cartridge) and `30-round magazine` name things: the number is no count
    let names_a_thing = rest.starts_with(['×', '-', '‑']);
    // `14:46 JST` is a time of day
    let clock = rest.starts_with(':');
    // `6 lanes of US 101 / SR 1`: words cut short by a number are no unit
    let unit_cut = q.unit.is_some() && rest.trim_start().starts_with(|c: char| c.is_ascii_digit());
    let named = quantity::year_before_name(line, &q);
    (range.start == 0 && !names_a_thing && !clock && !unit_cut && !named)
        .then_some(Typed::Quantity(q))
}

/// Several lines or bullets are a list: one item per line; a line in parentheses
/// (`(m. 1842)`, `(gunshot wound to the head)`) belongs to the item above it.
fn list_items(v: &mut Value, clean: &[Clean], hint: Hint) {
    let mut rows: Vec<(String, Span)> = Vec::new();
    for c in clean {
        match rows.last_mut() {
            Some(last) if c.text.starts_with('(') && !c.bullet => {
                last.0.push(' ');
                last.0.push_str(&c.text);
                last.1 = last.1.join(c.span);
            }
            // `Hugo Black · Stanley F. Reed`: names run on one line with interpuncts, as an
            // hlist prints them (`very high · 4th of 16` is one reading and its rank)
            _ if names_by_interpuncts(&c.text) => rows.extend(
                c.text
                    .split(" · ")
                    .map(|name| (name.trim().to_owned(), c.span)),
            ),
            _ => rows.push((c.text.clone(), c.span)),
        }
    }
    if rows.len() < 2 {
        return;
    }
    v.items = rows
        .into_iter()
        .map(|(t, span)| {
            let typed = value::single(&t, hint);
            item(t, span, typed)
        })
        .collect();
}

/// A line of two or more parts between ` · ` that each open with a capital letter.
fn names_by_interpuncts(t: &str) -> bool {
    t.contains(" · ")
        && t.split(" · ")
            .all(|p| p.trim().starts_with(|c: char| c.is_uppercase()))
}

/// Dates: a date or range per line, the duration or `(qualifier)` under it, ranges split over
/// two lines joined.
fn date_value(v: &mut Value, clean: &[Clean]) {
    // join a range broken after its dash: `… (2005-09-13) –` / `November 19, 2020 …`
    let mut logical: Vec<(String, Span)> = Vec::new();
    for c in clean {
        match logical.last_mut() {
            Some(last) if last.0.ends_with(text::is_dash) || c.text.starts_with(text::is_dash) => {
                last.0.push(' ');
                last.0.push_str(&c.text);
                last.1 = last.1.join(c.span);
            }
            _ => logical.push((c.text.clone(), c.span)),
        }
    }
    let mut found: Vec<Value> = Vec::new();
    for (t, span) in &logical {
        if let Some(inner) = t.strip_prefix('(').and_then(|x| x.strip_suffix(')')) {
            // a duration or a qualifier for the date above
            if let Some(Value {
                typed: Some(Typed::DateRange(r)),
                ..
            }) = found.last_mut()
            {
                if let Some(d) = duration::whole(inner) {
                    if r.duration.is_none() {
                        r.duration = Some(d);
                        continue;
                    }
                } else if r.qualifier.is_none() && !inner.chars().any(|c| c.is_ascii_digit()) {
                    r.qualifier = Some(inner.to_owned());
                    continue;
                }
            }
            continue;
        }
        let typed = value::date_like(t)
            .or_else(|| qualified_range(t))
            // `1978 (2nd Session)`: a date with a note after it
            .or_else(|| {
                let (head, _) = t.strip_suffix(')')?.rsplit_once(" (")?;
                date::whole(head).map(Typed::Date)
            })
            .or_else(|| {
                let iso = date::hidden_iso(t);
                match iso.as_slice() {
                    [one] => date::whole(one).map(Typed::Date),
                    _ => date::find(t).map(Typed::Date),
                }
            });
        // a line with no date stays an item (untyped) when the value is a list
        found.push(item(t.clone(), *span, typed));
    }
    let dated = found.iter().filter(|f| f.typed.is_some()).count();
    if dated == 1 {
        v.typed = found.into_iter().find_map(|f| f.typed);
    } else if dated > 1 {
        v.items = found;
    }
}

/// `1921–1942 (Organized Reserves)`: a date range with its qualifier on the same line, and
/// perhaps its duration too (`25 June 1950 – 27 July 1953 (armistice) (3 years, 1 month and
/// 2 days)`): the bracketed groups at the line's end are peeled off, a duration or a qualifier
/// each.
fn qualified_range(t: &str) -> Option<Typed> {
    let mut head = t.trim_end();
    let mut qualifier: Option<&str> = None;
    let mut duration = None;
    for _ in 0..2 {
        let Some(inner) = head.strip_suffix(')') else {
            break;
        };
        let open = inner.rfind(" (")?;
        let group = &inner[open + 2..];
        if group.is_empty() || group.contains(['(', ')']) {
            return None;
        }
        match duration::whole(group) {
            Some(d) if duration.is_none() => duration = Some(d),
            Some(_) => return None,
            None if qualifier.is_none() && !group.chars().any(|c| c.is_ascii_digit()) => {
                qualifier = Some(group)
            }
            None => return None,
        }
        head = inner[..open].trim_end();
    }
    let qualifier = qualifier?;
    let mut r = date::range(head)?;
    r.start.as_ref()?;
    r.qualifier = Some(qualifier.to_owned());
    if r.duration.is_none() {
        r.duration = duration;
    }
    Some(Typed::DateRange(r))
}

/// Quantities: every quantity of every line, with `X:` lines qualifying the lines below.
fn quantity_value(v: &mut Value, clean: &[Clean]) {
    let mut items: Vec<Value> = Vec::new();
    let mut pending: Option<String> = None;
    let clean = measure_lines(clean);
    for c in clean.iter() {
        let t = c.text.trim_end_matches([';', ',']);
        if let Some(head) = t.strip_suffix(':') {
            // `24,000:` over its breakdown is a total, not a sub-heading (`1919:` is one)
            let dated = date::is_dated(head);
            if let Some(total) = quantity::whole(head).filter(|_| !dated) {
                items.push(item(c.text.clone(), c.span, Some(Typed::Quantity(total))));
                pending = None;
            } else {
                pending = Some(head.trim().to_owned());
            }
            continue;
        }
        // `(diameter; 25.0 mag/arcsec2 B-band isophote)` under a measure says what it
        // measures: a note on the item above, not an item (a count in brackets is one)
        if let Some(inner) = lowercase_aside(t) {
            if let Some(last) = items.last_mut() {
                last.text.push(' ');
                last.text.push_str(t);
                last.span = last.span.join(c.span);
                if let Some(Typed::Quantity(q)) = last.typed.as_mut() {
                    q.note.get_or_insert_with(|| inner.to_owned());
                }
                continue;
            }
        }
        // (`[15.99903, 15.99977]`: an interval is one quantity, not a list of two)
        let found = match quantity::whole(t).filter(|_| t.starts_with('[')) {
            Some(q) => vec![(q, 0..t.len())],
            None => quantity::list(t, true),
        };
        if found.is_empty() {
            items.push(item(c.text.clone(), c.span, None));
            continue;
        }
        let single = found.len() == 1;
        for (mut q, range) in found {
            if q.qualifier.is_none() {
                q.qualifier.clone_from(&pending);
            }
            // a part of a line runs to the next quantity: the comma between them is no
            // part of it (`19,759 deaths, 6,242 injured`), nor a dimension's `×`
            // (`572.6 km × 557.2 km`)
            let text = if single {
                c.text.clone()
            } else {
                t[range]
                    .trim()
                    .trim_end_matches([',', ';', '×'])
                    .trim_end()
                    .to_owned()
            };
            items.push(item(text, c.span, Some(Typed::Quantity(q))));
        }
    }
    let typed: Vec<&Quantity> = items
        .iter()
        .filter_map(|i| match &i.typed {
            Some(Typed::Quantity(q)) => Some(q),
            _ => None,
        })
        .collect();
    let lead_only = typed.len() == 1 && items.first().is_some_and(|i| i.typed.is_some());
    if items.len() == 1 && typed.len() == 1 {
        v.typed = items.pop().and_then(|i| i.typed);
    } else if items.len() > 1 || clean.iter().any(|c| c.bullet) {
        // a measure with notes under it (`8,848.86 m` then `Ranked 1st`): the value is the
        // measure, the lines stay its items
        if lead_only {
            v.typed = items[0].typed.clone();
        }
        v.items = items;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_status_among_other_systems_lines() {
        let read = |t: &str| conservation_status(t).map(|s| (s.status, s.system));
        let endangered = Some(("Endangered".to_owned(), Some("IUCN 3.1".to_owned())));
        assert_eq!(
            read("Endangered (IUCN 3.1)\nCITES Appendix I (CITES)"),
            endangered
        );
        assert_eq!(
            read("Endangered\n(IUCN 3.1)\nCITES Appendix I (CITES)"),
            endangered
        );
        assert_eq!(read("CITES Appendix I (CITES)"), None);
    }

    #[test]
    fn a_bracketed_note_under_a_measure_is_its_note() {
        let lines = [
            ValueLine {
                text: "~46.56 kpc (152,000 ly)",
                span: Span::new(0, 23),
                bullet: None,
            },
            ValueLine {
                text: "(diameter; 25.0 mag/arcsec2 B-band isophote)",
                span: Span::new(24, 69),
                bullet: None,
            },
        ];
        let (v, _) = build(&lines, Hint::Quantity, 0);
        match v.typed {
            Some(Typed::Quantity(q)) => assert_eq!(
                (q.min, q.note.as_deref()),
                (46.56, Some("diameter; 25.0 mag/arcsec2 B-band isophote"))
            ),
            other => panic!("{other:?}"),
        }
        // a date with a note after it
        let line = [ValueLine {
            text: "1978 (2nd Session)",
            span: Span::new(0, 18),
            bullet: None,
        }];
        let (v, _) = build(&line, Hint::Date, 0);
        assert!(matches!(v.typed, Some(Typed::Date(_))), "{:?}", v.typed);
    }

    #[test]
    fn names_between_interpuncts_are_items() {
        assert!(names_by_interpuncts("Hugo Black · Stanley F. Reed"));
        assert!(!names_by_interpuncts("very high · 4th of 16"));
        assert!(!names_by_interpuncts("Hugo Black"));
    }

    #[test]
    fn images_removed() {
        assert_eq!(strip_markup("![]() ![]() x ![a](b.png)"), "  x ");
        assert_eq!(strip_markup("![ unclosed"), "![ unclosed");
    }

    #[test]
    fn a_range_keeps_its_qualifier_on_the_same_line() {
        let Some(Typed::DateRange(r)) = qualified_range("1921–1942 (Organized Reserves)") else {
            panic!("no range");
        };
        assert_eq!(r.qualifier.as_deref(), Some("Organized Reserves"));
        assert_eq!(
            (r.start.as_deref(), r.end.as_deref()),
            (Some("1921"), Some("1942"))
        );
        // a qualifier and a duration, in either order
        for t in [
            "25 June 1950 – 27 July 1953 (armistice) (3 years, 1 month and 2 days)",
            "25 June 1950 – 27 July 1953 (3 years, 1 month and 2 days) (armistice)",
        ] {
            let Some(Typed::DateRange(r)) = qualified_range(t) else {
                panic!("no range in {t}");
            };
            assert_eq!(r.end.as_deref(), Some("1953-07-27"));
            assert_eq!(r.qualifier.as_deref(), Some("armistice"));
            assert_eq!(
                r.duration.map(|d| (d.years, d.months, d.days)),
                Some((3, 1, 2))
            );
        }
        // two qualifiers are not one range's
        assert!(qualified_range("1950–1953 (armistice) (ceasefire)").is_none());
        assert!(qualified_range("Organized Reserves (1921)").is_none());
    }

    #[test]
    fn quantities_listed_on_one_line_are_items_without_their_commas() {
        let line = ValueLine {
            text: "19,759 deaths, 6,242 injured; 2,553 missing",
            span: Span::new(0, 43),
            bullet: None,
        };
        let (v, _) = build(&[line], Hint::Quantity, 0);
        let texts: Vec<&str> = v.items.iter().map(|i| i.text.as_str()).collect();
        assert_eq!(texts, ["19,759 deaths", "6,242 injured", "2,553 missing"]);
        assert!(v.items.iter().all(|i| i.typed.is_some()));
    }

    #[test]
    fn a_total_over_its_breakdown_is_an_item_and_a_sub_heading_is_a_qualifier() {
        fn lines<'a>(texts: &[&'a str]) -> Vec<ValueLine<'a>> {
            texts
                .iter()
                .map(|t| ValueLine {
                    text: t,
                    span: Span::new(0, t.len()),
                    bullet: None,
                })
                .collect()
        }
        let (v, _) = build(
            &lines(&["24,000:", "17,000 Anglo-allied", "7,000 Prussian"]),
            Hint::Quantity,
            0,
        );
        let got: Vec<(&str, Option<f64>)> = v
            .items
            .iter()
            .map(|i| match &i.typed {
                Some(Typed::Quantity(q)) => (i.text.as_str(), Some(q.min)),
                _ => (i.text.as_str(), None),
            })
            .collect();
        assert_eq!(
            got,
            [
                ("24,000:", Some(24000.0)),
                ("17,000 Anglo-allied", Some(17000.0)),
                ("7,000 Prussian", Some(7000.0))
            ]
        );
        for head in ["Early 1919", "1919", "1919–1920", "13 March"] {
            let first = format!("{head}:");
            let (v, _) = build(&lines(&[&first, "~50,000"]), Hint::Quantity, 0);
            let Some(Typed::Quantity(q)) = &v.typed else {
                panic!("{head}: {v:?}");
            };
            assert_eq!(q.qualifier.as_deref(), Some(head));
        }
    }

    #[test]
    fn leading_count_only_when_it_counts() {
        let count = |l: &str| leading_quantity(l, Hint::Any).is_some();
        assert!(count(
            "986 emus confirmed killed. Minimal impact on the emu population"
        ));
        assert!(!count("7.62×39mm"));
        assert!(!count("14:46 JST"));
        assert!(!count("6 lanes of US 101 / SR 1, pedestrians and bicycles"));
        assert!(!count("38.297°N 142.373°E"));
        assert!(count("6 lanes, pedestrians and bicycles"));
        assert!(!count(
            "30-round detachable box magazine, also compatible with drums"
        ));
    }
}
