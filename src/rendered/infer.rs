//! Inferring labels lost in flattening, from the value's shape and its position.
//!
//! The lexicon lists each template's labels in display order, so the labels that can stand
//! between two labels that survived are known. A row without a label is given one of those
//! candidates only when its shape fits (an angle for `Mean anomaly`, `… victory` for `Result`,
//! leaked flag file names for `Belligerents`); otherwise it stays with the field above.

use crate::lexicon::Entry;
use crate::value::{coordinates, date, quantity};

/// The coarse shape of a value, compared with a label's `shape` column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// A date or date range.
    Date,
    /// Degrees.
    Angle,
    /// A time span (`3.77 yr`, `15.89 hours`).
    Time,
    /// A length (`2.421 AU`).
    Length,
    /// A mass.
    Mass,
    /// A density.
    Density,
    /// A rate (`deg / yr`).
    Rate,
    /// A speed.
    Speed,
    /// A temperature.
    Temperature,
    /// A number without unit.
    Number,
    /// A number with another unit.
    Quantity,
    /// Coordinates.
    Coords,
    /// Text with digits that is not a quantity (`(67) Asia`).
    Designation,
    /// Words only.
    Text,
}

fn unit_shape(unit: &str) -> Shape {
    let u = unit.trim().to_ascii_lowercase();
    match u.as_str() {
        "°" | "deg" | "degrees" => Shape::Angle,
        "yr" | "yrs" | "years" | "year" | "y" | "d" | "days" | "day" | "h" | "hr" | "hours"
        | "hour" | "min" | "minutes" | "s" => Shape::Time,
        "au" | "km" | "m" | "gm" | "ft" | "mi" | "ly" | "pc" | "cm" | "mm" | "in" => Shape::Length,
        "kg" | "g" | "t" => Shape::Mass,
        "g/cm3" | "g/cm³" | "kg/m3" | "kg/m³" => Shape::Density,
        "km/s" | "m/s" | "mph" | "km/h" => Shape::Speed,
        "k" | "°c" | "°f" => Shape::Temperature,
        _ if u.contains('/') => Shape::Rate,
        _ => Shape::Quantity,
    }
}

/// The shape of a (marker-free, normalised) value text.
pub fn shape(text: &str) -> Shape {
    let t = text.trim();
    if date::whole(t).is_some_and(|d| d.date.len() > 4) || date::range(t).is_some() {
        return Shape::Date;
    }
    if coordinates::find(t).is_some() {
        return Shape::Coords;
    }
    if let Some(q) = quantity::whole(t) {
        return match &q.unit {
            None => Shape::Number,
            Some(u) => unit_shape(u),
        };
    }
    if t.bytes().any(|b| b.is_ascii_digit()) {
        Shape::Designation
    } else {
        Shape::Text
    }
}

const RESULT_WORDS: &[&str] = &[
    "victory",
    "defeat",
    "stalemate",
    "inconclusive",
    "ceasefire",
    "cease-fire",
    "armistice",
    "withdrawal",
    "status quo",
    "annexation",
    "surrender",
    "truce",
];
const STATUS_WORDS: &[&str] = &[
    "least concern",
    "near threatened",
    "vulnerable",
    "endangered",
    "critically endangered",
    "extinct",
    "data deficient",
    "not evaluated",
    "domesticated",
    "secure",
    "(iucn",
];

/// One value row tested against many candidate labels: each reading is computed once, and
/// only if a candidate needs it.
pub struct Probe<'t> {
    text: &'t str,
    lower: std::cell::OnceCell<String>,
    quantity: std::cell::OnceCell<bool>,
    coords: std::cell::OnceCell<bool>,
}

impl<'t> Probe<'t> {
    /// A probe of `text` (marker-free, normalised).
    pub fn new(text: &'t str) -> Self {
        Probe {
            text,
            lower: std::cell::OnceCell::new(),
            quantity: std::cell::OnceCell::new(),
            coords: std::cell::OnceCell::new(),
        }
    }

    fn lower(&self) -> &str {
        self.lower.get_or_init(|| self.text.to_lowercase())
    }

    /// Whether the text unmistakably fits `entry`'s shape, strongly enough to start a new field.
    pub fn strong(&self, entry: &Entry) -> bool {
        match entry.shape {
            "result" => {
                self.text.len() < 200 && RESULT_WORDS.iter().any(|w| self.lower().contains(w))
            }
            "status" => {
                STATUS_WORDS.iter().any(|w| self.lower().starts_with(w))
                    && self.lower().contains("iucn")
            }
            "sides" => self.lower().contains(".svg") || self.lower().contains("flag_of_"),
            "quantity" => *self
                .quantity
                .get_or_init(|| starts_with_quantity(self.text)),
            "coords" => *self
                .coords
                .get_or_init(|| coordinates::find(self.text).is_some()),
            _ => false,
        }
    }
}

/// `~10,800`, `7 January 1919: 4,450–16,500`, `Early 1919: ~50,000`.
pub fn starts_with_quantity(text: &str) -> bool {
    let t = text.trim();
    let body = match t.split_once(": ") {
        Some((head, rest)) if head.len() <= 40 => rest,
        _ => t,
    };
    !quantity::list(body, false).is_empty()
        && body.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '~' | '≈' | 'c'))
        && date::whole(body).is_none()
}

/// Whether a row of `shape` may be a value of `entry`. `strict` (aligning a run of table rows)
/// accepts only labels whose shape column names a shape; loose (a row a date field rejected)
/// also lets untyped text labels take text.
pub fn fits(entry: &Entry, shape: Shape, strict: bool) -> bool {
    if strict && matches!(entry.shape, "" | "place" | "sides" | "status" | "result") {
        return false;
    }
    match entry.shape {
        "date" => shape == Shape::Date,
        "angle" => shape == Shape::Angle,
        "time" => shape == Shape::Time,
        "length" => shape == Shape::Length,
        "mass" => shape == Shape::Mass,
        "density" => shape == Shape::Density,
        "rate" => shape == Shape::Rate,
        "speed" => shape == Shape::Speed,
        "accel" => false,
        "temp" => shape == Shape::Temperature,
        "number" => shape == Shape::Number,
        "quantity" => !matches!(
            shape,
            Shape::Text | Shape::Designation | Shape::Date | Shape::Coords
        ),
        "designation" => shape == Shape::Designation,
        "coords" => shape == Shape::Coords,
        "text" | "place" | "sides" | "status" | "result" | "" => {
            matches!(shape, Shape::Text | Shape::Designation)
        }
        _ => false,
    }
}

/// Assign candidates to unlabeled rows from the end backwards, in display order.
///
/// Rows are matched to the latest candidate that fits and has not been passed; a row that fits
/// none gets `None` (it stays with the field above).
pub fn align<'e>(shapes: &[Shape], candidates: &[&'e Entry]) -> Vec<Option<&'e Entry>> {
    let mut out = vec![None; shapes.len()];
    let mut limit = candidates.len();
    for (i, &s) in shapes.iter().enumerate().rev() {
        if let Some(j) = (0..limit).rev().find(|&j| fits(candidates[j], s, true)) {
            out[i] = Some(candidates[j]);
            limit = j;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        let got: Vec<_> = [
            "2.421 AU (362.2 Gm)",
            "3.77 yr (1,376.048 d)",
            "182.178°",
            "2023-Dec-10",
            "0.255",
            "S",
            "(67) Asia",
            "15.89 hours",
            "Main belt",
        ]
        .iter()
        .map(|t| shape(t))
        .collect();
        use Shape::*;
        assert_eq!(
            got,
            [
                Length,
                Time,
                Angle,
                Date,
                Number,
                Text,
                Designation,
                Time,
                Text
            ]
        );
    }
}
