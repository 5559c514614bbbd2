//! `{{convert|50|km|mi}}`: a quantity in its unit, printed the way Module:Convert prints it by
//! default (`50 kilometres (31 mi)`: the input unit named, the output abbreviated, numbers
//! grouped by thousands, the output rounded to the input's precision), typed with the
//! converted value attached.

use super::plain::Render;
use super::templates::{quantity, Args};
use crate::value::typed::Typed;

/// One unit Module:Convert knows.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Unit {
    /// Codes written in the template.
    codes: &'static [&'static str],
    /// The abbreviation printed (`km`, `sq mi`, `°C`).
    symbol: &'static str,
    /// The name for one and for several (British spelling, the template's default).
    name: (&'static str, &'static str),
    /// Units convert within one dimension.
    dimension: &'static str,
    /// Size in the dimension's base unit (for temperatures, the size of one degree).
    scale: f64,
    /// The unit converted to when the template names none.
    default_to: &'static str,
    /// The power of ten of an engineering prefix (`e6acre`: a million acres), else 0.
    exp: i32,
}

const fn u(
    codes: &'static [&'static str],
    symbol: &'static str,
    name: (&'static str, &'static str),
    dimension: &'static str,
    scale: f64,
    default_to: &'static str,
) -> Unit {
    Unit {
        codes,
        symbol,
        name,
        dimension,
        scale,
        default_to,
        exp: 0,
    }
}

/// The units, one per line (a table, kept as one).
#[rustfmt::skip]
const UNITS: &[Unit] = &[
    u(&["m", "metre", "meter", "metres", "meters"], "m", ("metre", "metres"), "length", 1.0, "ft"),
    u(&["km", "kilometre", "kilometer", "kilometres", "kilometers"], "km", ("kilometre", "kilometres"), "length", 1000.0, "mi"),
    u(&["cm", "centimetre", "centimeter", "centimetres", "centimeters"], "cm", ("centimetre", "centimetres"), "length", 0.01, "in"),
    u(&["mm", "millimetre", "millimeter", "millimetres", "millimeters"], "mm", ("millimetre", "millimetres"), "length", 0.001, "in"),
    u(&["mi", "mile", "miles"], "mi", ("mile", "miles"), "length", 1609.344, "km"),
    u(&["ft", "foot", "feet"], "ft", ("foot", "feet"), "length", 0.3048, "m"),
    u(&["in", "inch", "inches"], "in", ("inch", "inches"), "length", 0.0254, "mm"),
    u(&["yd", "yard", "yards"], "yd", ("yard", "yards"), "length", 0.9144, "m"),
    u(&["nmi", "nautical mile", "nautical miles"], "nmi", ("nautical mile", "nautical miles"), "length", 1852.0, "km"),
    u(&["AU", "au", "astronomical unit", "astronomical units"], "AU", ("astronomical unit", "astronomical units"), "length", 149_597_870_700.0, "km"),
    u(&["ly", "light-year", "light-years", "light year", "light years"], "ly", ("light-year", "light-years"), "length", 9_460_730_472_580_800.0, "pc"),
    u(&["pc", "parsec", "parsecs"], "pc", ("parsec", "parsecs"), "length", 30_856_775_814_913_673.0, "ly"),
    u(&["m2", "sqm", "square metre", "square meter"], "m2", ("square metre", "square metres"), "area", 1.0, "sq ft"),
    u(&["km2", "sqkm", "square kilometre", "square kilometer"], "km2", ("square kilometre", "square kilometres"), "area", 1e6, "sq mi"),
    u(&["ha", "hectare", "hectares"], "ha", ("hectare", "hectares"), "area", 1e4, "acres"),
    u(&["acre", "acres"], "acres", ("acre", "acres"), "area", 4_046.856_422_4, "ha"),
    u(&["sqmi", "sq mi", "mi2", "square mile", "square miles"], "sq mi", ("square mile", "square miles"), "area", 2_589_988.110_336, "km2"),
    u(&["sqft", "sq ft", "ft2", "square foot", "square feet"], "sq ft", ("square foot", "square feet"), "area", 0.092_903_04, "m2"),
    u(&["st", "stone"], "st", ("stone", "stone"), "mass", 6.350_293_18, "kg"),
    u(&["kg", "kilogram", "kilograms"], "kg", ("kilogram", "kilograms"), "mass", 1.0, "lb"),
    u(&["g", "gram", "grams"], "g", ("gram", "grams"), "mass", 0.001, "oz"),
    u(&["t", "tonne", "tonnes"], "t", ("tonne", "tonnes"), "mass", 1000.0, "long tons"),
    u(&["lb", "pound", "pounds"], "lb", ("pound", "pounds"), "mass", 0.453_592_37, "kg"),
    u(&["oz", "ounce", "ounces"], "oz", ("ounce", "ounces"), "mass", 0.028_349_523_125, "g"),
    u(&["LT", "long ton", "long tons"], "long tons", ("long ton", "long tons"), "mass", 1_016.046_908_8, "t"),
    u(&["ST", "short ton", "short tons"], "short tons", ("short ton", "short tons"), "mass", 907.184_74, "t"),
    u(&["km/h", "kph"], "km/h", ("kilometre per hour", "kilometres per hour"), "speed", 1.0 / 3.6, "mph"),
    u(&["mph"], "mph", ("mile per hour", "miles per hour"), "speed", 0.447_04, "km/h"),
    u(&["m/s"], "m/s", ("metre per second", "metres per second"), "speed", 1.0, "ft/s"),
    u(&["ft/s"], "ft/s", ("foot per second", "feet per second"), "speed", 0.3048, "m/s"),
    u(&["km/s"], "km/s", ("kilometre per second", "kilometres per second"), "speed", 1000.0, "mi/s"),
    u(&["mi/s"], "mi/s", ("mile per second", "miles per second"), "speed", 1609.344, "km/s"),
    u(&["kn", "knot", "knots"], "kn", ("knot", "knots"), "speed", 0.514_444, "km/h"),
    u(&["L", "l", "litre", "liter", "litres", "liters"], "L", ("litre", "litres"), "volume", 0.001, "US gal"),
    u(&["m3", "cubic metre", "cubic meter"], "m3", ("cubic metre", "cubic metres"), "volume", 1.0, "cu ft"),
    u(&["cuft", "cu ft", "ft3", "cubic foot", "cubic feet"], "cu ft", ("cubic foot", "cubic feet"), "volume", 0.028_316_846_592, "m3"),
    u(&["km3", "cubic kilometre", "cubic kilometer"], "km3", ("cubic kilometre", "cubic kilometres"), "volume", 1e9, "cu mi"),
    u(&["cumi", "cu mi", "mi3", "cubic mile"], "cu mi", ("cubic mile", "cubic miles"), "volume", 4_168_181_825.440_579_6, "km3"),
    u(&["acre.ft", "acre-ft", "acre ft", "acre-foot"], "acre⋅ft", ("acre-foot", "acre-feet"), "volume", 1_233.481_837_547_52, "m3"),
    u(&["cm3", "cc", "cubic centimetre", "cubic centimeter"], "cc", ("cubic centimetre", "cubic centimetres"), "volume", 1e-6, "cu in"),
    u(&["cuin", "cu in", "in3", "cubic inch"], "cu in", ("cubic inch", "cubic inches"), "volume", 1.638_706_4e-5, "cc"),
    u(&["USgal", "US gal", "usgal"], "US gal", ("US gallon", "US gallons"), "volume", 0.003_785_411_784, "L"),
    u(&["impgal", "imp gal"], "imp gal", ("imperial gallon", "imperial gallons"), "volume", 0.004_546_09, "L"),
    u(&["m3/s", "cumecs"], "m3/s", ("cubic metre per second", "cubic metres per second"), "flow", 1.0, "cu ft/s"),
    u(&["cuft/s", "cu ft/s", "ft3/s", "cusec"], "cu ft/s", ("cubic foot per second", "cubic feet per second"), "flow", 0.028_316_846_592, "m3/s"),
    u(&["kW", "kilowatt"], "kW", ("kilowatt", "kilowatts"), "power", 1000.0, "hp"),
    u(&["MW", "megawatt"], "MW", ("megawatt", "megawatts"), "power", 1e6, "hp"),
    u(&["hp", "horsepower"], "hp", ("horsepower", "horsepower"), "power", 745.699_872, "kW"),
    u(&["W", "watt"], "W", ("watt", "watts"), "power", 1.0, "hp"),
    u(&["ftin"], "ft", ("foot", "feet"), "length", 0.3048, "m"),
    u(&["C", "°C"], "°C", ("degree Celsius", "degrees Celsius"), "temperature", 1.0, "°F"),
    u(&["F", "°F"], "°F", ("degree Fahrenheit", "degrees Fahrenheit"), "temperature", 5.0 / 9.0, "°C"),
    u(&["C-change"], "°C", ("degree Celsius", "degrees Celsius"), "temperature change", 1.0, "F-change"),
    u(&["F-change"], "°F", ("degree Fahrenheit", "degrees Fahrenheit"), "temperature change", 5.0 / 9.0, "C-change"),
    u(&["oilbbl"], "bbl", ("barrel", "barrels"), "volume", 0.158_987_294_928, "m3"),
    u(&["oilbbl/d"], "bbl/d", ("barrel per day", "barrels per day"), "flow", 0.158_987_294_928 / 86_400.0, "m3/d"),
    u(&["m3/d"], "m3/d", ("cubic metre per day", "cubic metres per day"), "flow", 1.0 / 86_400.0, "cu ft/d"),
    u(&["cuft/d"], "cu ft/d", ("cubic foot per day", "cubic feet per day"), "flow", 0.028_316_846_592 / 86_400.0, "m3/d"),
    u(&["PD/km2"], "/km2", ("inhabitant per square kilometre", "inhabitants per square kilometre"), "density", 1.0, "PD/sqmi"),
    u(&["PD/sqmi"], "/sq mi", ("inhabitant per square mile", "inhabitants per square mile"), "density", 1.0 / 2.589_988_110_336, "PD/km2"),
    u(&["carat"], "ct", ("carat", "carats"), "mass", 0.000_2, "g"),
];

/// Units Module:Convert also knows with an SI-style letter for a scale word (`Moilbbl`, a
/// million barrels; `Tcuft`, a trillion cubic feet).
const LETTERED: &[&str] = &[
    "oilbbl", "oilbbl/d", "cuft", "cuft/d", "USgal", "impgal", "m3",
];

fn unit(code: &str) -> Option<Unit> {
    let c = code.trim();
    if let Some(u) = UNITS.iter().find(|u| u.codes.contains(&c)) {
        return Some(*u);
    }
    // `e6acre`, `e3km2`: a unit with an engineering prefix, printed `22 million acres`
    fn lettered(c: &str) -> Option<(i32, &str)> {
        let (letter, base) = c.split_at(c.char_indices().nth(1)?.0);
        let exp = match letter {
            "k" => 3,
            "M" => 6,
            "G" => 9,
            "T" => 12,
            _ => return None,
        };
        LETTERED.contains(&base).then_some((exp, base))
    }
    let (exp, base) = ENGINEERING
        .iter()
        .find_map(|&(p, exp, _)| Some((exp, c.strip_prefix(p)?)))
        .or_else(|| lettered(c))?;
    UNITS
        .iter()
        .find(|u| u.codes.contains(&base))
        .map(|u| u.with_prefix(exp))
}

impl Unit {
    /// The unit with an engineering prefix of `10^exp` (`acre` → `e6acre`).
    fn with_prefix(self, exp: i32) -> Unit {
        Unit {
            scale: self.scale * 10f64.powi(exp),
            exp,
            ..self
        }
    }
}

/// Module:Convert's engineering prefixes: the code's prefix, its power of ten, its word.
const ENGINEERING: &[(&str, i32, &str)] = &[
    ("e3", 3, "thousand"),
    ("e6", 6, "million"),
    ("e9", 9, "billion"),
    ("e12", 12, "trillion"),
];

/// A quantity typed in `unit`: an engineering prefix is applied to the bounds and kept as
/// the scale word, as the rendered dialect reads `22 million acres`.
fn typed_in(min: f64, max: f64, unit: Unit) -> crate::value::typed::Quantity {
    let Some(&(_, exp, word)) = ENGINEERING.iter().find(|e| e.1 == unit.exp) else {
        return quantity(min, max, unit.symbol);
    };
    let f = 10f64.powi(exp);
    let mut q = quantity(min * f, max * f, unit.symbol);
    q.scale = Some(word.to_owned());
    q
}

fn convert(v: f64, from: Unit, to: Unit) -> Option<f64> {
    if from.dimension != to.dimension {
        return None;
    }
    if from.dimension == "temperature" {
        return Some(match (from.symbol, to.symbol) {
            ("°C", "°F") => v * 9.0 / 5.0 + 32.0,
            ("°F", "°C") => (v - 32.0) * 5.0 / 9.0,
            _ => v,
        });
    }
    Some(v * from.scale / to.scale)
}

/// Decimal places a number is written with; an integer's trailing zeros count against it
/// (`2.50` → 2, `8848` → 0, `120` → −1, `5000` → −3), as Module:Convert reads precision.
fn written_precision(s: &str) -> i32 {
    let digits = |t: &str| t.bytes().filter(u8::is_ascii_digit).count() as i32;
    match s.split_once('.') {
        Some((_, decimals)) => digits(decimals),
        None => {
            let int: String = s.chars().filter(char::is_ascii_digit).collect();
            let kept = int.trim_end_matches('0');
            if kept.is_empty() {
                0
            } else {
                -((int.len() - kept.len()) as i32)
            }
        }
    }
}

/// The decimal places of a converted value `x`, as Module:Convert chooses them: the input's
/// precision shifted by the ratio of the unit sizes plus log10(2) (a bigger output unit needs
/// more decimals), and at least two significant figures; a temperature keeps the input's
/// precision and three significant figures in kelvin. `from` is the last unit of a composite
/// input (`6 ft 1 in`).
fn default_precision(x: f64, input: &str, from: Unit, to: Unit, composite: bool) -> i32 {
    /// Module:Convert's allowance for values just under a power of ten.
    const FUDGE: f64 = 1e-14;
    let written = written_precision(input);
    if from.dimension == "temperature" {
        let kelvin = match to.symbol {
            "°C" => x + 273.15,
            "°F" => (x - 32.0) * 5.0 / 9.0 + 273.15,
            _ => x,
        }
        .abs();
        let min = if kelvin < 1e-8 || !kelvin.is_finite() {
            2
        } else {
            2 - (kelvin.log10() + FUDGE).floor() as i32
        };
        return written.max(min);
    }
    if x == 0.0 || !x.is_finite() {
        return 0;
    }
    // `6 ft 1 in` (a composite ending in inches) gets more decimals than its inches alone
    let ratio = if from.symbol == "in" && composite {
        to.scale * 100.0
    } else {
        to.scale / from.scale
    };
    let adjust = ratio.log10() + 2f64.log10();
    let p = (f64::from(written) + adjust).floor() as i32;
    p.max(1 - (x.abs().log10() + FUDGE).floor() as i32)
}

/// `x` with `places` decimals (negative: rounded to tens, hundreds, …), grouped by thousands,
/// a minus sign for negatives.
fn shown(x: f64, places: i32) -> String {
    let places = places.clamp(-15, 10);
    let s = if places >= 0 {
        format!("{x:.0$}", places as usize)
    } else {
        let f = 10f64.powi(-places);
        format!("{:.0}", (x / f).round() * f)
    };
    let s = if s.trim_start_matches(['-', '0', '.']).is_empty() {
        s.trim_start_matches('-').to_owned()
    } else {
        s
    };
    group_thousands(&s)
}

/// A converted value as printed, and as read back from the print (the typed value keeps what
/// the reader sees).
fn rounded(x: f64, places: i32) -> (f64, String) {
    let s = shown(x, places);
    (number(&s).unwrap_or(x), s)
}

/// A number as written, the way Module:Convert prints it: grouped, with a minus sign
/// (`1234567` → `1,234,567`); anything else as it is.
pub fn as_written(s: &str) -> String {
    let t = s.trim().replace(',', "");
    if t.parse::<f64>().is_ok() {
        group_thousands(&t)
    } else {
        s.trim().to_owned()
    }
}

pub(super) fn group_thousands(s: &str) -> String {
    let (int, frac) = s.split_once('.').map_or((s, None), |(a, b)| (a, Some(b)));
    let neg = int.starts_with(['-', '−']);
    let digits = int.trim_start_matches(['-', '−', '+']);
    let mut out = String::new();
    if neg {
        out.push('−');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 && digits.len() > 3 {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    out
}

/// `5 ft 11 in` from feet.
fn ft_in(feet: f64) -> String {
    let total = (feet * 12.0).round() as i64;
    format!(
        "{} ft {} in",
        group_thousands(&(total / 12).to_string()),
        total % 12
    )
}

pub(super) fn number(s: &str) -> Option<f64> {
    let t: String = s.trim().chars().filter(|c| *c != ',').collect();
    let t = t.replace('−', "-");
    t.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// The unit of a value as a reader of the printed page takes it: the symbol, or the name
/// printed (as its symbol when the value parsers know the name: `kilometres` → `km`).
fn reader_unit(unit: Unit, symbol: bool, one: bool, adj: bool) -> String {
    if symbol {
        return unit.symbol.to_owned();
    }
    let name = if (one || adj) && unit.exp == 0 {
        unit.name.0
    } else {
        unit.name.1
    };
    crate::value::quantity::unit_symbol(name)
        .unwrap_or(name)
        .to_owned()
}

/// How a value and its unit are printed.
fn with_unit(numbers: &str, unit: Unit, symbol: bool, one: bool, adj: bool) -> String {
    if let Some(&(_, exp, word)) = ENGINEERING.iter().find(|e| e.1 == unit.exp) {
        // `22 million acres`, `22×10⁶ acres` abbreviated
        let plain = Unit { exp: 0, ..unit };
        return if symbol {
            let power: String = exp
                .to_string()
                .chars()
                .map(super::templates::superscript)
                .collect();
            format!("{numbers}×10{power} {}", unit.symbol)
        } else if adj {
            with_unit(&format!("{numbers}-{word}"), plain, false, true, true)
        } else {
            with_unit(&format!("{numbers} {word}"), plain, false, false, false)
        };
    }
    if symbol {
        // a density's `/km2` follows its number directly
        let gap = if unit.symbol.starts_with('/') {
            ""
        } else {
            " "
        };
        return format!("{numbers}{gap}{}", unit.symbol);
    }
    match (adj, one) {
        // `600,000-square-foot`: an adjective, hyphenated throughout
        (true, _) => format!("{numbers}-{}", unit.name.0.replace(' ', "-")),
        (false, true) => format!("{numbers} {}", unit.name.0),
        (false, false) => format!("{numbers} {}", unit.name.1),
    }
}

/// A temperature as a chemical box prints it, in the unit given and the two others:
/// `235` in `C` → `235 °C (455 °F; 508 K)`; the others keep the input's decimals.
pub fn temperature(value: &str, from: char) -> Option<String> {
    let v = number(value)?;
    let celsius = match from {
        'C' => v,
        'F' => (v - 32.0) * 5.0 / 9.0,
        'K' => v - 273.15,
        _ => return None,
    };
    let places = written_precision(value.trim()).max(0);
    let in_unit = |u: char| match u {
        'C' => (celsius, "°C"),
        'F' => (celsius * 9.0 / 5.0 + 32.0, "°F"),
        _ => (celsius + 273.15, "K"),
    };
    let others: Vec<String> = ['C', 'F', 'K']
        .into_iter()
        .filter(|&u| u != from)
        .map(|u| {
            let (x, symbol) = in_unit(u);
            // 273.15 is not exact in binary: −77.7 °C is 195.45 K, which rounds up
            let x = x + x.signum() * 1e-9;
            format!("{} {symbol}", shown(x, places))
        })
        .collect();
    Some(format!(
        "{} {} ({})",
        as_written(value),
        in_unit(from).1,
        others.join("; ")
    ))
}

/// Render `{{convert|…}}` into `r`; `abbreviated` for `{{cvt}}`, which abbreviates both units.
pub fn render(r: &mut Render, args: &Args, abbreviated: bool) {
    let src = r.src;
    let p = |k: usize| args.pos_text(src, k).unwrap_or_default();
    let named = |k: &str| args.named_text(src, k).unwrap_or_default();
    let v1s = p(1);
    let Some(v1) = number(&v1s) else {
        r.out.push_str(&v1s);
        return;
    };
    let sep = p(2);
    let (v2, v2s, unit_at) = match sep.as_str() {
        "-" | "–" | "to" | "and" | "or" | "to(-)" | "&" | "and(-)" => match number(&p(3)) {
            Some(v2) => (Some(v2), p(3), 4),
            None => (None, String::new(), 2),
        },
        _ => (None, String::new(), 2),
    };
    let sep_shown = match sep.as_str() {
        "-" | "–" => "–".to_owned(),
        "to(-)" => " to ".to_owned(),
        "and(-)" => " and ".to_owned(),
        s => format!(" {s} "),
    };
    let numbers = |a: &str, b: Option<&str>| match b {
        Some(b) => format!("{a}{sep_shown}{b}"),
        None => a.to_owned(),
    };
    let input = numbers(&as_written(&v1s), v2.map(|_| as_written(&v2s)).as_deref());
    let code = p(unit_at);
    let Some(from) = unit(&code) else {
        // a unit this table does not know: the numbers and the code as written
        r.out.push_str(&input);
        if !code.is_empty() {
            r.out.push(' ');
            r.out.push_str(&code);
        }
        return;
    };
    // `{{convert|5|ft|11|in|m}}`: a value in two units of one dimension
    let sub = (v2.is_none() && from.dimension != "temperature")
        .then(|| {
            Some((
                number(&p(unit_at + 1))?,
                p(unit_at + 1),
                unit(&p(unit_at + 2))?,
            ))
        })
        .flatten()
        .filter(|(_, _, s)| s.dimension == from.dimension && s.scale < from.scale);
    let after = if sub.is_some() {
        unit_at + 3
    } else {
        unit_at + 1
    };
    let next = p(after);
    // `ft yd`: several output units, printed one after another (`330 ft; 110 yd`)
    let outputs: Vec<Unit> = next.split_whitespace().map_while(unit).collect();
    let several = outputs.len() > 1 && outputs.len() == next.split_whitespace().count();
    let (target, places_arg) = match unit(&next) {
        Some(t) => (Some(t), p(after + 1)),
        None if several => (outputs.first().copied(), p(after + 1)),
        // a prefixed unit converts to its default with a prefix too, the largest that leaves
        // a whole number (`166 Goilbbl` → `26.4×10⁹ m3`, `2.1 Moilbbl` → `330×10³ m3`)
        None => (
            unit(from.default_to).map(|t| {
                let mut exp = from.exp;
                while exp >= 3 && (v1 * from.scale / t.with_prefix(exp).scale).abs() < 1.0 {
                    exp -= 3;
                }
                t.with_prefix(exp)
            }),
            next,
        ),
    };
    let extra_units: &[Unit] = if several { &outputs[1..] } else { &[] };
    let feet_inches = target.is_some_and(|t| t.codes == ["ftin"]);
    let places_arg: Option<i32> = places_arg
        .trim()
        .parse()
        .ok()
        .filter(|n| (-10..=10).contains(n));
    let sigfig: Option<i32> = named("sigfig")
        .trim()
        .parse()
        .ok()
        .filter(|n| (1..=10).contains(n));
    let abbr = named("abbr");
    let abbr = if abbr.is_empty()
        && (abbreviated || matches!(from.dimension, "temperature" | "temperature change"))
    {
        // `{{cvt}}` abbreviates; temperatures print their symbols unless told otherwise
        "on".to_owned()
    } else {
        abbr
    };
    // (first unit abbreviated, second unit abbreviated)
    let (first_symbol, second_symbol) = match abbr.as_str() {
        "on" | "values" => (true, true),
        "off" => (false, false),
        "in" => (true, false),
        _ => (false, true),
    };
    let adj = named("adj") == "on";
    let disp = named("disp");
    let flip = named("order") == "flip" || disp == "flip";
    if let Some((n, written, sub)) = sub {
        let total = v1 + n * sub.scale / from.scale;
        let mut q = quantity(total, total, from.symbol);
        let input = format!(
            "{} {}",
            with_unit(&as_written(&v1s), from, first_symbol, v1 == 1.0, false),
            with_unit(&as_written(&written), sub, first_symbol, n == 1.0, false)
        );
        let text = match target.and_then(|to| Some((to, convert(total, from, to)?))) {
            Some((to, c)) => {
                let places =
                    places_arg.unwrap_or_else(|| default_precision(c, &written, sub, to, true));
                let (printed, s) = rounded(c, places);
                if from.symbol == "ft" && sub.symbol == "in" {
                    // `882 ft 9 in (269.1 m)` is typed as the shared value code reads it on a
                    // rendered page: the printed metric value, decimal feet derived
                    let feet = std::mem::replace(&mut q, quantity(printed, printed, to.symbol));
                    q.converted = Some(Box::new(feet));
                } else {
                    q.converted = Some(Box::new(quantity(printed, printed, to.symbol)));
                }
                let out = with_unit(&s, to, second_symbol, printed == 1.0, false);
                format!("{input} ({out})")
            }
            None => input,
        };
        r.out.push_str(&text);
        r.typed.push((text, Typed::Quantity(q)));
        return;
    }
    let one = v2.is_none() && v1 == 1.0;
    let mut q = typed_in(v1, v2.unwrap_or(v1), from);
    let converted = target.and_then(|to| {
        let c1 = convert(v1, from, to)?;
        let c2 = match v2 {
            Some(v) => Some(convert(v, from, to)?),
            None => None,
        };
        Some((to, c1, c2))
    });
    let Some((to, c1, c2)) = converted else {
        q.unit = Some(reader_unit(from, first_symbol, one, adj));
        let text = with_unit(&input, from, first_symbol, one, adj);
        r.out.push_str(&text);
        r.typed.push((text, Typed::Quantity(q)));
        return;
    };
    // the decimals of a value converted to `unit`: as asked, or Module:Convert's default
    let places = |x: f64, written: &str, unit: Unit| match (places_arg, sigfig) {
        (Some(n), _) => n,
        (None, Some(s)) if x != 0.0 => s - 1 - x.abs().log10().floor() as i32,
        _ => default_precision(x, written, from, unit, false),
    };
    // a range shares one precision, the finer of its ends'
    let shared = places(c1, &v1s, to).max(c2.map_or(i32::MIN, |c| places(c, &v2s, to)));
    let printed = |x: f64| rounded(x, shared);
    let ((p1, s1), second) = (printed(c1), c2.map(printed));
    let (numbers_out, cq) = if feet_inches {
        let text = numbers(&ft_in(c1), c2.map(ft_in).as_deref());
        (text, quantity(c1, c2.unwrap_or(c1), "ft"))
    } else {
        let text = numbers(&s1, second.as_ref().map(|(_, s)| s.as_str()));
        (
            text,
            typed_in(p1, second.as_ref().map_or(p1, |(p, _)| *p), to),
        )
    };
    q.converted = Some(Box::new(cq));
    let out_one = second.is_none() && p1 == 1.0;
    // whichever comes first is named the way the first unit is
    let (in_symbol, out_symbol) = if flip {
        (second_symbol, first_symbol)
    } else {
        (first_symbol, second_symbol)
    };
    // typed in the unit as the page prints it, which is what the rendered dialect reads
    q.unit = Some(reader_unit(from, in_symbol, one, adj));
    if let Some(c) = q.converted.as_mut().filter(|_| !feet_inches) {
        c.unit = Some(reader_unit(to, out_symbol, out_one, adj && !out_symbol));
    }
    let input = with_unit(&input, from, in_symbol, one, adj);
    let mut output = if feet_inches {
        numbers_out
    } else {
        with_unit(&numbers_out, to, out_symbol, out_one, adj && !out_symbol)
    };
    for &other in extra_units {
        let Some(c1) = convert(v1, from, other) else {
            continue;
        };
        let c2 = v2.and_then(|v| convert(v, from, other));
        let shared = places(c1, &v1s, other).max(c2.map_or(i32::MIN, |c| places(c, &v2s, other)));
        let (o1, t1) = rounded(c1, shared);
        let t2 = c2.map(|c| rounded(c, shared).1);
        let one = t2.is_none() && o1 == 1.0;
        let text = numbers(&t1, t2.as_deref());
        output.push_str("; ");
        output.push_str(&with_unit(
            &text,
            other,
            out_symbol,
            one,
            adj && !out_symbol,
        ));
    }
    let text = match (disp.as_str(), flip) {
        ("or", false) => format!("{input} or {output}"),
        ("or", true) => format!("{output} or {input}"),
        ("out", _) => output,
        (_, false) => format!("{input} ({output})"),
        (_, true) => format!("{output} ({input})"),
    };
    r.out.push_str(&text);
    r.typed.push((text, Typed::Quantity(q)));
}
