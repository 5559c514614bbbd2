//! Numbers as infoboxes print them: `50,000`, `1.000.000`, `1 000` (thin space), `2.869`,
//! `1,376.048`, with an optional scale word (`5 million`, `11.73 billion`).
//!
//! Grammar (nom, bottom-up):
//! ```text
//! number   = grouped | plain , [ "." digits ]
//! grouped  = digit{1,3} , ( sep digit{3} )+        sep = "," | thin space | NNBSP
//! dotted   = digit{1,3} , ( "." digit{3} ){2,}     (European grouping: two dots at least)
//! ```
//! A number must end at a token boundary: `1st`, `D31`, `2.45.1` and `10x` are not numbers.

use nom::bytes::complete::take_while_m_n;
use nom::character::complete::{char, digit1};
use nom::combinator::{opt, recognize};
use nom::multi::many1;
use nom::sequence::preceded;
use nom::{IResult, Parser};

/// A parsed number: its value and the rest of the input after it.
pub fn number(input: &str) -> IResult<&str, f64> {
    let (rest, text) = nom::branch::alt((dotted, grouped, plain)).parse(input)?;
    // `10½ divisions`: a vulgar fraction glued to a whole number
    let (rest, fraction) = match rest.chars().next().and_then(vulgar) {
        Some(f) if !text.contains('.') => {
            (&rest[rest.chars().next().map_or(0, char::len_utf8)..], f)
        }
        _ => (rest, 0.0),
    };
    if !at_boundary(rest) {
        return Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Digit,
        )));
    }
    let cleaned: String = if text.matches('.').count() >= 2 {
        text.chars().filter(char::is_ascii_digit).collect()
    } else {
        text.chars()
            .filter(|c| c.is_ascii_digit() || *c == '.')
            .collect()
    };
    match cleaned.parse::<f64>() {
        // 400 digits overflow to infinity, which JSON cannot carry: not a number we read
        Ok(v) if v.is_finite() => Ok((rest, v + fraction)),
        _ => Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Float,
        ))),
    }
}

/// The value of a vulgar fraction character (`½` → 0.5).
fn vulgar(c: char) -> Option<f64> {
    Some(match c {
        '½' => 0.5,
        '¼' => 0.25,
        '¾' => 0.75,
        '⅓' => 1.0 / 3.0,
        '⅔' => 2.0 / 3.0,
        '⅛' => 0.125,
        _ => return None,
    })
}

fn digits3(input: &str) -> IResult<&str, &str> {
    take_while_m_n(3, 3, |c: char| c.is_ascii_digit()).parse(input)
}

fn lead(input: &str) -> IResult<&str, &str> {
    take_while_m_n(1, 3, |c: char| c.is_ascii_digit()).parse(input)
}

fn decimals(input: &str) -> IResult<&str, &str> {
    recognize(preceded(char('.'), digit1)).parse(input)
}

/// `1,234,567.5`, `1 234` with a thin space.
fn grouped(input: &str) -> IResult<&str, &str> {
    let sep = nom::branch::alt((char(','), char('\u{2009}'), char('\u{202F}')));
    let (rest, text) = recognize((lead, many1((sep, digits3)), opt(decimals))).parse(input)?;
    // `1,0005` is not a grouped number: the group must end at a non-digit
    if rest.starts_with(|c: char| c.is_ascii_digit()) {
        return Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Digit,
        )));
    }
    Ok((rest, text))
}

/// `1.000.000`: dots as thousands separators need two groups to be told from decimals.
fn dotted(input: &str) -> IResult<&str, &str> {
    let (rest, text) =
        recognize((lead, (char('.'), digits3), many1((char('.'), digits3)))).parse(input)?;
    if rest.starts_with(|c: char| c.is_ascii_digit()) {
        return Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Digit,
        )));
    }
    Ok((rest, text))
}

fn plain(input: &str) -> IResult<&str, &str> {
    recognize((digit1, opt(decimals))).parse(input)
}

/// A number ends before a space, punctuation or a dash, never inside a word or a version.
fn at_boundary(rest: &str) -> bool {
    let mut chars = rest.chars();
    match chars.next() {
        None => true,
        Some(c) if c.is_alphanumeric() => false,
        Some('.' | ',') => !chars.next().is_some_and(|d| d.is_ascii_digit()),
        Some(_) => true,
    }
}

/// A scale word after a number: `million` → 1e6.
pub fn scale(word: &str) -> Option<(f64, &'static str)> {
    match word.to_ascii_lowercase().trim_end_matches(['.', ',']) {
        "thousand" => Some((1e3, "thousand")),
        // the Indian scale words (`₹500 crore`, `₹2.5 lakh`)
        "lakh" | "lakhs" => Some((1e5, "lakh")),
        "crore" | "crores" => Some((1e7, "crore")),
        "million" | "mln" => Some((1e6, "million")),
        "billion" | "bn" => Some((1e9, "billion")),
        "trillion" => Some((1e12, "trillion")),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(s: &str) -> Option<(f64, &str)> {
        number(s).ok().map(|(r, v)| (v, r))
    }

    #[test]
    fn accepted_and_rejected() {
        insta::assert_debug_snapshot!(
            ["50,000 troops", "1.000.000", "2.869 AU", "1,376.048 d", "1\u{2009}000", "15", "1,0005",
             "1st", "D31", "2.45.1", "10x", "3.", "4,700+"].map(n),
            @r#"
        [
            Some(
                (
                    50000.0,
                    " troops",
                ),
            ),
            Some(
                (
                    1000000.0,
                    "",
                ),
            ),
            Some(
                (
                    2.869,
                    " AU",
                ),
            ),
            Some(
                (
                    1376.048,
                    " d",
                ),
            ),
            Some(
                (
                    1000.0,
                    "",
                ),
            ),
            Some(
                (
                    15.0,
                    "",
                ),
            ),
            None,
            None,
            None,
            None,
            None,
            Some(
                (
                    3.0,
                    ".",
                ),
            ),
            Some(
                (
                    4700.0,
                    "+",
                ),
            ),
        ]
        "#
        );
    }

    #[test]
    fn vulgar_fractions_glued_to_a_whole_number() {
        assert_eq!(n("10½ divisions"), Some((10.5, " divisions")));
        assert_eq!(n("2¾"), Some((2.75, "")));
        // not after decimals, and not a fraction followed by letters
        assert_eq!(n("2.5½"), None);
        assert_eq!(n("3½x"), None);
    }
}
