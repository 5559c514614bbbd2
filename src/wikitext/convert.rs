//! `{{convert|50|km|mi}}`: a quantity in its unit, printed with the conversion a rendered page
//! shows (`50 km (31 mi)`), typed with the converted value attached.

use super::plain::Render;
use super::templates::{quantity, Args};
use crate::value::typed::Typed;

/// (accepted codes, symbol, dimension, factor to the dimension's base unit, default target).
const UNITS: &[(&[&str], &str, &str, f64, &str)] = &[
    (
        &["m", "metre", "meter", "metres", "meters"],
        "m",
        "length",
        1.0,
        "ft",
    ),
    (
        &["km", "kilometre", "kilometer", "kilometres", "kilometers"],
        "km",
        "length",
        1000.0,
        "mi",
    ),
    (
        &["cm", "centimetre", "centimeter"],
        "cm",
        "length",
        0.01,
        "in",
    ),
    (
        &["mm", "millimetre", "millimeter"],
        "mm",
        "length",
        0.001,
        "in",
    ),
    (&["mi", "mile", "miles"], "mi", "length", 1609.344, "km"),
    (&["ft", "foot", "feet"], "ft", "length", 0.3048, "m"),
    (&["in", "inch", "inches"], "in", "length", 0.0254, "cm"),
    (&["yd", "yard", "yards"], "yd", "length", 0.9144, "m"),
    (&["nmi", "nautical mile"], "nmi", "length", 1852.0, "km"),
    (&["m2", "sqm", "square metre"], "m2", "area", 1.0, "sq ft"),
    (
        &["km2", "sqkm", "square kilometre"],
        "km2",
        "area",
        1e6,
        "sq mi",
    ),
    (&["ha", "hectare", "hectares"], "ha", "area", 1e4, "acres"),
    (&["acre", "acres"], "acres", "area", 4_046.856_422_4, "ha"),
    (
        &["sqmi", "sq mi", "square mile"],
        "sq mi",
        "area",
        2_589_988.110_336,
        "km2",
    ),
    (
        &["sqft", "sq ft", "square foot"],
        "sq ft",
        "area",
        0.092_903_04,
        "m2",
    ),
    (&["kg", "kilogram", "kilograms"], "kg", "mass", 1.0, "lb"),
    (&["g", "gram", "grams"], "g", "mass", 0.001, "oz"),
    (&["t", "tonne", "tonnes"], "t", "mass", 1000.0, "long tons"),
    (&["lb", "pound", "pounds"], "lb", "mass", 0.453_592_37, "kg"),
    (
        &["oz", "ounce", "ounces"],
        "oz",
        "mass",
        0.028_349_523_125,
        "g",
    ),
    (
        &["LT", "long ton", "long tons"],
        "long tons",
        "mass",
        1_016.046_908_8,
        "t",
    ),
    (
        &["ST", "short ton", "short tons"],
        "short tons",
        "mass",
        907.184_74,
        "t",
    ),
    (&["km/h", "kph"], "km/h", "speed", 1.0 / 3.6, "mph"),
    (&["mph"], "mph", "speed", 0.447_04, "km/h"),
    (&["m/s"], "m/s", "speed", 1.0, "ft/s"),
    (&["ft/s"], "ft/s", "speed", 0.3048, "m/s"),
    (&["kn", "knot", "knots"], "kn", "speed", 0.514_444, "km/h"),
    (
        &["L", "l", "litre", "liter", "litres"],
        "L",
        "volume",
        0.001,
        "US gal",
    ),
    (&["m3", "cubic metre"], "m3", "volume", 1.0, "cu ft"),
    (
        &["cuft", "cu ft"],
        "cu ft",
        "volume",
        0.028_316_846_592,
        "m3",
    ),
    (
        &["USgal", "US gal", "usgal"],
        "US gal",
        "volume",
        0.003_785_411_784,
        "L",
    ),
    (
        &["impgal", "imp gal"],
        "imp gal",
        "volume",
        0.004_546_09,
        "L",
    ),
    (&["kW", "kilowatt"], "kW", "power", 1000.0, "hp"),
    (&["hp", "horsepower"], "hp", "power", 745.699_872, "kW"),
    (&["W", "watt"], "W", "power", 1.0, "hp"),
    (&["ftin"], "ft", "length", 0.3048, "m"),
    (&["C", "°C"], "°C", "temperature", 1.0, "°F"),
    (&["F", "°F"], "°F", "temperature", 1.0, "°C"),
];

type Unit = (&'static str, &'static str, f64, &'static str);

fn unit(code: &str) -> Option<Unit> {
    let c = code.trim();
    UNITS
        .iter()
        .find(|u| u.0.contains(&c))
        .map(|u| (u.1, u.2, u.3, u.4))
}

fn convert(v: f64, from: Unit, to: Unit) -> Option<f64> {
    if from.1 != to.1 {
        return None;
    }
    if from.1 == "temperature" {
        return Some(match (from.0, to.0) {
            ("°C", "°F") => v * 9.0 / 5.0 + 32.0,
            ("°F", "°C") => (v - 32.0) * 5.0 / 9.0,
            _ => v,
        });
    }
    Some(v * from.2 / to.2)
}

/// Round like a rendered page: about as many significant digits as the input.
fn round(x: f64, like: &str) -> String {
    let decimals = like.split_once('.').map_or(0, |(_, d)| d.len());
    let digits = like.chars().filter(|c| c.is_ascii_digit()).count().max(1);
    let mag = if x == 0.0 {
        0
    } else {
        x.abs().log10().floor() as i32 + 1
    };
    let want = (digits as i32 - mag).clamp(0, 4).max(decimals as i32) as usize;
    let s = format!("{x:.want$}");
    group_thousands(&s)
}

fn group_thousands(s: &str) -> String {
    let (int, frac) = s.split_once('.').map_or((s, None), |(a, b)| (a, Some(b)));
    let neg = int.starts_with('-');
    let digits = int.trim_start_matches('-');
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 && digits.len() > 4 {
            out.push(',');
        }
        out.push(c);
    }
    let mut r = if neg { format!("-{out}") } else { out };
    if let Some(f) = frac {
        r.push('.');
        r.push_str(f);
    }
    r
}

/// `5 ft 11 in` from feet.
fn ft_in(feet: f64) -> String {
    let total = (feet * 12.0).round() as i64;
    format!("{} ft {} in", total / 12, total % 12)
}

fn number(s: &str) -> Option<f64> {
    let t: String = s.trim().chars().filter(|c| *c != ',').collect();
    let t = t.replace('−', "-");
    t.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// Render `{{convert|…}}` into `r`.
pub fn render(r: &mut Render, args: &Args) {
    let src = r.src;
    let p = |k: usize| args.pos_text(src, k).unwrap_or_default();
    let v1s = p(1);
    let Some(v1) = number(&v1s) else {
        r.out.push_str(&v1s);
        return;
    };
    let sep = p(2);
    let (v2, v2s, unit_at) = match sep.as_str() {
        "-" | "–" | "to" | "and" | "or" | "to(-)" | "&" => match number(&p(3)) {
            Some(v2) => (Some(v2), p(3), 4),
            None => (None, String::new(), 2),
        },
        _ => (None, String::new(), 2),
    };
    let code = p(unit_at);
    let Some(from) = unit(&code) else {
        r.out.push_str(&v1s);
        if let Some(_v2) = v2 {
            r.out.push_str(&format!(" {sep} {v2s}"));
        }
        if !code.is_empty() {
            r.out.push(' ');
            r.out.push_str(&code);
        }
        return;
    };
    let target = unit(&p(unit_at + 1)).or_else(|| unit(from.3));
    let sep_shown = match sep.as_str() {
        "-" | "–" => "–".to_owned(),
        s => format!(" {s} "),
    };
    let mut text = v1s.clone();
    if v2.is_some() {
        text.push_str(&sep_shown);
        text.push_str(&v2s);
    }
    text.push(' ');
    text.push_str(from.0);
    let mut q = quantity(v1, v2.unwrap_or(v1), from.0);
    if let Some(to) = target {
        if let (Some(c1), c2) = (convert(v1, from, to), v2.and_then(|v| convert(v, from, to))) {
            let feet_inches = p(unit_at + 1) == "ftin";
            let mut conv = if feet_inches {
                ft_in(c1)
            } else {
                round(c1, &v1s)
            };
            let printed = |x: f64, like: &str| number(&round(x, like)).unwrap_or(x);
            let (c1, c2) = if feet_inches {
                (c1, c2)
            } else {
                (printed(c1, &v1s), c2.map(|c| printed(c, &v2s)))
            };
            let mut cq = quantity(c1, c2.unwrap_or(c1), to.0);
            if let Some(c2) = c2 {
                conv.push_str(&sep_shown);
                conv.push_str(&round(c2, &v2s));
            } else {
                cq.max = c1;
            }
            if feet_inches {
                text.push_str(&format!(" ({conv})"));
            } else {
                text.push_str(&format!(" ({conv} {})", to.0));
            }
            q.converted = Some(Box::new(cq));
        }
    }
    r.out.push_str(&text);
    r.typed.push((text, Typed::Quantity(q)));
}
