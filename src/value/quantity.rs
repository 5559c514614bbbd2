//! Quantities: numbers and ranges with bounds, scale, currency and a unit noun.
//!
//! ```text
//! quantity  = [approx | plus-word] [currency] number [scale] ["+"]
//!             [ (dash | "to") [approx] [currency] number [scale] ["+"] ]
//!             ["±" number] [unit-words] [paren-group]
//! approx    = "~" | "≈" | "c." | "ca." | "circa" | "approx." | "approximately" | "about" | "around" | "est." | "estimated"
//! plus-word = "over" | "more than" | "at least"
//! unit      = words up to the next quantity, "(", ";", ":", a sentence end or 8 words
//! paren     = "(" quantity-with-unit ")" → converted | "(" year [currency] ")" → as_of | "(" text ")" → note
//! ```
//! [`whole`] accepts a text only when it is one quantity from start to end; [`list`] finds every
//! quantity of a line such as `3 carriers 7 heavy cruisers 1 light cruiser` or
//! `~6,000 killed 3,865 captured`, with `Label:` sub-headings as qualifiers.

use super::number::{self, scale};
use super::text::is_dash;
use super::typed::Quantity;

const APPROX: &[&str] = &[
    "~",
    "≈",
    "c.",
    "ca.",
    "circa",
    "approx.",
    "approx",
    "approximately",
    "about",
    "around",
    "est.",
    "estimated",
    "roughly",
    "some",
];
const PLUS_WORDS: &[&str] = &["over", "more than", "at least", "above", "upwards of"];
const CURRENCIES: &[(&str, &str)] = &[
    ("US$", "USD"),
    ("USD", "USD"),
    ("A$", "AUD"),
    ("AU$", "AUD"),
    ("C$", "CAD"),
    ("CA$", "CAD"),
    ("NZ$", "NZD"),
    ("HK$", "HKD"),
    ("S$", "SGD"),
    ("R$", "BRL"),
    ("$", "USD"),
    ("€", "EUR"),
    ("EUR", "EUR"),
    ("£", "GBP"),
    ("GBP", "GBP"),
    ("¥", "JPY"),
    ("₹", "INR"),
    ("₩", "KRW"),
    ("CHF", "CHF"),
    ("CN¥", "CNY"),
    ("NT$", "TWD"),
    ("MX$", "MXN"),
    ("₽", "RUB"),
    ("₺", "TRY"),
    ("₱", "PHP"),
    ("₪", "ILS"),
    ("₨", "PKR"),
    ("฿", "THB"),
    ("₦", "NGN"),
    ("SEK", "SEK"),
    ("NOK", "NOK"),
    ("DKK", "DKK"),
];
/// Trailing words that say "this is a total", not what is counted.
const NOT_UNITS: &[&str] = &["total", "in total", "overall"];

/// Measures written out in words and the symbols they are also written with: a quantity's
/// unit is the symbol, so `350 metres` and `350 m` (or `{{convert|350|m|abbr=off}}`) are one
/// fact.
const UNIT_NAMES: &[(&str, &str)] = &[
    ("metre", "m"),
    ("metres", "m"),
    ("meter", "m"),
    ("meters", "m"),
    ("kilometre", "km"),
    ("kilometres", "km"),
    ("kilometer", "km"),
    ("kilometers", "km"),
    ("centimetre", "cm"),
    ("centimetres", "cm"),
    ("centimeter", "cm"),
    ("centimeters", "cm"),
    ("millimetre", "mm"),
    ("millimetres", "mm"),
    ("millimeter", "mm"),
    ("millimeters", "mm"),
    ("foot", "ft"),
    ("feet", "ft"),
    ("inch", "in"),
    ("inches", "in"),
    ("mile", "mi"),
    ("miles", "mi"),
    ("yard", "yd"),
    ("yards", "yd"),
    ("kilogram", "kg"),
    ("kilograms", "kg"),
    ("gram", "g"),
    ("grams", "g"),
    ("square kilometre", "km2"),
    ("square kilometres", "km2"),
    ("square kilometer", "km2"),
    ("square kilometers", "km2"),
    ("square mile", "sq mi"),
    ("square miles", "sq mi"),
    ("kilometres per hour", "km/h"),
    ("kilometers per hour", "km/h"),
    ("miles per hour", "mph"),
    ("metres per second", "m/s"),
    ("meters per second", "m/s"),
    ("feet per second", "ft/s"),
];

/// The symbol of a unit written out in words (`metres` → `m`).
pub(crate) fn unit_symbol(unit: &str) -> Option<&'static str> {
    UNIT_NAMES
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(unit))
        .map(|(_, symbol)| *symbol)
}
/// A unit written as a symbol (`ly`, `km2`, `M☉`, `mph`), not a noun counted (`men`,
/// `missing`): what a conversion's unit is.
pub(crate) fn is_unit_symbol(unit: &str) -> bool {
    let noun = unit.len() >= 3 && unit.bytes().all(|b| b.is_ascii_lowercase());
    UNIT_NAMES.iter().any(|(_, symbol)| *symbol == unit) || unit.chars().count() <= 5 && !noun
}

/// `2024 estimate`, `2011 census`: a year heading a figure, not a count of estimates.
const YEAR_QUALIFIERS: &[&str] = &["estimate", "est.", "census", "figures", "data"];
const MAX_UNIT_WORDS: usize = 8;

/// The text is exactly one quantity (trailing parenthesised groups allowed).
pub fn whole(s: &str) -> Option<Quantity> {
    plain_whole(without_trend(s.trim()))
}

/// `2022 Qatar`, `1998 FIFA World Cup`: a year before a name (a medal row, an edition) read
/// as a count of `Qatar`s; a line without a label to say it is a count is no quantity.
pub fn year_before_name(line: &str, q: &Quantity) -> bool {
    let head = line.trim_start().split(' ').next().unwrap_or("");
    head.len() == 4
        && super::date::has_year(head)
        && q.unit
            .as_deref()
            .is_some_and(|u| u.starts_with(|c: char| c.is_uppercase()))
}

/// [`whole`] without a trend arrow's text: a bracket's conversion (`(Decrease 1.5 pp)` is a
/// change, not the same measure in another unit).
fn plain_whole(s: &str) -> Option<Quantity> {
    let s = s.trim();
    // `[15.99903, 15.99977]`: an interval, as an element box prints a standard atomic weight
    if let Some((lo, hi)) = s
        .strip_prefix('[')
        .and_then(|r| r.strip_suffix(']'))
        .and_then(|r| r.split_once(", "))
    {
        let number = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit() || b == b'.');
        if number(lo) && number(hi) {
            return plain_whole(&format!("{lo}–{hi}"));
        }
    }
    let (q, used) = at(s).filter(|(q, _)| !is_year_qualifier(q))?;
    s[used..].trim().is_empty().then_some(q)
}

/// The alternative texts of the trend arrows Wikipedia prints before a figure
/// (`{{increase}}`, `{{DecreasePositive}}`, …), longest first.
const TRENDS: &[&str] = &[
    "Positive increase",
    "Negative increase",
    "Neutral increase",
    "Positive decrease",
    "Negative decrease",
    "Neutral decrease",
    "Increase",
    "Decrease",
    "Steady",
];

/// `Increase 10,749,635 (88th)` → `10,749,635 (88th)`: a trend arrow's text is no part of
/// the figure.
fn without_trend(s: &str) -> &str {
    TRENDS
        .iter()
        .find_map(|t| {
            s.strip_prefix(t).filter(|rest| {
                rest.starts_with(' ') && rest[1..].starts_with(|c: char| !c.is_lowercase())
            })
        })
        .map_or(s, str::trim_start)
}

/// Every quantity in one line of text, in order, with `Label:` sub-headings as qualifiers.
pub fn list(line: &str, zero_words: bool) -> Vec<(Quantity, std::ops::Range<usize>)> {
    let mut out: Vec<(Quantity, std::ops::Range<usize>)> = Vec::new();
    let mut qualifier: Option<String> = None;
    let mut pos = 0;
    // where the `Label:` naming the next quantity starts: its part of the line starts there
    let mut label_start: Option<usize> = None;
    // `Early 1919: ~50,000`: a short head before `: ` qualifies the line, its numbers are no count
    if let Some(colon) = line.find(": ") {
        let head = line[..colon].trim();
        if !head.is_empty() && head.len() <= 40 && !head.contains([',', ';', '(']) {
            qualifier = Some(head.to_owned());
            label_start = Some(line.len() - line.trim_start().len());
            pos = colon + 2;
        }
    }
    let mut gap_start = pos;
    // a number glued to a word (`Commune47.87 km2`) is not read; a quantity in brackets after
    // it (`(18.48 sq mi)`) is its conversion, not a figure of its own
    let mut unread_number = false;
    while pos < line.len() {
        let boundary = is_start_boundary(line, pos);
        let glued = !boundary
            && line.as_bytes()[pos].is_ascii_digit()
            && line[..pos].ends_with(char::is_alphabetic);
        unread_number |= glued;
        let conversion = unread_number && line[..pos].ends_with('(');
        if boundary && !conversion {
            if let Some((mut q, used)) = at(&line[pos..])
                .filter(|(q, _)| !is_year_qualifier(q))
                .or_else(|| zero_words.then(|| zero(&line[pos..])).flatten())
            {
                unread_number = false;
                // `337,846 Sundays in 2010`: the year the figure above was counted in
                // (the words may have ended the unit: `Sundays in`)
                if let Some((last, range)) = out.last_mut().filter(|(last, _)| {
                    let unit_dates = last.unit.as_deref().and_then(undated_unit).is_some();
                    (dated_by(&line[gap_start..pos]) || unit_dates)
                        && is_bare_year(&q)
                        && q.unit.is_none()
                }) {
                    if last.as_of.is_none() {
                        if let Some(u) = last.unit.take() {
                            let kept = undated_unit(&u).unwrap_or(&u);
                            last.unit = (!kept.is_empty()).then(|| kept.to_owned());
                        }
                        last.as_of = Some(line[pos..pos + used].trim().to_owned());
                        range.end = pos + used;
                        pos += used;
                        gap_start = pos;
                        continue;
                    }
                }
                if let Some(qual) = qualifier_in(&line[gap_start..pos]) {
                    let gap = &line[gap_start..pos];
                    label_start = Some(gap_start + (gap.len() - gap.trim_start().len()));
                    // `602,902 United States: 326,863`: a capitalised unit of the figure
                    // before was the first word of this label
                    qualifier = Some(match out.last_mut().and_then(|l| label_head(line, l)) {
                        Some(start) => {
                            label_start = Some(start);
                            format!("{} {qual}", line[start..gap_start].trim())
                        }
                        None => qual,
                    });
                }
                if q.qualifier.is_none() {
                    q.qualifier.clone_from(&qualifier);
                }
                // `(est.) 30,000`: an estimate marked in brackets before the number
                if approx_mark(&line[gap_start..pos]) {
                    q.approx = true;
                }
                // a unit that swallowed a following `Label:` sub-heading gives it back
                if let Some(unit) = q.unit.take() {
                    let (u, qual) = split_unit_qualifier(&unit);
                    q.unit = u;
                    if qual.is_some() {
                        qualifier = qual;
                    }
                }
                out.push((q, label_start.take().unwrap_or(pos)..pos + used));
                pos += used;
                gap_start = pos;
                continue;
            }
        }
        pos += line[pos..].chars().next().map_or(1, char::len_utf8);
    }
    out
}

/// When the unit of `last` (its range's last words) is capitalised and runs into the `Label:`
/// after it (`602,902 United` before `States: 326,863`, `178,405 Total military` before
/// `wounded: 566,434`): take the unit back, cut the
/// range before it, and return where the label starts.
fn label_head(line: &str, (last, range): &mut (Quantity, std::ops::Range<usize>)) -> Option<usize> {
    let unit = last.unit.as_deref()?;
    let part = &line[range.clone()];
    let unit_at = range.start + part.trim_end().strip_suffix(unit)?.len();
    let capitalised = unit.starts_with(|c: char| c.is_uppercase());
    let spaced = line[..unit_at].ends_with(' ');
    if !capitalised || !spaced || unit.split(' ').count() > 3 {
        return None;
    }
    last.unit = None;
    range.end = line[..unit_at].trim_end().len();
    Some(unit_at)
}

/// A whole number that can be a year (1000 to 2100), one figure, no range.
fn is_bare_year(q: &Quantity) -> bool {
    q.min == q.max && q.min.fract() == 0.0 && (1000.0..=2100.0).contains(&q.min)
}

/// The words between a figure and a year that date it (`in`, `as of`).
fn dated_by(gap: &str) -> bool {
    let g = gap.trim();
    g.eq_ignore_ascii_case("in") || g.eq_ignore_ascii_case("as of")
}

/// A unit that ends in the words dating the figure (`Sundays in`, `as of`): the unit
/// without them.
fn undated_unit(u: &str) -> Option<&str> {
    ["as of", "in"].iter().find_map(|w| {
        let head = u.strip_suffix(w)?;
        (head.is_empty() || head.ends_with(' ')).then(|| head.trim_end())
    })
}

fn is_year_qualifier(q: &Quantity) -> bool {
    is_bare_year(q)
        && q.unit
            .as_deref()
            .is_some_and(|u| YEAR_QUALIFIERS.contains(&u.to_lowercase().as_str()))
}

/// `none` and `nil` counted as zero in a list of quantities (`none 1 wounded`).
fn zero(s: &str) -> Option<(Quantity, usize)> {
    for w in ["none", "nil", "None", "Nil"] {
        if let Some(rest) = s.strip_prefix(w) {
            if rest.is_empty() || rest.starts_with([' ', ',', ';']) {
                return Some((Quantity::new(0.0, 0.0), w.len()));
            }
        }
    }
    None
}

fn is_start_boundary(s: &str, pos: usize) -> bool {
    let b = s.as_bytes();
    // a comma between digits groups thousands (`522,250`): what follows it is no new number
    let thousands = pos >= 2
        && b[pos - 1] == b','
        && b[pos - 2].is_ascii_digit()
        && b.get(pos).is_some_and(u8::is_ascii_digit);
    pos == 0 || s[..pos].ends_with([' ', '(', ',', ';', ':', '/', '\n']) && !thousands
}

/// `Early 1919: ` or `Did not participate in battle: ` before a quantity.
fn qualifier_in(gap: &str) -> Option<String> {
    let t = gap.trim();
    let head = t.strip_suffix(':')?;
    let head = head.trim();
    (!head.is_empty() && head.split_whitespace().count() <= 8).then(|| head.to_owned())
}

/// `floatplanes Did not participate in battle:` → (`floatplanes`, `Did not participate in battle`).
fn split_unit_qualifier(unit: &str) -> (Option<String>, Option<String>) {
    let Some(colon) = unit.find(':') else {
        return (Some(unit.to_owned()), None);
    };
    let before = &unit[..colon];
    let words: Vec<&str> = before.split(' ').collect();
    let cut = words
        .iter()
        .enumerate()
        .skip(1)
        .find(|(_, w)| w.starts_with(char::is_uppercase))
        .map_or(0, |(i, _)| i);
    let unit_part = words[..cut].join(" ");
    let qual = words[cut..].join(" ");
    let unit_part = clean_unit(&unit_part);
    (unit_part, (!qual.is_empty()).then_some(qual))
}

/// Text before a number that is only an estimate mark in brackets: `(est.)`, `(approx.)`.
fn approx_mark(gap: &str) -> bool {
    let inner = gap
        .trim()
        .strip_prefix('(')
        .and_then(|g| g.strip_suffix(')'));
    inner.is_some_and(|w| {
        let w = w.trim();
        !matches!(w, "~" | "≈") && APPROX.iter().any(|a| a.eq_ignore_ascii_case(w))
    })
}

fn strip_word<'a>(s: &'a str, words: &[&str]) -> Option<(&'a str, usize)> {
    // `At least 51,000`, `Over 9,000`: a line may start with a capital
    let first = s.as_bytes().first()?.to_ascii_lowercase();
    for w in words
        .iter()
        .filter(|w| w.as_bytes().first() == Some(&first))
    {
        let head = s.as_bytes().get(..w.len());
        if let Some(rest) = head
            .filter(|h| h.eq_ignore_ascii_case(w.as_bytes()) && s.is_char_boundary(w.len()))
            .map(|_| &s[w.len()..])
        {
            let glued = matches!(*w, "~" | "≈") || w.ends_with('.');
            if glued || rest.starts_with(' ') {
                let rest_trim = rest.trim_start();
                return Some((rest_trim, s.len() - rest_trim.len()));
            }
        }
    }
    None
}

fn currency(s: &str) -> Option<(&'static str, &'static str, usize)> {
    let first = *s.as_bytes().first()?;
    for (sym, code) in CURRENCIES
        .iter()
        .filter(|(sym, _)| sym.as_bytes().first() == Some(&first))
    {
        if let Some(rest) = s.strip_prefix(sym) {
            let rest_trim = rest.trim_start();
            // (a short sign may be glued to the number: `CN¥5`, `US$5`; a code needs a space)
            if rest_trim.starts_with(|c: char| c.is_ascii_digit())
                && (sym.chars().count() <= 3 || rest.starts_with(' '))
            {
                return Some((sym, code, s.len() - rest_trim.len()));
            }
        }
    }
    None
}

/// One bound: `[approx] [currency] number [scale] [+]`.
struct Bound {
    value: f64,
    approx: bool,
    plus: bool,
    scale: Option<(f64, &'static str)>,
    currency: Option<(&'static str, &'static str)>,
}

fn bound(s: &str) -> Option<(Bound, usize)> {
    // every bound has a digit within its first words (`approximately US$ 5`): reject the
    // rest before trying the prefix words
    if !s.as_bytes().iter().take(24).any(u8::is_ascii_digit) {
        return None;
    }
    let mut used = 0;
    let mut b = Bound {
        value: 0.0,
        approx: false,
        plus: false,
        scale: None,
        currency: None,
    };
    if let Some((_, n)) = strip_word(s, APPROX) {
        b.approx = true;
        used += n;
    } else if let Some((_, n)) = strip_word(s, PLUS_WORDS) {
        b.plus = true;
        used += n;
    }
    if let Some((sym, code, n)) = currency(&s[used..]) {
        b.currency = Some((sym, code));
        used += n;
    }
    // `−279 ft`, `-85.0 m`: a sign (the minus sign or a hyphen) right before the digits
    let signed = &s[used..];
    // (`+1.43`: a magnitude or colour index written with its sign)
    let sign = ['−', '-', '+']
        .iter()
        .find_map(|m| signed.strip_prefix(*m))
        .filter(|r| r.starts_with(|c: char| c.is_ascii_digit()));
    let (rest, v) = number::number(sign.unwrap_or(signed)).ok()?;
    used = s.len() - rest.len();
    b.value = if sign.is_some() && !signed.starts_with('+') {
        -v
    } else {
        v
    };
    // scale word
    let after = &s[used..];
    if let Some(word) = after
        .strip_prefix(' ')
        .and_then(|r| r.split([' ', ',', ';', ')']).next())
    {
        if let Some(sc) = scale(word) {
            b.scale = Some(sc);
            used += 1 + word.len();
        }
    }
    // (`228+10−8`: the part above an uncertainty, read by `at`, no `or more`)
    if s[used..].starts_with('+') && asymmetric(&s[used..]).is_none() {
        b.plus = true;
        used += 1;
    }
    Some((b, used))
}

/// `+10−8` right after a figure (`228+10−8 Myr`: a superscript and a subscript run
/// together): the uncertainty above and below it, and the bytes used.
fn asymmetric(s: &str) -> Option<(f64, f64, usize)> {
    let (rest, plus) = number::number(s.strip_prefix('+')?).ok()?;
    let rest = rest.strip_prefix('−').or_else(|| rest.strip_prefix('-'))?;
    let (rest, minus) = number::number(rest).ok()?;
    Some((plus, minus, s.len() - rest.len()))
}

/// A quantity starting exactly at `s`; returns it and the bytes used.
fn at(s: &str) -> Option<(Quantity, usize)> {
    if let Some(found) = scientific(s) {
        return Some(found);
    }
    let (first, mut used) = bound(s)?;
    let mut q = Quantity::new(first.value, first.value);
    q.approx = first.approx;
    q.plus = first.plus;
    let mut sc = first.scale;
    let mut cur = first.currency;
    // range
    if let Some((second, n)) = range_tail(&s[used..]) {
        used += n;
        // `58-08-2` (a CAS number), `555-0100-22`: a third dashed number makes it a code
        let rest = &s[used..];
        if rest
            .strip_prefix(['-', '–'])
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
        {
            return None;
        }
        if sc.is_none() && shares_end_scale(first.value) {
            sc = second.scale;
        }
        cur = cur.or(second.currency);
        q.max = scaled(second.value, second.scale.or(sc));
        q.plus |= second.plus;
        q.approx |= second.approx;
    } else {
        q.max = scaled(first.value, sc);
    }
    q.min = scaled(first.value, sc);
    if let Some((_, name)) = sc {
        q.scale = Some(name.to_owned());
    }
    if let Some((sym, code)) = cur {
        q.unit = Some(sym.to_owned());
        q.currency = Some(code.to_owned());
    }
    // ± uncertainty; `± 3%` is a share of the value
    let t = s[used..].trim_start();
    if let Some(rest) = t.strip_prefix('±') {
        if let Ok((rest2, u)) = number::number(rest.trim_start()) {
            match rest2.strip_prefix('%') {
                Some(after) => {
                    q.uncertainty = Some(q.min * u / 100.0);
                    used = s.len() - after.len();
                }
                None => {
                    q.uncertainty = Some(u);
                    used = s.len() - rest2.len();
                }
            }
        }
    } else if let Some((plus, minus, n)) = asymmetric(&s[used..]) {
        q.uncertainty_plus = Some(plus);
        q.uncertainty_minus = Some(minus);
        used += n;
    } else if let Some((u, n)) = concise_uncertainty(&s[..used], &s[used..]) {
        q.uncertainty = Some(u);
        used += n;
    }
    // `6.4171×1023 kg`: scientific notation flattened. Only a mantissa written as science
    // writes it (a fraction between 1 and 10), so `2 × 105 mm` guns stay guns.
    let mantissa = q.min == q.max
        && sc.is_none()
        && cur.is_none()
        && (1.0..10.0).contains(&q.min)
        && q.min.fract() != 0.0;
    if let Some((exp, n)) = power_of_ten(&s[used..]).filter(|_| mantissa) {
        if let Some((value, uncertainty)) = times_ten(q.min, q.uncertainty, exp) {
            q.min = value;
            q.max = value;
            q.uncertainty = uncertainty;
            used += n;
        }
    }
    // a symbol glued to the number: `182.178°`, `45%`
    let glued: usize = s[used..]
        .chars()
        .take_while(|c| matches!(c, '%' | '°' | '′' | '″' | '‰'))
        .map(char::len_utf8)
        .sum();
    if glued > 0 && q.unit.is_none() {
        q.unit = Some(s[used..used + glued].to_owned());
        used += glued;
    } else if q.unit.is_none() && s[used..].starts_with('/') {
        // a rate glued to the number: `3,880.1/sq mi`, `25/km2`
        let rest = &s[used + 1..];
        let (unit, n) = unit_words(&format!(" {rest}"));
        if let Some(u) = unit {
            q.unit = Some(format!("/{u}"));
            used += n;
        }
    } else if q.unit.is_none() {
        // `4 × shafts`, `9 × Babcock & Wilcox boilers`: a count of things
        let times = s[used..]
            .trim_start()
            .strip_prefix('×')
            .filter(|r| r.starts_with(' ') && r.trim_start().starts_with(char::is_alphabetic))
            .map_or(0, |r| s.len() - used - r.len());
        let (unit, n) = unit_words(&s[used + times..]);
        if let Some(u) = unit {
            q.unit = Some(u);
            used += times;
        }
        used += n;
    }
    // `649–212` (touchdowns and interceptions, a won–lost record) runs backwards: a pair of
    // numbers, not a range (a span of ages may run backwards: `66–23 Ma`)
    if q.max < q.min && q.unit.is_none() {
        return None;
    }
    // `6 ft 4 in`
    let mut compound = false;
    if q.unit.as_deref() == Some("ft") && q.min == q.max {
        if let Some((inches, n)) = inches_after_feet(&s[used..]) {
            q.min += inches / 12.0;
            q.max = q.min;
            used += n;
            compound = true;
        }
    }
    // parenthesised groups
    loop {
        let rest = &s[used..];
        let lead = rest.len() - rest.trim_start().len();
        let Some(inner_end) = rest.trim_start().strip_prefix('(').and_then(paren_end) else {
            break;
        };
        let inner = &rest[lead + 1..lead + 1 + inner_end];
        paren(&mut q, inner);
        used += lead + inner_end + 2;
    }
    // `0.636 (0.4–0.87) kPa`: a range in parentheses between the number and its unit
    if q.unit.is_none() && q.note.is_some() && used < s.len() {
        if let (Some(u), n) = unit_words(&s[used..]) {
            q.unit = Some(u);
            used += n;
        }
    }
    // `83 ft / 25 m` (an airport's elevation): the same measure in a second unit
    if q.unit.is_some() && q.converted.is_none() && q.min == q.max {
        if let Some((other, n)) = slash_conversion(&s[used..]) {
            q.converted = Some(Box::new(other));
            used += n;
        }
    }
    // `6 ft 4 in (193 cm)`: the printed metric value is exact, decimal feet are derived
    if compound {
        if let Some(metric) = q.converted.take() {
            let mut imperial = q.clone();
            imperial.note = None;
            q = Quantity {
                converted: Some(Box::new(imperial)),
                qualifier: q.qualifier.take(),
                note: q.note.take(),
                ..*metric
            };
        }
    }
    if q.unit.as_deref().is_some_and(|u| is_day_and_month(&q, u)) {
        return None;
    }
    if let Some(unit) = &q.unit {
        if NOT_UNITS.iter().any(|w| w.eq_ignore_ascii_case(unit)) {
            q.note = Some(unit.clone());
            q.unit = None;
        } else if let Some(symbol) = unit_symbol(unit) {
            q.unit = Some(symbol.to_owned());
        }
    }
    Some((q, used))
}

/// `22 October` (a feast day, a date whose year is elsewhere): a day of the month and a
/// capitalised month name are a date, not 22 of a unit `October`.
fn is_day_and_month(q: &Quantity, unit: &str) -> bool {
    let first = unit.split(' ').next().unwrap_or("");
    q.min == q.max
        && q.min.fract() == 0.0
        && (1.0..=31.0).contains(&q.min)
        && q.scale.is_none()
        && q.currency.is_none()
        && first.starts_with(|c: char| c.is_uppercase())
        && super::date::month_number(first.trim_end_matches([',', '.'])).is_some()
}

/// ` / 25 m` after a measure: a single number with a unit word (not read further, so a
/// chain of slashes costs one step each).
fn slash_conversion(s: &str) -> Option<(Quantity, usize)> {
    let rest = s.strip_prefix(" / ")?;
    let (b, n) = bound(rest)?;
    if b.scale.is_some() || b.currency.is_some() {
        return None;
    }
    let (unit, m) = unit_words(&rest[n..]);
    let unit = unit?;
    let mut q = Quantity::new(b.value, b.value);
    q.approx = b.approx;
    q.unit = Some(unit);
    Some((q, 3 + n + m))
}

/// `5–6 million`: a short start shares the end's scale word; `878,000–1 million` does not.
fn shares_end_scale(start: f64) -> bool {
    start < 100.0 || (start < 1000.0 && start.fract() == 0.0)
}

/// Apply a scale word without binary noise: `16.97 billion` is 16970000000, not …999.998.
fn scaled(v: f64, scale: Option<(f64, &'static str)>) -> f64 {
    let Some((factor, _)) = scale else { return v };
    let units = (v * 1e9).round();
    if factor >= 1e9 {
        units * (factor / 1e9)
    } else {
        units / (1e9 / factor)
    }
}

/// `6 ft 4 in`: feet and inches after a number read as feet.
fn inches_after_feet(s: &str) -> Option<(f64, usize)> {
    let t = s.trim_start();
    let (rest, inches) = number::number(t).ok()?;
    let rest2 = rest.strip_prefix(" in")?;
    if rest2.starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    Some((inches, s.len() - rest2.len()))
}

/// `2.590271(58)`: the uncertainty in the last digits, in brackets right after the number
/// (`± 0.000058`). `number` is the text read so far, `rest` what follows it.
fn concise_uncertainty(number: &str, rest: &str) -> Option<(f64, usize)> {
    let inner = rest.strip_prefix('(')?;
    let digits = inner.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 4 || !inner[digits..].starts_with(')') {
        return None;
    }
    let (_, fraction) = number.rsplit_once('.')?;
    let decimals = fraction.len();
    if decimals == 0 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let u: f64 = inner[..digits].parse().ok()?;
    let exp = i32::try_from(decimals).ok()?;
    Some((u / 10f64.powi(exp), digits + 2))
}

/// `(1.03 ± 0.10) × 1018 kg`: a flattened power of ten (`× 10^18` lost its superscript).
fn scientific(s: &str) -> Option<(Quantity, usize)> {
    let inner = s.strip_prefix('(')?;
    let (rest, mantissa) = number::number(inner).ok()?;
    let mut rest = rest.trim_start();
    let mut unc = None;
    if let Some(r) = rest.strip_prefix('±') {
        let (r2, u) = number::number(r.trim_start()).ok()?;
        unc = Some(u);
        rest = r2;
    }
    let rest = rest.strip_prefix(')')?;
    let (exp, n) = power_of_ten(rest)?;
    // `× 10999` overflows: not a value JSON can carry, and no real measurement
    let (value, uncertainty) = times_ten(mantissa, unc, exp)?;
    let mut q = Quantity::new(value, value);
    q.uncertainty = uncertainty;
    let mut used = s.len() - rest.len() + n;
    let (unit, m) = unit_words(&s[used..]);
    q.unit = unit;
    used += m;
    Some((q, used))
}

/// ` × 1023`, `×10−5`: a power of ten whose exponent lost its superscript (`× 10^23`);
/// returns the exponent and the bytes used. The exponent has one to three digits, a sign
/// perhaps, and no leading zero (`× 100 m` is no `10^0`).
fn power_of_ten(s: &str) -> Option<(i32, usize)> {
    let t = s.trim_start().strip_prefix(['×', 'x'])?.trim_start();
    let digits = t.strip_prefix("10")?;
    if let Some(found) = superscript_exponent(digits) {
        return Some((found.0, s.len() - digits.len() + found.1));
    }
    let (negative, digits) = match digits.strip_prefix(['−', '-']) {
        Some(d) => (true, d),
        None => (false, digits),
    };
    let n = digits.chars().take_while(char::is_ascii_digit).count();
    if n == 0 || n > 3 || digits.starts_with('0') {
        return None;
    }
    let exp: i32 = digits[..n].parse().ok()?;
    Some((
        if negative { -exp } else { exp },
        s.len() - digits.len() + n,
    ))
}

/// `²³`, `⁻⁵` (the exponent as `{{val}}` prints it): the exponent and its bytes.
fn superscript_exponent(s: &str) -> Option<(i32, usize)> {
    const DIGITS: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    let (negative, body) = match s.strip_prefix('⁻') {
        Some(b) => (true, b),
        None => (false, s),
    };
    let mut exp: i32 = 0;
    let mut used = 0;
    for (n, c) in body.chars().enumerate() {
        let Some(d) = DIGITS.iter().position(|&x| x == c) else {
            break;
        };
        if n == 3 || (n == 0 && d == 0) {
            return None;
        }
        exp = exp * 10 + d as i32;
        used += c.len_utf8();
    }
    (used > 0).then(|| {
        (
            if negative { -exp } else { exp },
            s.len() - body.len() + used,
        )
    })
}

/// `v` and its uncertainty `u` times `10^exp`, each as the decimal `{v}e{exp}` reads
/// (`6.4171e23`, not `6.4171 × 1e23`, which rounds away from the printed digits); `None` when
/// either overflows.
fn times_ten(v: f64, u: Option<f64>, exp: i32) -> Option<(f64, Option<f64>)> {
    let scale = |x: f64| {
        format!("{x}e{exp}")
            .parse::<f64>()
            .ok()
            .filter(|x| x.is_finite())
    };
    let u = match u {
        Some(u) => Some(scale(u)?),
        None => None,
    };
    Some((scale(v)?, u))
}

fn range_tail(s: &str) -> Option<(Bound, usize)> {
    let t = s.trim_start();
    let lead = s.len() - t.len();
    let mut chars = t.chars();
    let sep_len = match chars.next()? {
        c if is_dash(c) => c.len_utf8(),
        't' if t.starts_with("to ") => 2,
        _ => return None,
    };
    let after = &t[sep_len..];
    let after_trim = after.trim_start();
    let (b, n) = bound(after_trim)?;
    Some((b, lead + sep_len + (after.len() - after_trim.len()) + n))
}

/// Longest parenthesised note a quantity takes (`(including 4,436 wounded)`); a longer or
/// unclosed group is left as text, which also keeps scanning linear.
const MAX_PAREN: usize = 120;

/// Index of the `)` closing a group whose `(` was just consumed (nesting respected).
fn paren_end(s: &str) -> Option<usize> {
    // bytes suffice: `(`, `)` and newline never occur inside a multi-byte character
    let mut depth = 0usize;
    for (i, b) in s.bytes().enumerate().take(MAX_PAREN) {
        match b {
            b'(' => depth += 1,
            b')' if depth == 0 => return Some(i),
            b')' => depth -= 1,
            b'\n' => return None,
            _ => {}
        }
    }
    None
}

/// `a; b (c; d)` → `a`, `b (c; d)`: the `; `-separated parts outside brackets.
fn top_level_parts(t: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut depth, mut from) = (0usize, 0);
    let bytes = t.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'(' => depth += 1,
            b')' => depth = depth.saturating_sub(1),
            b';' if depth == 0 && bytes.get(i + 1) == Some(&b' ') => {
                parts.push(&t[from..i]);
                from = i + 2;
            }
            _ => {}
        }
    }
    parts.push(&t[from..]);
    parts
}

fn paren(q: &mut Quantity, inner: &str) {
    let t = inner.trim();
    // (as of 2024), (in 2010)
    if let Some(year) = ["as of ", "As of ", "in "]
        .iter()
        .find_map(|w| t.strip_prefix(w))
        .filter(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()))
    {
        q.as_of = Some(year.to_owned());
        return;
    }
    // (2012), (1989 USD)
    let mut words = t.split_whitespace();
    if let Some(first) = words.next() {
        if first.len() == 4 && first.bytes().all(|b| b.is_ascii_digit()) {
            let second = words.next();
            if words.next().is_none() {
                match second {
                    None => {
                        q.as_of = Some(first.to_owned());
                        return;
                    }
                    Some(code) if CURRENCIES.iter().any(|(s, c)| s == c && *s == code) => {
                        q.as_of = Some(first.to_owned());
                        q.currency = Some(code.to_owned());
                        q.unit = Some(code.to_owned());
                        return;
                    }
                    _ => {}
                }
            }
        }
    }
    // (a count has no unit to convert: `32,292 (30.1 ppg)` is a note on it)
    if q.converted.is_none() && q.unit.is_some() {
        // `(330 ft; 110 yd)`: the same measure in several units, the first kept (each part
        // read once, so nested brackets stay linear)
        let parts = top_level_parts(t);
        let conv = if parts.len() == 1 {
            plain_whole(t)
        } else {
            let read: Vec<Option<Quantity>> = parts.iter().map(|p| plain_whole(p)).collect();
            let all = read
                .iter()
                .all(|r| r.as_ref().is_some_and(|c| c.unit.is_some()));
            read.into_iter().next().flatten().filter(|_| all)
        };
        if let Some(conv) = conv {
            if conv.unit.is_some() {
                q.converted = Some(Box::new(conv));
                return;
            }
        }
    }
    if q.note.is_none() && !t.is_empty() {
        q.note = Some(t.to_owned());
    }
}

/// The unit noun after a number: words up to the next quantity, `(`, `;`, a sentence end.
fn unit_words(s: &str) -> (Option<String>, usize) {
    if !s.starts_with(' ') {
        return (None, 0);
    }
    let mut end = 0;
    let mut words = 0;
    let mut pos = 0;
    let bytes = s.as_bytes();
    loop {
        // skip spaces
        while pos < s.len() && bytes[pos] == b' ' {
            pos += 1;
        }
        if pos >= s.len() {
            break;
        }
        let rest = &s[pos..];
        // a unit starts with a letter or a unit sign: `30 + ME-02` (a count plus a district)
        // and `12 / 20` have none
        let starts_unit = |c: char| c.is_alphabetic() || "%°′″'µ$€£¥₹§".contains(c);
        if rest.starts_with(['(', ';', '[', '"'])
            || rest
                .strip_prefix("/ ")
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
            || rest.starts_with(|c: char| c.is_ascii_digit())
            || (words == 0 && !rest.starts_with(starts_unit))
            || bound(rest).is_some()
            || words >= MAX_UNIT_WORDS
        {
            break;
        }
        let wlen = rest.find([' ', '(', ';', ')']).unwrap_or(rest.len());
        if wlen == 0 {
            break;
        }
        let word = &rest[..wlen];
        if word.ends_with(':') {
            // `floatplanes Did not participate in battle:` — the capitalised words from the
            // second on are a sub-heading for what follows: give them back to the caller
            if let Some(cut) = heading_start(&s[..pos], words) {
                end = cut;
            }
            break;
        }
        words += 1;
        pos += wlen;
        end = pos;
        if word.ends_with('.') && word.len() > 2 {
            break;
        }
        // a unit symbol ends at a comma: `1.23 g/cm3, solid` is in g/cm3 (while `killed,
        // wounded or captured` is one noun phrase)
        let symbol = |c: char| c.is_ascii_digit() || "/·²³".contains(c);
        if word.ends_with(',') && word.contains(symbol) {
            break;
        }
    }
    let unit = clean_unit(&s[..end]);
    (unit, end)
}

/// Where a capitalised sub-heading starts inside a unit run of `words` words (never the first).
fn heading_start(s: &str, words: usize) -> Option<usize> {
    if words < 1 {
        return None;
    }
    let mut seen = 0;
    for (i, _) in s
        .char_indices()
        .filter(|(i, c)| *c != ' ' && (*i == 0 || s[..*i].ends_with(' ')))
    {
        seen += 1;
        if seen >= 2 && s[i..].starts_with(|c: char| c.is_uppercase()) {
            return Some(i);
        }
    }
    Some(0).filter(|_| s.trim_start().starts_with(|c: char| c.is_uppercase()) && seen == 0)
}

fn clean_unit(s: &str) -> Option<String> {
    let mut u = s.trim().trim_end_matches([',', ';', '.', ':']).trim_end();
    for tail in [" and", " or", " &"] {
        if let Some(x) = u.strip_suffix(tail) {
            u = x.trim_end_matches(',').trim_end();
        }
    }
    (!u.is_empty()).then(|| u.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_figure_may_carry_its_sign_and_a_share_or_a_split_uncertainty() {
        let q = whole("+1.43");
        assert_eq!(q.map(|q| (q.min, q.plus)), Some((1.43, false)));
        let q = whole("0.0084 ± 3% R☉");
        assert_eq!(q.as_ref().and_then(|q| q.unit.as_deref()), Some("R☉"));
        assert!(q
            .and_then(|q| q.uncertainty)
            .is_some_and(|u| (u - 0.000252).abs() < 1e-12));
        let q = whole("228+10−8 Myr");
        let read = q.map(|q| (q.min, q.plus, q.uncertainty_plus, q.uncertainty_minus));
        assert_eq!(read, Some((228.0, false, Some(10.0), Some(8.0))));
        assert_eq!(whole("4,700+ troops").map(|q| q.plus), Some(true));
    }

    #[test]
    fn a_signed_figure_is_negative() {
        let got = whole("−279 ft (−85.0 m)").map(|q| show(&q));
        assert_eq!(
            got.as_deref(),
            Some("-279..-279 unit=\"ft\" conv=(-85..-85 unit=\"m\")")
        );
        assert_eq!(whole("-40 °C").map(|q| q.min), Some(-40.0));
        assert_eq!(
            whole("−10 to −5 °C").map(|q| (q.min, q.max)),
            Some((-10.0, -5.0))
        );
        // a dash between figures is a range, and a code stays a code
        assert_eq!(
            whole("10-20 km").map(|q| (q.min, q.max)),
            Some((10.0, 20.0))
        );
        assert!(whole("58-08-2").is_none());
        // a dash alone is no sign
        assert!(whole("- 5 km").is_none_or(|q| q.min >= 0.0));
    }

    #[test]
    fn labels_run_on_in_one_line_qualify_their_figures() {
        let line = "South Korea: 602,902 United States: 326,863 Total military wounded: 566,434";
        let got: Vec<(String, &str)> = list(line, true)
            .into_iter()
            .map(|(q, r)| (show(&q), &line[r]))
            .collect();
        assert_eq!(
            got,
            [
                (
                    "602902..602902 qual=\"South Korea\"".to_owned(),
                    "South Korea: 602,902"
                ),
                (
                    "326863..326863 qual=\"United States\"".to_owned(),
                    "United States: 326,863"
                ),
                (
                    "566434..566434 qual=\"Total military wounded\"".to_owned(),
                    "Total military wounded: 566,434"
                ),
            ]
        );
        // a lower-case unit before a label stays the unit
        let line = "Active: 3 carriers Reserve: 2 carriers";
        let got: Vec<String> = list(line, true)
            .into_iter()
            .map(|(q, _)| show(&q))
            .collect();
        assert_eq!(
            got,
            [
                "3..3 unit=\"carriers\" qual=\"Active\"",
                "2..2 unit=\"carriers\" qual=\"Reserve\""
            ]
        );
    }

    fn show(q: &Quantity) -> String {
        let mut s = format!("{}..{}", q.min, q.max);
        if let Some(u) = &q.unit {
            s += &format!(" unit={u:?}");
        }
        for (flag, name) in [(q.approx, "approx"), (q.plus, "plus")] {
            if flag {
                s += &format!(" {name}");
            }
        }
        for (v, name) in [
            (&q.qualifier, "qual"),
            (&q.note, "note"),
            (&q.as_of, "as_of"),
            (&q.currency, "cur"),
        ] {
            if let Some(v) = v {
                s += &format!(" {name}={v:?}");
            }
        }
        if let Some(c) = &q.converted {
            s += &format!(" conv=({})", show(c));
        }
        if let Some(u) = q.uncertainty {
            s += &format!(" ±{u}");
        }
        s
    }

    #[test]
    fn whole_accepted_and_rejected() {
        let cases = [
            "50,000-70,000 troops",
            "4,700+ troops",
            "c. 3,000",
            "~6,000",
            "73,000–100,000",
            "379 ft (116 m)",
            "US$ 73.72 billion (2012)",
            "$11.73 billion (1989 USD)",
            "60.99 ± 2.41 km",
            "(1.03 ± 0.10) × 1018 kg",
            "(1.04 ± 0.98) × 10999 kg",
            "182.178°",
            "94,000 (2012)",
            "1,012 (as of 2024)",
            "143 total",
            "5 to 6 million",
            "over 9,000 men",
            "1st Ukrainian Front",
            "Pennant number D31",
            "2.45.1",
            "Shankar–Ehsaan–Loy",
            "58-08-2",
            // a unit starts with a letter or a unit sign, and a symbol ends at a comma
            "30 + ME-02",
            "1.23 g/cm3, solid",
            "3,000 killed, wounded or captured",
            // a second unit after a slash
            "83 ft / 25 m",
            "12 / 20",
            // units written out take their symbols
            "350 metres (380 yards)",
            "52,419 square miles (135,760 km2)",
            "100 metres (330 ft; 110 yd)",
            // a day and a month name are a date without its year; other capitalised units stay
            "22 October",
            "1 May 2011",
            "12 Mar",
            "40 May Street houses",
            "22 October Revolution veterans",
            "45 Marines",
            "22 october",
            // signs and scale words of other currencies
            "CN¥5 billion",
            "₹500 crore",
            "₹2.5 lakh",
            "SEK 3 billion",
            "SEK3 billion",
            // a flattened power of ten after a mantissa as science writes it
            "6.4171×1023 kg",
            "1.4 × 10−5",
            "2 × 105 mm guns",
            "4.5 × 100 m",
            "2.5×10",
            "6.4171×10²³ kg (0.107 Earths)",
            "1.4×10⁻⁵ m",
            // an uncertainty in the last digits; a count of things
            "2.590271(58)×1020 kg",
            "1.0079(4) u",
            "1998 (12)",
            "4 × shafts",
            // a range in parentheses before the unit
            "0.636 (0.4–0.87) kPa",
            "Increase 10,749,635 (88th)",
            "Neutral increase 10,343,066",
            "67.3% (Decrease 1.5 pp)",
            "Increased 5",
            // a count is not converted: its brackets are a note
            "32,292 (30.1 ppg)",
            "[15.99903, 15.99977]",
            "[1, 2, 3]",
            "36.5 (2011 est.)",
        ];
        let got: Vec<String> = cases
            .iter()
            .map(|c| format!("{c} => {}", whole(c).map_or("-".into(), |q| show(&q))))
            .collect();
        insta::assert_snapshot!(got.join("\n"), @r#"
        50,000-70,000 troops => 50000..70000 unit="troops"
        4,700+ troops => 4700..4700 unit="troops" plus
        c. 3,000 => 3000..3000 approx
        ~6,000 => 6000..6000 approx
        73,000–100,000 => 73000..100000
        379 ft (116 m) => 379..379 unit="ft" conv=(116..116 unit="m")
        US$ 73.72 billion (2012) => 73720000000..73720000000 unit="US$" as_of="2012" cur="USD"
        $11.73 billion (1989 USD) => 11730000000..11730000000 unit="USD" as_of="1989" cur="USD"
        60.99 ± 2.41 km => 60.99..60.99 unit="km" ±2.41
        (1.03 ± 0.10) × 1018 kg => 1030000000000000000..1030000000000000000 unit="kg" ±100000000000000000
        (1.04 ± 0.98) × 10999 kg => -
        182.178° => 182.178..182.178 unit="°"
        94,000 (2012) => 94000..94000 as_of="2012"
        1,012 (as of 2024) => 1012..1012 as_of="2024"
        143 total => 143..143 note="total"
        5 to 6 million => 5000000..6000000
        over 9,000 men => 9000..9000 unit="men" plus
        1st Ukrainian Front => -
        Pennant number D31 => -
        2.45.1 => -
        Shankar–Ehsaan–Loy => -
        58-08-2 => -
        30 + ME-02 => -
        1.23 g/cm3, solid => -
        3,000 killed, wounded or captured => 3000..3000 unit="killed, wounded or captured"
        83 ft / 25 m => 83..83 unit="ft" conv=(25..25 unit="m")
        12 / 20 => -
        350 metres (380 yards) => 350..350 unit="m" conv=(380..380 unit="yd")
        52,419 square miles (135,760 km2) => 52419..52419 unit="sq mi" conv=(135760..135760 unit="km2")
        100 metres (330 ft; 110 yd) => 100..100 unit="m" conv=(330..330 unit="ft")
        22 October => -
        1 May 2011 => -
        12 Mar => -
        40 May Street houses => 40..40 unit="May Street houses"
        22 October Revolution veterans => -
        45 Marines => 45..45 unit="Marines"
        22 october => 22..22 unit="october"
        CN¥5 billion => 5000000000..5000000000 unit="CN¥" cur="CNY"
        ₹500 crore => 5000000000..5000000000 unit="₹" cur="INR"
        ₹2.5 lakh => 250000..250000 unit="₹" cur="INR"
        SEK 3 billion => 3000000000..3000000000 unit="SEK" cur="SEK"
        SEK3 billion => 3000000000..3000000000 unit="SEK" cur="SEK"
        6.4171×1023 kg => 641710000000000000000000..641710000000000000000000 unit="kg"
        1.4 × 10−5 => 0.000014..0.000014
        2 × 105 mm guns => -
        4.5 × 100 m => -
        2.5×10 => -
        6.4171×10²³ kg (0.107 Earths) => 641710000000000000000000..641710000000000000000000 unit="kg" conv=(0.107..0.107 unit="Earths")
        1.4×10⁻⁵ m => 0.000014..0.000014 unit="m"
        2.590271(58)×1020 kg => 259027100000000000000..259027100000000000000 unit="kg" ±5800000000000000
        1.0079(4) u => 1.0079..1.0079 unit="u" ±0.0004
        1998 (12) => 1998..1998 note="12"
        4 × shafts => 4..4 unit="shafts"
        0.636 (0.4–0.87) kPa => 0.636..0.636 unit="kPa" note="0.4–0.87"
        Increase 10,749,635 (88th) => 10749635..10749635 note="88th"
        Neutral increase 10,343,066 => 10343066..10343066
        67.3% (Decrease 1.5 pp) => 67.3..67.3 unit="%" note="Decrease 1.5 pp"
        Increased 5 => -
        32,292 (30.1 ppg) => 32292..32292 note="30.1 ppg"
        [15.99903, 15.99977] => 15.99903..15.99977
        [1, 2, 3] => -
        36.5 (2011 est.) => 36.5..36.5 note="2011 est."
        "#);
    }

    /// Brackets nested in brackets, each followed by `; 2 m`: each level is read once.
    #[test]
    fn nested_conversions_are_read_once() {
        let mut inner = "1 m".to_owned();
        for _ in 0..9 {
            inner = format!("3 m ({inner}); 2 m");
        }
        let conv = whole(&format!("1 m ({inner})")).and_then(|q| q.converted);
        assert_eq!(
            conv.map(|c| (c.min, c.unit)),
            Some((3.0, Some("m".to_owned())))
        );
    }

    #[test]
    fn lists() {
        let cases = [
            "3 carriers 7 heavy cruisers 1 light cruiser",
            "~6,000 killed 3,865 captured",
            "16 floatplanes Did not participate in battle: 2 light carriers ~35 support ships",
            "348,286 troops on front, about 700,000 reservists",
            "600 1,000",
            "none 1 wounded",
            "6 ft 4 in (193 cm)",
            "1.76 m (5 ft 9 in)",
            "US$ 16.97 billion",
            "$878,000–$1 million",
            "3,880.1/sq mi (1,498.1/km2)",
            "2024 estimate",
            "Early 1919: ~50,000",
            "11,721 captured(including 4,436 wounded)",
            "986 emus confirmed killed. Minimal impact on the overall emu population.",
            "62 aircraft and 10 tanks lost",
            "(est.) 30,000 captured",
            "(Total) 5,000 killed",
            "649–212",
            "66–23 Ma",
            "Commune522,250",
            "Commune47.87 km2 (18.48 sq mi)",
            "T34 tanks, 200 guns",
            "337,846 Sundays in 2010",
            "381,310 weekdays, 3,000 as of 2011",
        ];
        let got: Vec<String> = cases
            .iter()
            .map(|c| {
                format!(
                    "{c} => {}",
                    list(c, true)
                        .iter()
                        .map(|(q, _)| show(q))
                        .collect::<Vec<_>>()
                        .join(" | ")
                )
            })
            .collect();
        insta::assert_snapshot!(got.join("\n"), @r#"
        3 carriers 7 heavy cruisers 1 light cruiser => 3..3 unit="carriers" | 7..7 unit="heavy cruisers" | 1..1 unit="light cruiser"
        ~6,000 killed 3,865 captured => 6000..6000 unit="killed" approx | 3865..3865 unit="captured"
        16 floatplanes Did not participate in battle: 2 light carriers ~35 support ships => 16..16 unit="floatplanes" | 2..2 unit="light carriers" qual="Did not participate in battle" | 35..35 unit="support ships" approx qual="Did not participate in battle"
        348,286 troops on front, about 700,000 reservists => 348286..348286 unit="troops on front" | 700000..700000 unit="reservists" approx
        600 1,000 => 600..600 | 1000..1000
        none 1 wounded => 0..0 | 1..1 unit="wounded"
        6 ft 4 in (193 cm) => 193..193 unit="cm" conv=(6.333333333333333..6.333333333333333 unit="ft")
        1.76 m (5 ft 9 in) => 1.76..1.76 unit="m" conv=(5.75..5.75 unit="ft")
        US$ 16.97 billion => 16970000000..16970000000 unit="US$" cur="USD"
        $878,000–$1 million => 878000..1000000 unit="$" cur="USD"
        3,880.1/sq mi (1,498.1/km2) => 3880.1..3880.1 unit="/sq mi" conv=(1498.1..1498.1 unit="/km2")
        2024 estimate => 
        Early 1919: ~50,000 => 50000..50000 approx qual="Early 1919"
        11,721 captured(including 4,436 wounded) => 11721..11721 unit="captured" note="including 4,436 wounded"
        986 emus confirmed killed. Minimal impact on the overall emu population. => 986..986 unit="emus confirmed killed"
        62 aircraft and 10 tanks lost => 62..62 unit="aircraft" | 10..10 unit="tanks lost"
        (est.) 30,000 captured => 30000..30000 unit="captured" approx
        (Total) 5,000 killed => 5000..5000 unit="killed"
        649–212 => 
        66–23 Ma => 66..23 unit="Ma"
        Commune522,250 => 
        Commune47.87 km2 (18.48 sq mi) => 
        T34 tanks, 200 guns => 200..200 unit="guns"
        337,846 Sundays in 2010 => 337846..337846 unit="Sundays" as_of="2010"
        381,310 weekdays, 3,000 as of 2011 => 381310..381310 unit="weekdays" | 3000..3000 as_of="2011"
        "#);
    }

    #[test]
    fn a_year_before_a_name_is_no_count() {
        let q = |t: &str| whole(t).map(|q| year_before_name(t, &q));
        assert_eq!(q("2022 Qatar"), Some(true));
        assert_eq!(q("1998 FIFA World Cup"), Some(true));
        assert_eq!(q("2,022 Qataris"), Some(false));
        assert_eq!(q("3000 Soviet troops"), Some(false));
        assert_eq!(q("1944 troops"), Some(false));
    }
}
