//! The checked-in JSON Schema is the one the types generate.

#[test]
fn schema_matches_types() {
    let checked_in = include_str!("../../src/article.schema.json");
    let generated = wikiparse::json::schema();
    if std::env::var_os("WIKIPARSE_WRITE_SCHEMA").is_some() {
        std::fs::write(
            concat!(env!("CARGO_MANIFEST_DIR"), "/src/article.schema.json"),
            &generated,
        )
        .unwrap();
        return;
    }
    assert!(
        checked_in == generated,
        "src/article.schema.json is stale: regenerate it with `WIKIPARSE_WRITE_SCHEMA=1 cargo test schema`"
    );
}
