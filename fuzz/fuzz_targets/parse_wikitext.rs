//! Any UTF-8 input read as wikitext: no panic, every invariant of `wikiparse::check`.
#![no_main]
use libfuzzer_sys::fuzz_target;
use wikiparse::{Dialect, Options};

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else {
        return;
    };
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
