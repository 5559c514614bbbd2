//! Character references: `&nbsp;`, `&mdash;`, `&#8211;`, `&#x2013;`.

use super::node::{Entity, Node};
use super::parser::Parser;
use crate::span::Span;

/// Named references that occur in articles (HTML 4 plus the ones editors use most).
const NAMED: &[(&str, &str)] = &[
    ("nbsp", "\u{a0}"),
    ("amp", "&"),
    ("lt", "<"),
    ("gt", ">"),
    ("quot", "\""),
    ("apos", "'"),
    ("ndash", "–"),
    ("mdash", "—"),
    ("minus", "−"),
    ("hellip", "…"),
    ("thinsp", "\u{2009}"),
    ("ensp", "\u{2002}"),
    ("emsp", "\u{2003}"),
    ("zwj", "\u{200d}"),
    ("zwnj", "\u{200c}"),
    ("lrm", "\u{200e}"),
    ("rlm", "\u{200f}"),
    ("shy", "\u{ad}"),
    ("times", "×"),
    ("divide", "÷"),
    ("plusmn", "±"),
    ("deg", "°"),
    ("prime", "′"),
    ("Prime", "″"),
    ("middot", "·"),
    ("bull", "•"),
    ("copy", "©"),
    ("reg", "®"),
    ("trade", "™"),
    ("sect", "§"),
    ("para", "¶"),
    ("laquo", "«"),
    ("raquo", "»"),
    ("lsquo", "‘"),
    ("rsquo", "’"),
    ("ldquo", "“"),
    ("rdquo", "”"),
    ("sbquo", "‚"),
    ("bdquo", "„"),
    ("dagger", "†"),
    ("Dagger", "‡"),
    ("frac12", "½"),
    ("frac14", "¼"),
    ("frac34", "¾"),
    ("sup1", "¹"),
    ("sup2", "²"),
    ("sup3", "³"),
    ("micro", "µ"),
    ("cent", "¢"),
    ("pound", "£"),
    ("euro", "€"),
    ("yen", "¥"),
    ("curren", "¤"),
    ("larr", "←"),
    ("rarr", "→"),
    ("uarr", "↑"),
    ("darr", "↓"),
    ("harr", "↔"),
    ("infin", "∞"),
    ("asymp", "≈"),
    ("ne", "≠"),
    ("le", "≤"),
    ("ge", "≥"),
    ("iexcl", "¡"),
    ("iquest", "¿"),
    ("ordm", "º"),
    ("ordf", "ª"),
    ("aacute", "á"),
    ("eacute", "é"),
    ("iacute", "í"),
    ("oacute", "ó"),
    ("uacute", "ú"),
    ("agrave", "à"),
    ("egrave", "è"),
    ("ograve", "ò"),
    ("auml", "ä"),
    ("ouml", "ö"),
    ("uuml", "ü"),
    ("Auml", "Ä"),
    ("Ouml", "Ö"),
    ("Uuml", "Ü"),
    ("szlig", "ß"),
    ("ccedil", "ç"),
    ("ntilde", "ñ"),
    ("oslash", "ø"),
    ("aring", "å"),
    ("aelig", "æ"),
    ("alpha", "α"),
    ("beta", "β"),
    ("gamma", "γ"),
    ("delta", "δ"),
    ("pi", "π"),
    ("mu", "μ"),
    ("sigma", "σ"),
    ("omega", "ω"),
    ("lambda", "λ"),
    ("theta", "θ"),
];

/// The character(s) a reference name stands for.
pub fn named(name: &str) -> Option<&'static str> {
    NAMED.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
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
