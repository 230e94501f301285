//! One snapshot per format over the same fixed outcomes (one kata of each
//! status), and the committed JSON Schema kept in step with the types.
//! `UPDATE_EXPECT=1 cargo test` rewrites them after a deliberate change.

use super::render;
use crate::cli::Format;
use crate::engine::fixtures::fixed_outcomes;
use crate::engine::outcome::Report;
use expect_test::{expect_file, ExpectFile};

/// The fixtures' source files: the too-slow kata's nested loop.
fn sources(crate_dir: &str, file: &str) -> Option<String> {
    (crate_dir == "two-sum" && file == "src/lib.rs").then(|| {
        "pub fn pair_sum(v: &[i64]) -> bool {\n    for i in v {\n        for j in v {\n    for k in v { if i + j + k == 0 { return true; } }\n        }\n    }\n    false\n}\n"
            .to_string()
    })
}

fn plain(format: Format) -> String {
    anstream::adapter::strip_str(&render(format, &fixed_outcomes(), &sources)).to_string()
}

fn check(format: Format, expect: ExpectFile) {
    expect.assert_eq(&plain(format));
}

#[test]
fn human() {
    check(Format::Human, expect_file!["snapshots/human.txt"]);
}

/// `-q`: only the verdict lines and the tally.
#[test]
fn human_quiet() {
    let quiet = super::human::verdicts(&fixed_outcomes());
    expect_file!["snapshots/human-quiet.txt"]
        .assert_eq(&anstream::adapter::strip_str(&quiet).to_string());
}

/// With colour on, the status marks are coloured (the plain snapshot above
/// is this with the styles stripped).
#[test]
fn human_in_colour() {
    let styled = render(Format::Human, &fixed_outcomes(), &sources);
    assert!(
        styled.contains("\u{1b}[1m\u{1b}[32m✔\u{1b}[0m") || styled.contains("\u{1b}[32m\u{1b}[1m✔"),
        "{styled:?}"
    );
    assert!(
        styled.contains("\u{1b}[33m"),
        "too slow is yellow: {styled:?}"
    );
    assert_eq!(
        anstream::adapter::strip_str(&styled).to_string(),
        plain(Format::Human)
    );
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
    let out = plain(Format::Sarif).replace(env!("CARGO_PKG_VERSION"), "VERSION");
    expect_file!["snapshots/sarif.json"].assert_eq(&out);
}

#[test]
fn github() {
    check(Format::Github, expect_file!["snapshots/github.txt"]);
}

#[test]
fn json_round_trips() {
    let outcomes = fixed_outcomes();
    let text = plain(Format::Json);
    let back: Report = serde_json::from_str(&text).unwrap();
    assert_eq!(back.katas, outcomes);
}

/// docs/report.schema.json is generated from the types: regenerate it with
/// `UPDATE_EXPECT=1 cargo test -p kata report::tests::schema`.
#[test]
fn schema_is_up_to_date() {
    expect_file!["../../../../docs/report.schema.json"].assert_eq(&super::json::schema());
}
