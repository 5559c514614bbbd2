//! Infobox templates → [`Infobox`] fields with the canonical keys the rendered dialect uses.
//!
//! Parameter names map to keys through `src/lexicon/wikitext.tsv` and the label lexicon;
//! numbered side parameters (`combatant1`, `strength2`) get their `side`; values are rendered
//! to lines of plain text and typed by the same code as rendered values
//! ([`crate::rendered::value::build`]), so both dialects give the same facts.

use super::node::{Node, Param, Template};
use super::plain::{self, Render};
use super::refs::Refs;
use super::{chem, cyclone, templates};
use crate::ast::{Field, Infobox, Note, TextLine, Value};
use crate::diagnostic::Diagnostic;
use crate::hash::{Map as HashMap, Set};
use crate::lexicon::words::Words;
use crate::lexicon::{self, wikitext};
use crate::rendered::value::{self as rvalue, ValueLine};
use crate::span::Span;
use crate::value::typed::Typed;
use crate::value::Hint;
use std::sync::OnceLock;

/// Lexicon entries by canonical key (the first entry of each key wins).
fn by_key() -> &'static HashMap<&'static str, Vec<&'static lexicon::Entry>> {
    static M: OnceLock<HashMap<&'static str, Vec<&'static lexicon::Entry>>> = OnceLock::new();
    M.get_or_init(|| {
        let mut m: HashMap<&'static str, Vec<&'static lexicon::Entry>> = HashMap::default();
        for e in &lexicon::get().entries {
            m.entry(e.key).or_default().push(e);
        }
        m
    })
}

/// The lexicon entry of `key`, preferring template `kind`.
fn entry(kind: &str, key: &str) -> Option<&'static lexicon::Entry> {
    let v = by_key().get(key)?;
    v.iter().find(|e| e.kind == kind).or(v.first()).copied()
}

/// `combatant1a` → (`combatant`, 1); `leader_name` → (`leader_name`, none).
fn split_side(p: &str) -> (&str, Option<u8>) {
    let t = p
        .strip_suffix(|c: char| c.is_ascii_lowercase())
        .filter(|t| t.ends_with(|c: char| c.is_ascii_digit()))
        .unwrap_or(p);
    let digits = t.len() - t.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 || digits == t.len() {
        return (p, None);
    }
    let base = t[..t.len() - digits].trim_end_matches('_');
    (base, t[t.len() - digits..].parse().ok())
}

use crate::rendered::infobox::snake;

/// The canonical key and side of parameter `p` (lowercase) of a box of `kind`.
pub fn resolve(kind: &str, p: &str) -> (String, Option<u8>) {
    let w = wikitext::get();
    let lookup = |name: &str| {
        w.params
            .get(&(kind, name))
            .or_else(|| w.params.get(&("*", name)))
            .map(|k| (*k).to_owned())
            .or_else(|| by_key().contains_key(name).then(|| name.to_owned()))
            .or_else(|| {
                lexicon::get()
                    .best(&name.replace('_', " "), Some(kind))
                    .filter(|e| !e.is_group())
                    .map(|e| e.key_in(kind).to_owned())
            })
    };
    if let Some(k) = lookup(p) {
        return (k, None);
    }
    let (base, side) = split_side(p);
    let Some(n) = side else {
        return (snake(p), None);
    };
    // an election box's numbered parameters are its columns, one per party or candidate;
    // a star's (`ra1`, `appmag_v2` in `{{Starbox observe 2}}`) its components'; a
    // cricketer's (`matches1`, `bat avg2`) the columns of the statistics table
    if matches!(kind, "election" | "star" | "cricketer") {
        return (lookup(base).unwrap_or_else(|| snake(base)), side);
    }
    match lookup(base) {
        Some(k) if lexicon::is_side_key(&k) => (k, side),
        // elsewhere the number is what tells `spouse1` from `spouse2`: it stays (an
        // officeholder's office block drops it for its group, see `build`)
        Some(k) => (format!("{k}{n}"), None),
        None => (snake(p), None),
    }
}

/// A parameter's name as the lexicon writes it: lowercase, `_` for spaces (`Birth date` →
/// `birth_date`); an ASCII name without spaces, most of them, is lowercased in place.
fn param_name(mut name: String) -> String {
    if name.is_ascii() && !name.contains(' ') {
        name.make_ascii_lowercase();
        return name;
    }
    name.to_lowercase().replace(' ', "_")
}

/// `prominence_m` → `prominence`: a measure whose unit is in the parameter's name (the value
/// is typed with that unit, [`unit_from_name`]); not a coordinate's minutes (`lat_m`).
fn without_unit(p: &str) -> Option<&str> {
    // `_in` is a preposition as often as inches (`based_in`): only after a measure
    const MEASURES: &[&str] = &[
        "height", "length", "width", "depth", "diameter", "span", "reach",
    ];
    // (the suffixes first: most names end in none, and are then ruled out without a search)
    let base = UNIT_SUFFIXES
        .iter()
        .find_map(|(s, _)| p.strip_suffix(s).map(|base| (*s, base)))
        .filter(|(s, base)| *s != "_in" || MEASURES.iter().any(|m| base.ends_with(m)))
        .map(|(_, base)| base)
        .filter(|base| base.len() > 1)?;
    if p.starts_with("lat") || p.starts_with("lon") || p.contains("coord") {
        return None;
    }
    Some(base)
}

/// The typing hint for a key: the lexicon's, or one read from the parameter name or its
/// canonical key (`termstart` is `term_start`).
fn hint(kind: &str, key: &str, param: &str) -> Hint {
    if let Some(e) = entry(kind, key) {
        return e.value_hint();
    }
    // (the key is read only where it is not the parameter's own name)
    let other_key = key != param;
    let has = |words: &Words| words.in_text(param) || other_key && words.in_text(key);
    if has(&DATE_WORDS) {
        Hint::Date
    } else if without_unit(param).is_some() || has(&QUANTITY_WORDS) {
        Hint::Quantity
    } else if has(&PLACE_WORDS) {
        Hint::Place
    } else {
        Hint::Unknown
    }
}

/// Words that make a parameter a date (`birth_date`, `term_start`, `first_aired`).
const DATE_WORDS: Words = Words::new(&[
    "date",
    "as_of",
    "term_start",
    "term_end",
    "reign",
    "years_active",
    "yearsactive",
    "closed",
    "dissolved",
    "abolished",
    "defunct",
    "discontinued",
    "introduced",
    "inception",
    "first_flight",
    "year",
    "born",
    "died",
    "founded",
    "established",
    "released",
    "opened",
    "formed",
    "dissipated",
    "extratropical",
    "disbanded",
    "completed",
    "demolished",
    "commissioned",
    "launched",
    "laid_down",
    "first_aired",
    "last_aired",
    "premiere",
    "ratified",
    "discovered",
    "consecrated",
    "groundbreaking",
]);

/// Words that make a parameter a quantity (`population_total`, `area_km2`, `casualties1`).
const QUANTITY_WORDS: Words = Words::new(&[
    "population",
    "area",
    "elevation",
    "length",
    "width",
    "height",
    "depth",
    "weight",
    "mass",
    "capacity",
    "employees",
    "revenue",
    "income",
    "budget",
    "gross",
    "gdp",
    "density",
    "strength",
    "casualties",
    "damages",
    "fatalities",
    "deaths",
    "injuries",
    "endowment",
    "assets",
    "equity",
    "net_worth",
    "students",
    "enrollment",
    "attendance",
    "passengers",
    "ridership",
    "discharge",
    "basin_size",
    "diameter",
    "displacement",
]);

/// Words that make a parameter a place.
const PLACE_WORDS: Words = Words::new(&["coord", "location"]);

/// A value from nodes: rendered to lines, typed by the shared value code; a value template
/// that printed the whole text gives its own typed reading.
pub fn value(src: &str, nodes: &[Node], refs: &Refs, hint: Hint, span: Span, param: &str) -> Value {
    let mut r = Render::new(src, Some(refs));
    r.track_sources();
    r.nodes(nodes);
    finish(r, hint, span, param)
}

/// A value from what a renderer printed.
fn finish(mut r: Render, hint: Hint, span: Span, param: &str) -> Value {
    let spans = r.line_spans(span);
    // a template that printed nothing (an age without its second date, an unknown one) can
    // leave the brackets it was written in: `({{age in days|1990|5|20}})`
    let texts: Vec<std::borrow::Cow<str>> = r
        .out
        .split('\n')
        .map(|l| match l.contains("()") {
            true => l.replace("()", "").into(),
            false => l.into(),
        })
        .collect();
    let lines: Vec<ValueLine> = texts
        .iter()
        .zip(spans)
        .map(|(l, span)| ValueLine {
            text: l,
            span,
            bullet: None,
        })
        .collect();
    let (mut v, _) = rvalue::build(&lines, hint, span.start);
    v.span = span;
    v.links = std::mem::take(&mut r.links);
    unit_from_name(&mut v, param);
    if let [(text, typed)] = r.typed.as_slice() {
        let whole = crate::value::text::normalize(text) == v.text;
        if whole
            && (v.typed.is_none() || matches!(typed, Typed::Coordinates(_) | Typed::Quantity(_)))
        {
            v.typed = Some(typed.clone());
            v.items.clear();
        }
    }
    v
}

/// `size = 250px`: an image's size. A bare `size` is that in most boxes, but a military
/// unit's strength (`size = 2,000 personnel`) or a program's download (`size = 135 MB`)
/// elsewhere, so only a value written as pixels is layout.
fn is_image_size(text: &str) -> bool {
    let t = text.trim();
    let t = t.strip_suffix("px").unwrap_or(t).trim_end();
    t.bytes()
        .all(|b| b.is_ascii_digit() || b == b'x' || b == b'.')
}

/// `height_ft = 6`, `height_in = 4` → `6 ft 4 in (1.93 m)`, as `{{height|ft=6|in=4}}` prints
/// it (their footnotes after it); `None` when the feet are no number.
fn feet_and_inches<'a>(
    src: &'a str,
    refs: &'a Refs,
    ft: &[Node],
    inches: &[Node],
) -> Option<Render<'a>> {
    let ft_text = plain::text(src, ft);
    let in_text = plain::text(src, inches);
    let feet: f64 = ft_text.trim().parse().ok()?;
    let extra: f64 = match in_text.trim() {
        "" => 0.0,
        t => t.parse().ok()?,
    };
    let inches_total = feet * 12.0 + extra;
    if !inches_total.is_finite() {
        return None;
    }
    let mut given = format!("{} ft", ft_text.trim());
    if !in_text.trim().is_empty() {
        given.push_str(&format!(" {} in", in_text.trim()));
    }
    let mut r = Render::new(src, Some(refs));
    r.out = templates::imperial_height(&given, inches_total);
    for label in ft
        .iter()
        .chain(inches)
        .filter_map(|n| refs.label(n.span().start))
    {
        r.out.push_str(&format!("[{label}]"));
    }
    Some(r)
}

/// A `{{Speciesbox}}` names its species by genus and epithet (`genus = Vulpes`,
/// `species = vulpes`); the box prints the species as `V. vulpes` and the binomial name,
/// `Vulpes vulpes`, with its authority under it, as a rendered page's rows read.
fn speciesbox(src: &str, fields: &mut Vec<Field>) {
    let text_of = |fields: &[Field], key: &str| {
        fields
            .iter()
            .position(|f| f.key == key && !f.value.text.is_empty())
    };
    if text_of(fields, "binomial").is_some() {
        return;
    }
    let (Some(g), Some(s)) = (text_of(fields, "genus"), text_of(fields, "species")) else {
        return;
    };
    let genus = fields[g].value.text.trim().to_owned();
    let epithet = fields[s].value.text.trim().to_owned();
    let Some(initial) = genus.chars().next().filter(|c| c.is_uppercase()) else {
        return;
    };
    if genus.contains(char::is_whitespace) || epithet.contains(char::is_whitespace) {
        return;
    }
    let mut text = format!("{genus} {epithet}");
    let mut span = fields[g].span.join(fields[s].span);
    if let Some(a) = text_of(fields, "authority") {
        text.push('\n');
        text.push_str(fields[a].value.text.trim());
        span = span.join(fields[a].span);
    }
    fields[s].value.text = format!("{initial}. {epithet}");
    let mut r = Render::new(src, None);
    r.out = text;
    let value = finish(r, Hint::Binomial, span, "binomial");
    fields.insert(
        s + 1,
        Field {
            key: "binomial".to_owned(),
            label: "genus/species".to_owned(),
            inferred: true,
            side: None,
            group: fields[s].group.clone(),
            value,
            span,
        },
    );
}

/// A taxobox writes the authority apart (`binomial_authority = Sparrman, 1783`) and prints it
/// under the name: the typed binomial carries it, as the rendered box's does.
fn binomial_authority(fields: &mut [Field]) {
    let Some(authority) = param_text(fields, "binomial_authority").filter(|a| !a.is_empty()) else {
        return;
    };
    for f in fields.iter_mut().filter(|f| f.key == "binomial") {
        if let Some(Typed::Binomial(b)) = f.value.typed.as_mut() {
            b.authority.get_or_insert_with(|| authority.clone());
        }
    }
}

/// `casualties3` in a box of two sides is no third side's: Infobox military conflict prints
/// it across both columns (a war's civilian dead), as the rendered dialect reads such a row:
/// no side.
fn spanning_casualties(fields: &mut [Field]) {
    let third = |f: &Field| f.side == Some(3) && f.key == "belligerents";
    if fields.iter().any(third) {
        return;
    }
    for f in fields
        .iter_mut()
        .filter(|f| f.side == Some(3) && f.key == "casualties")
    {
        f.side = None;
    }
}

/// Add the footnotes of the `<ref>`s among `nodes` to `v`, each once.
fn add_footnotes(src: &str, v: &mut Value, refs: &Refs, nodes: &[Node]) {
    let labels = nodes.iter().filter_map(|n| match n {
        // (and the marks of the box's own notes: `Gini_ref = <sup>c</sup>`)
        Node::Tag(t) if t.name == "sup" => plain::note_mark(src, &t.children).map(String::from),
        n => refs.label(n.span().start).map(str::to_owned),
    });
    for label in labels {
        if !v.footnotes.contains(&label) {
            v.footnotes.push(label);
        }
    }
}

/// Older boxes give a position in parts: `latd`/`latm`/`lats`/`latNS`, `longd`/…/`longEW`
/// (also `lat_deg`/`lon_deg`…). Together they are the box's coordinates.
fn split_coordinates(
    src: &str,
    params: &[(&Param, Option<String>)],
    names: &[String],
) -> Option<Field> {
    let get = |keys: &[&str]| -> Option<(String, Span)> {
        keys.iter().find_map(|k| {
            let i = names.iter().position(|n| n == k)?;
            let text = plain::text(src, &params[i].0.value);
            (!text.is_empty()).then_some((text, params[i].0.span))
        })
    };
    let num = |keys: &[&str]| get(keys).and_then(|(v, _)| v.trim().parse::<f64>().ok());
    let (_, lat_span) = get(&["latd", "lat_deg", "lat_d"])?;
    let (_, lon_span) = get(&["longd", "lon_deg", "long_d", "lon_d"])?;
    let angle = |d: f64, m: Option<f64>, s: Option<f64>| {
        d + m.unwrap_or(0.0) / 60.0 + s.unwrap_or(0.0) / 3600.0
    };
    let lat = angle(
        num(&["latd", "lat_deg", "lat_d"])?,
        num(&["latm", "lat_min", "lat_m"]),
        num(&["lats", "lat_sec", "lat_s"]),
    );
    let lon = angle(
        num(&["longd", "lon_deg", "long_d", "lon_d"])?,
        num(&["longm", "lon_min", "long_m", "lon_m"]),
        num(&["longs", "lon_sec", "long_s", "lon_s"]),
    );
    let ns = get(&["latns", "lat_dir", "lat_ns"])
        .map_or_else(|| "N".to_owned(), |(v, _)| v.trim().to_uppercase());
    let ew = get(&["longew", "lon_dir", "long_ew", "lon_ew"])
        .map_or_else(|| "E".to_owned(), |(v, _)| v.trim().to_uppercase());
    let lat = if ns == "S" { -lat } else { lat };
    let lon = if ew == "W" { -lon } else { lon };
    if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
        return None;
    }
    let span = lat_span.join(lon_span);
    let text = format!(
        "{}°{} {}°{}",
        (lat.abs() * 1e4).round() / 1e4,
        if lat < 0.0 { 'S' } else { 'N' },
        (lon.abs() * 1e4).round() / 1e4,
        if lon < 0.0 { 'W' } else { 'E' }
    );
    Some(Field {
        key: "coordinates".to_owned(),
        label: "latd/longd".to_owned(),
        inferred: true,
        side: None,
        group: None,
        value: Value {
            text,
            footnotes: Vec::new(),
            items: Vec::new(),
            typed: Some(Typed::Coordinates(crate::value::typed::Coordinates {
                lat,
                lon,
            })),
            links: Vec::new(),
            span,
        },
        span,
    })
}

/// Units named at the end of a parameter's name, and how they are written.
const UNIT_SUFFIXES: &[(&str, &str)] = &[
    ("_km2", "km2"),
    ("_sq_mi", "sq mi"),
    ("_sqmi", "sq mi"),
    ("_km", "km"),
    ("_mi", "mi"),
    ("_m", "m"),
    ("_ft", "ft"),
    ("_ha", "ha"),
    ("_acre", "acres"),
    ("_in", "in"),
    ("_cm", "cm"),
    ("_lbs", "lb"),
    ("_lb", "lb"),
    ("_kg", "kg"),
    // an airport's `elevation-f`, a runway's `r1-length-m`
    ("-km", "km"),
    ("-mi", "mi"),
    ("-m", "m"),
    ("-ft", "ft"),
    ("-f", "ft"),
];

/// `area_total_km2 = 4.232`: the unit is in the parameter name.
fn unit_from_name(v: &mut Value, param: &str) {
    let Some(Typed::Quantity(q)) = v.typed.as_mut() else {
        return;
    };
    if q.unit.is_some() {
        return;
    }
    if param.starts_with("percent") || param.ends_with("_percent") || param.ends_with("_pct") {
        q.unit = Some("%".to_owned());
        return;
    }
    if let Some((_, unit)) = UNIT_SUFFIXES.iter().find(|(s, _)| param.ends_with(s)) {
        // `population_density_sq_mi`: people per square mile
        let per = if param.contains("density") { "/" } else { "" };
        q.unit = Some(format!("{per}{unit}"));
    }
}

fn nodes_span(nodes: &[Node], fallback: Span) -> Span {
    match (nodes.first(), nodes.last()) {
        (Some(a), Some(b)) => a.span().join(b.span()),
        _ => fallback,
    }
}

/// Parameters of an office's block in `{{Infobox officeholder}}` and its kin (numbered like
/// the `officeN` they belong to).
const OFFICE_BLOCK: &[&str] = &[
    "office",
    "jr/sr",
    // a monarch's `succession2 = Elector of Hanover` heads `reign2`, `predecessor2`, …
    "succession",
    "reign",
    "coronation",
    "regent",
    "term_start",
    "term_end",
    "term",
    "predecessor",
    "successor",
    "president",
    "vicepresident",
    "vice_president",
    "primeminister",
    "prime_minister",
    "governor",
    "lieutenant",
    "monarch",
    "deputy",
    "order",
    "alongside",
    "constituency",
    "majority",
    "appointer",
    "nominator",
    "chancellor",
    "premier",
    "leader",
    "speaker",
    "state",
    "district",
    "parliament",
    "status",
];

/// The parameter that heads an office block: an officeholder's `office` (a senator's
/// `jr/sr`), a monarch's `succession`.
fn is_office_head(base: &str) -> bool {
    matches!(base, "office" | "succession" | "jr/sr")
}

/// A taxobox's `status = VU` read in its `status_system = IUCN3.1`: printed as a rendered box
/// shows it, `Vulnerable (IUCN 3.1)`, with the footnote of `status_ref`.
fn status_code<'a>(
    src: &'a str,
    params: &[(&Param, Option<String>)],
    names: &[String],
    status: &[Node],
    refs: &'a Refs,
) -> Option<Render<'a>> {
    let at = |name: &str| {
        names
            .iter()
            .position(|n| n == name)
            .map(|i| &params[i].0.value)
    };
    let code = plain::text(src, status);
    let system = plain::text(src, at("status_system")?);
    let (name, system) = crate::value::status::from_code(&code, &system)?;
    let mut r = Render::new(src, Some(refs));
    r.track_sources();
    r.out = format!("{name} ({system})");
    if let Some(note) = at("status_ref") {
        r.nodes(note);
    }
    Some(r)
}

/// The parameters of box `t`, each with the part of the box it is in: a parameter whose value
/// is only a part of the box, a template named after it (`Section2 = {{Chembox Properties |
/// Formula = … }}`), gives way to that part's parameters, grouped under the part's name
/// (`Properties`), as the page shows them.
fn with_parts<'t>(src: &str, t: &'t Template) -> Vec<(&'t Param, Option<String>)> {
    let family = templates::key(src, &t.name);
    let mut out = Vec::with_capacity(t.params.len());
    for p in &t.params {
        let mut parts = p.value.iter().filter(|n| match n {
            Node::Text(s) => !src[s.start..s.end].trim().is_empty(),
            Node::Comment(_) => false,
            _ => true,
        });
        let part = match (parts.next(), parts.next()) {
            (Some(Node::Template(inner)), None) => {
                let key = templates::key(src, &inner.name);
                // (an infobox inside another is none of its parts: it is a box of its own, or
                // joins it whole when flagged `embed = yes`, see `article::find_infoboxes`)
                let rest = key
                    .strip_prefix(&*family)
                    .and_then(|r| r.strip_prefix(' '))
                    .filter(|_| wikitext::get().infobox_kind(&key).is_none());
                // the part's name as written, without the family's words
                rest.map(|rest| {
                    let written = plain::name(src, &inner.name);
                    let words = written.split_whitespace();
                    let name: Vec<&str> = words.skip(family.split(' ').count()).collect();
                    let name = name.join(" ");
                    (
                        inner,
                        if name.is_empty() {
                            rest.to_owned()
                        } else {
                            name
                        },
                    )
                })
            }
            _ => None,
        };
        match part {
            Some((inner, name)) => {
                out.extend(inner.params.iter().map(|q| (q, Some(name.clone()))));
            }
            None => out.push((p, None)),
        }
    }
    out
}

/// `term_start2` → (`term_start`, `2`); `office` → (`office`, ``).
fn numbered(name: &str) -> (&str, &str) {
    let base = name.trim_end_matches(|c: char| c.is_ascii_digit());
    (base, &name[base.len()..])
}

/// A name given as `{{collapsible list|title=…|…}}` (a country's name over its names in other
/// languages, folded away on the page): the title.
fn collapsed_title(src: &str, value: &[Node]) -> Option<String> {
    let mut shown = value.iter().filter(|n| match n {
        Node::Text(s) => !src[s.start..s.end].trim().is_empty(),
        Node::Comment(_) => false,
        _ => true,
    });
    let (Some(Node::Template(t)), None) = (shown.next(), shown.next()) else {
        return None;
    };
    if super::templates::key(src, &t.name) != "collapsible list" {
        return None;
    }
    let title = super::templates::Args::of(src, t).named("title")?;
    Some(plain::text(src, title)).filter(|t| !t.is_empty())
}

/// The first template among `nodes` (or in their tags) that this parser prints nothing for, an
/// infobox aside: its name as written and its span.
fn unrendered(src: &str, nodes: &[Node]) -> Option<(String, Span)> {
    nodes.iter().find_map(|n| match n {
        // (a box inside a box is read as a box of its own)
        Node::Template(t)
            if wikitext::get()
                .infobox_kind(&templates::key(src, &t.name))
                .is_none() =>
        {
            let mut r = Render::new(src, None);
            r.links_off();
            (!templates::render(&mut r, t)).then(|| (plain::name(src, &t.name), t.span))
        }
        Node::Tag(t) if t.name != "ref" => unrendered(src, &t.children),
        _ => None,
    })
}

/// Build the infobox of template `t` of box `kind`; findings (a value this parser cannot
/// print) go to `diags`.
pub fn build(
    src: &str,
    t: &Template,
    kind: String,
    refs: &Refs,
    diags: &mut Vec<Diagnostic>,
) -> Infobox {
    let w = wikitext::get();
    let mut title: Option<(usize, String)> = None;
    let mut captions = Vec::new();
    let mut groups: Vec<TextLine> = Vec::new();
    let mut fields: Vec<Field> = Vec::new();
    // label parameters naming a value parameter (`labelN`/`dataN`,
    // `subdivision_typeN`/`subdivision_nameN`, …): value parameter → label text
    let params = with_parts(src, t);
    // each parameter's name as written (its field's label) and as the lexicon writes it
    let mut written: Vec<String> = params
        .iter()
        .map(|(p, _)| {
            p.name
                .as_ref()
                .map(|n| plain::name(src, n))
                .unwrap_or_default()
        })
        .collect();
    let names: Vec<String> = written.iter().cloned().map(param_name).collect();
    let mut labels: HashMap<String, String> = HashMap::default();
    let mut label_params = Set::default();
    let present: Set<&str> = names.iter().map(String::as_str).collect();
    for (i, name) in names.iter().enumerate() {
        let Some(value) = w.value_of_label(name) else {
            continue;
        };
        if !present.contains(value.as_str()) {
            continue;
        }
        let text = plain::text(src, &params[i].0.value).replace('\n', " ");
        if !text.is_empty() {
            labels.insert(value, text);
            label_params.insert(i);
        }
    }
    // parameter name → its index (the last of duplicates)
    let index: HashMap<&str, usize> = names
        .iter()
        .enumerate()
        .map(|(i, n)| (n.as_str(), i))
        .collect();
    // `office2 = Mayor of X` heads the parameters of its block (`term_start2`, `predecessor2`)
    // as `In office` rows head a rendered box's: they share its text as their group
    // (a senator's `jr/sr2 = United States Senator` with `state2 = [[Illinois]]` heads its
    // block as `United States Senator from Illinois`, as the box prints it)
    let offices: HashMap<&str, String> = names
        .iter()
        .enumerate()
        .filter_map(|(i, n)| {
            let (base, number) = numbered(n);
            let mut text = is_office_head(base)
                .then(|| plain::text(src, &params[i].0.value).replace('\n', " "))
                .filter(|text| !text.is_empty())?;
            if base == "jr/sr" {
                let state = index
                    .get(format!("state{number}").as_str())
                    .map(|&j| plain::text(src, &params[j].0.value).replace('\n', " "))
                    .filter(|state| !state.is_empty());
                if let Some(state) = state {
                    text = format!("{text} from {state}");
                }
            }
            Some((number, text))
        })
        .collect();
    // how many parameters give each measure with its unit in the name (`height_ft`,
    // `height_in`: two), counted once (a lookup per parameter keeps the box linear)
    let mut measures: HashMap<&str, usize> = HashMap::default();
    for base in names.iter().filter_map(|n| without_unit(n)) {
        *measures.entry(base).or_default() += 1;
    }
    // `height_ft = 6` with `height_in = 4` (and no third unit of the height): one measure,
    // `6 ft 4 in (1.93 m)` as the page prints it; base → the inches parameter
    let mut feet_inches: HashMap<&str, (usize, Option<Render>)> = names
        .iter()
        .enumerate()
        .filter_map(|(i, n)| {
            let base = n.strip_suffix("_ft")?;
            if measures.get(base) != Some(&2) {
                return None;
            }
            let inches = *index.get(format!("{base}_in").as_str())?;
            let r = feet_and_inches(src, refs, &params[i].0.value, &params[inches].0.value)?;
            Some((base, (inches, Some(r))))
        })
        .collect();
    // a chemical's or drug's `ATCCode_prefix = N06` with `ATCCode_suffix = BC01`: one code,
    // `N06BC01`, as the box prints it; prefix index → suffix index
    let atc: Option<(usize, usize)> = ["atccode", "atc"].iter().find_map(|stem| {
        let prefix = *index.get(format!("{stem}_prefix").as_str())?;
        let suffix = *index.get(format!("{stem}_suffix").as_str())?;
        Some((prefix, suffix))
    });
    // a cyclone season's year and basin, which its printed values name
    let season = (kind == "hurricane_season").then(|| {
        let text = |k: &str| {
            index
                .get(k)
                .map(|&i| plain::text(src, &params[i].0.value).trim().to_owned())
                .filter(|t| !t.is_empty())
        };
        (text("year"), text("basin").unwrap_or_default())
    });
    // `area_footnotes = <ref>…</ref>`: footnotes of the measure named after it, given before
    // its values (`area_total_km2`); (stem, the note's nodes, parameter index)
    let mut ahead: Option<(String, &[Node], usize)> = None;
    let mut group: Option<String> = None;
    let mut last_part: Option<String> = None;
    let mut formula = chem::Formula::default();
    let mut notes = Vec::new();
    for (i, (p, part)) in params.iter().enumerate() {
        if p.name.is_none() {
            continue;
        }
        let label = std::mem::take(&mut written[i]);
        let lower = names[i].clone();
        if lower.is_empty() || label_params.contains(&i) {
            continue;
        }
        let (base, number) = numbered(&lower);
        // (`predecessor1` is in the block of `office`, the first one)
        let office = OFFICE_BLOCK
            .contains(&base)
            .then(|| {
                offices
                    .get(number)
                    .or_else(|| offices.get("").filter(|_| number == "1"))
            })
            .flatten();
        let span = nodes_span(&p.value, Span::empty(p.span.end));
        // `footnote_a = Constitution of Andorra, …`: the note the box prints under itself for
        // the `<sup>a</sup>` marks of its values
        if let Some(label) = note_label(&lower) {
            let v = value(src, &p.value, refs, Hint::Text, span, &lower);
            if !v.text.is_empty() {
                notes.push(Note {
                    label: label.to_owned(),
                    text: v.text,
                    footnotes: v.footnotes,
                    span,
                });
            }
            continue;
        }
        if w.is_caption(&lower) {
            let text = plain::text(src, &p.value);
            if !text.is_empty() {
                captions.push(TextLine { text, span: p.span });
            }
            continue;
        }
        if let Some(rank) = w.title_rank(&lower) {
            let text = collapsed_title(src, &p.value)
                .unwrap_or_else(|| plain::text(src, &p.value))
                .replace('\n', " ");
            if !text.is_empty() && title.as_ref().is_none_or(|(r, _)| rank < *r) {
                title = Some((rank, text));
            }
            // `name` is the box title; `official_name`, `fullname`, `taxon` are facts too
            if rank == 0 {
                continue;
            }
        }
        if w.is_layout(&lower) && (lower != "size" || is_image_size(&plain::text(src, &p.value))) {
            continue;
        }
        if let Some(base) = lower.strip_suffix("_in") {
            if feet_inches.get(base).is_some_and(|(j, _)| *j == i) {
                continue;
            }
        }
        let merged = lower.strip_suffix("_ft").and_then(|base| {
            let (j, r) = feet_inches.get_mut(base)?;
            Some((base, *j, r.take()?))
        });
        if let Some((base, j, r)) = merged {
            let inches = params[j].0;
            let span = p.span.join(inches.span);
            let inches_label = inches.name.as_deref().map(|n| plain::name(src, n));
            fields.push(Field {
                key: resolve(&kind, base).0,
                label: format!("{label}/{}", inches_label.unwrap_or_default()),
                inferred: false,
                side: None,
                group: part.clone().or_else(|| group.clone()),
                value: finish(r, Hint::Quantity, span, base),
                span,
            });
            continue;
        }
        if atc.is_some_and(|(_, suffix)| suffix == i) {
            continue;
        }
        if let Some((_, j)) = atc.filter(|(prefix, _)| *prefix == i) {
            let suffix = params[j].0;
            let span = p.span.join(suffix.span);
            // (one line: its span is the two parameters')
            let mut r = Render::new(src, Some(refs));
            let head = r.sub(&p.value).trim().to_owned();
            let tail = r.sub(&suffix.value).trim().to_owned();
            // `ATC_prefix = none`: the drug has no code
            r.out = if head.eq_ignore_ascii_case("none") {
                "None".to_owned()
            } else {
                format!("{head}{tail}")
            };
            let suffix_label = suffix.name.as_deref().map(|n| plain::name(src, n));
            fields.push(Field {
                key: "atc_code".to_owned(),
                label: format!("{label}/{}", suffix_label.unwrap_or_default()),
                inferred: false,
                side: None,
                group: part.clone().or_else(|| group.clone()),
                value: finish(r, Hint::Text, span, &lower),
                span,
            });
            continue;
        }
        if let Some(num) = lower.strip_prefix("header") {
            if num.chars().all(|c| c.is_ascii_digit()) {
                let text = plain::text(src, &p.value);
                if !text.is_empty() {
                    groups.push(TextLine {
                        text: text.clone(),
                        span: p.span,
                    });
                    group = Some(text);
                }
                continue;
            }
        }
        // the label stays the parameter name (the contract); a label parameter naming this
        // one (`subdivision_type1 = Province`) gives the key a rendered page's label would
        let (key, side) = match labels.get(&lower) {
            Some(l) => {
                let l = l.trim_end_matches(':').trim();
                let key = lexicon::get()
                    .best(l, Some(&kind))
                    .map_or_else(|| snake(l), |e| e.key_in(&kind).to_owned());
                (key, None)
            }
            _ => match resolve(&kind, &lower) {
                // `prominence_m` alone is the prominence, in metres; `height_ft` beside
                // `height_in` (or `area_km2` beside `area_sq_mi`) keeps its full name
                (k, None) if k == snake(&lower) => match without_unit(&lower) {
                    Some(base) if measures.get(base) == Some(&1) => (resolve(&kind, base).0, None),
                    _ => (k, None),
                },
                other => other,
            },
        };
        let key = match office {
            Some(text) if is_office_head(base) => {
                groups.push(TextLine {
                    text: text.clone(),
                    span: p.span,
                });
                // (a senator's `jr/sr` names the office)
                if base == "jr/sr" { "office" } else { base }.to_owned()
            }
            // the office tells `term_start2` from `term_start`: the key is the block's
            Some(_) if !number.is_empty() => resolve(&kind, base).0,
            _ => key,
        };
        let shown = label.clone();
        let h = hint(&kind, &key, &lower);
        let status = (lower == "status")
            .then(|| status_code(src, &params, &names, &p.value, refs))
            .flatten();
        // values the box converts before printing them: a chemical's temperatures, a
        // cyclone season's winds, pressure and damage
        let temperature = chem::temperature(&lower)
            .and_then(|(point, unit)| {
                let r = chem::temperature_text(src, &p.value, unit)?;
                Some((point, r))
            })
            .or_else(|| {
                let (year, basin) = season.as_ref()?;
                let text = plain::text(src, &p.value);
                cyclone::season(&lower, &text, year.as_deref(), basin)
            });
        let (key, h) = match &temperature {
            Some((point, _)) => (point.to_string(), Hint::Quantity),
            None => (key, h),
        };
        if let Some(part) = part.as_ref().filter(|&g| Some(g) != last_part.as_ref()) {
            groups.push(TextLine {
                text: part.clone(),
                span: p.span,
            });
            last_part = Some(part.clone());
        }
        if kind == "chemical" || kind == "drug" {
            let count = chem::is_element(&label)
                .then(|| chem::element_count(&plain::text(src, &p.value)))
                .flatten();
            if let Some(count) = count {
                formula.add(&label, count, p.span, fields.len(), part.clone());
                continue;
            }
        }
        let mut v = match (status, temperature) {
            (Some(r), _) => finish(r, h, span, &lower),
            (None, Some((_, text))) => {
                let mut r = Render::new(src, Some(refs));
                r.track_sources();
                r.out = text;
                let mut v = finish(r, h, span, &lower);
                add_footnotes(src, &mut v, refs, &p.value);
                v
            }
            (None, None) => value(src, &p.value, refs, h, span, &lower),
        };
        if v.text.is_empty() && v.typed.is_none() {
            let notes_of = lower
                .strip_suffix("_footnotes")
                .or_else(|| lower.strip_suffix("_footnote"));
            if let Some(stem) = notes_of.filter(|s| !s.is_empty()) {
                if p.value.iter().any(|n| refs.label(n.span().start).is_some()) {
                    // after the measure's first field (`area_km2`, then `area_footnote`): that
                    // field's; before it: the next one's
                    let stem = format!("{stem}_");
                    let recent = fields.len().saturating_sub(8);
                    let before = fields[recent..]
                        .iter_mut()
                        .find(|f| f.label.to_lowercase().starts_with(&stem));
                    match before {
                        Some(f) => add_footnotes(src, &mut f.value, refs, &p.value),
                        None => ahead = Some((stem, &p.value, i)),
                    }
                    continue;
                }
            }
            // `MeltingPt_ref = <ref>…</ref>`: the footnote of the field the name points at
            let stem = lower
                .strip_suffix("_ref")
                .or_else(|| lower.strip_suffix("ref"))
                .filter(|s| !s.is_empty());
            // (among the last few fields: a note follows its field, and the search stays
            // bounded however many parameters a box has)
            // (the field of that very name first: `HDI_ref` is `HDI`'s, not `HDI_change`'s)
            let owner = stem.and_then(|stem| {
                let recent = fields.len().saturating_sub(16);
                let named = |exact: bool| {
                    fields[recent..].iter().rposition(|f| {
                        let l = f.label.to_lowercase();
                        if exact {
                            l == stem
                        } else {
                            l.starts_with(stem)
                        }
                    })
                };
                let k = named(true).or_else(|| named(false))?;
                fields.get_mut(recent + k)
            });
            let noted = owner.is_some();
            if let Some(owner) = owner {
                // (a taxobox's `status_ref` is already read with its status)
                add_footnotes(src, &mut owner.value, refs, &p.value);
            }
            // a value written as a template this parser does not print (`{{SPFL-stadiums|…}}`)
            // keeps its field, empty, with a diagnostic naming the template: the page shows
            // something there
            match unrendered(src, &p.value).filter(|_| !noted) {
                Some((name, at)) => diags.push(Diagnostic::warning(
                    "unrendered_template",
                    format!("infobox parameter `{label}`: template {{{{{name}}}}} is not printed"),
                    at,
                )),
                // footnotes whose field is not found (`orbit_ref`: the page prints them on the
                // `Orbital characteristics` header) keep a field of their own, or they are lost
                None if !noted && !v.footnotes.is_empty() => {}
                None => continue,
            }
        }
        // (the measure's first field, among the next few parameters)
        if let Some((stem, notes, at)) = ahead.take() {
            if lower.starts_with(&stem) && i <= at + 4 {
                add_footnotes(src, &mut v, refs, notes);
            } else if i <= at + 4 {
                ahead = Some((stem, notes, at));
            }
        }
        fields.push(Field {
            key,
            label: shown,
            inferred: false,
            side,
            group: office
                .cloned()
                .or_else(|| part.clone())
                .or_else(|| group.clone()),
            value: v,
            span: p.span,
        });
    }
    formula.insert_into(&mut fields);
    if templates::key(src, &t.name) == "speciesbox" {
        speciesbox(src, &mut fields);
    }
    binomial_authority(&mut fields);
    spanning_casualties(&mut fields);
    if let Some(f) = split_coordinates(src, &params, &names) {
        if !fields
            .iter()
            .any(|x: &Field| matches!(x.value.typed, Some(Typed::Coordinates(_))))
        {
            fields.push(f);
        }
    }
    if matches!(
        kind.as_str(),
        "military_conflict" | "military_operation" | "civilian_attack"
    ) {
        coordinates_in_location(&mut fields);
    }
    displayed_siblings(&mut fields);
    dates_of_the_years(&mut fields);
    if kind == "road" {
        road_ends(&mut fields);
    }
    if kind == "star" {
        super::starbox::units(&mut fields);
    }
    Infobox {
        title: title.map(|(_, t)| t),
        kind: Some(kind),
        template: Some(plain::name(src, &t.name)),
        caption: captions.first().map(|c: &TextLine| c.text.clone()),
        captions,
        groups,
        fields,
        notes,
        span: t.span,
    }
}

/// `date_start = 30 December` beside `year_start = 1922`: a former country's box prints the
/// day with the year (`30 December 1922`), and so the day is typed; a court case's
/// `ArgueDate = December 9` / `ArgueYear = 1952` likewise (`Argued December 9, 1952`).
fn dates_of_the_years(fields: &mut [Field]) {
    const PAIRS: &[(&str, &str)] = &[
        ("date_start", "year_start"),
        ("date_end", "year_end"),
        ("arguedate", "argueyear"),
        ("rearguedate", "reargueyear"),
        ("decidedate", "decideyear"),
        // a cricketer's first and last matches (`testdebutdate = 15 November`)
        ("testdebutdate", "testdebutyear"),
        ("lasttestdate", "lasttestyear"),
        ("odidebutdate", "odidebutyear"),
        ("lastodidate", "lastodiyear"),
        ("t20idebutdate", "t20idebutyear"),
        ("lastt20idate", "lastt20iyear"),
    ];
    for &(date, year) in PAIRS {
        let Some(y) =
            param_text(fields, year).filter(|y| crate::value::date::has_year(y) && y.len() == 4)
        else {
            continue;
        };
        if let Some(f) = fields
            .iter_mut()
            .find(|f| f.label.eq_ignore_ascii_case(date) && f.value.typed.is_none())
        {
            let day = f.value.text.trim();
            if !crate::value::date::has_year(day) {
                if let Some(d) = crate::value::date::whole(&format!("{day} {y}")) {
                    f.value.typed = Some(Typed::Date(d));
                }
            }
        }
    }
}

/// The text of the parameter named `name` (as written, any case): a sibling that completes
/// another parameter's value.
fn param_text(fields: &[Field], name: &str) -> Option<String> {
    fields
        .iter()
        .find(|f| f.label.eq_ignore_ascii_case(name))
        .map(|f| f.value.text.trim().to_owned())
}

/// `terminus_a = US 1 in Miami` with `direction_a = South`: a road's box prints the end
/// under its direction (`South end`), and so the end takes that key.
fn road_ends(fields: &mut [Field]) {
    for (end, direction) in [("terminus_a", "direction_a"), ("terminus_b", "direction_b")] {
        let dir = param_text(fields, direction)
            .map(|d| d.to_ascii_lowercase())
            .filter(|d| matches!(d.as_str(), "north" | "south" | "east" | "west"));
        let Some(dir) = dir else { continue };
        if let Some(f) = fields
            .iter_mut()
            .find(|f| f.label.eq_ignore_ascii_case(end))
        {
            f.key = format!("{dir}_end");
        }
    }
}

/// `footnote_a` → `a`: Infobox country's notes, one a letter, marked `<sup>a</sup>` in values.
fn note_label(param: &str) -> Option<&str> {
    param
        .strip_prefix("footnote_")
        .filter(|l| l.len() == 1 && l.bytes().all(|b| b.is_ascii_lowercase()))
}

/// A place's box prints a measure with the parameters beside it (`area_km2`, `area_sq_mi`,
/// `area_rank` → `45,339 km2 (17,505 sq mi) (129th)`): the typed measure takes its converted
/// figure and its rank note from them, as the rendered page's reading of that row does. The
/// sibling fields stay.
fn displayed_siblings(fields: &mut [Field]) {
    // (the parameter names are the labels, as written: `GDP_PPP`, `area_km2`)
    let index: crate::hash::Map<String, usize> = fields
        .iter()
        .enumerate()
        .filter(|(_, f)| f.side.is_none())
        .map(|(i, f)| (f.label.to_ascii_lowercase(), i))
        .collect();
    let quantity = |f: &Field| match &f.value.typed {
        Some(Typed::Quantity(q)) => Some(q.clone()),
        _ => None,
    };
    for i in 0..fields.len() {
        let Some(Typed::Quantity(q)) = &fields[i].value.typed else {
            continue;
        };
        if fields[i].side.is_some() {
            continue;
        }
        let param = fields[i].label.to_ascii_lowercase();
        let metric = q.unit.as_deref().is_some_and(|u| u.ends_with("km2"));
        let base = param.strip_suffix("_km2").unwrap_or(&param);
        let converted = (metric && q.converted.is_none())
            .then(|| index.get(&format!("{base}_sq_mi")))
            .flatten()
            .and_then(|&j| quantity(&fields[j]))
            .filter(|c| c.converted.is_none());
        // (the rank in brackets after the figure: an area's, a population's, a GDP's; an
        // index's rank follows its grade on a line of its own, `very high (40th)`)
        let bracketed = ["area", "population", "gdp"]
            .iter()
            .any(|m| base.starts_with(m));
        // (`GDP_total`'s rank is `GDP_rank`)
        let measure = base.strip_suffix("_total").unwrap_or(base);
        let rank = (q.note.is_none() && bracketed)
            .then(|| index.get(&format!("{base}_rank")))
            .flatten()
            .or_else(|| index.get(&format!("{measure}_rank")).filter(|_| bracketed))
            .map(|&j| fields[j].value.text.trim().to_owned())
            .filter(|r| r.ends_with(|c: char| c.is_ascii_alphabetic()) && r.len() <= 12);
        if let Some(Typed::Quantity(q)) = &mut fields[i].value.typed {
            if let Some(c) = converted {
                q.converted = Some(Box::new(c));
            }
            if rank.is_some() {
                q.note = rank;
            }
        }
    }
}

/// A conflict's or an attack's box prints its `coordinates` in the Location row (a rendered
/// copy reads `Waterloo, Belgium` / `50°40′49″N 4°24′43″E` there): the location takes their
/// typed reading, so both dialects give the place its position; the `coordinates` field stays.
fn coordinates_in_location(fields: &mut [Field]) {
    let position = fields.iter().find_map(|f| match &f.value.typed {
        Some(t @ Typed::Coordinates(_)) if f.key == "coordinates" => Some(t.clone()),
        _ => None,
    });
    let Some(position) = position else { return };
    if let Some(location) = fields
        .iter_mut()
        .find(|f| f.key == "location" && f.side.is_none())
    {
        if location.value.typed.is_none() {
            location.value.typed = Some(position);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::value::typed::Typed;

    const OPTIONS: crate::Options = crate::Options {
        dialect: Some(crate::Dialect::Wikitext),
    };

    fn wikitext(src: &str) -> crate::Article {
        crate::parse_with(src, &OPTIONS)
    }

    #[test]
    fn layout_parameters_are_pictures_and_styles_not_facts_named_alike() {
        let w = crate::lexicon::wikitext::get();
        for layout in [
            "image_size",
            "logosize",
            "imagesize",
            "title_style",
            "bodyclass",
            "rowclass3",
            "header_background",
            "image_alt",
            "party_colour",
            "size",
            "bodystyle",
        ] {
            assert!(w.is_layout(layout), "{layout}");
        }
        for fact in [
            "basin_size",
            "fleet_size",
            "crew_size",
            "architectural_style",
            "ship_class",
            "eye_color",
            "hair_colour",
            "colours",
            // a car's segment and body
            "class",
            "body_style",
        ] {
            assert!(!w.is_layout(fact), "{fact}");
        }
    }

    #[test]
    fn a_bare_size_is_layout_only_in_pixels() {
        let keys = |src: &str| -> Vec<(String, String)> {
            wikitext(src).infoboxes[0]
                .fields
                .iter()
                .map(|f| (f.key.clone(), f.value.text.clone()))
                .collect()
        };
        // a unit's strength, a program's download size: facts
        assert_eq!(
            keys("{{Infobox military unit\n| unit_name = 1st X\n| size = 2,000 personnel\n}}"),
            [
                ("unit_name".to_owned(), "1st X".to_owned()),
                ("size".to_owned(), "2,000 personnel".to_owned())
            ]
        );
        assert_eq!(
            wikitext("{{Infobox military unit\n| unit_name = 1st X\n}}").infoboxes[0]
                .title
                .as_deref(),
            Some("1st X")
        );
        assert_eq!(
            keys("{{Infobox software\n| name = Y\n| size = 135 MB\n}}"),
            [("size".to_owned(), "135 MB".to_owned())]
        );
        // an image's size, written or left to its default
        for size in ["250px", "250", "250x300px", "<!-- default 200px -->", ""] {
            let src =
                format!("{{{{Infobox person\n| name = Z\n| size = {size}\n| size2 = 300px\n}}}}");
            assert_eq!(keys(&src), [], "{size}");
        }
    }

    #[test]
    fn unknown_parameters_are_typed_only_as_dates_that_name_their_month() {
        let typed = |value: &str| {
            let src = format!("{{{{Infobox award\n| name = X\n| firstawarded = {value}\n}}}}");
            let a = wikitext(&src);
            let f = &a.infoboxes[0].fields[0];
            assert_eq!(f.label, "firstawarded");
            f.value.typed.clone()
        };
        let date = |d: &str| {
            Some(Typed::Date(crate::value::typed::Date {
                date: d.to_owned(),
                approx: false,
                bce: false,
                age: None,
            }))
        };
        assert_eq!(typed("16 October 1978"), date("1978-10-16"));
        assert_eq!(typed("October 16, 1978"), date("1978-10-16"));
        assert_eq!(typed("March 2015"), date("2015-03"));
        assert!(matches!(
            typed("16 October 1978 – 2 April 2005"),
            Some(Typed::DateRange(r)) if r.start.as_deref() == Some("1978-10-16")
                && r.end.as_deref() == Some("2005-04-02")
        ));
        // bare years and numbers may be counts; other text is no date
        for text in [
            "1500",
            "1978–2005",
            "347",
            "Warren",
            "22 October",
            "12 March 2015 and later",
        ] {
            assert_eq!(typed(text), None, "{text}");
        }
        // a cue in the canonical key counts as in the name: `termstart` is `term_start`
        let a = wikitext("{{Infobox officeholder\n| name = Y\n| termstart = 2013\n}}");
        assert_eq!(a.infoboxes[0].fields[0].value.typed, date("2013"));
    }

    #[test]
    fn a_measures_footnotes_go_to_its_first_field() {
        let notes = |src: &str| -> Vec<(String, Vec<String>)> {
            wikitext(src).infoboxes[0]
                .fields
                .iter()
                .map(|f| (f.label.clone(), f.value.footnotes.clone()))
                .collect()
        };
        let got = notes("{{Infobox settlement\n| name = X\n| area_footnotes = <ref>A</ref>\n| area_total_km2 = 4.2\n| area_land_km2 = 4.1\n| population_footnotes = <ref>P</ref>\n| a = 1\n| b = 2\n| c = 3\n| d = 4\n| population_total = 5\n}}");
        assert_eq!(
            got,
            [
                ("area_total_km2".to_owned(), vec!["1".to_owned()]),
                ("area_land_km2".to_owned(), vec![]),
                ("a".to_owned(), vec![]),
                ("b".to_owned(), vec![]),
                ("c".to_owned(), vec![]),
                ("d".to_owned(), vec![]),
                // too far from its note to be sure it is its measure
                ("population_total".to_owned(), vec![]),
            ]
        );
    }

    /// Each item of each field, with the source bytes its span points at.
    fn items(src: &str) -> Vec<(String, String)> {
        let article = wikitext(src);
        article.infoboxes[0]
            .fields
            .iter()
            .flat_map(|f| &f.value.items)
            .map(|i| (i.text.clone(), src[i.span.start..i.span.end].to_owned()))
            .collect()
    }

    #[test]
    fn items_point_at_their_own_source() {
        let src = "{{Infobox military conflict\n| commander1 = [[A B]]<br/>{{flagicon|UK}} [[C D]]\n| strength1 = {{plainlist|\n* 1,000 men\n* {{circa|20}} guns\n}}\n| result = Victory<ref>x</ref>\n* Peace signed\n}}";
        let got = items(src);
        let want = [
            ("A B", "[[A B]]"),
            ("C D", "[[C D]]"),
            // a list item is its line, bullet included
            ("1,000 men", "* 1,000 men"),
            ("c. 20 guns", "* {{circa|20}} guns"),
            ("Victory", "Victory<ref>x</ref>"),
            ("Peace signed", "* Peace signed"),
        ];
        let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn a_bracketed_link_in_a_list_template_keeps_the_spans_before_it() {
        // the link's text is re-printed inside the list's side string: only its own notes go
        let got = items("{{Infobox x\n| a = [[A]] [[B]] {{ubl|[http://x.org y]|z}}\n}}");
        let got: Vec<&str> = got.iter().map(|(a, _)| a.as_str()).collect();
        assert_eq!(got, ["A B", "y", "z"]);
    }

    #[test]
    fn office_blocks_group_their_parameters_and_terms_are_dates() {
        let src = "{{Infobox officeholder\n| office = Mayor of X\n| term_start = January 1, 2001\n| predecessor = A\n| office2 = Senator\n| term_end2 = 1999\n| party = Y\n}}";
        let article = wikitext(src);
        let b = &article.infoboxes[0];
        let got: Vec<(&str, Option<&str>)> = b
            .fields
            .iter()
            .map(|f| (f.key.as_str(), f.group.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                ("office", Some("Mayor of X")),
                ("term_start", Some("Mayor of X")),
                ("predecessor", Some("Mayor of X")),
                ("office", Some("Senator")),
                ("term_end", Some("Senator")),
                ("party", None),
            ]
        );
        let groups: Vec<&str> = b.groups.iter().map(|g| g.text.as_str()).collect();
        assert_eq!(groups, ["Mayor of X", "Senator"]);
        assert!(matches!(b.fields[1].value.typed, Some(Typed::Date(_))));
        assert!(matches!(b.fields[4].value.typed, Some(Typed::Date(_))));
    }

    #[test]
    fn storm_dates_and_damages_are_typed() {
        let src = "{{Infobox weather event\n| formed = August 23, 2005\n| extratropical = August 30\n| damages = {{ntsp|125000000000||$}}\n| fatalities = 1,392 total\n}}";
        let article = wikitext(src);
        let got: Vec<(&str, &str, Option<String>)> = article.infoboxes[0]
            .fields
            .iter()
            .map(|f| {
                let typed = f.value.typed.as_ref().map(|t| {
                    let v = serde_json::to_value(t).unwrap_or_default();
                    format!(
                        "{} {}",
                        v["type"],
                        v.get("date").or(v.get("min")).unwrap_or(&v)
                    )
                });
                (f.key.as_str(), f.value.text.as_str(), typed)
            })
            .collect();
        assert_eq!(
            got,
            [
                (
                    "formed",
                    "August 23, 2005",
                    Some(r#""date" "2005-08-23""#.into())
                ),
                // a day without its year is no date (it was the year 30)
                ("extratropical", "August 30", None),
                (
                    "damage",
                    "$125 billion",
                    Some(r#""quantity" 125000000000"#.into())
                ),
                (
                    "fatalities",
                    "1,392 total",
                    Some(r#""quantity" 1392"#.into())
                ),
            ]
        );
    }

    #[test]
    fn codes_tickers_heights_and_folded_names() {
        let src = "{{Infobox medical condition\n| name = {{collapsible list|title=Autism|Autisme|Autismus}}\n| ICD10 = {{ICD10|F|84|0|f|80}}\n| ICD9 = {{ICD9|299.00}}\n| traded_as = {{BMV|ALSEA}}\n| height = {{height|meter=1.77}}\n}}";
        let article = wikitext(src);
        let b = &article.infoboxes[0];
        assert_eq!(b.title.as_deref(), Some("Autism"));
        let got: Vec<(&str, &str)> = b
            .fields
            .iter()
            .map(|f| (f.key.as_str(), f.value.text.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("icd10", "F84.0"),
                ("icd9", "299.00"),
                ("traded_as", "BMV: ALSEA"),
                ("height", "1.77 m (5 ft 10 in)"),
            ]
        );
    }

    #[test]
    fn a_value_whose_template_prints_nothing_keeps_its_field_and_says_why() {
        let src = "{{Infobox football club\n| name = X\n| capacity = {{SPFL-stadiums|raith}}<ref>y</ref>\n| league = \n}}";
        let article = wikitext(src);
        let f = &article.infoboxes[0].fields;
        // the empty `league` is no field; `capacity` is, empty, with its footnote
        assert_eq!(f.len(), 1);
        assert_eq!(
            (f[0].label.as_str(), f[0].value.text.as_str()),
            ("capacity", "")
        );
        assert_eq!(f[0].value.footnotes, ["1"]);
        let d = &article.diagnostics;
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].code, "unrendered_template");
        assert_eq!(
            &src[d[0].span.start..d[0].span.end],
            "{{SPFL-stadiums|raith}}"
        );
    }

    #[test]
    fn a_country_box_titles_itself_by_its_long_name_and_the_page_by_its_common_name() {
        let src = "{{Infobox country\n| conventional_long_name = Republic of Estonia\n| common_name = Estonia\n| established_event1 = Declared\n| established_date1 = 24 February 1918\n}}\n'''Estonia''' is a country.";
        let article = wikitext(src);
        assert_eq!(article.title.as_deref(), Some("Estonia"));
        let b = &article.infoboxes[0];
        assert_eq!(b.title.as_deref(), Some("Republic of Estonia"));
        // the event names its date, as a rendered box's `Declared` row
        let declared = b.fields.iter().find(|f| f.key == "declared");
        assert_eq!(
            declared.map(|f| (f.label.as_str(), f.value.text.as_str())),
            Some(("established_date1", "24 February 1918"))
        );
    }

    #[test]
    fn a_box_drawn_in_parts_is_one_box() {
        let src = "{{Infobox ship begin}}\n{{Infobox ship image\n|Ship caption=At sea\n}}\n<!-- career -->\n{{Infobox ship career\n|Ship name=HMS X\n|Ship launched=12 August 1941\n}}\n{{Infobox ship characteristics\n|Ship complement=145\n}}\n|}\nText.\n{{Infobox ship career\n|Ship name=Not joined\n}}";
        let article = wikitext(src);
        let b = &article.infoboxes;
        assert_eq!(b.len(), 2, "{b:#?}");
        assert_eq!(b[0].title.as_deref(), Some("HMS X"));
        assert_eq!(b[0].caption.as_deref(), Some("At sea"));
        let keys: Vec<&str> = b[0].fields.iter().map(|f| f.key.as_str()).collect();
        assert_eq!(keys, ["ship_name", "ship_launched", "ship_complement"]);
        assert_eq!(b[1].title.as_deref(), Some("Not joined"));
        // the facts-only reading joins them the same way
        let facts = crate::parse_infoboxes(src, &OPTIONS);
        assert_eq!(facts.infoboxes, article.infoboxes);
    }

    /// The unit of a field typed as a quantity.
    fn unit_of(f: &crate::ast::Field) -> Option<&str> {
        match &f.value.typed {
            Some(Typed::Quantity(q)) => q.unit.as_deref(),
            _ => None,
        }
    }

    /// (key, side, group, text) of each field of the first box.
    fn fields(src: &str) -> Vec<(String, Option<u8>, Option<String>, String)> {
        wikitext(src).infoboxes[0]
            .fields
            .iter()
            .map(|f| (f.key.clone(), f.side, f.group.clone(), f.value.text.clone()))
            .collect()
    }

    /// The first box's fields are these (key, group) pairs.
    fn key_groups(src: &str, want: &[(&str, Option<&str>)]) {
        let got = fields(src);
        let got: Vec<(&str, Option<&str>)> =
            got.iter().map(|f| (f.0.as_str(), f.2.as_deref())).collect();
        assert_eq!(got, want, "{src}");
    }

    #[test]
    fn a_senators_seat_heads_its_block() {
        // `jr/sr2` with `state2` heads block 2 as the box prints it
        key_groups(
            "{{Infobox officeholder\n| office = President\n| term_start = 2009\n| jr/sr2 = United States Senator\n| state2 = [[Illinois]]\n| term_start2 = 2005\n| predecessor2 = A\n}}",
            &[
                ("office", Some("President")),
                ("term_start", Some("President")),
                ("office", Some("United States Senator from Illinois")),
                ("state", Some("United States Senator from Illinois")),
                ("term_start", Some("United States Senator from Illinois")),
                ("predecessor", Some("United States Senator from Illinois")),
            ],
        );
    }

    #[test]
    fn a_third_casualties_row_spans_a_two_sided_box() {
        let sides = |src: &str| -> Vec<Option<u8>> {
            wikitext(src).infoboxes[0]
                .fields
                .iter()
                .filter(|f| f.key == "casualties")
                .map(|f| f.side)
                .collect()
        };
        let two = "{{Infobox military conflict\n| combatant1 = A\n| combatant2 = B\n| casualties1 = 5 killed\n| casualties2 = 6 killed\n| casualties3 = 7 civilians killed\n}}";
        assert_eq!(sides(two), [Some(1), Some(2), None]);
        let three = two.replace("| casualties1", "| combatant3 = C\n| casualties1");
        assert_eq!(sides(&three), [Some(1), Some(2), Some(3)]);
    }

    #[test]
    fn a_speciesbox_prints_its_binomial_name() {
        let got = fields("{{Speciesbox\n| name = Red fox\n| genus = Vulpes\n| species = vulpes\n| authority = ([[Carl Linnaeus|Linnaeus]], 1758)\n}}");
        let got: Vec<(&str, &str)> = got.iter().map(|f| (f.0.as_str(), f.3.as_str())).collect();
        assert_eq!(
            got,
            [
                ("genus", "Vulpes"),
                ("species", "V. vulpes"),
                ("binomial", "Vulpes vulpes\n(Linnaeus, 1758)"),
                ("authority", "(Linnaeus, 1758)"),
            ]
        );
        // a box that writes its binomial keeps it; a taxobox's species is its binomial
        let got = fields("{{Taxobox\n| genus = Vulpes\n| species = '''V. vulpes'''\n| binomial = Vulpes vulpes\n}}");
        let keys: Vec<&str> = got.iter().map(|f| f.0.as_str()).collect();
        assert_eq!(keys, ["genus", "species", "binomial"]);
    }

    #[test]
    fn a_footnote_on_a_line_of_its_own_is_kept() {
        let a = wikitext("{{Infobox mountain\n| elevation_ref = <ref name=\"h\">X</ref><br/>Ranked 1st\n| listing = <ref>Y</ref><br/>A<br/>B\n| range = A<br/><ref>Z</ref>\n}}");
        let notes: Vec<(&str, Vec<String>)> = a.infoboxes[0]
            .fields
            .iter()
            .map(|f| (f.key.as_str(), f.value.footnotes.clone()))
            .collect();
        assert_eq!(
            notes,
            [
                ("elevation_ref", vec!["1".to_owned()]),
                ("listing", vec!["2".to_owned()]),
                ("range", vec!["3".to_owned()]),
            ]
        );
    }

    #[test]
    fn footnotes_named_after_a_measure_go_to_its_first_field() {
        let notes = |src: &str| -> Vec<(String, Vec<String>)> {
            wikitext(src).infoboxes[0]
                .fields
                .iter()
                .map(|f| (f.key.clone(), f.value.footnotes.clone()))
                .collect()
        };
        let one = || vec!["1".to_owned()];
        // after the measure's first field: that field's
        let got = notes("{{Infobox country\n| area_km2 = 242495\n| area_footnote = <ref>UN</ref>\n| area_rank = 78th\n}}");
        assert_eq!(got[0], ("area_total".to_owned(), one()));
        assert!(got[1].1.is_empty());
        // before it: the next one's
        let got = notes(
            "{{Infobox settlement\n| area_footnotes = <ref>UN</ref>\n| area_total_km2 = 630\n}}",
        );
        assert_eq!(got[0].1, one());
        // footnotes of no field found keep a field of their own
        let got = notes("{{Infobox planet\n| orbit_ref = <ref>VSOP87</ref>\n| epoch = J2000\n}}");
        assert_eq!(got[0], ("orbit_ref".to_owned(), one()));
    }

    #[test]
    fn an_airport_box_keys_and_units() {
        let got = wikitext("{{Infobox airport\n| type = Public\n| city-served = London\n| elevation-f = 83\n| elevation-m = 25\n| r1-length-m = 3,902\n| stat1-header = Passengers\n| stat1-data = 79,151,723\n}}");
        let got: Vec<(&str, Option<&str>)> = got.infoboxes[0]
            .fields
            .iter()
            .map(|f| (f.key.as_str(), unit_of(f)))
            .collect();
        assert_eq!(
            got,
            [
                ("airport_type", None),
                ("serves", None),
                ("elevation_f", Some("ft")),
                ("elevation_m", Some("m")),
                ("r1_length", Some("m")),
                ("passengers", None),
            ]
        );
    }

    #[test]
    fn a_drug_code_in_two_parameters_is_one_field() {
        let got = fields("{{Chembox\n| verifiedrevid = 477002100\n| Watchedfields = changed\n|Section3={{Chembox Pharmacology\n| ATCCode_prefix = N06\n| ATCCode_suffix = BC01\n}}\n}}");
        let got: Vec<(&str, &str)> = got.iter().map(|f| (f.0.as_str(), f.3.as_str())).collect();
        assert_eq!(got, [("atc_code", "N06BC01")]);
        let got =
            fields("{{Infobox drug\n| ATC_prefix = none\n| ATC_suffix =\n| legal_UK = POM\n}}");
        assert_eq!(got[0].0, "atc_code");
        assert_eq!(got[0].3, "None");
    }

    #[test]
    fn numbered_parameters_keep_their_number() {
        // an election's numbered parameters are its columns
        let got = fields("{{Infobox election\n| election_name = 2019 X election\n| party1 = A\n| seats1 = 71\n| seat_change1 = {{increase}} 7\n| party2 = B\n| swing2 = {{decrease}} 1.9 pp\n| title = Prime Minister\n}}");
        let got: Vec<(&str, Option<u8>, &str)> = got
            .iter()
            .map(|(k, s, _, t)| (k.as_str(), *s, t.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("election_name", None, "2019 X election"),
                ("party", Some(1), "A"),
                ("seats", Some(1), "71"),
                ("seat_change", Some(1), "7"),
                ("party", Some(2), "B"),
                ("swing", Some(2), "1.9 pp"),
                ("title", None, "Prime Minister"),
            ]
        );
        let a = wikitext(
            "{{Infobox election\n| election_name = 2019 X election\n| title = Prime Minister\n}}",
        );
        assert_eq!(a.infoboxes[0].title.as_deref(), Some("2019 X election"));
        // elsewhere a known key keeps the number that tells two parameters apart
        let got = fields("{{Infobox person\n| name = X\n| spouse1 = A\n| spouse2 = B\n}}");
        let keys: Vec<&str> = got.iter().map(|f| f.0.as_str()).collect();
        assert_eq!(keys, ["spouse1", "spouse2"]);
        // a unit in the name: the measure, typed in that unit, unless the same measure is
        // given in another unit beside it
        // (feet and inches of one measure are one field, printed as `{{height}}` prints it)
        let a = wikitext("{{Infobox mountain\n| name = X\n| prominence_m = 4,026\n| height_ft = 6\n| height_in = 2<ref>R</ref>\n| based_in = 10 Downing Street\n| weight_lbs = 225\n| length_m = 10\n| length_ft = 33\n| length_in = 4\n| reach_ft = six\n| reach_in = 2\n| span_ft = 1e308\n| span_in = 1\n}}");
        let got: Vec<(&str, &str, Option<&str>)> = a.infoboxes[0]
            .fields
            .iter()
            .map(|f| (f.key.as_str(), f.label.as_str(), unit_of(f)))
            .collect();
        assert_eq!(
            got,
            [
                ("prominence", "prominence_m", Some("m")),
                ("height", "height_ft/height_in", Some("m")),
                ("based_in", "based_in", None),
                ("weight", "weight_lbs", Some("lb")),
                ("length_m", "length_m", Some("m")),
                ("length_ft", "length_ft", Some("ft")),
                ("length_in", "length_in", Some("in")),
                ("reach_ft", "reach_ft", None),
                ("reach_in", "reach_in", Some("in")),
                // (no length in metres to print)
                ("span_ft", "span_ft", None),
                ("span_in", "span_in", Some("in")),
            ]
        );
        let height = &a.infoboxes[0].fields[1].value;
        assert_eq!(height.text, "6 ft 2 in (1.88 m)");
        assert_eq!(height.footnotes, ["1"]);
        // an officeholder's block takes `…1` with the unnumbered office; a number with no
        // office of its own stays in the key
        key_groups(
            "{{Infobox officeholder\n| order = 16th\n| office = President\n| predecessor1 = A\n| term_start2 = 1847\n}}",
            &[
                ("order", Some("President")),
                ("office", Some("President")),
                ("predecessor", Some("President")),
                ("term_start2", None),
            ]
        );
        // a monarch's successions head their reigns the same way
        key_groups(
            "{{Infobox royalty\n| name = X\n| succession = King of A\n| reign = 1760 – 1820\n| succession1 = Elector of B\n| reign1 = 1760 – 1814\n}}",
            &[
                ("succession", Some("King of A")),
                ("reign", Some("King of A")),
                ("succession", Some("Elector of B")),
                ("reign", Some("Elector of B")),
            ]
        );
    }

    #[test]
    fn a_chemical_box_reads_its_sections() {
        let src = "{{Chembox\n| IUPACName = Water\n|Section1={{Chembox Identifiers\n| CASNo = 7732-18-5\n}}\n|Section2={{Chembox Properties\n| H=2 | O=1\n| MeltingPtC = 0.00\n| MeltingPt_ref = <ref>Lide</ref>\n| BoilingPtF = 212\n}}\n}}";
        let a = wikitext(src);
        let b = &a.infoboxes[0];
        let groups: Vec<&str> = b.groups.iter().map(|g| g.text.as_str()).collect();
        assert_eq!(groups, ["Identifiers", "Properties"]);
        let got: Vec<(&str, Option<&str>, &str)> = b
            .fields
            .iter()
            .map(|f| (f.key.as_str(), f.group.as_deref(), f.value.text.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("iupac_name", None, "Water"),
                ("cas_number", Some("Identifiers"), "7732-18-5"),
                ("formula", Some("Properties"), "H2O"),
                (
                    "melting_point",
                    Some("Properties"),
                    "0.00 °C (32.00 °F; 273.15 K)"
                ),
                (
                    "boiling_point",
                    Some("Properties"),
                    "212 °F (100 °C; 373 K)"
                ),
            ]
        );
        assert_eq!(b.fields[3].value.footnotes, ["1"]);
        // coordinates in parts beside the sections (the parts shift the parameters' places)
        let a = wikitext("{{Chembox\n|Section1={{Chembox Identifiers\n| CASNo = 1\n| PubChem = 2\n}}\n| latd = 10 | longd = 20\n}}");
        let c = a.infoboxes[0]
            .fields
            .iter()
            .find_map(|f| match &f.value.typed {
                Some(Typed::Coordinates(c)) => Some((c.lat, c.lon)),
                _ => None,
            });
        assert_eq!(c, Some((10.0, 20.0)));
        // an infobox embedded in another is not one of its parts (no part header), but the
        // page draws it inside the box: its fields join the box's
        let a = wikitext(
            "{{Infobox\n| title = A\n| data1 = {{Infobox person|child=yes\n| born = 1900}}\n}}",
        );
        assert_eq!(a.infoboxes.len(), 1);
        assert!(a.infoboxes[0].groups.is_empty());
        assert!(a.infoboxes[0].fields.iter().any(|f| f.key == "born"));
        assert!(matches!(b.fields[4].value.typed, Some(Typed::Quantity(_))));
        // the formula's span covers the element parameters
        let f = &b.fields[2];
        assert_eq!(&src[f.span.start..f.span.end], " H=2 | O=1\n");
    }

    /// The field of `key` in `b`.
    fn keyed<'a>(b: &'a crate::ast::Infobox, key: &str) -> &'a crate::ast::Field {
        b.fields
            .iter()
            .find(|f| f.key == key)
            .unwrap_or_else(|| panic!("no {key} in {:?}", b.fields))
    }

    #[test]
    fn a_measure_takes_the_converted_figure_and_rank_printed_beside_it() {
        let a = wikitext("{{Infobox country\n| common_name = X\n| area_km2 = 45,339\n| area_sq_mi = 17,505\n| area_rank = 129th\n| HDI = 0.890\n| HDI_rank = 40th\n}}");
        let b = &a.infoboxes[0];
        let at = |k: &str| keyed(b, k);
        let Some(Typed::Quantity(q)) = &at("area_total").value.typed else {
            panic!("{:?}", at("area_total"));
        };
        assert_eq!((q.min, q.unit.as_deref()), (45339.0, Some("km2")));
        assert_eq!(q.note.as_deref(), Some("129th"));
        let Some(c) = q.converted.as_deref() else {
            panic!("no conversion: {q:?}");
        };
        assert_eq!((c.min, c.unit.as_deref()), (17505.0, Some("sq mi")));
        // the siblings stay fields
        assert!(b.fields.iter().any(|f| f.key == "area_sq_mi"));
        // an index prints its rank on a line of its own, not after the figure
        let Some(Typed::Quantity(h)) = &at("hdi").value.typed else {
            panic!("{:?}", at("hdi"));
        };
        assert_eq!(h.note, None);
    }

    #[test]
    fn a_boxs_lettered_notes_are_its_notes_and_their_marks_footnotes() {
        let a = wikitext("{{Infobox country\n| common_name = X\n| official_languages = [[Catalan language|Catalan]]<sup>a</sup>\n| Gini = 27.21\n| Gini_ref = <sup>c</sup>\n| area_km2 = 10<sup>2</sup>\n| division = 2<sup>a</sup> División\n| footnote_a = Spanish is also spoken.\n| footnote_c = A survey.\n}}");
        let b = &a.infoboxes[0];
        let at = |k: &str| keyed(b, k);
        assert_eq!(at("official_languages").value.text, "Catalan");
        assert_eq!(at("official_languages").value.footnotes, ["a"]);
        assert_eq!(at("gini").value.footnotes, ["c"]);
        // (a digit is no note's mark, nor a letter after a figure: an ordinal's)
        assert!(at("area_total").value.footnotes.is_empty());
        assert_eq!(at("division").value.text, "2a División");
        assert!(at("division").value.footnotes.is_empty());
        let notes: Vec<(&str, &str)> = b
            .notes
            .iter()
            .map(|n| (n.label.as_str(), n.text.as_str()))
            .collect();
        assert_eq!(
            notes,
            [("a", "Spanish is also spoken."), ("c", "A survey.")]
        );
        assert!(!b.fields.iter().any(|f| f.key.starts_with("footnote")));
    }

    #[test]
    fn a_former_countrys_events_are_dated_with_their_years() {
        let a = wikitext("{{Infobox former country\n| common_name = Soviet Union\n| year_start = 1922\n| year_end = 1991\n| event_start = Treaty on the Creation of the USSR\n| date_start = 30 December\n| event_end = Dissolution\n| date_end = 26 December\n| event1 = End of World War II\n| date_event1 = 2 September 1945\n}}");
        let b = &a.infoboxes[0];
        let date = |k: &str| match &keyed(b, k).value.typed {
            Some(Typed::Date(d)) => d.date.clone(),
            other => panic!("{k}: {other:?}"),
        };
        assert_eq!(date("treaty_on_the_creation_of_the_ussr"), "1922-12-30");
        assert_eq!(date("dissolution"), "1991-12-26");
        assert_eq!(date("end_of_world_war_ii"), "1945-09-02");
    }
}
