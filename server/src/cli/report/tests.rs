//! One snapshot per format over the same fixed outcomes (one kata of each
//! status), and the committed JSON Schema kept in step with the types.
//! `UPDATE_EXPECT=1 cargo test` rewrites them after a deliberate change.

use super::render;
use crate::cli::Format;
use crate::engine::fixtures::fixed_outcomes;
use crate::engine::outcome::Report;
use expect_test::{expect_file, ExpectFile};

fn check(format: Format, expect: ExpectFile) {
    expect.assert_eq(&render(format, &fixed_outcomes()));
}

#[test]
fn human() {
    check(Format::Human, expect_file!["snapshots/human.txt"]);
}

#[test]
fn json() {
    check(Format::Json, expect_file!["snapshots/json.json"]);
}

#[test]
fn junit() {
    check(Format::Junit, expect_file!["snapshots/junit.xml"]);
}

#[test]
fn sarif() {
    let out =
        render(Format::Sarif, &fixed_outcomes()).replace(env!("CARGO_PKG_VERSION"), "VERSION");
    expect_file!["snapshots/sarif.json"].assert_eq(&out);
}

#[test]
fn github() {
    check(Format::Github, expect_file!["snapshots/github.txt"]);
}

#[test]
fn json_round_trips() {
    let outcomes = fixed_outcomes();
    let text = render(Format::Json, &outcomes);
    let back: Report = serde_json::from_str(&text).unwrap();
    assert_eq!(back.katas, outcomes);
}

/// docs/report.schema.json is generated from the types: regenerate it with
/// `UPDATE_EXPECT=1 cargo test -p kata report::tests::schema`.
#[test]
fn schema_is_up_to_date() {
    expect_file!["../../../../docs/report.schema.json"].assert_eq(&super::json::schema());
}
