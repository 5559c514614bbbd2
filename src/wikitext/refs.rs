//! Footnotes: `<ref>` tags and the footnote templates (`{{efn}}`, `{{sfn}}`, `{{refn}}`,
//! `{{r}}`, `{{citation needed}}`), numbered the way MediaWiki numbers them: by first use,
//! per group, a reused name keeping its label.

use super::node::*;
use super::plain::Render;
use super::templates::{self, Args};
use crate::ast::{Marker, Reference};
use crate::hash::Map as HashMap;

/// Every footnote of a page.
#[derive(Debug, Default)]
pub struct Refs {
    labels: HashMap<usize, String>,
    /// The references in order of first use.
    pub references: Vec<Reference>,
    /// Every marker in reading order.
    pub markers: Vec<Marker>,
    counters: HashMap<String, usize>,
    named: HashMap<(String, String), usize>,
    /// Render each footnote's text (off when only the labels are wanted).
    texts: bool,
    /// Inside a list of references (`{{reflist|refs=…}}`, `<references>…</references>`):
    /// a `<ref>` there defines the text of a footnote used elsewhere and shows no marker.
    defining: bool,
    /// The group of that list (`{{reflist|group=n|refs=…}}`): its `<ref>`s' group.
    list_group: String,
}

impl Refs {
    /// The label of the footnote whose node starts at byte `at`.
    pub fn label(&self, at: usize) -> Option<&str> {
        self.labels.get(&at).map(String::as_str)
    }

    fn next_label(&mut self, group: &str) -> String {
        // (the group is copied only the first time it is met)
        let n = match self.counters.get_mut(group) {
            Some(n) => {
                *n += 1;
                *n
            }
            None => {
                self.counters.insert(group.to_owned(), 1);
                1
            }
        };
        match group {
            "" => n.to_string(),
            "lower-alpha" => crate::value::footnote::alpha_label(n, b'a'),
            "upper-alpha" => crate::value::footnote::alpha_label(n, b'A'),
            "lower-roman" => roman(n),
            g => format!("{g} {n}"),
        }
    }

    /// Record a footnote at `span`: reuse by name, fill in text when first defined.
    fn add(&mut self, span: crate::span::Span, group: &str, name: Option<String>, text: String) {
        let key = name.clone().map(|n| (group.to_owned(), n));
        let index = match key.as_ref().and_then(|k| self.named.get(k)) {
            Some(&i) => {
                if self.references[i].text.is_empty() && !text.is_empty() {
                    self.references[i].text = text;
                }
                i
            }
            None => {
                let label = self.next_label(group);
                self.references.push(Reference {
                    name,
                    label: Some(label),
                    text,
                    span,
                });
                let i = self.references.len() - 1;
                if let Some(k) = key {
                    self.named.insert(k, i);
                }
                i
            }
        };
        if self.defining {
            return;
        }
        let label = self.references[index].label.clone().unwrap_or_default();
        self.mark(span, label);
    }

    fn mark(&mut self, span: crate::span::Span, label: String) {
        // several footnotes at one place (`{{r|a|b}}`) print as `[1][2]`
        let shown = self.labels.entry(span.start).or_default();
        if !shown.is_empty() {
            shown.push_str("][");
        }
        shown.push_str(&label);
        self.markers.push(Marker { label, span });
    }
}

fn roman(n: usize) -> String {
    const R: &[(usize, &str)] = &[
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ];
    let mut n = n;
    let mut s = String::new();
    for &(v, t) in R {
        while n >= v {
            s.push_str(t);
            n -= v;
        }
    }
    s
}

/// Collect the footnotes of a page in reading order.
///
/// With `texts` off the references keep empty texts: the labels and markers, which are all an
/// infobox needs, come without rendering every citation.
pub fn collect(src: &str, nodes: &[Node], texts: bool) -> Refs {
    let mut refs = Refs {
        texts,
        ..Refs::default()
    };
    walk(src, nodes, &mut refs);
    // reading order, whatever order the tree kept its parts in
    refs.markers.sort_by_key(|m| m.span.start);
    refs
}

impl Refs {
    /// A footnote's text, when texts are wanted.
    fn text(&self, src: &str, nodes: &[Node]) -> String {
        if self.texts {
            text_of(src, nodes)
        } else {
            String::new()
        }
    }
}

fn text_of(src: &str, nodes: &[Node]) -> String {
    let mut r = Render::new(src, None);
    r.links_off();
    r.nodes(nodes);
    crate::value::text::normalize_owned(r.out)
}

/// Walk a list of references: its `<ref>`s define footnotes of `group`, without markers.
fn defining(refs: &mut Refs, group: String, walk: impl FnOnce(&mut Refs)) {
    let was = std::mem::replace(&mut refs.defining, true);
    let was_group = std::mem::replace(&mut refs.list_group, group);
    walk(refs);
    refs.defining = was;
    refs.list_group = was_group;
}

/// Templates that print a page's list of footnotes.
fn is_reference_list(key: &str) -> bool {
    matches!(
        key,
        "reflist"
            | "references"
            | "notelist"
            | "notes"
            | "refs"
            | "reference list"
            | "notelist-ua"
            | "notelist-lr"
            | "notelist-ur"
            | "notelist-la"
            | "reflist-talk"
    )
}

fn walk(src: &str, nodes: &[Node], refs: &mut Refs) {
    for n in nodes {
        match n {
            Node::Tag(t) if t.name == "ref" => {
                let attrs = src.get(t.attrs.start..t.attrs.end).unwrap_or("");
                let name = super::tag::attr(attrs, "name").filter(|s| !s.is_empty());
                let group =
                    super::tag::attr(attrs, "group").unwrap_or_else(|| refs.list_group.clone());
                let text = refs.text(src, &t.children);
                refs.add(t.span, &group, name, text);
                walk(src, &t.children, refs);
            }
            Node::Template(t) => {
                let key = templates::key(src, &t.name);
                let footnote = matches!(
                    &*key,
                    "efn"
                        | "efn-la"
                        | "notetag"
                        | "efn-lr"
                        | "efn-ua"
                        | "efn-ur"
                        | "refn"
                        | "sfn"
                        | "sfnp"
                        | "harvnb sfn"
                        | "sfnm"
                        | "r"
                ) || templates::is_citation_needed(&key);
                let args = if footnote {
                    Args::of(src, t)
                } else {
                    Args::empty()
                };
                // list-defined references: `{{reflist|refs=<ref name="a">…</ref>}}`
                if is_reference_list(&key) {
                    let args = Args::of(src, t);
                    let group = match &*key {
                        "notelist" | "notes" => "lower-alpha".to_owned(),
                        "notelist-ua" => "upper-alpha".to_owned(),
                        "notelist-lr" => "lower-roman".to_owned(),
                        "notelist-ur" => "upper-roman".to_owned(),
                        _ => String::new(),
                    };
                    let group = args.named_text(src, "group").unwrap_or(group);
                    defining(refs, group, |refs| {
                        for p in &t.params {
                            walk(src, &p.value, refs);
                        }
                    });
                    continue;
                }
                match &*key {
                    "efn" | "efn-la" | "notetag" | "efn-lr" | "efn-ua" | "efn-ur" => {
                        let group = match &*key {
                            "efn-lr" => "lower-roman".to_owned(),
                            "efn-ua" => "upper-alpha".to_owned(),
                            "efn-ur" => "upper-roman".to_owned(),
                            _ => args
                                .named_text(src, "group")
                                .unwrap_or_else(|| "lower-alpha".to_owned()),
                        };
                        let text = args.pos(1).map(|v| refs.text(src, v)).unwrap_or_default();
                        refs.add(t.span, &group, args.named_text(src, "name"), text);
                    }
                    "refn" => {
                        let group = args.named_text(src, "group").unwrap_or_default();
                        let text = args.pos(1).map(|v| refs.text(src, v)).unwrap_or_default();
                        refs.add(t.span, &group, args.named_text(src, "name"), text);
                    }
                    "sfn" | "sfnp" | "harvnb sfn" | "sfnm" => {
                        let style = if key == "sfnp" {
                            templates::CiteStyle::YearOnly
                        } else {
                            templates::CiteStyle::Plain
                        };
                        let (text, name) = templates::short_footnote(src, &args, style);
                        refs.add(t.span, "", Some(name), text);
                    }
                    "r" => {
                        for k in 1..=9 {
                            let Some(v) = args.pos(k) else { break };
                            let name = text_of(src, v);
                            if !name.is_empty() {
                                refs.add(t.span, "", Some(name), String::new());
                            }
                        }
                    }
                    k if templates::is_citation_needed(k) => {
                        refs.mark(t.span, "citation needed".to_owned());
                    }
                    _ => {}
                }
                for p in &t.params {
                    walk(src, &p.value, refs);
                }
            }
            Node::Link(l) => {
                for p in &l.parts {
                    walk(src, p, refs);
                }
            }
            Node::ExternalLink(l) => walk(src, &l.text, refs),
            Node::Heading(h) => walk(src, &h.children, refs),
            Node::Tag(t) if t.name == "references" => {
                let attrs = src.get(t.attrs.start..t.attrs.end).unwrap_or("");
                let group = super::tag::attr(attrs, "group").unwrap_or_default();
                defining(refs, group, |refs| walk(src, &t.children, refs));
            }
            Node::Tag(t) => walk(src, &t.children, refs),
            Node::List(l) => walk(src, &l.items, refs),
            Node::ListItem(i) => walk(src, &i.children, refs),
            Node::Table(t) => {
                // a caption may come after rows: walk in reading order
                let mut parts: Vec<&[Node]> = t.caption.iter().map(Vec::as_slice).collect();
                parts.push(&t.outside);
                parts.extend(
                    t.rows
                        .iter()
                        .flat_map(|r| r.cells.iter().map(|c| c.children.as_slice())),
                );
                parts.sort_by_key(|p| p.first().map_or(0, |n| n.span().start));
                for p in parts {
                    walk(src, p, refs);
                }
            }
            Node::Argument(a) => {
                if let Some(d) = &a.default {
                    walk(src, d, refs);
                }
            }
            _ => {}
        }
    }
}
