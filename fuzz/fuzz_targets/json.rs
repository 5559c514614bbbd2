//! The Article of any input serializes to valid JSON with `schema_version`, and reads back equal.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else {
        return;
    };
    let a = wikiparse::parse(input);
    let json = wikiparse::json::to_string(&a);
    let v: serde_json::Value = serde_json::from_str(&json).expect("output is JSON");
    assert_eq!(v["schema_version"], 1);
    let back: wikiparse::Article = serde_json::from_str(&json).expect("output reads back");
    assert_eq!(back, a);
});
