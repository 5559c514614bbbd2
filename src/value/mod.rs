//! Typed values shared by every dialect: numbers, quantities, dates, ranges, durations,
//! coordinates and footnote markers.
//!
//! Each parser accepts a text only when it can read all of it (or, for list parsers, each part
//! it reports); [`single`] and the dialects pick the readings a field's [`Hint`] allows. Never guess: a text
//! that could be two things stays text.

pub mod binomial;
pub mod coordinates;
pub mod date;
pub mod duration;
pub mod footnote;
pub mod number;
pub mod quantity;
pub mod status;
pub mod text;
pub mod typed;

use typed::Typed;

/// What a field's key says its value is, from the lexicon (`hint` column).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hint {
    /// A date, a date range, or several ranges with qualifiers.
    Date,
    /// Quantities, one per line or several per line.
    Quantity,
    /// A place, possibly with coordinates.
    Place,
    /// Names and words: typed only where an item ends in a parenthesised date range.
    Text,
    /// A conservation status (`Least Concern (IUCN 3.1)`).
    Status,
    /// A species' binomial name and its authority (`Vulpes vulpes` / `(Linnaeus, 1758)`).
    Binomial,
    /// Unknown key: typed only when the whole text is unambiguously one value.
    Any,
    /// A wikitext parameter nothing is known of (no lexicon entry, no cue in its name):
    /// typed only as a date that names its month (`12 March 2015`, `March 2015`), a range
    /// that starts with one, or an item's closing range. Its bare numbers stay text: an
    /// unknown box's `1500` may be a year or a count.
    Unknown,
}

impl Hint {
    /// Parse the lexicon's hint column.
    pub fn from_name(s: &str) -> Hint {
        match s {
            "date" => Hint::Date,
            "quantity" => Hint::Quantity,
            "place" => Hint::Place,
            "text" | "line" => Hint::Text,
            "status" => Hint::Status,
            "binomial" => Hint::Binomial,
            _ => Hint::Any,
        }
    }
}

/// The one typed reading of a single line when it is unambiguous.
pub fn single(line: &str, hint: Hint) -> Option<Typed> {
    let line = line.trim();
    if line.is_empty() {
        return None;
    }
    match hint {
        Hint::Date => date_like(line).or_else(|| date::find(line).map(Typed::Date)),
        Hint::Quantity => quantity::whole(line)
            .map(Typed::Quantity)
            .or_else(|| date_like(line).filter(|_| false)),
        Hint::Place => coordinates::find(line).map(Typed::Coordinates),
        Hint::Text => trailing_range(line).map(Typed::DateRange),
        Hint::Unknown => {
            named_month_date(line).or_else(|| trailing_range(line).map(Typed::DateRange))
        }
        Hint::Status => status::parse(line).map(Typed::ConservationStatus),
        Hint::Binomial => binomial::parse(line).map(Typed::Binomial),
        Hint::Any => date::range(line)
            .filter(|r| r.start.as_ref().is_some_and(|s| s.len() >= 4))
            .map(Typed::DateRange)
            .or_else(|| {
                date::whole(line)
                    .filter(|d| d.date.len() > 4 || !d.date.starts_with('0'))
                    .map(Typed::Date)
            })
            .or_else(|| duration::clock(line).map(Typed::Duration))
            // `8 days, 3 hours, 18 minutes, 35 seconds` (one unit alone is a quantity)
            .or_else(|| {
                duration::whole(line)
                    .filter(|d| d.units() >= 2)
                    .map(Typed::Duration)
            })
            .or_else(|| coordinates::whole(line).map(Typed::Coordinates))
            .or_else(|| {
                quantity::whole(line)
                    .filter(|q| !quantity::year_before_name(line, q))
                    .map(Typed::Quantity)
            })
            .or_else(|| trailing_range(line).map(Typed::DateRange)),
    }
}

/// A date or range, preferring the hidden ISO copies (`(1809-02-12)`) when present.
pub fn date_like(line: &str) -> Option<Typed> {
    let iso = date::hidden_iso(line);
    if let Some(r) = date::range(line) {
        return Some(Typed::DateRange(r));
    }
    if let Some(d) = date::whole(line) {
        return Some(Typed::Date(d));
    }
    if iso.len() == 1 {
        return date::whole(&iso[0]).map(Typed::Date);
    }
    None
}

/// A whole date or date range whose (first) date names its month: what an unknown field can
/// be typed as without guessing.
fn named_month_date(line: &str) -> Option<Typed> {
    // `YYYY-MM` at least: a month or a day is known
    let has_month = |d: &str| d.len() >= 7;
    if let Some(r) = date::range(line) {
        return r
            .start
            .as_deref()
            .is_some_and(has_month)
            .then_some(Typed::DateRange(r));
    }
    date::whole(line)
        .filter(|d| has_month(&d.date))
        .map(Typed::Date)
}

/// `Hannibal Hamlin (1861–1865)`, `Swiss Patent Office (Bern) (1902–1909)`: a date range in
/// parentheses closing an item. When an earlier bracket holds figures too (`Germany
/// (1879–1896), United States (1940–1955)`), the line is a list flattened on one line, and its
/// last range is no reading of it.
fn trailing_range(line: &str) -> Option<typed::DateRange> {
    let inner = line.strip_suffix(')')?;
    let open = inner.rfind('(')?;
    let dated_before = inner[..open].split('(').skip(1).any(|group| {
        let content = group.split(')').next().unwrap_or("");
        content.bytes().any(|b| b.is_ascii_digit())
    });
    if dated_before {
        return None;
    }
    let r = date::range(&inner[open + 1..])?;
    r.start.as_ref()?;
    Some(r)
}

#[cfg(test)]
mod tests {
    use super::trailing_range;

    #[test]
    fn a_range_closing_an_item_but_not_a_flattened_list() {
        let span = |l: &str| trailing_range(l).map(|r| (r.start, r.end));
        let range = |a: &str, b: &str| Some((Some(a.to_owned()), Some(b.to_owned())));
        assert_eq!(span("Hannibal Hamlin (1861–1865)"), range("1861", "1865"));
        assert_eq!(
            span("Swiss Patent Office (Bern) (1902–1909)"),
            range("1902", "1909")
        );
        assert_eq!(span("Germany (1879–1896), United States (1940–1955)"), None);
    }
}
