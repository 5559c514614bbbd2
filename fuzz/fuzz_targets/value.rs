//! Every value parser on any text: no panic, and sane results (bounds ordered, dates shaped
//! `YYYY[-MM[-DD]]`, coordinates in range).
#![no_main]
use libfuzzer_sys::fuzz_target;
use wikiparse::value::{coordinates, date, duration, footnote, number, quantity, Hint};

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    let _ = number::number(s);
    for (q, range) in quantity::list(s, true) {
        // printed order is kept (`10–5` stays 10..5), but every bound is a finite number
        assert!(q.min.is_finite() && q.max.is_finite(), "{q:?}");
        assert!(
            range.end <= s.len()
                && s.is_char_boundary(range.start)
                && s.is_char_boundary(range.end)
        );
    }
    let _ = quantity::whole(s);
    for d in date::whole(s).into_iter().chain(date::find(s)) {
        let ok = d.date.len() == 4 || d.date.len() == 7 || d.date.len() == 10;
        assert!(ok && d.date.as_bytes()[0].is_ascii_digit(), "{d:?}");
    }
    let _ = date::range(s);
    let _ = duration::whole(s);
    let _ = duration::clock(s);
    if let Some(c) = coordinates::find(s) {
        assert!(c.lat.abs() <= 90.0 && c.lon.abs() <= 180.0, "{c:?}");
    }
    let st = footnote::strip(s, 0);
    for m in &st.markers {
        assert!(s
            .get(m.span.start..m.span.end)
            .is_some_and(|t| t.starts_with('[') && t.ends_with(']')));
    }
    for hint in [
        Hint::Date,
        Hint::Quantity,
        Hint::Place,
        Hint::Text,
        Hint::Any,
    ] {
        let _ = wikiparse::value::single(s, hint);
    }
});
