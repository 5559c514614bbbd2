//! Durations: `(7 years, 4 months, 1 week and 1 day)`, `(About 100 hours)`, `43:57`.
//!
//! ```text
//! duration = ["(" ] [approx] part { ("," | "and") part } [")"]
//! part     = integer unit        unit = year(s) | month(s) | week(s) | day(s) | hour(s) | minute(s) | second(s)
//! clock    = [h ":"] mm ":" ss
//! ```

use super::typed::Duration;

/// The whole text is a duration in words (parentheses optional).
pub fn whole(s: &str) -> Option<Duration> {
    let mut t = s.trim();
    if let Some(inner) = t.strip_prefix('(').and_then(|x| x.strip_suffix(')')) {
        t = inner.trim();
    }
    let mut d = Duration::default();
    let lower = t.to_ascii_lowercase();
    let mut rest = lower.as_str();
    for a in [
        "about ",
        "approximately ",
        "approx. ",
        "around ",
        "c. ",
        "over ",
        "~",
    ] {
        if let Some(r) = rest.strip_prefix(a) {
            d.approx = true;
            rest = r;
        }
    }
    let mut parts = 0;
    for chunk in rest.split(',').flat_map(|c| c.split(" and ")) {
        // the Oxford comma: `1 week, and 1 day`
        let chunk = chunk.trim();
        let chunk = chunk.strip_prefix("and ").unwrap_or(chunk);
        if chunk.is_empty() {
            continue;
        }
        let (num, unit) = chunk.split_once(' ')?;
        let n: u32 = num.parse().ok()?;
        match unit.trim().trim_end_matches('s') {
            "year" => d.years = n,
            "month" => d.months = n,
            "week" => d.weeks = n,
            "day" => d.days = n,
            "hour" => d.hours = Some(n),
            "minute" => d.minutes = Some(n),
            "second" => d.seconds = Some(n),
            _ => return None,
        }
        parts += 1;
    }
    (parts > 0).then_some(d)
}

/// A clock-style length: `43:57` (minutes:seconds) or `1:02:03`.
pub fn clock(s: &str) -> Option<Duration> {
    let nums: Vec<u32> = s
        .trim()
        .split(':')
        .map(|p| {
            (p.len() <= 3 && !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
                .then(|| p.parse().ok())
                .flatten()
        })
        .collect::<Option<_>>()?;
    let mut d = Duration::default();
    match nums.as_slice() {
        [m, sec] if *sec < 60 => {
            d.minutes = Some(*m);
            d.seconds = Some(*sec);
        }
        [h, m, sec] if *m < 60 && *sec < 60 => {
            d.hours = Some(*h);
            d.minutes = Some(*m);
            d.seconds = Some(*sec);
        }
        _ => return None,
    }
    Some(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        let cases = [
            "(7 years, 4 months, 1 week and 1 day)",
            "(1 month, 3 weeks and 3 days)",
            "(About 100 hours)",
            "(7 years, 4 months, 1 week, and 1 day)",
            "(2021–22)",
            "(Offensive Operation)",
            "(aged 56)",
        ];
        let got: Vec<String> = cases
            .iter()
            .map(|c| format!("{c} => {:?}", whole(c)))
            .collect();
        insta::assert_snapshot!(got.join("\n"), @"
        (7 years, 4 months, 1 week and 1 day) => Some(Duration { years: 7, months: 4, weeks: 1, days: 1, hours: None, minutes: None, seconds: None, approx: false })
        (1 month, 3 weeks and 3 days) => Some(Duration { years: 0, months: 1, weeks: 3, days: 3, hours: None, minutes: None, seconds: None, approx: false })
        (About 100 hours) => Some(Duration { years: 0, months: 0, weeks: 0, days: 0, hours: Some(100), minutes: None, seconds: None, approx: true })
        (7 years, 4 months, 1 week, and 1 day) => Some(Duration { years: 7, months: 4, weeks: 1, days: 1, hours: None, minutes: None, seconds: None, approx: false })
        (2021–22) => None
        (Offensive Operation) => None
        (aged 56) => None
        ");
        assert_eq!(clock("43:57").and_then(|d| d.seconds), Some(57));
        assert!(clock("12:75").is_none() && clock("a:b").is_none());
    }
}
