//! The label lexicon: what the common English infobox templates display, as data.
//!
//! `labels.tsv` lists, template by template and in display order, each label with its canonical
//! key and a hint (`date`, `quantity`, `place`, `text`, `line` for one-line values, `any`, `group` for
//! header rows, `table` for career-table headers, `block`
//! for labels that open a repeated block such as `In office`). The order matters: a label lost in
//! flattening is inferred from the labels around it. Adding a template is a data change.

use crate::value::Hint;
use std::collections::HashMap;
use std::sync::OnceLock;

const LABELS: &str = include_str!("labels.tsv");

/// One displayed label of one template.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The template kind (`military_conflict`).
    pub kind: &'static str,
    /// The label as displayed (`Commanders and leaders`).
    pub label: &'static str,
    /// Canonical key (`commanders`).
    pub key: &'static str,
    /// Hint column as written.
    pub hint: &'static str,
    /// Value shape used to infer this label when it is lost (`date`, `angle`, `result`, …).
    pub shape: &'static str,
    /// Position in the template's display order.
    pub order: usize,
}

impl Entry {
    /// The typing hint for values of this label.
    pub fn value_hint(&self) -> Hint {
        Hint::from_name(self.hint)
    }

    /// A header row rather than a field (`table` groups head a career table).
    pub fn is_group(&self) -> bool {
        matches!(self.hint, "group" | "table")
    }

    /// A label that opens a repeated block (`In office`).
    pub fn is_block(&self) -> bool {
        self.hint == "block"
    }

    /// Each side of a conflict gets its own value (`belligerents`, `strength`, …).
    pub fn is_per_side(&self) -> bool {
        matches!(
            self.key,
            "belligerents" | "commanders" | "units" | "strength" | "casualties"
        )
    }
}

/// The parsed lexicon with a lookup by lowercase label.
pub struct Lexicon {
    /// Every entry, in file order.
    pub entries: Vec<Entry>,
    by_label: HashMap<String, Vec<usize>>,
    /// `* chronology` and `Singles from *`: labels that embed a name.
    patterns: Vec<usize>,
    /// Longest label in bytes, to bound prefix matching.
    pub max_len: usize,
}

/// The lexicon, parsed once.
pub fn get() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let mut entries = Vec::new();
        let mut order = HashMap::<&str, usize>::new();
        for line in LABELS.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut cols = line.split('\t');
            let (Some(kind), Some(label), Some(key)) = (cols.next(), cols.next(), cols.next())
            else {
                continue;
            };
            let hint = cols.next().unwrap_or("any");
            let shape = cols.next().unwrap_or("").trim();
            let n = order.entry(kind).or_default();
            *n += 1;
            entries.push(Entry {
                kind,
                label,
                key,
                hint,
                shape,
                order: *n,
            });
        }
        let mut by_label: HashMap<String, Vec<usize>> = HashMap::new();
        let mut max_len = 0;
        let mut patterns = Vec::new();
        for (i, e) in entries.iter().enumerate() {
            if e.label.starts_with('*') || e.label.ends_with('*') {
                patterns.push(i);
                continue;
            }
            by_label.entry(e.label.to_lowercase()).or_default().push(i);
            max_len = max_len.max(e.label.len());
        }
        Lexicon {
            entries,
            by_label,
            patterns,
            max_len,
        }
    })
}

impl Lexicon {
    /// Entries whose label is exactly `label` (case-insensitive, trailing `:` ignored).
    pub fn lookup(&self, label: &str) -> &[usize] {
        let l = label.trim().trim_end_matches(':').trim_end().to_lowercase();
        self.by_label.get(&l).map_or(&[], Vec::as_slice)
    }

    /// A pattern entry (`* chronology`) matching the whole of `text`.
    pub fn pattern(&self, text: &str) -> Option<&Entry> {
        let t = text.trim();
        self.patterns.iter().map(|&i| &self.entries[i]).find(|e| {
            if let Some(suffix) = e.label.strip_prefix('*') {
                t.len() > suffix.len() && t.ends_with(suffix)
            } else if let Some(prefix) = e.label.strip_suffix('*') {
                t.len() > prefix.len() && t.starts_with(prefix)
            } else {
                false
            }
        })
    }

    /// The entry for `label` preferring template `kind`.
    pub fn best(&self, label: &str, kind: Option<&str>) -> Option<&Entry> {
        let ids = self.lookup(label);
        ids.iter()
            .map(|&i| &self.entries[i])
            .find(|e| Some(e.kind) == kind)
            .or_else(|| ids.first().map(|&i| &self.entries[i]))
    }

    /// The longest label that starts `line`, for glued labels (`Date12 January 1918`).
    ///
    /// Returns the entry and the label's byte length in `line`.
    pub fn prefix(&self, line: &str, kind: Option<&str>) -> Option<(&Entry, usize)> {
        let mut best: Option<(&Entry, usize)> = None;
        for (i, _) in line
            .char_indices()
            .skip(1)
            .chain(std::iter::once((line.len(), ' ')))
        {
            if i > self.max_len + 1 {
                break;
            }
            let head = &line[..i];
            if head.ends_with(|c: char| c.is_whitespace() || c == ':') {
                continue;
            }
            // glued labels keep their displayed case: `GenreSupernatural` is not `Genres`
            let found = self
                .lookup(head)
                .iter()
                .map(|&j| &self.entries[j])
                .filter(|e| same_case(e.label, head));
            let mut found: Vec<&Entry> = found.collect();
            found.sort_by_key(|e| Some(e.kind) != kind);
            if let Some(e) = found.first() {
                best = Some((e, i));
            }
        }
        best
    }

    /// Entries of one template kind in display order.
    pub fn template<'s>(&'s self, kind: &'s str) -> impl Iterator<Item = &'s Entry> + 's {
        self.entries.iter().filter(move |e| e.kind == kind)
    }
}

/// Equal except for the case of the first letter.
fn same_case(label: &str, text: &str) -> bool {
    let mut a = label.chars();
    let mut b = text.chars();
    match (a.next(), b.next()) {
        (Some(x), Some(y)) => x.to_lowercase().eq(y.to_lowercase()) && a.as_str() == b.as_str(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexicon_parses_and_finds_glued_labels() {
        let lex = get();
        assert!(lex.entries.len() > 300);
        let (e, n) = lex
            .prefix("Date12 January 1918", None)
            .map(|(e, n)| (e.key, n))
            .unwrap_or(("", 0));
        assert_eq!((e, n), ("date", 4));
        let (e, n) = lex
            .prefix("Preceded byJames Buchanan", None)
            .map(|(e, n)| (e.key, n))
            .unwrap_or(("", 0));
        assert_eq!((e, n), ("predecessor", 11));
        assert!(lex.prefix("Bolshevik victory:", None).is_none());
        let genre = lex
            .prefix("GenreSupernatural drama", Some("television"))
            .map(|(e, n)| (e.label, n));
        assert_eq!(genre, Some(("Genre", 5)));
        for e in &lex.entries {
            assert!(
                !e.key.is_empty()
                    && e.key
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'),
                "{e:?}"
            );
        }
    }
}
