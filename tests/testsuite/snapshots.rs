//! The JSON of every fixture, as reviewed insta snapshots.

use crate::check;

#[test]
fn rendered_fixtures() {
    insta::glob!("../../fixtures", "{rendered,regressions}/*.txt", |path| {
        let input = std::fs::read_to_string(path).unwrap();
        let article = wikiparse::parse(&input);
        check::article(&input, &article);
        insta::assert_json_snapshot!(article);
    });
}
