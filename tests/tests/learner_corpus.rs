//! The learner corpus: solutions to the built-in pack's katas written by
//! people other than the katas' authors, from the katas' READMEs, in many
//! idioms (`tests/complexity/katas/<kata-id>/*.rs`, each marked
//! `// learner: optimal` or `// learner: slow`; see
//! `kata::engine::corpus`). Every one passes its kata's tests. The static
//! feedback (rule and complexity findings, exactly what `kata check` and
//! the language server show) must never question an optimal solution, and
//! must flag at least `RECALL_FLOOR` of the slow ones; the measured growth
//! catches the rest (`kata check`), so the floor guards against losing
//! ground, and `kata prove --corpus` prints the figures per kata.

use kata::catalog::Pack;
use kata::engine::corpus::{self, Expected, Tally};
use std::path::Path;

/// Static recall measured on the corpus (326 of 466), with a little room;
/// raise it as the estimator learns shapes. Round 9 added slow files that
/// only a measurement can see (a pivot poor on what earlier partitions
/// left, equal samples), so the share fell from 72.5% (259 of 357) while
/// every earlier slow file stayed flagged. Round 13 (65 slow files, 41
/// flagged statically: several sizes read as one n, probes' blind spots)
/// brought it to 69.0% (529 of 767), again with every earlier one kept.
const RECALL_FLOOR: f64 = 0.68;

#[test]
fn static_feedback_never_questions_an_optimal_learner_solution() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("complexity/katas");
    let pack = Pack::builtin();
    let mut total = Tally::default();
    let mut wrong = Vec::new();
    for file in corpus::read(&root).unwrap() {
        let kata = pack
            .get(&file.kata)
            .unwrap_or_else(|| panic!("{}: no kata `{}` in the pack", file.name, file.kata));
        let judged =
            corpus::judge(kata, &file.text).unwrap_or_else(|e| panic!("{}: {e}", file.name));
        total.add(&judged);
        if judged.expected == Expected::Optimal && !judged.is_right() {
            wrong.push(format!(
                "{}:\n    {}",
                file.name,
                judged.findings.join("\n    ")
            ));
        }
    }
    println!(
        "learner corpus: precision {}/{} optimal solutions without a finding; recall {}/{} slow solutions flagged ({:.1}%)",
        total.clean,
        total.optimal,
        total.flagged,
        total.slow,
        100.0 * total.recall()
    );
    assert!(
        total.optimal >= 150,
        "at least 150 optimal solutions, found {}",
        total.optimal
    );
    assert!(
        total.slow >= 60,
        "at least 60 slow solutions, found {}",
        total.slow
    );
    assert!(
        wrong.is_empty(),
        "false alarms on optimal code:\n{}",
        wrong.join("\n")
    );
    assert!(
        total.recall() >= RECALL_FLOOR,
        "static recall {:.3} fell below {RECALL_FLOOR}",
        total.recall()
    );
}
