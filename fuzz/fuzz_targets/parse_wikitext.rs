//! Any UTF-8 input read as wikitext: no panic, the tree invariants and every invariant of the
//! Article (`wikiparse::check`); the infobox-only parse, which stops early, finds the same
//! infoboxes, title and redirect.
#![no_main]
use libfuzzer_sys::fuzz_target;
use wikiparse::{Dialect, Options};

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else {
        return;
    };
    let tree = wikiparse::wikitext::parse_tree(input);
    if let Err(v) = wikiparse::check::tree(input, &tree) {
        panic!("{v}");
    }
    let options = Options {
        dialect: Some(Dialect::Wikitext),
    };
    let a = wikiparse::parse_with(input, &options);
    if let Err(v) = wikiparse::check::article(input, &a) {
        panic!("{v}");
    }
    let facts = wikiparse::parse_infoboxes(input, &options);
    assert!(
        facts.infoboxes == a.infoboxes && facts.title == a.title && facts.redirect == a.redirect,
        "the infobox-only parse disagrees with the whole parse"
    );
});
