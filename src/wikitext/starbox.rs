//! `{{Starbox begin}}` … `{{Starbox end}}`: a star's box drawn by a run of templates (joined
//! into one box by the article, see `article::join_parts`). The templates print each figure
//! with a unit the parameter only implies (`mass = 2.063` is `2.063 M☉`), and a system's
//! components head its rows (`component1 = A`, `ra1`; `{{Starbox detail |component=α CMa A}}`):
//! both as the rendered box shows them, so the two dialects give the same facts.

use crate::ast::{Field, Infobox, Value};
use crate::rendered::infobox::component_number;
use crate::value::typed::{Quantity, Typed};

/// The unit each figure parameter is printed with.
const UNITS: &[(&str, &str)] = &[
    ("radial_v", "km/s"),
    ("prop_mo_ra", "mas/yr"),
    ("prop_mo_dec", "mas/yr"),
    ("parallax", "mas"),
    ("dist_ly", "ly"),
    ("dist_pc", "pc"),
    ("mass", "M☉"),
    ("radius", "R☉"),
    ("luminosity", "L☉"),
    ("luminosity_bolometric", "L☉"),
    ("gravity", "cgs"),
    ("temperature", "K"),
    ("metal_fe", "dex"),
    ("rotational_velocity", "km/s"),
    ("age_myr", "Myr"),
    ("age_gyr", "Gyr"),
    ("period", "d"),
];

/// The figure a value holds, typed with `unit` when it has none (`−546.01` → mas/yr).
fn with_unit(v: &mut Value, unit: &str) {
    if v.typed.is_none() {
        v.typed = crate::value::quantity::whole(&v.text).map(Typed::Quantity);
    }
    if let Some(Typed::Quantity(q)) = v.typed.as_mut() {
        if q.unit.is_none() {
            q.unit = Some(unit.to_owned());
        }
    }
}

fn quantity(f: &Field) -> Option<&Quantity> {
    match &f.value.typed {
        Some(Typed::Quantity(q)) => Some(q),
        _ => None,
    }
}

/// A part's figures with their printed units; `parallax` takes `p_error` as its
/// uncertainty, the distance in light-years its parsecs as the conversion (`8.60 ± 0.04 ly
/// (2.64 ± 0.01 pc)`). The siblings stay fields.
pub fn units(fields: &mut [Field]) {
    for f in fields.iter_mut() {
        // (numbered per component: `appmag_v1`, `mass2`)
        let name = f.label.to_ascii_lowercase();
        let base = name.trim_end_matches(|c: char| c.is_ascii_digit());
        if let Some((_, unit)) = UNITS.iter().find(|(p, _)| *p == base) {
            with_unit(&mut f.value, unit);
        }
    }
    let find = |fields: &[Field], name: &str| {
        fields
            .iter()
            .position(|f| f.label.eq_ignore_ascii_case(name))
    };
    if let (Some(p), Some(e)) = (find(fields, "parallax"), find(fields, "p_error")) {
        let error = crate::value::quantity::whole(&fields[e].value.text)
            .filter(|q| q.min == q.max && q.unit.is_none())
            .map(|q| q.min);
        if let (Some(u), Some(Typed::Quantity(q))) = (error, fields[p].value.typed.as_mut()) {
            q.uncertainty = q.uncertainty.or(Some(u));
        }
    }
    if let (Some(ly), Some(pc)) = (find(fields, "dist_ly"), find(fields, "dist_pc")) {
        let conv = quantity(&fields[pc]).cloned();
        if let (Some(c), Some(Typed::Quantity(q))) = (conv, fields[ly].value.typed.as_mut()) {
            if q.converted.is_none() {
                q.converted = Some(Box::new(c));
            }
        }
    }
}

/// `component1 = A` … `component = α CMa A`: the rows of a part that names one component
/// are that component's, numbered by its designation (the name's last word) in the order the
/// box names them, as the numbered parameters of `{{Starbox observe 2}}` are.
pub fn components(b: &mut Infobox) {
    let mut named: Vec<String> = Vec::new();
    // the numbered ones first: `component2 = B` is component 2 wherever it stands
    let mut numbered: Vec<(u8, &str)> = b
        .fields
        .iter()
        .filter(|f| f.key == "component")
        .filter_map(|f| Some((f.side?, f.value.text.as_str())))
        .collect();
    numbered.sort();
    for (_, name) in numbered {
        component_number(&mut named, name);
    }
    let mut current: Option<(Option<String>, u8)> = None;
    for f in &mut b.fields {
        if f.key == "component" && f.side.is_none() && !f.value.text.is_empty() {
            current = component_number(&mut named, &f.value.text).map(|n| (f.group.clone(), n));
        }
        match &current {
            Some((group, n)) if *group == f.group => f.side = f.side.or(Some(*n)),
            _ => current = None,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{parse, Typed};

    #[test]
    fn a_starbox_is_one_box_with_units_and_components() {
        let src = "{{Starbox begin |name=Sirius}}\n{{Starbox observe 2\n| constell = [[Canis Major]]\n| component1 = A\n| appmag_v1 = −1.46\n| component2 = B\n| appmag_v2 = 8.44\n}}\n{{Starbox astrometry\n| parallax = 379.21\n| p_error = 1.58\n| dist_ly = 8.60\n| dist_pc = 2.64\n}}\n{{Starbox detail\n| component = α CMa B\n| mass = 1.018\n}}\n{{Starbox end}}\n'''Sirius''' is the brightest star in the night sky.\n";
        let a = parse(src);
        assert_eq!(a.infoboxes.len(), 1, "the parts are one box");
        let b = &a.infoboxes[0];
        let field = |key: &str, side: Option<u8>| {
            b.fields
                .iter()
                .find(|f| f.key == key && f.side == side)
                .and_then(|f| match &f.value.typed {
                    Some(Typed::Quantity(q)) => Some(q.clone()),
                    _ => None,
                })
        };
        assert_eq!(
            field("apparent_magnitude", Some(2)).map(|q| q.min),
            Some(8.44)
        );
        let p = field("parallax", None);
        assert_eq!(p.as_ref().and_then(|q| q.unit.as_deref()), Some("mas"));
        assert_eq!(p.and_then(|q| q.uncertainty), Some(1.58));
        let d = field("distance", None).and_then(|q| q.converted);
        assert_eq!(d.and_then(|c| c.unit), Some("pc".to_owned()));
        // `component = α CMa B` is the system's second component: its rows are side 2
        let m = field("mass", Some(2));
        assert_eq!(m.and_then(|q| q.unit), Some("M☉".to_owned()));
    }
}
