//! The built-in katas' rules over learners' solutions that once tripped
//! them: `tests/complexity/katas/<kata-id>/*.rs` are complete `src/lib.rs`
//! files headed `// learner: optimal` (correct and within every target) or
//! `// learner: slow`. An optimal file must get no rule finding: a rule
//! that fires on correct code is a false alarm. Slow files are counted (a
//! rule that still catches them is good) but the complexity estimate and
//! the measurement are what must flag them, so they are not required to.

use kata::analysis::{self, CompiledRules};
use kata::catalog::Pack;
use kata::engine::corpus;
use std::path::Path;

#[test]
fn no_rule_fires_on_an_optimal_learner_solution() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("complexity/katas");
    let pack = Pack::builtin();
    let mut failures = Vec::new();
    let (mut clean, mut optimal_files, mut caught, mut slow_files) = (0, 0, 0, 0);
    for file in corpus::read(&root).unwrap() {
        let (id, name, text) = (&file.kata, &file.name, &file.text);
        let kata = pack
            .get(id)
            .unwrap_or_else(|| panic!("{name}: no kata `{id}` in the pack"));
        let (rules, errors) = CompiledRules::compile(&kata.spec);
        assert!(errors.is_empty(), "{id}: {errors:?}");
        let is_optimal = corpus::expected(text).unwrap_or_else(|e| panic!("{name}: {e}"))
            == corpus::Expected::Optimal;
        let tree = analysis::parse(text);
        assert!(!tree.root_node().has_error(), "{name}: does not parse");
        let findings: Vec<_> = analysis::check(
            text,
            &tree,
            &rules,
            &analysis::complexity::estimate(text, &tree),
        )
        .into_iter()
        .filter(|f| f.code.starts_with("rule/"))
        .collect();
        if is_optimal {
            optimal_files += 1;
            if findings.is_empty() {
                clean += 1;
            }
            for f in &findings {
                let line = text[..f.range.start].lines().count().max(1);
                failures.push(format!(
                    "{name}:{line}: {} on optimal code: `{}`",
                    f.code,
                    &text[f.range.clone()]
                ));
            }
        } else {
            slow_files += 1;
            caught += usize::from(!findings.is_empty());
        }
    }
    println!(
        "kata rules: {clean}/{optimal_files} optimal solutions without a rule finding; {caught}/{slow_files} slow ones caught by a rule"
    );
    assert!(
        optimal_files > 0,
        "no optimal solution under {}",
        root.display()
    );
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}
