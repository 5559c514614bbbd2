//! What the wikitext dialect needs beyond the labels: which templates are infoboxes of which
//! kind, which parameter names carry which canonical key, which parameters are captions,
//! titles or layout. Kept as data in `wikitext.tsv`.

use crate::hash::Map as HashMap;
use std::sync::OnceLock;

const DATA: &str = include_str!("wikitext.tsv");

/// The parsed `wikitext.tsv`.
#[derive(Default)]
pub struct Wikitext {
    /// `Infobox X` name (lowercase, without `infobox `) → kind.
    pub templates: HashMap<&'static str, &'static str>,
    /// Boxes that do not start with `Infobox` (taxobox, speciesbox, chembox, …) → kind.
    pub boxes: HashMap<&'static str, &'static str>,
    /// (kind or `*`, parameter) → key.
    pub params: HashMap<(&'static str, &'static str), &'static str>,
    /// Caption parameters.
    pub captions: crate::hash::Set<&'static str>,
    /// Title parameters in order of preference.
    pub titles: Vec<&'static str>,
    /// [`Wikitext::titles`] with their rank, for one lookup per parameter instead of a scan.
    title_rank: HashMap<&'static str, usize>,
    /// Layout parameter names and suffixes.
    pub skip: Vec<&'static str>,
    /// (label parameter, value parameter) patterns, `#` standing for an optional number.
    pub pairs: Vec<Pair>,
    /// Indices of the pairs a parameter starting with each byte can match (its label head
    /// starts with that byte, or is empty), in table order.
    pairs_by_first: Vec<Vec<usize>>,
    /// Letters every infobox's name holds: `box` (of `infobox`) and the last letters of each
    /// other box's name ([`Wikitext::may_name_box`]).
    box_tails: Vec<&'static str>,
    /// The bytes a tail ends with, in either case: the only places
    /// [`Wikitext::may_name_box`] looks back from.
    tail_ends: Vec<bool>,
    /// `skip` by the last byte of each suffix: every parameter is tried against the suffixes
    /// that end as it does, not all of them.
    skip_by_last: Vec<Vec<&'static str>>,
}

/// A (label parameter, value parameter) pattern, split at its `#` once when the table is read
/// (every parameter of every box is tried against every pattern).
pub struct Pair {
    /// The label parameter before `#` (all of it when there is no `#`).
    label_head: &'static str,
    /// The label parameter after `#`.
    label_tail: &'static str,
    /// The label parameter has a `#`: a number may stand there.
    numbered: bool,
    /// The value parameter, `#` standing for the label's number.
    value: &'static str,
}

impl Pair {
    fn new(label: &'static str, value: &'static str) -> Pair {
        let (label_head, label_tail, numbered) = match label.split_once('#') {
            Some((head, tail)) => (head, tail, true),
            None => (label, "", false),
        };
        Pair {
            label_head,
            label_tail,
            numbered,
            value,
        }
    }
}

/// The table, parsed once.
pub fn get() -> &'static Wikitext {
    static W: OnceLock<Wikitext> = OnceLock::new();
    W.get_or_init(|| {
        let mut w = Wikitext::default();
        for line in DATA.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let c: Vec<&'static str> = line.split('\t').map(str::trim).collect();
            match c.as_slice() {
                ["template", name, kind] => {
                    w.templates.insert(name, kind);
                }
                ["taxobox", name, kind] => {
                    w.boxes.insert(name, kind);
                }
                ["param", kind, param, key] => {
                    w.params.insert((kind, param), key);
                }
                ["caption", p] => {
                    w.captions.insert(p);
                }
                ["title", p] => w.titles.push(p),
                ["skip", p] => w.skip.push(p),
                ["pair", label, value] if *value != "-" => w.pairs.push(Pair::new(label, value)),
                _ => {}
            }
        }
        w.box_tails = std::iter::once("infobox")
            .chain(w.boxes.keys().copied())
            .map(|name| {
                // the last run of letters and digits, which no spelling of the name can split
                let word = name
                    .rsplit(|c: char| !c.is_ascii_alphanumeric())
                    .find(|w| !w.is_empty())
                    .unwrap_or_default();
                &word[word.len().saturating_sub(3)..]
            })
            .collect();
        // (the first of duplicates keeps its rank, as a scan would find it)
        for (rank, t) in w.titles.iter().enumerate() {
            w.title_rank.entry(t).or_insert(rank);
        }
        w.pairs_by_first = vec![Vec::new(); 256];
        for (i, pair) in w.pairs.iter().enumerate() {
            match pair.label_head.as_bytes().first() {
                Some(&b) => w.pairs_by_first[usize::from(b)].push(i),
                None => w.pairs_by_first.iter_mut().for_each(|v| v.push(i)),
            }
        }
        w.skip_by_last = vec![Vec::new(); 256];
        for s in &w.skip {
            if let Some(&last) = s.as_bytes().last() {
                w.skip_by_last[usize::from(last)].push(s);
            }
        }
        w.box_tails.sort_unstable();
        w.box_tails.dedup();
        w.tail_ends = vec![false; 256];
        // (an empty tail needs no entry: `may_name_box` takes every name then)
        for &last in w.box_tails.iter().filter_map(|t| t.as_bytes().last()) {
            w.tail_ends[usize::from(last.to_ascii_lowercase())] = true;
            w.tail_ends[usize::from(last.to_ascii_uppercase())] = true;
        }
        w
    })
}

impl Wikitext {
    /// The kind of box a template key names (`infobox military conflict` →
    /// `military_conflict`), or `None` when it is not an infobox.
    pub fn infobox_kind(&self, key: &str) -> Option<String> {
        if let Some(k) = self.boxes.get(key) {
            return Some((*k).to_owned());
        }
        let rest = key.strip_prefix("infobox")?;
        if !(rest.is_empty() || rest.starts_with([' ', '/'])) {
            return None;
        }
        let rest = rest.trim_start_matches([' ', '/']).trim();
        if rest.is_empty() {
            return Some("generic".to_owned());
        }
        if let Some(k) = self.templates.get(rest) {
            return Some((*k).to_owned());
        }
        // `infobox spaceflight/ip` → `spaceflight_ip`
        Some(crate::rendered::infobox::snake(rest))
    }

    /// Whether a parameter (lowercase) is a caption parameter.
    pub fn is_caption(&self, param: &str) -> bool {
        self.captions.contains(param)
    }

    /// The preference of a title parameter (lowercase), 0 the most preferred.
    pub fn title_rank(&self, param: &str) -> Option<usize> {
        self.title_rank.get(param).copied()
    }

    /// The value parameter a label parameter names (`subdivision_type1` → `subdivision_name1`).
    pub fn value_of_label(&self, param: &str) -> Option<String> {
        let matches = |pair: &Pair| {
            let mid = param
                .strip_prefix(pair.label_head)?
                .strip_suffix(pair.label_tail)?;
            if !mid.bytes().all(|b| b.is_ascii_digit()) || !pair.numbered && !mid.is_empty() {
                return None;
            }
            Some(pair.value.replacen('#', mid, 1))
        };
        // only the pairs whose label can start as the parameter does
        match param.as_bytes().first() {
            Some(&b) => self.pairs_by_first[usize::from(b)]
                .iter()
                .find_map(|&i| matches(&self.pairs[i])),
            None => self.pairs.iter().find_map(matches),
        }
    }

    /// False only when no spelling of a template name could make [`Wikitext::infobox_kind`]
    /// of its key an infobox: an ASCII name that holds, in any case, none of the letters every
    /// box's name ends its last word with (`box`, `oup` of `paraphyletic group`). Most names
    /// (`cite web`, `sfn`, `convert`) are ruled out without building their key.
    pub fn may_name_box(&self, name: &str) -> bool {
        let b = name.as_bytes();
        if !b.is_ascii() {
            return true;
        }
        // an empty tail (sorted first) is in every name, even an empty one
        if self.box_tails.first().is_some_and(|t| t.is_empty()) {
            return true;
        }
        // names are short: one pass over their bytes, looking back only from a byte that ends
        // a tail
        b.iter().enumerate().any(|(i, &c)| {
            self.tail_ends[usize::from(c)]
                && self.box_tails.iter().any(|tail| {
                    let t = tail.as_bytes();
                    i + 1 >= t.len() && b[i + 1 - t.len()..=i].eq_ignore_ascii_case(t)
                })
        })
    }

    /// Whether a parameter only lays the box out.
    pub fn is_layout(&self, param: &str) -> bool {
        // numbered layout parameters too (`image_size2`, a kit's `body1`); but a language
        // family's `child1`, `child2` are its branches, not the embedding flag `child`
        let numbered = param.trim_end_matches(|c: char| c.is_ascii_digit());
        let param = if numbered.is_empty() || numbered == "child" {
            param
        } else {
            numbered
        };
        let Some(&last) = param.as_bytes().last() else {
            return false;
        };
        let ending = self.skip_by_last.get(usize::from(last));
        ending
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .any(|s| match param.strip_suffix(s) {
                // a car's `class` (its market segment) is no CSS class
                Some("") => *s != "class",
                Some(head) => match *s {
                    // the size of a picture (`image_size`, `logo_size`), not a river basin's or
                    // an airline fleet's
                    "size" | "width" => PICTURES.iter().any(|p| head.contains(p)),
                    // the style or class of a part of the box (`title_style`, `bodyclass`), not
                    // a building's `architectural_style` or a ship's `Ship class`
                    // (a car's `body_style` is its body, not the box's `bodystyle`)
                    "style" | "class" => {
                        head != "body_" && BOX_PARTS.iter().any(|p| head.contains(p))
                    }
                    // a colour the box is drawn in, not a person's eyes or hair
                    "color" | "colour" => !["eye", "hair", "skin", "coat", "fur", "flower"]
                        .iter()
                        .any(|p| head.contains(p)),
                    // `image_alt`, and longer names as they are (`imagesize`, `pushpin_map`)
                    _ => head.ends_with('_') || s.len() > 4,
                },
                None => false,
            })
    }
}

/// Parts of a parameter name that make its `size` a picture's.
const PICTURES: &[&str] = &[
    "image",
    "img",
    "logo",
    "map",
    "flag",
    "seal",
    "arms",
    "signature",
    "insignia",
    "icon",
    "photo",
    "picture",
    "emblem",
    "badge",
    "caption",
    "crest",
    "shield",
    "symbol",
    "banner",
    "coa",
    "mark",
    "pic",
    "upright",
];

/// Parts of a box that a `style` or `class` parameter dresses.
const BOX_PARTS: &[&str] = &[
    "image",
    "caption",
    "title",
    "header",
    "label",
    "data",
    "above",
    "below",
    "body",
    "row",
    "list",
    "sub",
    "box",
    "heading",
    "name",
    "section",
    "cell",
    "text",
    "nav",
    "table",
    "line",
    "font",
    "background",
    "border",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_names_that_cannot_be_boxes_are_ruled_out() {
        let w = get();
        for name in w
            .boxes
            .keys()
            .map(|k| k.to_string())
            .chain(w.templates.keys().map(|k| format!("Template:Infobox_{k}")))
        {
            let upper = name.to_uppercase();
            assert!(w.may_name_box(&name) && w.may_name_box(&upper), "{name}");
        }
        for name in ["INFOBOX", "Paraphyletic_group", "Taxobox", "Infobox ☺"] {
            assert!(w.may_name_box(name), "{name}");
        }
        for name in ["Cite web", "sfn", "convert", "Infobo", "Navbox"] {
            assert_eq!(w.may_name_box(name), name.contains("box"), "{name}");
        }
    }
}
