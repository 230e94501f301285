//! Fixed outcomes for snapshot tests: one kata of each status.

use super::outcome::*;

fn loc(file: &str, line: usize, column: usize) -> Location {
    Location {
        file: file.into(),
        line,
        column,
        end_line: line,
        end_column: column + 8,
        bytes: None,
    }
}

fn base(id: &str, status: Status, decided_by: DecidedBy, headline: &str) -> CheckOutcome {
    CheckOutcome {
        id: id.into(),
        title: format!("Title of {id}"),
        status,
        decided_by,
        headline: headline.into(),
        note: None,
        crate_dir: id.into(),
        timeout_secs: 10,
        tests: TestCounts {
            passed: 2,
            failed: 0,
            ignored: 0,
        },
        findings: Vec::new(),
        compile_errors: Vec::new(),
        test_results: vec![
            TestCase {
                target: "t".into(),
                name: "empty".into(),
                outcome: TestOutcome::Passed,
                message: None,
                panic_location: None,
            },
            TestCase {
                target: "t".into(),
                name: "pairs".into(),
                outcome: TestOutcome::Passed,
                message: None,
                panic_location: None,
            },
        ],
        problem: None,
        complexity: vec![TargetCheck {
            item: "pair_sum".into(),
            target_time: "O(n)".into(),
            target_space: Some("O(n)".into()),
            estimate: ItemEstimateState::Estimated {
                time: "O(n)".into(),
                space: "O(n)".into(),
                confidence: "high".into(),
                time_ok: true,
                space_ok: true,
                time_gap_is_log_only: false,
                time_certain: true,
                space_certain: true,
                derivation: vec!["line 3: `for x in nums` ×n".into()],
            },
            location: Some(loc("src/lib.rs", 3, 8)),
        }],
        measurement: Measurement::Measured(growth(GrowthVerdict::Pass, 1.01)),
        checked_at: 0,
    }
}

fn growth(verdict: GrowthVerdict, slope: f64) -> MeasuredGrowth {
    MeasuredGrowth {
        verdict,
        grows_like: None,
        slope: Some(slope),
        expected: "O(n)".into(),
        expected_exponent: Some(1.0),
        measure: "time".into(),
        sizes: vec![256, 512],
        reason: None,
        summary: format!("measured n^{slope:.2} (O(n) time, n = 256..512)"),
        points: vec![
            GrowthPoint { n: 256, cost: 1000 },
            GrowthPoint { n: 512, cost: 2000 },
        ],
    }
}

/// One kata of each status.
pub fn fixed_outcomes() -> Vec<CheckOutcome> {
    let mut solved = base(
        "pair-sum",
        Status::Solved,
        DecidedBy::AllChecks,
        "solved: 2/2 tests pass, targets met",
    );
    // An estimate over its target that is only an upper bound: no finding,
    // and every format shows it as such (not as a failure).
    solved.complexity.push(TargetCheck {
        item: "pairs_within".into(),
        target_time: "O(n)".into(),
        target_space: Some("O(1)".into()),
        estimate: ItemEstimateState::Estimated {
            time: "O(n^2)".into(),
            space: "O(1)".into(),
            confidence: "medium".into(),
            time_ok: false,
            space_ok: true,
            time_gap_is_log_only: false,
            time_certain: false,
            space_certain: true,
            derivation: vec![
                "line 9: `while lo < hi` ×n (assumed)".into(),
                "line 10: `while hi < v.len()` ×n".into(),
            ],
        },
        location: Some(loc("src/lib.rs", 8, 8)),
    });
    let mut too_slow = base(
        "two-sum",
        Status::TooSlow,
        DecidedBy::Measurement,
        "2/2 tests pass · too slow: grows like n^1.98, target O(n)",
    );
    too_slow.measurement = Measurement::Measured(growth(GrowthVerdict::TooSlow, 1.98));
    too_slow.findings.push(Finding {
        location: Location {
            bytes: Some(ByteRange { start: 79, end: 89 }),
            ..loc("src/lib.rs", 4, 5)
        },
        severity: Severity::Warning,
        code: "complexity/nested-loop".into(),
        message: "`for j` ×n inside `for i` ×n: O(n^2), target O(n)".into(),
    });
    let mut failing = base(
        "lru-cache",
        Status::Failing,
        DecidedBy::Tests,
        "failing: 1/2 tests pass",
    );
    failing.tests.passed = 1;
    failing.tests.failed = 1;
    failing.test_results[1].outcome = TestOutcome::Failed;
    failing.test_results[1].message =
        Some("test `pairs` failed: assertion failed\nexpected: [1]\nactual:   []".into());
    failing.test_results[1].panic_location = Some(loc("tests/t.rs", 9, 5));
    failing.measurement = Measurement::NotRun;
    let mut broken = base(
        "min-heap",
        Status::DoesNotCompile,
        DecidedBy::Build,
        "does not compile: 1 error",
    );
    broken.tests = TestCounts::default();
    broken.test_results.clear();
    broken.compile_errors.push(CompileError {
        location: Some(loc("src/lib.rs", 2, 9)),
        code: Some("E0308".into()),
        message: "mismatched types".into(),
        rendered: "error[E0308]: mismatched types\n --> min-heap/src/lib.rs:2:9\n  |\n2 |         1u8\n  |         ^^^ expected `i32`, found `u8`\n".into(),
    });
    broken.complexity[0].estimate = ItemEstimateState::NotJudged;
    broken.measurement = Measurement::NotRun;
    vec![solved, too_slow, failing, broken]
}
