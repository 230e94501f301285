//! The static complexity estimator over a corpus of snippets: every file in
//! `tests/complexity/` states the expected classes in its header,
//!
//! ```text
//! // expect ITEM: time O(..), space O(..)
//! ```
//!
//! and the estimate must match them exactly (time and extra space).

use kata::analysis::complexity::{self, Class};
use kata::analysis::parse;
use std::path::Path;

struct Expectation {
    item: String,
    time: Class,
    space: Class,
}

fn expectations(path: &Path, text: &str) -> Vec<Expectation> {
    let mut out = Vec::new();
    for line in text.lines() {
        let Some(rest) = line.trim().strip_prefix("// expect ") else {
            continue;
        };
        let (item, classes) = rest
            .split_once(": ")
            .unwrap_or_else(|| panic!("{}: bad expect line `{line}`", path.display()));
        let mut time = None;
        let mut space = None;
        for part in classes.split(',') {
            let part = part.trim();
            if let Some(t) = part.strip_prefix("time ") {
                time = Some(Class::parse(t).unwrap());
            } else if let Some(s) = part.strip_prefix("space ") {
                space = Some(Class::parse(s).unwrap());
            }
        }
        out.push(Expectation {
            item: item.trim().to_string(),
            time: time.unwrap_or_else(|| panic!("{}: no time in `{line}`", path.display())),
            space: space.unwrap_or_else(|| panic!("{}: no space in `{line}`", path.display())),
        });
    }
    out
}

#[test]
fn the_estimator_matches_every_snippet_of_the_corpus() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("complexity");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .collect();
    files.sort();
    assert!(
        files.len() >= 40,
        "the corpus should hold at least 40 snippets, found {}",
        files.len()
    );
    let mut checked = 0;
    let mut failures = Vec::new();
    for path in &files {
        let text = std::fs::read_to_string(path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let wanted = expectations(path, &text);
        assert!(!wanted.is_empty(), "{name}: no `// expect` header");
        let tree = parse(&text);
        assert!(!tree.root_node().has_error(), "{name}: does not parse");
        let estimates = complexity::estimate(&text, &tree);
        for want in wanted {
            checked += 1;
            let Some(got) = estimates.iter().find(|e| e.item == want.item) else {
                failures.push(format!("{name}: no item `{}`", want.item));
                continue;
            };
            if got.time != want.time || got.space != want.space {
                let steps: Vec<String> = got
                    .steps
                    .iter()
                    .chain(&got.space_steps)
                    .map(|s| format!("    {}", s.text))
                    .collect();
                failures.push(format!(
                    "{name}: `{}` expected time {}, space {}; estimated time {}, space {}\n{}",
                    want.item,
                    want.time,
                    want.space,
                    got.time,
                    got.space,
                    steps.join("\n")
                ));
            }
        }
    }
    println!(
        "complexity corpus: {} snippets, {checked} items, {} mismatches",
        files.len(),
        failures.len()
    );
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}
