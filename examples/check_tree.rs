//! Check the tree invariants of one file (for minimizing failures): exit 1 on a violation.
fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let s = std::fs::read_to_string(path).unwrap_or_default();
    let t = wikiparse::wikitext::parse_tree(&s);
    if let Err(v) = wikiparse::check::tree(&s, &t) {
        println!("{v}");
        std::process::exit(1);
    }
}
