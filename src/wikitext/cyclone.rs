//! A tropical cyclone season's box (`{{Infobox hurricane season}}`) takes bare numbers in the
//! units of the warning centres and prints them converted: winds in knots as mph and km/h,
//! pressure in millibars with inches of mercury, damage in millions of US dollars as a short
//! phrase. The printed text is what the rendered box shows, so both dialects type it alike.

use super::convert::{group_thousands, number};
use super::templates::short_prose;

/// The key and printed text of a season box parameter that the box converts (`lower` is the
/// parameter name, lowercase with `_` for spaces; `year` the season's year, `basin` its
/// basin code); `None` for the others and for values that are no bare number.
pub fn season(
    lower: &str,
    value: &str,
    year: Option<&str>,
    basin: &str,
) -> Option<(&'static str, String)> {
    let v = number(value.trim())?;
    if !v.is_finite() || v < 0.0 {
        return None;
    }
    match lower {
        "strongest_storm_winds" => {
            let mph = round_to(v * 1.150_779, 5.0);
            let kmh = round_to(v * 1.852, 5.0);
            // the Atlantic and eastern Pacific measure one-minute winds, the other basins ten
            let span = match basin.to_ascii_lowercase().as_str() {
                "atl" | "epac" | "cpac" | "" => "1-minute sustained",
                _ => "10-minute sustained",
            };
            Some(("max_winds", format!("{mph} mph ({kmh} km/h) ({span})")))
        }
        "strongest_storm_pressure" => {
            let inhg = v * 0.029_53;
            Some((
                "min_pressure",
                format!("{} mbar (hPa; {inhg:.2} inHg)", value.trim()),
            ))
        }
        "damages" | "damage" => {
            let dollars = v * 1e6;
            // (as the box's `{{ntsp}}` prints millions and more)
            let phrase = if dollars >= 1e6 {
                format!("${}", short_prose(dollars, None))
            } else {
                format!("${}", group_thousands(&format!("{dollars:.0}")))
            };
            Some((
                "damage",
                match year {
                    Some(y) => format!("{phrase} ({y} USD)"),
                    None => phrase,
                },
            ))
        }
        _ => None,
    }
}

fn round_to(v: f64, step: f64) -> i64 {
    ((v / step).round() * step) as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn season_boxes_print_converted_values() {
        let s =
            |p: &str, v: &str| season(p, v, Some("1989"), "Atl").map(|(k, t)| format!("{k}: {t}"));
        assert_eq!(
            s("strongest_storm_winds", "140").as_deref(),
            Some("max_winds: 160 mph (260 km/h) (1-minute sustained)")
        );
        assert_eq!(
            s("strongest_storm_pressure", "918").as_deref(),
            Some("min_pressure: 918 mbar (hPa; 27.11 inHg)")
        );
        assert_eq!(
            s("damages", "11730").as_deref(),
            Some("damage: $11.73 billion (1989 USD)")
        );
        assert_eq!(
            s("damages", "250").as_deref(),
            Some("damage: $250 million (1989 USD)")
        );
        assert_eq!(
            s("damages", "0.5").as_deref(),
            Some("damage: $500,000 (1989 USD)")
        );
        assert_eq!(s("damages", "Unknown"), None);
        assert_eq!(s("total_storms", "11"), None);
        assert_eq!(
            season("strongest_storm_winds", "115", None, "WPac")
                .map(|x| x.1)
                .as_deref(),
            Some("130 mph (215 km/h) (10-minute sustained)")
        );
    }
}
