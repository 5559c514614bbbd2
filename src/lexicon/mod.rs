//! The label lexicon: what the common English infobox templates display, as data.
//!
//! `labels.tsv` lists, template by template and in display order, each label with its canonical
//! key and a hint (`date`, `quantity`, `place`, `text`, `line` for one-line values, `any`, `group` for
//! header rows, `table` for career-table headers, `block`
//! for labels that open a repeated block such as `In office`). The order matters: a label lost in
//! flattening is inferred from the labels around it. Adding a template is a data change.

pub mod wikitext;
pub mod words;

use crate::hash::Map as HashMap;
use crate::value::Hint;
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
    /// Index of `kind` in [`Lexicon::kinds`].
    pub kind_id: usize,
}

impl Entry {
    /// The typing hint for values of this label.
    pub fn value_hint(&self) -> Hint {
        Hint::from_name(self.hint)
    }

    /// The key this label carries in a box of `kind`: another template's namespaced key
    /// (`ship_notes`, `building_type`) loses its namespace there (`notes`, `type`), since the
    /// label names the plain thing in any other box.
    pub fn key_in(&self, kind: &str) -> &'static str {
        if self.kind != kind {
            if let Some(rest) = self
                .key
                .strip_prefix(self.kind)
                .and_then(|r| r.strip_prefix('_'))
            {
                return rest;
            }
        }
        self.key
    }

    /// A header row rather than a field (`table` groups head a career table).
    pub fn is_group(&self) -> bool {
        matches!(self.hint, "group" | "table" | "matrix")
    }

    /// A label that opens a repeated block (`In office`).
    pub fn is_block(&self) -> bool {
        self.hint == "block"
    }

    /// Each side of a conflict (an election's party) gets its own value (`belligerents`,
    /// `strength`, `party`, …).
    pub fn is_per_side(&self) -> bool {
        is_side_key(self.key)
            || (self.kind == "election" && !matches!(self.key, "turnout" | "registered"))
    }
}

/// Keys whose values are a conflict's sides, one per belligerent (`combatant1`, `strength2`).
pub fn is_side_key(key: &str) -> bool {
    matches!(
        key,
        "belligerents" | "commanders" | "units" | "strength" | "casualties"
    )
}

/// The parsed lexicon with a lookup by lowercase label.
pub struct Lexicon {
    /// Every entry, in file order.
    pub entries: Vec<Entry>,
    /// Distinct labels, lowercased, with the entries that display them.
    labels: Vec<(String, Vec<usize>)>,
    /// For each of `labels`, the entry a box of another kind takes ([`consensus`]).
    fallback: Vec<usize>,
    /// Indexes into `labels` by the first byte of the lowercased label: lookups and prefix
    /// matches compare bytes in place, with no allocation per line.
    by_first: Vec<Vec<usize>>,
    /// Template kinds in file order.
    pub kinds: Vec<&'static str>,
    /// `* chronology` and `Singles from *`: labels that embed a name.
    patterns: Vec<usize>,
}

/// The lexicon, parsed once.
pub fn get() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let mut entries = Vec::new();
        let mut order = HashMap::<&str, usize>::default();
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
                kind_id: 0,
            });
        }
        let mut by_label: HashMap<String, Vec<usize>> = HashMap::default();
        let mut order: Vec<String> = Vec::new();
        let mut kinds: Vec<&'static str> = Vec::new();
        for e in &mut entries {
            e.kind_id = match kinds.iter().position(|k| *k == e.kind) {
                Some(i) => i,
                None => {
                    kinds.push(e.kind);
                    kinds.len() - 1
                }
            };
        }
        let mut patterns = Vec::new();
        for (i, e) in entries.iter().enumerate() {
            if e.label.starts_with('*') || e.label.ends_with('*') {
                patterns.push(i);
                continue;
            }
            let lower = e.label.to_lowercase();
            if !by_label.contains_key(&lower) {
                order.push(lower.clone());
            }
            by_label.entry(lower).or_default().push(i);
        }
        let labels: Vec<(String, Vec<usize>)> = order
            .into_iter()
            .map(|l| {
                let ids = by_label.remove(&l).unwrap_or_default();
                (l, ids)
            })
            .collect();
        let fallback = labels
            .iter()
            .map(|(_, ids)| consensus(&entries, ids))
            .collect();
        let mut by_first: Vec<Vec<usize>> = vec![Vec::new(); 256];
        for (i, (l, _)) in labels.iter().enumerate() {
            if let Some(&b) = l.as_bytes().first() {
                by_first[usize::from(b)].push(i);
            }
        }
        // longest first: a prefix match can stop at its first hit, a lookup can bisect lengths
        for bucket in &mut by_first {
            bucket.sort_by_key(|&i| std::cmp::Reverse(labels[i].0.len()));
        }
        Lexicon {
            entries,
            labels,
            fallback,
            by_first,
            kinds,
            patterns,
        }
    })
}

impl Lexicon {
    /// Entries whose label is exactly `label` (case-insensitive, trailing `:` ignored).
    pub fn lookup(&self, label: &str) -> &[usize] {
        self.label_index(label)
            .map_or(&[], |i| self.labels[i].1.as_slice())
    }

    /// The index in `labels` of `label` (case-insensitive, trailing `:` ignored); a plural
    /// mark no template of the table writes (`Operator(s)`) is looked up without it.
    fn label_index(&self, label: &str) -> Option<usize> {
        let l = label.trim().trim_end_matches(':').trim_end();
        self.exact_index(l).or_else(|| {
            l.strip_suffix("(s)")
                .or_else(|| l.strip_suffix("(es)"))
                .and_then(|stem| self.exact_index(stem.trim_end()))
        })
    }

    /// [`Lexicon::label_index`] of a label as written.
    fn exact_index(&self, l: &str) -> Option<usize> {
        let first = l.as_bytes().first().map(u8::to_ascii_lowercase);
        let bucket = first.and_then(|b| self.by_first.get(usize::from(b)))?;
        let from = bucket.partition_point(|&i| self.labels[i].0.len() > l.len());
        bucket[from..]
            .iter()
            .copied()
            .take_while(|&i| self.labels[i].0.len() == l.len())
            .find(|&i| {
                self.labels[i]
                    .0
                    .as_bytes()
                    .eq_ignore_ascii_case(l.as_bytes())
            })
    }

    /// Labels that could start `text` (same first letter, ignoring ASCII case), as indexes
    /// into `labels`.
    fn candidates(&self, text: &str) -> impl Iterator<Item = usize> + '_ {
        let first = text.as_bytes().first().map(u8::to_ascii_lowercase);
        first
            .and_then(|b| self.by_first.get(usize::from(b)))
            .into_iter()
            .flatten()
            .copied()
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

    /// The entry for `label` preferring template `kind`; in a box of a kind that does not
    /// print it, the entry most templates agree on (see `consensus`).
    pub fn best(&self, label: &str, kind: Option<&str>) -> Option<&Entry> {
        let l = self.label_index(label)?;
        self.labels[l]
            .1
            .iter()
            .map(|&i| &self.entries[i])
            .find(|e| Some(e.kind) == kind)
            .or_else(|| self.entries.get(self.fallback[l]))
    }

    /// The longest label that starts `line`, for glued labels (`Date12 January 1918`).
    ///
    /// Returns the entry and the label's byte length in `line`.
    pub fn prefix(&self, line: &str, kind: Option<&str>) -> Option<(&Entry, usize)> {
        // buckets hold the longest labels first: the first match is the longest
        for l in self.candidates(line) {
            let (lower, ids) = &self.labels[l];
            let n = lower.len();
            if n > line.len() || !line.is_char_boundary(n) {
                continue;
            }
            let head = &line[..n];
            if !lower.as_bytes().eq_ignore_ascii_case(head.as_bytes()) {
                continue;
            }
            // glued labels keep their displayed case: `GenreSupernatural` is not `Genres`
            let found = ids
                .iter()
                .map(|&j| &self.entries[j])
                .filter(|e| same_case(e.label, head));
            let mut first = None;
            for e in found {
                if Some(e.kind) == kind {
                    return Some((e, n));
                }
                first = first.or(Some(e));
            }
            // the consensus entry when it is displayed in this case too
            let agreed = &self.entries[self.fallback[l]];
            if let Some(e) = first {
                return Some((
                    if same_case(agreed.label, head) {
                        agreed
                    } else {
                        e
                    },
                    n,
                ));
            }
        }
        None
    }

    /// The entry a label names at this point of a box: a template that prints one label in
    /// several blocks (a tennis player's `Career record` under `Singles`, then under
    /// `Doubles`) lists it once a block, and the block read last (`after`, the display order
    /// reached) tells which; any other label is its own entry.
    pub fn twin_after(&'static self, e: &'static Entry, after: usize) -> &'static Entry {
        let mut twins = self
            .lookup(e.label)
            .iter()
            .map(|&i| &self.entries[i])
            .filter(|t| t.kind == e.kind);
        let first = twins.next().unwrap_or(e);
        std::iter::once(first)
            .chain(twins)
            .find(|t| t.order > after)
            .unwrap_or(first)
    }

    /// Entries of one template kind in display order.
    pub fn template<'s>(&'s self, kind: &'s str) -> impl Iterator<Item = &'s Entry> + 's {
        self.entries.iter().filter(move |e| e.kind == kind)
    }
}

/// Of the entries displaying one label, the first of those whose key, its template's
/// namespace dropped ([`Entry::key_in`]), most templates share: `Type` is a settlement's
/// `government_type` but the `type` of nine others, and so a galaxy's `Type` is `type`.
fn consensus(entries: &[Entry], ids: &[usize]) -> usize {
    let plain = |i: usize| entries[i].key_in("");
    let votes = |k: &str| ids.iter().filter(|&&j| plain(j) == k).count();
    let mut best = (0, ids.first().copied().unwrap_or(0));
    for &i in ids {
        let n = votes(plain(i));
        if n > best.0 {
            best = (n, i);
        }
    }
    best.1
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
    fn a_label_printed_in_several_blocks_names_the_block_reached() {
        let lex = get();
        let first = lex.best("Career record", Some("person"));
        let Some(first) = first else {
            panic!("no Career record");
        };
        assert_eq!(first.key, "singles_record");
        let order = |l: &str| lex.best(l, Some("person")).map_or(0, |e| e.order);
        assert_eq!(
            lex.twin_after(first, order("Singles")).key,
            "singles_record"
        );
        assert_eq!(
            lex.twin_after(first, order("Doubles")).key,
            "doubles_record"
        );
        assert_eq!(
            lex.twin_after(first, order("Mixed doubles")).key,
            "mixed_record"
        );
        // past the last block, and a label printed once, stay as they are
        assert_eq!(lex.twin_after(first, usize::MAX).key, "singles_record");
        let Some(born) = lex.best("Born", Some("person")) else {
            panic!("no Born");
        };
        assert_eq!(lex.twin_after(born, usize::MAX).key, "born");
    }

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
            .prefix("Preceded byJames Buchanan", Some("officeholder"))
            .map(|(e, n)| (e.key, n))
            .unwrap_or(("", 0));
        assert_eq!((e, n), ("predecessor", 11));
        // a box of no known kind takes the key most templates give the label
        let (e, n) = lex
            .prefix("Preceded byJames Buchanan", None)
            .map(|(e, n)| (e.key, n))
            .unwrap_or(("", 0));
        assert_eq!((e, n), ("preceded_by", 11));
        let key = |label: &str, kind: &str| lex.best(label, Some(kind)).map(|e| e.key);
        assert_eq!(key("Type", "settlement"), Some("government_type"));
        assert_eq!(key("Type", "star"), Some("type"));
        // a plural mark the table does not write is looked up without it
        assert_eq!(key("Curator(s)", "museum"), Some("curator"));
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
