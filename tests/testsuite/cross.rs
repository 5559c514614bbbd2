//! The same article written in both dialects gives the same facts: every field of the rendered
//! page's infobox has a wikitext field with the same key (and side), and every typed value the
//! rendered page gives, the wikitext gives too. Pairs in `fixtures/cross/` (the wikitext from
//! the corpus, the rendered form written by hand as en.wikipedia shows the page).

use serde_json::Value as J;
use wikiparse::{Dialect, Field};

fn typed(f: &Field) -> Vec<J> {
    let mut out: Vec<J> = f
        .value
        .typed
        .iter()
        .map(|t| serde_json::to_value(t).unwrap())
        .collect();
    if out.is_empty() {
        out = f
            .value
            .items
            .iter()
            .filter_map(|i| i.typed.as_ref())
            .map(|t| serde_json::to_value(t).unwrap())
            .collect();
    }
    out
}

#[test]
fn both_dialects_give_the_same_facts() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/cross");
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| {
            let n = e.unwrap().file_name().to_string_lossy().into_owned();
            n.strip_suffix(".rendered.txt").map(str::to_owned)
        })
        .collect();
    names.sort();
    assert!(names.len() >= 3, "at least three articles in both dialects");
    let mut problems = Vec::new();
    for name in &names {
        let r_src = std::fs::read_to_string(format!("{dir}/{name}.rendered.txt")).unwrap();
        let w_src = std::fs::read_to_string(format!("{dir}/{name}.wikitext.txt")).unwrap();
        let r = wikiparse::parse(&r_src);
        let w = wikiparse::parse(&w_src);
        assert_eq!(
            r.dialect,
            Dialect::Rendered,
            "{name}: rendered form detected"
        );
        assert_eq!(w.dialect, Dialect::Wikitext, "{name}: wikitext detected");
        let (rb, wb) = (&r.infoboxes[0], &w.infoboxes[0]);
        assert_eq!(rb.kind, wb.kind, "{name}: same kind of box");
        let mut checked = 0;
        for rf in &rb.fields {
            let same: Vec<&Field> = wb
                .fields
                .iter()
                .filter(|wf| wf.key == rf.key && wf.side == rf.side)
                .collect();
            if same.is_empty() {
                problems.push(format!(
                    "{name}: `{}` (side {:?}) missing from the wikitext",
                    rf.key, rf.side
                ));
                continue;
            }
            let want = typed(rf);
            if !want.is_empty() && !same.iter().any(|wf| typed(wf) == want) {
                problems.push(format!(
                    "{name}: `{}` typed {want:?} ≠ {:?}",
                    rf.key,
                    same.iter().map(|f| typed(f)).collect::<Vec<_>>()
                ));
            }
            checked += usize::from(!want.is_empty());
        }
        assert!(checked >= 1, "{name}: at least one typed value compared");
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// A wikitext parameter named like a rendered key of its template (`num_employees`, `gross`)
/// keeps that key: remapping it would give the two dialects different keys for one fact.
#[test]
fn a_parameter_named_like_a_rendered_key_keeps_it() {
    let lexicon = concat!(env!("CARGO_MANIFEST_DIR"), "/src/lexicon/");
    let read = |f: &str| std::fs::read_to_string(format!("{lexicon}{f}")).unwrap();
    let rendered: std::collections::HashSet<(String, String)> = read("labels.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let c: Vec<&str> = l.split('\t').collect();
            (c.len() >= 3).then(|| (c[0].to_owned(), c[2].to_owned()))
        })
        .collect();
    let remapped: Vec<String> = read("wikitext.tsv")
        .lines()
        .filter_map(|l| {
            let c: Vec<&str> = l.split('\t').collect();
            let named_like_a_key = c.len() >= 4
                && c[0] == "param"
                && rendered.contains(&(c[1].to_owned(), c[2].to_owned()));
            (named_like_a_key && c[2] != c[3]).then(|| l.to_owned())
        })
        .collect();
    assert!(remapped.is_empty(), "{remapped:#?}");
}
