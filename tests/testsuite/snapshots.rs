//! The JSON of every fixture, as reviewed insta snapshots.

use crate::check;

#[test]
fn rendered_fixtures() {
    insta::glob!("../../fixtures", "{rendered,regressions}/*.txt", |path| {
        let input = std::fs::read_to_string(path).unwrap();
        let article = wikiparse::parse(&input);
        check::article(&input, &article);
        insta::assert_json_snapshot!(article);
    });
}

#[test]
fn wikitext_fixtures() {
    insta::glob!("../../fixtures", "wikitext/*.txt", |path| {
        let input = std::fs::read_to_string(path).unwrap();
        let article = wikiparse::parse(&input);
        assert_eq!(article.dialect, wikiparse::Dialect::Wikitext);
        check::article(&input, &article);
        insta::assert_json_snapshot!(article);
    });
}

/// The `--tree` JSON of the small wikitext fixtures (the large ones are covered by the oracle).
#[test]
fn wikitext_trees() {
    insta::glob!("../../fixtures", "wikitext/*.txt", |path| {
        let input = std::fs::read_to_string(path).unwrap();
        if input.len() > 8_000 {
            return;
        }
        let tree = wikiparse::wikitext::parse_tree(&input);
        insta::assert_json_snapshot!(wikiparse::wikitext::tree_json(&input, &tree.nodes));
    });
}

/// Every snapshot file belongs to a fixture: a renamed or deleted fixture leaves no stray
/// snapshot behind (what `cargo insta test --unreferenced=reject` checks, without the tool).
#[test]
fn no_stray_snapshots() {
    let root = env!("CARGO_MANIFEST_DIR");
    let dir = format!("{root}/tests/testsuite/snapshots");
    for entry in std::fs::read_dir(&dir).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        // the rendered glob spans two folders (named in the snapshot), the wikitext one a single
        let fixture = [
            ("rendered_fixtures@", ""),
            ("wikitext_fixtures@", "wikitext/"),
            ("wikitext_trees@", "wikitext/"),
        ]
        .iter()
        .find_map(|(p, folder)| {
            let rest = name.strip_prefix(&format!("testsuite__snapshots__{p}"))?;
            Some(format!(
                "{folder}{}",
                rest.trim_end_matches(".snap").replacen("__", "/", 1)
            ))
        });
        let Some(fixture) = fixture else {
            panic!("unexpected snapshot file {name}");
        };
        assert!(
            std::path::Path::new(&format!("{root}/fixtures/{fixture}")).exists(),
            "snapshot {name} has no fixture fixtures/{fixture}"
        );
    }
}
