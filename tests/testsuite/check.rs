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
