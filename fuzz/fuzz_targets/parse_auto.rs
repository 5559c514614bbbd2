//! Bytes → `&str` (invalid UTF-8 rejected, as the CLI does) → detected dialect: every invariant.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else {
        return;
    };
    let a = wikiparse::parse(input);
    if let Err(v) = wikiparse::check::article(input, &a) {
        panic!("{v}");
    }
});
