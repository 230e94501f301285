//! `kata new ID`: the files of a new kata, each a working skeleton with
//! `TODO` marks, so that `kata verify` guides the author to green: it names
//! what is still missing (a reference that does not pass, a naive solution
//! that meets its target, too few tests, an empty section of the prompt).
//! Pure: the files as (path, text); the CLI writes them.

/// `my-kata` → `my_kata` (the crate's library name and the function).
fn snake(id: &str) -> String {
    id.replace('-', "_")
}

/// The files of a new kata, relative to its directory.
pub fn files(id: &str) -> Vec<(String, String)> {
    let f = snake(id);
    let title = id.replace('-', " ");
    let kata_toml = format!(
        r#"id = "{id}"
title = "TODO: a title for {title}"
difficulty = "easy"                  # easy | medium | hard
topics = ["TODO"]
seed = "TODO: where the idea comes from"

# One [[target]] per graded function or method (`Type::method`).
[[target]]
item = "{f}"
time = "O(n)"
space = "O(1)"

# Rules are tree-sitter queries over the learner's src/lib.rs; the capture
# @violation is the range reported. This one forbids sorting.
[[rule]]
id = "no-sort"
query = '''
(call_expression
  function: (field_expression field: (field_identifier) @m)
  (#match? @m "^sort")) @violation
'''
message = "TODO: say why this shortcut misses the point of the kata."
severity = "warning"

# Hints are revealed one at a time: from a nudge to the idea.
[[hint]]
text = "TODO: a first nudge."

[[hint]]
text = "TODO: the key idea."

[[hint]]
text = "TODO: the idea, nearly spelled out."

# Measured growth: probe.rs builds inputs of size n and calls the solution.
[probe]
expect = "O(n)"
"#
    );
    let readme = format!(
        "# TODO: {title}\n\nTODO: the problem, in your own words.\n\n## Examples\n\n```rust\nassert_eq!({f}(&[1, 2, 3]), 6);\n```\n\n## Constraints\n\n- TODO: input sizes, value ranges, edge cases.\n\n## Target complexity (graded: `{f}`)\n\nO(n) time, O(1) extra space.\n\n## Interview follow-ups\n\n- TODO: a question that extends the problem.\n"
    );
    let starter = format!(
        "/// TODO: what `{f}` returns.\npub fn {f}(values: &[i64]) -> i64 {{\n    todo!(\"{f}({{values:?}})\")\n}}\n"
    );
    let reference = format!(
        "/// The optimal solution (hidden from the learner until solved).\npub fn {f}(values: &[i64]) -> i64 {{\n    // TODO: the optimal solution; `kata verify` runs the tests on it.\n    let _ = values;\n    todo!()\n}}\n"
    );
    let naive = format!(
        "/// A correct but slower solution: `kata verify` checks that the\n/// complexity feedback flags it.\npub fn {f}(values: &[i64]) -> i64 {{\n    // TODO: correct, but too slow for the target.\n    let _ = values;\n    todo!()\n}}\n"
    );
    let tests = format!(
        "use {f}::{f};\n\n#[test]\nfn small_example() {{\n    assert_eq!({f}(&[1, 2, 3]), 6);\n}}\n\n#[test]\nfn empty_input() {{\n    // TODO: what an empty input gives.\n    assert_eq!({f}(&[]), 0);\n}}\n\n// TODO: at least 8 tests (`kata verify --strict`): edge cases, large input.\n"
    );
    let probe = format!(
        "use crate::Rng;\nuse {f}::{f};\n\npub struct Input {{\n    values: Vec<i64>,\n}}\n\n/// An input of size n, the worst case for the solution.\npub fn build(n: usize, rng: &mut Rng) -> Input {{\n    Input {{ values: (0..n).map(|_| rng.range_i64(-1000, 1000)).collect() }}\n}}\n\n/// One call; the return value is black-boxed (or counted with `measure = \"ops\"`).\npub fn run(input: Input) -> u64 {{\n    {f}(&input.values) as u64\n}}\n"
    );
    vec![
        ("kata.toml".into(), kata_toml),
        ("README.md".into(), readme),
        ("src/lib.rs".into(), starter),
        (format!("tests/{f}.rs"), tests),
        ("solution/reference.rs".into(), reference),
        ("solution/naive.rs".into(), naive),
        ("probe.rs".into(), probe),
    ]
}

/// A kata id is lowercase words joined by `-`.
pub fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|w| {
            !w.is_empty()
                && w.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
        && id.starts_with(|c: char| c.is_ascii_lowercase())
}
