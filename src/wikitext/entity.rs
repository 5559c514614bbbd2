//! Character references: `&nbsp;`, `&mdash;`, `&#8211;`, `&#x2013;`.

use super::node::{Entity, Node};
use super::parser::Parser;
use crate::span::Span;

/// The character(s) a reference name stands for (any HTML5 name, case-sensitive).
pub fn named(name: &str) -> Option<&'static str> {
    let names = super::entity_names::NAMED;
    names
        .binary_search_by(|(n, _)| n.as_bytes().cmp(name.as_bytes()))
        .ok()
        .map(|i| names[i].1)
}

/// Decode the reference starting at `i` (`&`): its end and value.
pub fn decode(b: &[u8], i: usize) -> Option<(usize, String)> {
    let rest = b.get(i + 1..(i + 34).min(b.len()))?;
    let semi = rest.iter().position(|&c| c == b';')?;
    let body = std::str::from_utf8(&rest[..semi]).ok()?;
    let end = i + 1 + semi + 1;
    let value = if let Some(num) = body.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse::<u32>().ok()?,
        };
        char::from_u32(code).filter(|c| *c != '\0')?.to_string()
    } else {
        if !body.bytes().all(|c| c.is_ascii_alphanumeric()) {
            return None;
        }
        named(body)?.to_owned()
    };
    Some((end, value))
}

/// Handle `&` at `i`.
pub(crate) fn at(p: &mut Parser, i: usize) -> usize {
    match decode(p.bytes(), i) {
        Some((end, value)) => p.emit(Node::Entity(Entity {
            span: Span::new(i, end),
            value,
        })),
        None => i + 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(s: &str) -> Option<String> {
        decode(s.as_bytes(), 0).map(|(end, v)| {
            assert_eq!(end, s.len(), "{s}");
            v
        })
    }

    #[test]
    fn every_html5_name_numbers_and_non_references() {
        for (s, want) in [
            ("&nbsp;", "\u{a0}"),
            ("&eta;", "η"),
            ("&Psi;", "Ψ"),
            ("&fnof;", "ƒ"),
            ("&rarr;", "→"),
            ("&CounterClockwiseContourIntegral;", "∳"),
            ("&#8211;", "–"),
            ("&#x2013;", "–"),
        ] {
            assert_eq!(value(s).as_deref(), Some(want), "{s}");
        }
        for s in ["&bogus;", "&ETA;", "&#0;", "&#xD800;", "&amp", "& amp;"] {
            assert_eq!(decode(s.as_bytes(), 0), None, "{s}");
        }
        // the table is sorted for the binary search
        let names = super::super::entity_names::NAMED;
        assert!(names
            .windows(2)
            .all(|w| w[0].0.as_bytes() < w[1].0.as_bytes()));
    }
}
