//! Every value parser on any text: no panic, and sane results (`wikiparse::check::values`:
//! finite bounds, dates shaped `YYYY[-MM[-DD]]`, coordinates in range, markers on brackets).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    if let Err(v) = wikiparse::check::values(s) {
        panic!("{v}");
    }
});
