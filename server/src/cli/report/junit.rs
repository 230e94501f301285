//! `--format junit`: one testsuite per kata. Its first testcase,
//! `kata::status`, carries the verdict (it fails unless the kata is
//! solved); then one per check (rules, build, each graded item, measured
//! growth) and one per test.

use crate::engine::outcome::{GrowthVerdict, ItemEstimateState, Measurement, Standing};
use crate::engine::{CheckOutcome, TestOutcome};
use quick_junit::{NonSuccessKind, Report, TestCase, TestCaseStatus, TestSuite};

enum Case {
    Pass,
    Skip,
    Fail { kind: &'static str, message: String },
}

pub fn render(outcomes: &[CheckOutcome]) -> String {
    let mut doc = Report::new("kata");
    for o in outcomes {
        let mut suite = TestSuite::new(o.id.as_str());
        let mut add = |name: &str, case: Case| {
            let status = match case {
                Case::Pass => TestCaseStatus::success(),
                Case::Skip => TestCaseStatus::skipped(),
                Case::Fail { kind, message } => {
                    let mut s = TestCaseStatus::non_success(NonSuccessKind::Failure);
                    s.set_message(message).set_type(kind);
                    s
                }
            };
            let mut case = TestCase::new(name, status);
            case.set_classname(format!("kata.{}", o.id));
            suite.add_test_case(case);
        };
        add(
            "kata::status",
            if o.solved() {
                Case::Pass
            } else {
                Case::Fail {
                    kind: o.status.as_str(),
                    message: o.headline.clone(),
                }
            },
        );
        let rules: Vec<String> = o
            .findings
            .iter()
            .filter(|f| !f.code.starts_with("complexity/"))
            .map(|f| {
                let l = &f.location;
                format!(
                    "{}:{}:{} [{}] {}",
                    l.file, l.line, l.column, f.code, f.message
                )
            })
            .collect();
        add(
            "check::rules",
            if rules.is_empty() {
                Case::Pass
            } else {
                Case::Fail {
                    kind: "rules",
                    message: rules.join("\n"),
                }
            },
        );
        let build: Vec<String> = o
            .compile_errors
            .iter()
            .map(|e| e.rendered.clone())
            .chain(o.problem.clone())
            .collect();
        add(
            "check::build",
            if build.is_empty() {
                Case::Pass
            } else {
                Case::Fail {
                    kind: "build",
                    message: build.join("\n"),
                }
            },
        );
        for c in &o.complexity {
            // Only a certain estimate over its target fails: an upper bound
            // is no finding, and the measurement decides (as the verdict).
            let case = match (&c.estimate, o.standing_of(c)) {
                (_, Standing::Meets | Standing::UpperBound | Standing::MeasuredWithin) => {
                    Case::Pass
                }
                (ItemEstimateState::Estimated { derivation, .. }, Standing::Exceeds) => {
                    Case::Fail {
                        kind: "complexity",
                        message: format!("{}\n{}", c.summary(), derivation.join("\n")),
                    }
                }
                _ => Case::Skip,
            };
            add(&format!("complexity::{}", c.item), case);
        }
        if let Measurement::Measured(g) = &o.measurement {
            let case = match g.verdict {
                GrowthVerdict::Pass => Case::Pass,
                GrowthVerdict::TooSlow => Case::Fail {
                    kind: "complexity",
                    message: g.summary.clone(),
                },
                GrowthVerdict::Inconclusive | GrowthVerdict::Error => Case::Skip,
            };
            add("complexity::measured-growth", case);
        }
        for t in &o.test_results {
            let name = format!("{}::{}", t.target, t.name);
            let case = match t.outcome {
                TestOutcome::Passed => Case::Pass,
                TestOutcome::Ignored => Case::Skip,
                other => Case::Fail {
                    kind: other.as_str(),
                    message: t.message.clone().unwrap_or_default(),
                },
            };
            add(&name, case);
        }
        doc.add_test_suite(suite);
    }
    doc.to_string().expect("junit serialises") + "\n"
}
