//! The static complexity estimator over a corpus of snippets: every file in
//! `tests/complexity/` states the expected classes in its header,
//!
//! ```text
//! // expect ITEM: time O(..), space O(..)
//! ```
//!
//! and the estimate must match them exactly (time and extra space).
//!
//! A snippet may also name the kata target it answers,
//!
//! ```text
//! // target ITEM: time O(..), space O(..)
//! ```
//!
//! Snippets whose expected classes meet all their targets are correct and
//! optimal: they must get no complexity finding of any severity (precision).
//! The others are correct but slow: they must get at least one (recall). A
//! snippet within its bounds that is slow all the same (it walks the whole
//! input where the target grows with the output, `O(d log n)`) says so:
//!
//! ```text
//! // slow: why
//! ```
//!
//! A slow snippet whose estimate the estimator cannot be sure of (a pivot
//! that is only bad on some inputs, a recursion of a shape it does not
//! know, a helper priced on its own parameters over the target by more
//! than a log factor) says so with `// unsure: why`: it must get no finding
//! at all (a hint that may be wrong is not shown; the measurement decides)
//! and its estimate must not be certain against the target.

use kata::analysis::complexity::{self, Class};
use kata::analysis::parse;
use kata::catalog::Target;
use std::path::Path;

struct Expectation {
    item: String,
    time: Class,
    space: Class,
}

fn expectations(path: &Path, text: &str) -> Vec<Expectation> {
    header(path, text, "// expect ")
}

fn targets(path: &Path, text: &str) -> Vec<Target> {
    let mut out = Vec::new();
    for line in text.lines() {
        let Some(rest) = line.trim().strip_prefix("// target ") else {
            continue;
        };
        let (item, classes) = rest
            .split_once(": ")
            .unwrap_or_else(|| panic!("{}: bad target line `{line}`", path.display()));
        let mut time = None;
        let mut space = None;
        for part in classes.split(", ") {
            let part = part.trim();
            if let Some(t) = part.strip_prefix("time ") {
                time = Some(t.to_string());
            } else if let Some(s) = part.strip_prefix("space ") {
                space = Some(s.to_string());
            }
        }
        out.push(Target {
            item: item.trim().to_string(),
            time: time.unwrap_or_else(|| panic!("{}: no time in `{line}`", path.display())),
            space,
        });
    }
    out
}

fn header(path: &Path, text: &str, prefix: &str) -> Vec<Expectation> {
    let mut out = Vec::new();
    for line in text.lines() {
        let Some(rest) = line.trim().strip_prefix(prefix) else {
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
    // (snippets, without a finding) for optimal code; (snippets, flagged) for slow code.
    let mut optimal = (0, 0);
    let mut slow = (0, 0);
    let mut unsure_slow = 0;
    for path in &files {
        let text = std::fs::read_to_string(path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let wanted = expectations(path, &text);
        assert!(!wanted.is_empty(), "{name}: no `// expect` header");
        let tree = parse(&text);
        assert!(!tree.root_node().has_error(), "{name}: does not parse");
        let estimates = complexity::estimate(&text, &tree);
        let targets = targets(path, &text);
        if !targets.is_empty() {
            let declared_slow = text.lines().any(|l| l.trim().starts_with("// slow:"));
            let meets = !declared_slow
                && targets.iter().all(|t| {
                    let Some(want) = wanted.iter().find(|w| w.item == t.item) else {
                        panic!("{name}: target `{}` has no expect line", t.item);
                    };
                    want.time <= Class::parse(&t.time).unwrap()
                        && t.space
                            .as_deref()
                            .is_none_or(|s| want.space <= Class::parse(s).unwrap())
                });
            let findings = complexity::complexity_findings(&estimates, &targets);
            let unsure = text.lines().any(|l| l.trim().starts_with("// unsure:"));
            if unsure {
                unsure_slow += 1;
                let certain = targets.iter().any(|t| {
                    let want = Class::parse_bound(&t.time).unwrap().class;
                    complexity::find(&estimates, &t.item)
                        .is_some_and(|e| e.time_certain_against(want))
                });
                if !findings.is_empty() || certain || meets {
                    failures.push(format!(
                        "{name}: marked unsure, but it is certain, meets its targets, or has findings: {:?}",
                        findings.iter().map(|f| &f.message).collect::<Vec<_>>()
                    ));
                }
            } else if meets {
                optimal.0 += 1;
                if findings.is_empty() {
                    optimal.1 += 1;
                } else {
                    for f in &findings {
                        failures.push(format!(
                            "{name}: false alarm on optimal code: {}",
                            f.message
                        ));
                    }
                }
            } else {
                slow.0 += 1;
                if findings.is_empty() {
                    failures.push(format!("{name}: slow code not flagged"));
                } else {
                    slow.1 += 1;
                }
            }
        }
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
    println!(
        "precision: {}/{} correct-optimal snippets without a finding; recall: {}/{} correct-but-slow snippets flagged ({unsure_slow} more left to measurement)",
        optimal.1, optimal.0, slow.1, slow.0
    );
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}
