//! Test-side wrapper around [`wikiparse::check`]: a violation fails the test with the input.

use wikiparse::Article;

/// Panic with the violation and a prefix of the input.
#[track_caller]
pub fn article(input: &str, a: &Article) {
    if let Err(v) = wikiparse::check::article(input, a) {
        let head: String = input.chars().take(200).collect();
        panic!("invariant broken: {v}\ninput starts: {head:?}");
    }
}

/// The wikitext corpus pages (`fixtures/wikitext/corpus/`, MANIFEST order), then the `.txt`
/// fixtures of each of `dirs` under `fixtures/`.
pub fn corpus_and_fixtures(dirs: &[&str]) -> Vec<String> {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
    let manifest = std::fs::read_to_string(format!("{root}/wikitext/corpus/MANIFEST.tsv")).unwrap();
    let mut paths: Vec<String> = manifest
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split('\t').next())
        .map(|p| format!("{root}/wikitext/corpus/{p}"))
        .collect();
    assert_eq!(paths.len(), 181);
    for dir in dirs {
        for entry in std::fs::read_dir(format!("{root}/{dir}")).unwrap() {
            let p = entry.unwrap().path();
            if p.extension().is_some_and(|x| x == "txt") {
                paths.push(p.display().to_string());
            }
        }
    }
    paths
}
