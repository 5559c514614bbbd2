//! Dates and date ranges as infoboxes print them.
//!
//! ```text
//! date     = [circa] ( iso | year "-" Mon "-" day | day month year | month day "," year
//!                    | month year | year ) [era]
//! iso      = year "-" mm ["-" dd]
//! range    = partial sep ( date | "present" ) | date sep        (open: `2004–`)
//! partial  = a date missing its year (or month and year), completed from the end: `13 March – 7 May 1954`, `14–18 July 1969`
//! sep      = any dash | "to"
//! ```
//! A hidden ISO date beside a printed one (`(1809-02-12)February 12, 1809`) is the machine copy
//! of the same date and is skipped. Anything else left over makes the text untypable: a wrong
//! date is worse than none.

use super::text::is_dash;
use super::typed::{Date, DateRange};

const MONTHS: &[(&str, u8)] = &[
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sept", 9),
    ("sep", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

/// A date, possibly partial (a range start that borrows its year from the end).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Parts {
    /// Year (negative never; see `bce`).
    pub year: Option<i32>,
    /// 1–12.
    pub month: Option<u8>,
    /// 1–31.
    pub day: Option<u8>,
    /// Circa.
    pub approx: bool,
    /// Before the common era.
    pub bce: bool,
}

impl Parts {
    /// `YYYY[-MM[-DD]]`, or None when the year is missing.
    pub fn iso(&self) -> Option<String> {
        let y = self.year?;
        Some(match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{y:04}-{m:02}-{d:02}"),
            (Some(m), None) => format!("{y:04}-{m:02}"),
            _ => format!("{y:04}"),
        })
    }

    fn to_date(self) -> Option<Date> {
        Some(Date {
            date: self.iso()?,
            approx: self.approx,
            bce: self.bce,
            age: None,
        })
    }
}

/// Whether `s` holds a year: four digits from 1000 to 2099, not part of a longer number.
pub fn has_year(s: &str) -> bool {
    let b = s.as_bytes();
    (0..b.len().saturating_sub(3)).any(|i| {
        let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
        digits(i..i + 4)
            && matches!(&b[i..i + 2], [b'1', _] | [b'2', b'0'])
            && (i == 0 || !b[i - 1].is_ascii_digit())
            && b.get(i + 4).is_none_or(|c| !c.is_ascii_digit())
    })
}

/// The number of a month written as a whole word (`March`, `mar`, `Sept.`).
pub fn month_number(word: &str) -> Option<u8> {
    let (m, rest) = month(word.trim())?;
    rest.is_empty().then_some(m)
}

fn month(s: &str) -> Option<(u8, &str)> {
    let word_len = s
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(s.len());
    if word_len < 3 {
        return None;
    }
    let word = s[..word_len].to_ascii_lowercase();
    let m = MONTHS.iter().find(|(n, _)| *n == word)?.1;
    let mut rest = &s[word_len..];
    if word_len <= 4 {
        rest = rest.strip_prefix('.').unwrap_or(rest);
    }
    Some((m, rest))
}

fn digits(s: &str, min: usize, max: usize) -> Option<(u32, &str)> {
    let n = s.bytes().take_while(u8::is_ascii_digit).count();
    if n < min || n > max {
        return None;
    }
    Some((s[..n].parse().ok()?, &s[n..]))
}

fn day(s: &str) -> Option<(u8, &str)> {
    let (d, rest) = digits(s, 1, 2)?;
    let rest = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|x| rest.strip_prefix(x))
        .unwrap_or(rest);
    ((1..=31).contains(&d) && !rest.starts_with(|c: char| c.is_ascii_digit()))
        .then_some((d as u8, rest))
}

fn year(s: &str) -> Option<(i32, &str)> {
    let (y, rest) = digits(s, 1, 4)?;
    if rest.starts_with(|c: char| c.is_alphanumeric()) && !rest.starts_with(['B', 'A', 'C']) {
        return None;
    }
    Some((y as i32, rest))
}

fn era(s: &str, p: &mut Parts) -> usize {
    let t = s.trim_start();
    for (w, bce) in [
        ("BCE", true),
        ("BC", true),
        ("B.C.", true),
        ("CE", false),
        ("AD", false),
        ("A.D.", false),
    ] {
        if let Some(rest) = t.strip_prefix(w) {
            if !rest.starts_with(|c: char| c.is_alphanumeric()) {
                p.bce = bce;
                return s.len() - rest.len();
            }
        }
    }
    0
}

fn ws(s: &str) -> &str {
    s.trim_start_matches([' ', ','])
}

/// One date form at the start of `s`, possibly missing year (and month) when `partial`.
fn date_at(s: &str, partial: bool) -> Option<(Parts, &str)> {
    let mut p = Parts::default();
    let mut s = s;
    for c in ["c. ", "c.", "ca. ", "circa ", "approx. "] {
        if let Some(r) = s.strip_prefix(c) {
            p.approx = true;
            s = r;
            break;
        }
    }
    // `Spring 1453`, `late 1944`, `mid-June 1944`: a part of the year or month names no
    // other date than that year or month
    for w in [
        "early ", "mid-", "mid ", "late ", "spring ", "summer ", "autumn ", "fall ", "winter ",
    ] {
        let head = s.get(..w.len());
        if head.is_some_and(|h| h.eq_ignore_ascii_case(w)) {
            let r = &s[w.len()..];
            if r.starts_with(|c: char| c.is_ascii_digit()) || month(r).is_some() {
                s = r;
            }
            break;
        }
    }
    // hidden ISO copy before the printed date
    let s = skip_iso_paren(s);
    fn done(mut p: Parts, rest: &str) -> Option<(Parts, &str)> {
        let n = era(rest, &mut p);
        Some((p, &rest[n..]))
    }
    // ISO 1809-02-12, 2023-Dec-10, 1809-02
    if let Some((y, r)) = digits(s, 4, 4) {
        if let Some(r2) = r.strip_prefix('-') {
            if let Some((m, r3)) = digits(r2, 2, 2).filter(|(m, _)| (1..=12).contains(m)) {
                p.year = Some(y as i32);
                p.month = Some(m as u8);
                if let Some((d, r4)) = r3.strip_prefix('-').and_then(|x| digits(x, 2, 2)) {
                    p.day = Some(d as u8);
                    return Some((p, r4));
                }
                return Some((p, r3));
            }
            if let Some((m, r3)) = month(r2) {
                if let Some((d, r4)) = r3.strip_prefix('-').and_then(|x| digits(x, 1, 2)) {
                    p.year = Some(y as i32);
                    p.month = Some(m);
                    p.day = Some(d as u8);
                    return Some((p, r4));
                }
            }
        }
    }
    // day month [year]
    if let Some((d, r)) = day(s) {
        let r1 = r.strip_prefix(' ');
        if let Some((m, r2)) = r1.and_then(month) {
            p.day = Some(d);
            p.month = Some(m);
            if let Some((y, r3)) = r2.strip_prefix([' ', ',']).map(ws).and_then(year) {
                p.year = Some(y);
                return done(p, r3);
            }
            return partial.then_some((p, r2));
        }
        // a bare day: `14–18 July 1969`
        if partial && r.trim_start().starts_with(is_dash) {
            p.day = Some(d);
            return Some((p, r));
        }
    }
    // month [day,] [year]
    if let Some((m, r)) = month(s) {
        p.month = Some(m);
        let r1 = r.strip_prefix(' ').unwrap_or(r);
        if let Some((d, r2)) = day(r1) {
            let after = r2.strip_prefix(',').unwrap_or(r2);
            if let Some((y, r3)) = after
                .strip_prefix(' ')
                .and_then(year)
                .filter(|(y, _)| *y > 31)
            {
                p.day = Some(d);
                p.year = Some(y);
                return done(p, r3);
            }
            if partial && !r2.starts_with(',') {
                p.day = Some(d);
                return Some((p, r2));
            }
        }
        if let Some((y, r2)) = r.strip_prefix(' ').and_then(year) {
            // `August 30` is a day without its year, not the year 30: a short year needs an
            // era (`March 44 BC`)
            let mut q = p;
            q.year = Some(y);
            if y >= 100 || era(r2, &mut q) > 0 {
                p.year = Some(y);
                return done(p, r2);
            }
        }
        return partial.then_some((p, r));
    }
    // year
    if let Some((y, r)) = year(s) {
        // a year alone needs 3–4 digits unless an era follows: `500 BC`
        let mut q = p;
        q.year = Some(y);
        let n = era(r, &mut q);
        if y >= 100 || n > 0 {
            return Some((q, &r[n..]));
        }
    }
    None
}

fn skip_iso_paren(s: &str) -> &str {
    // `(1809-02-12)`: exactly ten bytes inside, so look no further (linear on `((((…`)
    match s
        .strip_prefix('(')
        .and_then(|r| Some((r.get(..10)?, r.get(10..)?)))
    {
        Some((iso, rest)) if is_iso(iso) && rest.starts_with(')') => rest[1..].trim_start(),
        _ => s,
    }
}

fn is_iso(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && s.bytes().filter(u8::is_ascii_digit).count() == 8
}

/// After a date: hidden ISO copies and `(aged 56)` may follow; returns the age if any.
fn trailer(s: &str) -> Option<Option<u32>> {
    let mut age = None;
    let mut t = s.trim();
    // `October 1886; 139 years ago` ({{start date and age}}), and a remark after it
    if let Some(rest) = t.strip_prefix(';').and_then(ago) {
        let rest = rest.trim_start();
        if rest.is_empty() || rest.starts_with(',') {
            return Some(None);
        }
        t = rest;
    }
    while !t.is_empty() {
        let inner_end = t.strip_prefix('(').and_then(|r| r.find(')'))?;
        let inner = &t[1..1 + inner_end];
        if is_iso(inner) {
        } else if let Some(a) = inner
            .strip_prefix("aged ")
            .or_else(|| inner.strip_prefix("age "))
        {
            age = Some(a.trim().parse().ok()?);
        } else {
            return None;
        }
        t = t[inner_end + 2..].trim_start();
    }
    Some(age)
}

/// ` 139 years ago`, ` 16 years, 4 months ago`, ` 3 days ago`: what is left after it.
fn ago(s: &str) -> Option<&str> {
    let mut t = s.trim_start();
    loop {
        let digits = t.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return None;
        }
        let rest = t[digits..].trim_start();
        let unit = [
            "years", "year", "months", "month", "weeks", "week", "days", "day",
        ]
        .iter()
        .find(|u| rest.starts_with(*u))?;
        let rest = rest[unit.len()..].trim_start();
        if let Some(r) = rest.strip_prefix("ago") {
            return Some(r);
        }
        t = rest
            .strip_prefix(',')
            .or_else(|| rest.strip_prefix("and"))?
            .trim_start();
    }
}

/// `12 January 1918 [O.S. 30 December 1917]`: the Old or New Style equivalent in brackets is
/// the same day in the other calendar; the first date is the one typed.
fn without_other_style(s: &str) -> std::borrow::Cow<'_, str> {
    // (most values hold no bracket: one byte search rules both notes out)
    if memchr::memchr(b'[', s.as_bytes()).is_none() {
        return s.into();
    }
    let Some(open) = s.find("[O.S.").or_else(|| s.find("[N.S.")) else {
        return s.into();
    };
    match s[open..].find(']') {
        Some(close) => format!("{}{}", s[..open].trim_end(), &s[open + close + 1..]).into(),
        None => s.into(),
    }
}

/// The whole text is one complete date.
pub fn whole(s: &str) -> Option<Date> {
    if !has_digit(s) {
        return None;
    }
    let s = without_other_style(s);
    if let Some(d) = alternatives(s.trim()) {
        return Some(d);
    }
    let (p, rest) = date_at(s.trim(), false)?;
    let age = trailer(rest)?;
    let mut d = p.to_date()?;
    d.age = age;
    Some(d)
}

/// `August or September 480 BC`, `20 or 21 August 480 BC`: sources give two dates; the date
/// is what both share (the year, the month), marked approximate. Two years share nothing.
fn alternatives(s: &str) -> Option<Date> {
    let (left, right) = s.split_once(" or ")?;
    let (mut p, rest) = date_at(right.trim(), false)?;
    trailer(rest)?;
    let left = left.trim();
    match digits(left, 1, 2) {
        // a bare day: the month is shared
        Some((_, "")) => p.day = None,
        _ => {
            let (l, rest) = date_at(left, true)?;
            if !rest.trim().is_empty() || l.year.is_some_and(|y| Some(y) != p.year) {
                return None;
            }
            if l.day != p.day {
                p.day = None;
            }
            if l.month != p.month {
                p.month = None;
                p.day = None;
            }
        }
    }
    p.approx = true;
    p.to_date()
}

/// Whether `s` holds an ASCII digit. Every date this module reads has one (a year, or a day
/// with the year of the range's other end), so [`whole`], [`range`] and [`find`] rule out a
/// text without one before trying its words: most infobox values are names.
fn has_digit(s: &str) -> bool {
    s.bytes().any(|b| b.is_ascii_digit())
}

fn is_present(s: &str) -> bool {
    let t = s.trim().trim_end_matches('.').to_ascii_lowercase();
    matches!(
        t.as_str(),
        "present" | "now" | "ongoing" | "today" | "current"
    )
}

/// The whole text is one date or one range of dates (`14 October 1852`, `2019–20`).
pub fn is_dated(s: &str) -> bool {
    whole(s).is_some() || range(s).is_some()
}

/// The whole text is one date range (`12 January 1918 — 20 May 1925`, `2004–`, `1990–present`).
pub fn range(s: &str) -> Option<DateRange> {
    if !has_digit(s) {
        return None;
    }
    let s = without_other_style(s);
    let s = s.trim();
    if let Some(r) = alternatives_start(s) {
        return Some(r);
    }
    let (start, rest) = date_at(s, true)?;
    let rest = trailer_prefix(rest);
    let t = rest.trim_start();
    let sep_len = match t.chars().next()? {
        c if is_dash(c) => c.len_utf8(),
        't' if t.starts_with("to ") => 2,
        _ => return None,
    };
    let after = t[sep_len..].trim();
    let mut r = DateRange {
        start: None,
        end: None,
        ongoing: false,
        duration: None,
        qualifier: None,
    };
    if after.is_empty() || is_present(after) {
        // open range: the start must be complete
        r.start = Some(start.iso()?).filter(|_| start.year.is_some());
        r.ongoing = true;
        return Some(r);
    }
    let (mut end, rest2) = date_at(after, false)
        .or_else(|| two_digit_year(after, start))
        .or_else(|| day_then_year(after, start))?;
    trailer(rest2)?;
    let mut start = start;
    // complete the start from the end: `13 March – 7 May 1954`, `14–18 July 1969`
    if start.year.is_none() {
        start.year = end.year;
        start.bce = end.bce;
        if start.month.is_none() {
            start.month = end.month;
        }
    }
    if start.bce && !end.bce && end.year.is_some() && end.year < start.year {
        end.bce = true;
    }
    if start.month.is_none() && start.day.is_some() {
        return None;
    }
    // `649–212` (a quarterback's touchdowns and interceptions) runs backwards: no range of
    // years
    if !start.bce && !end.bce && matches!((start.year, end.year), (Some(a), Some(b)) if b < a) {
        return None;
    }
    r.start = start.iso();
    r.end = end.iso();
    Some(r)
}

/// `1918/1919 – 18 March 1921`: sources disagree on the start, so it stays null.
fn alternatives_start(s: &str) -> Option<DateRange> {
    let (a, rest) = digits(s, 3, 4)?;
    let (b, rest) = digits(rest.strip_prefix('/')?, 3, 4)?;
    if b <= a {
        return None;
    }
    let t = rest.trim_start();
    let dash = t.chars().next().filter(|c| is_dash(*c))?;
    let after = t[dash.len_utf8()..].trim();
    let (end, tail) = date_at(after, false)?;
    trailer(tail)?;
    Some(DateRange {
        start: None,
        end: end.iso(),
        ongoing: false,
        duration: None,
        qualifier: None,
    })
}

/// `July 1–3, 1863`: the end is a bare day and the year, the month comes from the start.
fn day_then_year(s: &str, start: Parts) -> Option<(Parts, &str)> {
    start.month?;
    start.day?;
    let (d, rest) = day(s)?;
    let (y, rest) = year(rest.strip_prefix(',')?.trim_start())?;
    let end = Parts {
        year: Some(y),
        month: start.month,
        day: Some(d),
        ..Parts::default()
    };
    Some((end, rest))
}

/// `1918–19`: a two-digit end year in the start's century.
fn two_digit_year(s: &str, start: Parts) -> Option<(Parts, &str)> {
    let (yy, rest) = digits(s, 2, 2)?;
    let y = start.year?;
    let full = y - y % 100 + yy as i32;
    (full > y).then_some((
        Parts {
            year: Some(full),
            ..Parts::default()
        },
        rest,
    ))
}

/// Skip hidden ISO copies between a start date and the range separator.
fn trailer_prefix(s: &str) -> &str {
    let mut t = s.trim_start();
    loop {
        let next = skip_iso_paren(t);
        if next.len() == t.len() {
            return t;
        }
        t = next;
    }
}

/// Every hidden ISO date `(YYYY-MM-DD)` in `s`: Wikipedia's machine-readable copies.
pub fn hidden_iso(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(rel) = s[at..].find('(') {
        let open = at + rel;
        if let Some(inner) = s.get(open + 1..open + 11) {
            if is_iso(inner) && s[open + 11..].starts_with(')') {
                out.push(inner.to_owned());
            }
        }
        at = open + 1;
    }
    out
}

/// The first complete day-month-year date anywhere in `s` (for date fields with extra words).
pub fn find(s: &str) -> Option<Date> {
    if !has_digit(s) {
        return None;
    }
    let mut candidates = s
        .char_indices()
        .filter(|(i, _)| *i == 0 || s[..*i].ends_with([' ', '(']));
    candidates.find_map(|(i, _)| {
        let (p, _) = date_at(&s[i..], false)?;
        p.day?;
        p.to_date()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_dates_given_are_what_they_share_and_a_part_of_a_year_is_the_year() {
        let read = |s: &str| whole(s).map(|d| (d.date, d.approx, d.bce));
        assert_eq!(
            read("August or September 480 BC"),
            Some(("0480".to_owned(), true, true))
        );
        assert_eq!(
            read("20 or 21 August 480 BC"),
            Some(("0480-08".to_owned(), true, true))
        );
        assert_eq!(
            read("30 June or 1 July 1916"),
            Some(("1916".to_owned(), true, false))
        );
        assert_eq!(read("1066 or 1067"), None);
        assert_eq!(read("Spring 1453"), Some(("1453".to_owned(), false, false)));
        assert_eq!(
            read("mid-June 1944"),
            Some(("1944-06".to_owned(), false, false))
        );
        assert_eq!(read("Late"), None);
        assert_eq!(read("late in the war"), None);
    }

    #[test]
    fn dates() {
        let cases = [
            "12 January 1918",
            "January 12, 1918",
            "January 1918",
            "1918",
            "2023-Dec-10",
            "1809-02-12",
            "c. 1500",
            "500 BC",
            "(1809-02-12)February 12, 1809",
            "April 15, 1865(1865-04-15) (aged 56)",
            "24 October 1985 (age 28)",
            "October 1886; 139 years ago, as Dial Square",
            "2 March 2009; 16 years, 8 months ago",
            "1886; 139 years",
            "Sept. 3, 2001",
            "7 November 1917 [O.S. 25 October]",
            "12",
            "10 tanks",
            "May 1919: 86,000",
            "Version 2",
            "August 30",
            "March 44 BC",
        ];
        let got: Vec<String> = cases
            .iter()
            .map(|c| format!("{c} => {:?}", whole(c)))
            .collect();
        insta::assert_snapshot!(got.join("\n"), @r#"
        12 January 1918 => Some(Date { date: "1918-01-12", approx: false, bce: false, age: None })
        January 12, 1918 => Some(Date { date: "1918-01-12", approx: false, bce: false, age: None })
        January 1918 => Some(Date { date: "1918-01", approx: false, bce: false, age: None })
        1918 => Some(Date { date: "1918", approx: false, bce: false, age: None })
        2023-Dec-10 => Some(Date { date: "2023-12-10", approx: false, bce: false, age: None })
        1809-02-12 => Some(Date { date: "1809-02-12", approx: false, bce: false, age: None })
        c. 1500 => Some(Date { date: "1500", approx: true, bce: false, age: None })
        500 BC => Some(Date { date: "0500", approx: false, bce: true, age: None })
        (1809-02-12)February 12, 1809 => Some(Date { date: "1809-02-12", approx: false, bce: false, age: None })
        April 15, 1865(1865-04-15) (aged 56) => Some(Date { date: "1865-04-15", approx: false, bce: false, age: Some(56) })
        24 October 1985 (age 28) => Some(Date { date: "1985-10-24", approx: false, bce: false, age: Some(28) })
        October 1886; 139 years ago, as Dial Square => Some(Date { date: "1886-10", approx: false, bce: false, age: None })
        2 March 2009; 16 years, 8 months ago => Some(Date { date: "2009-03-02", approx: false, bce: false, age: None })
        1886; 139 years => None
        Sept. 3, 2001 => Some(Date { date: "2001-09-03", approx: false, bce: false, age: None })
        7 November 1917 [O.S. 25 October] => Some(Date { date: "1917-11-07", approx: false, bce: false, age: None })
        12 => None
        10 tanks => None
        May 1919: 86,000 => None
        Version 2 => None
        August 30 => None
        March 44 BC => Some(Date { date: "0044-03", approx: false, bce: true, age: None })
        "#);
    }

    #[test]
    fn ranges() {
        let cases = [
            "12 January 1918 — 20 May 1925",
            "13 March – 7 May 1954",
            "14–18 July 1969",
            "1835–1836",
            "January 1999 – 2000",
            "Mar–Apr 1865",
            "March 4, 1861 – April 15, 1865",
            "2004–",
            "1990–present",
            "1918–19",
            "September 13, 2005 (2005-09-13) – November 19, 2020 (2020-11-19)",
            "1918/1919 – 18 March 1921",
            "July 1–3, 1863",
            "Shankar–Ehsaan–Loy",
            "38-45 minutes",
            "5–10",
            "649–212",
            "12 May 1950 – 3 June 1949",
        ];
        let got: Vec<String> = cases
            .iter()
            .map(|c| format!("{c} => {:?}", range(c)))
            .collect();
        insta::assert_snapshot!(got.join("\n"), @r#"
        12 January 1918 — 20 May 1925 => Some(DateRange { start: Some("1918-01-12"), end: Some("1925-05-20"), ongoing: false, duration: None, qualifier: None })
        13 March – 7 May 1954 => Some(DateRange { start: Some("1954-03-13"), end: Some("1954-05-07"), ongoing: false, duration: None, qualifier: None })
        14–18 July 1969 => Some(DateRange { start: Some("1969-07-14"), end: Some("1969-07-18"), ongoing: false, duration: None, qualifier: None })
        1835–1836 => Some(DateRange { start: Some("1835"), end: Some("1836"), ongoing: false, duration: None, qualifier: None })
        January 1999 – 2000 => Some(DateRange { start: Some("1999-01"), end: Some("2000"), ongoing: false, duration: None, qualifier: None })
        Mar–Apr 1865 => Some(DateRange { start: Some("1865-03"), end: Some("1865-04"), ongoing: false, duration: None, qualifier: None })
        March 4, 1861 – April 15, 1865 => Some(DateRange { start: Some("1861-03-04"), end: Some("1865-04-15"), ongoing: false, duration: None, qualifier: None })
        2004– => Some(DateRange { start: Some("2004"), end: None, ongoing: true, duration: None, qualifier: None })
        1990–present => Some(DateRange { start: Some("1990"), end: None, ongoing: true, duration: None, qualifier: None })
        1918–19 => Some(DateRange { start: Some("1918"), end: Some("1919"), ongoing: false, duration: None, qualifier: None })
        September 13, 2005 (2005-09-13) – November 19, 2020 (2020-11-19) => Some(DateRange { start: Some("2005-09-13"), end: Some("2020-11-19"), ongoing: false, duration: None, qualifier: None })
        1918/1919 – 18 March 1921 => Some(DateRange { start: None, end: Some("1921-03-18"), ongoing: false, duration: None, qualifier: None })
        July 1–3, 1863 => Some(DateRange { start: Some("1863-07-01"), end: Some("1863-07-03"), ongoing: false, duration: None, qualifier: None })
        Shankar–Ehsaan–Loy => None
        38-45 minutes => None
        5–10 => None
        649–212 => None
        12 May 1950 – 3 June 1949 => None
        "#);
    }
}
