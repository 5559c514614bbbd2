//! Chemical boxes (`{{Chembox}}`, `{{Drugbox}}`): the element counts that make the formula
//! (`C=8 | H=10 | N=4 | O=2` → `C8H10N4O2`) and the temperatures given as bare numbers
//! (`MeltingPtC = 235` → `235 °C (455 °F; 508 K)`), printed as the box prints them.

use super::node::Node;
use super::plain;
use crate::ast::{Field, Value};
use crate::span::Span;

/// The symbols of the elements, in order.
const ELEMENTS: &[&str] = &[
    "H", "He", "Li", "Be", "B", "C", "N", "O", "F", "Ne", "Na", "Mg", "Al", "Si", "P", "S", "Cl",
    "Ar", "K", "Ca", "Sc", "Ti", "V", "Cr", "Mn", "Fe", "Co", "Ni", "Cu", "Zn", "Ga", "Ge", "As",
    "Se", "Br", "Kr", "Rb", "Sr", "Y", "Zr", "Nb", "Mo", "Tc", "Ru", "Rh", "Pd", "Ag", "Cd", "In",
    "Sn", "Sb", "Te", "I", "Xe", "Cs", "Ba", "La", "Ce", "Pr", "Nd", "Pm", "Sm", "Eu", "Gd", "Tb",
    "Dy", "Ho", "Er", "Tm", "Yb", "Lu", "Hf", "Ta", "W", "Re", "Os", "Ir", "Pt", "Au", "Hg", "Tl",
    "Pb", "Bi", "Po", "At", "Rn", "Fr", "Ra", "Ac", "Th", "Pa", "U", "Np", "Pu", "Am", "Cm", "Bk",
    "Cf", "Es", "Fm", "Md", "No", "Lr", "Rf", "Db", "Sg", "Bh", "Hs", "Mt", "Ds", "Rg", "Cn", "Nh",
    "Fl", "Mc", "Lv", "Ts", "Og",
];

/// Whether parameter `param` is an element's symbol (`C`, `Cl`).
pub fn is_element(param: &str) -> bool {
    ELEMENTS.contains(&param.trim())
}

/// `C = 8`: how many atoms of the element, when the value is a positive count.
pub fn element_count(text: &str) -> Option<u32> {
    text.trim().parse().ok().filter(|&n| n > 0)
}

/// The element counts of a box, gathered into one `formula` field where the first one was.
#[derive(Debug, Default)]
pub struct Formula {
    parts: Vec<(String, u32)>,
    span: Option<Span>,
    at: usize,
    group: Option<String>,
}

impl Formula {
    /// Count `n` atoms of `symbol`, from the parameter at `span`; `at` is where its field
    /// would have gone among the fields.
    pub fn add(&mut self, symbol: &str, n: u32, span: Span, at: usize, group: Option<String>) {
        if self.parts.is_empty() {
            self.at = at;
            self.group = group;
        }
        self.parts.push((symbol.trim().to_owned(), n));
        self.span = Some(self.span.map_or(span, |s| s.join(span)));
    }

    /// Put the `formula` field in its place (nothing when no element was counted). The
    /// symbols keep the order the box gives them (the Hill order, by convention).
    pub fn insert_into(self, fields: &mut Vec<Field>) {
        let Some(span) = self.span else { return };
        let text: String = self
            .parts
            .iter()
            .map(|(s, n)| {
                if *n == 1 {
                    s.clone()
                } else {
                    format!("{s}{n}")
                }
            })
            .collect();
        let label = self
            .parts
            .iter()
            .map(|(s, _)| s.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        let field = Field {
            key: "formula".to_owned(),
            label,
            inferred: false,
            side: None,
            group: self.group,
            value: Value {
                text,
                footnotes: Vec::new(),
                items: Vec::new(),
                typed: None,
                links: Vec::new(),
                span,
            },
            span,
        };
        fields.insert(self.at.min(fields.len()), field);
    }
}

/// `meltingptc` → (`melting_point`, `C`): a temperature parameter of a chemical box.
pub fn temperature(param: &str) -> Option<(&'static str, char)> {
    const POINTS: &[(&str, &str)] = &[
        ("meltingpt", "melting_point"),
        ("boilingpt", "boiling_point"),
        ("flashpt", "flash_point"),
        ("autoignitionpt", "autoignition_point"),
    ];
    let unit = match param.chars().last()? {
        'c' => 'C',
        'f' => 'F',
        'k' => 'K',
        _ => return None,
    };
    let stem = &param[..param.len() - 1];
    POINTS
        .iter()
        .find(|(p, _)| *p == stem)
        .map(|(_, key)| (*key, unit))
}

/// The printed temperature of a temperature parameter's value, when it is a bare number.
pub fn temperature_text(src: &str, value: &[Node], unit: char) -> Option<String> {
    super::convert::temperature(&plain::text(src, value), unit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temperatures_print_in_three_units() {
        let t = |v: &str, u| super::super::convert::temperature(v, u);
        assert_eq!(t("235", 'C').as_deref(), Some("235 °C (455 °F; 508 K)"));
        assert_eq!(
            t("-77.7", 'C').as_deref(),
            Some("−77.7 °C (−107.9 °F; 195.5 K)")
        );
        assert_eq!(t("451", 'F').as_deref(), Some("451 °F (233 °C; 506 K)"));
        assert_eq!(t("about 3", 'C'), None);
        assert_eq!(temperature("meltingptc"), Some(("melting_point", 'C')));
        assert_eq!(temperature("boilingptk"), Some(("boiling_point", 'K')));
        assert_eq!(temperature("meltingpt_notes"), None);
    }

    #[test]
    fn element_counts() {
        assert!(is_element("C") && is_element("Cl"));
        assert!(!is_element("X"));
        assert_eq!(element_count("8"), Some(8));
        assert_eq!(element_count(" 2 "), Some(2));
        assert_eq!(element_count(""), None);
        assert_eq!(element_count("two"), None);
    }
}
