//! The learner corpus: solutions to the built-in pack's katas written by
//! people other than the katas' authors, from the katas' READMEs, in many
//! idioms (`tests/complexity/katas/<kata-id>/*.rs`, each marked
//! `// learner: optimal` or `// learner: slow`; see
//! `kata::engine::corpus`). Every one passes its kata's tests. The static
//! feedback (rule and complexity findings, exactly what `kata check` and
//! the language server show) must never question an optimal solution, and
//! must keep flagging every slow one it flags today: the slow files it
//! does not flag are listed in `complexity/unflagged-slow.txt` (the
//! measured growth catches them in `kata check`), so losing ground on any
//! one file fails, and a shape learnt shows up as a line removed
//! (`UPDATE_EXPECT=1` rewrites the list). `kata prove --corpus` prints the
//! figures per kata.

use kata::catalog::Pack;
use kata::engine::corpus::{self, Expected, Tally};
use std::path::Path;

#[test]
fn static_feedback_never_questions_an_optimal_learner_solution() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("complexity/katas");
    let pack = Pack::builtin();
    let mut total = Tally::default();
    let mut wrong = Vec::new();
    let mut unflagged = Vec::new();
    for file in corpus::read(&root).unwrap() {
        let kata = pack
            .get(&file.kata)
            .unwrap_or_else(|| panic!("{}: no kata `{}` in the pack", file.name, file.kata));
        let judged =
            corpus::judge(kata, &file.text).unwrap_or_else(|e| panic!("{}: {e}", file.name));
        total.add(&judged);
        if judged.expected == Expected::Slow && !judged.is_right() {
            unflagged.push(file.name.clone());
        }
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
    unflagged.sort();
    let mut listed = unflagged.join("\n");
    listed.push('\n');
    expect_test::expect_file!["../complexity/unflagged-slow.txt"].assert_eq(&listed);
}
