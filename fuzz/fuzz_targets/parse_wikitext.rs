//! Any UTF-8 input read as wikitext: no panic, the tree invariants and every invariant of the
//! Article (`wikiparse::check`).
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
    let a = wikiparse::parse_with(
        input,
        &Options {
            dialect: Some(Dialect::Wikitext),
        },
    );
    if let Err(v) = wikiparse::check::article(input, &a) {
        panic!("{v}");
    }
});
