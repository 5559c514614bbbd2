//! The typed readings a value can have (`Typed` in DESIGN.md §2).
//!
//! A typed value is produced only when the text says it unambiguously; everything else stays
//! text. Numbers that are whole serialize as JSON integers (`50000`, not `50000.0`).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A typed reading of a value, tagged by `type` in JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Typed {
    /// A calendar date of year, month or day precision.
    Date(Date),
    /// A start and end date, or an open range.
    DateRange(DateRange),
    /// A length of time.
    Duration(Duration),
    /// A number or number range with an optional unit.
    Quantity(Quantity),
    /// A position in signed decimal degrees.
    Coordinates(Coordinates),
    /// A species' conservation status (`Least Concern (IUCN 3.1)`).
    ConservationStatus(ConservationStatus),
    /// A species' scientific name and its authority (`Vulpes vulpes`, `(Linnaeus, 1758)`).
    Binomial(Binomial),
}

/// A binomial (or trinomial) name and the authority that described it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Binomial {
    /// The name: genus and epithets (`Vulpes vulpes`).
    pub name: String,
    /// The authority as printed (`(Linnaeus, 1758)`: brackets when the genus changed since).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authority: Option<String>,
}

/// A conservation status category and the system that assessed it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ConservationStatus {
    /// The category as a rendered box names it (`Least Concern`).
    pub status: String,
    /// The system (`IUCN 3.1`, `NatureServe`), when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub system: Option<String>,
}

/// A date `YYYY[-MM[-DD]]`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Date {
    /// ISO-like text; years below 1000 are zero-padded to four digits.
    pub date: String,
    /// `c.`/`circa`/`about`.
    #[serde(default, skip_serializing_if = "is_false")]
    pub approx: bool,
    /// Before the common era.
    #[serde(default, skip_serializing_if = "is_false")]
    pub bce: bool,
    /// The age printed beside it (`(aged 56)`, `(age 28)`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age: Option<u32>,
}

/// A date range; `end` is null for open ranges (`2004–`, `1990–present`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct DateRange {
    /// First day/month/year, null when it cannot be typed.
    pub start: Option<String>,
    /// Last day/month/year, null when open or untypable.
    pub end: Option<String>,
    /// The range runs to the present.
    pub ongoing: bool,
    /// The duration printed under the range.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<Duration>,
    /// A parenthesised note under the range (`(Offensive Operation)`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<String>,
}

/// A duration such as `(7 years, 4 months, 1 week and 1 day)` or `43:57`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Duration {
    /// Years.
    pub years: u32,
    /// Months.
    pub months: u32,
    /// Weeks.
    pub weeks: u32,
    /// Days.
    pub days: u32,
    /// Hours, when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<u32>,
    /// Minutes, when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minutes: Option<u32>,
    /// Seconds, when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seconds: Option<u32>,
    /// `About 100 hours`.
    #[serde(default, skip_serializing_if = "is_false")]
    pub approx: bool,
}

impl Duration {
    /// How many units it is given in (`8 days, 3 hours`: two).
    pub fn units(&self) -> usize {
        [self.years, self.months, self.weeks, self.days]
            .iter()
            .filter(|n| **n > 0)
            .count()
            + [self.hours, self.minutes, self.seconds]
                .iter()
                .filter(|n| n.is_some())
                .count()
    }
}

/// A number or range with an optional unit; `min == max` for a single number.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Quantity {
    /// Lower bound (scale applied).
    #[serde(with = "number")]
    #[schemars(with = "f64")]
    pub min: f64,
    /// Upper bound (scale applied).
    #[serde(with = "number")]
    #[schemars(with = "f64")]
    pub max: f64,
    /// The noun or unit after the number (`troops`, `km`, `killed`), or the currency symbol.
    pub unit: Option<String>,
    /// `~`, `c.`, `approx.`, `about`, `est.`.
    pub approx: bool,
    /// `4,700+`, `over`.
    pub plus: bool,
    /// `million`, `billion`, … when the text used a scale word.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scale: Option<String>,
    /// ISO code of the currency (`USD`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// The year of a money value or count (`(2012)`, `(1989 USD)`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<String>,
    /// `± x`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertainty: Option<f64>,
    /// `228+10−8 Myr`: an uncertainty that differs above (`+10`) and below (`−8`) the value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertainty_plus: Option<f64>,
    /// The part below the value of an uncertainty that differs above and below it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertainty_minus: Option<f64>,
    /// A sub-label heading the quantity (`Early 1919:`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<String>,
    /// A parenthesised remark after it (`(including civilians)`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The converted value printed in parentheses (`379 ft (116 m)`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub converted: Option<Box<Quantity>>,
}

impl Quantity {
    /// A bare number or range without unit or flags.
    pub fn new(min: f64, max: f64) -> Self {
        Quantity {
            min,
            max,
            unit: None,
            approx: false,
            plus: false,
            scale: None,
            currency: None,
            as_of: None,
            uncertainty: None,
            uncertainty_plus: None,
            uncertainty_minus: None,
            qualifier: None,
            note: None,
            converted: None,
        }
    }
}

/// Signed decimal degrees (south and west negative).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Coordinates {
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// Serialize whole floats as integers so `50000` stays `50000` in JSON.
mod number {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
        if v.fract() == 0.0 && v.abs() < 9.0e15 {
            s.serialize_i64(*v as i64)
        } else {
            s.serialize_f64(*v)
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
        f64::deserialize(d)
    }
}
