//! Check the Article invariants of one file read as rendered text (for minimizing failures):
//! exit 1 on a violation.
fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let s = std::fs::read_to_string(path).unwrap_or_default();
    let options = wikiparse::Options {
        dialect: Some(wikiparse::Dialect::Rendered),
    };
    let a = wikiparse::parse_with(&s, &options);
    if let Err(v) = wikiparse::check::structure(&s, &a) {
        println!("{v}");
        std::process::exit(1);
    }
}
