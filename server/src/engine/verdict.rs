//! The verdict: one status for a checked kata, decided here and nowhere
//! else. Pure: the facts of a check in, the status, what decided it and
//! the learner's one-line headline out. The rule is the table in
//! docs/complexity.md ("The verdict"); `tests::every_row_of_the_table`
//! walks it row by row.

use crate::catalog::RuleCost;

use super::outcome::{
    measurement_vouches, DecidedBy, GrowthVerdict, ItemEstimateState, Measurement, Status,
    TargetCheck, TestCounts,
};

/// The facts a verdict is decided from.
#[derive(Debug, Clone)]
pub struct Facts<'a> {
    /// The crate did not build, or the build could not run.
    pub build_failed: bool,
    pub compile_errors: usize,
    /// Why the build or the tests could not run, if they could not.
    pub problem: Option<&'a str>,
    pub tests: TestCounts,
    /// Tests that ran out of time (libtest names): a timeout is most often
    /// a solution too slow for a large input, so the headline names it
    /// rather than leaving it among the failures.
    pub timed_out: Vec<&'a str>,
    /// Ids of the error-severity rule findings (a rule of the kata, or a
    /// dependency on another crate).
    pub rule_errors: Vec<&'a str>,
    /// Warning-severity findings of the kata's cost rules (`cost = "time"`
    /// or `"space"` in kata.toml): each says the solution costs more than a
    /// target.
    pub cost_rules: Vec<CostRule<'a>>,
    pub complexity: &'a [TargetCheck],
    pub measurement: &'a Measurement,
}

/// A cost rule that found something: its id and the target it says is
/// exceeded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CostRule<'a> {
    pub id: &'a str,
    pub cost: RuleCost,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    pub status: Status,
    pub decided_by: DecidedBy,
    pub headline: String,
    /// The estimate and the measurement disagree: both, and which decided.
    pub note: Option<String>,
}

/// What the static estimate holds against the solution: what exceeds,
/// whether only by a log factor in time, and whether the exceeding class is
/// certain (high confidence and a tight derivation: then it is also a
/// warning in the editor, and the verdict agrees with it).
struct Exceeds<'a> {
    check: &'a TargetCheck,
    time: bool,
    space: bool,
    log_only: bool,
    time_certain: bool,
    space_certain: bool,
}

fn exceeds(complexity: &[TargetCheck]) -> Vec<Exceeds<'_>> {
    complexity
        .iter()
        .filter_map(|check| match &check.estimate {
            ItemEstimateState::Estimated {
                time_ok,
                space_ok,
                time_gap_is_log_only,
                time_certain,
                space_certain,
                ..
            } if !(*time_ok && *space_ok) => Some(Exceeds {
                check,
                time: !time_ok,
                space: !space_ok,
                log_only: *time_gap_is_log_only,
                time_certain: *time_certain,
                space_certain: *space_certain,
            }),
            _ => None,
        })
        .collect()
}

/// `pair_sum is O(n^2) time, target O(n)`.
fn describe(e: &Exceeds, time: bool) -> String {
    let ItemEstimateState::Estimated {
        time: t, space: s, ..
    } = &e.check.estimate
    else {
        return e.check.item.clone();
    };
    if time {
        format!(
            "{} is {t} time, target {}",
            e.check.item, e.check.target_time
        )
    } else {
        format!(
            "{} uses {s} extra space, target {}",
            e.check.item,
            e.check.target_space.as_deref().unwrap_or("?")
        )
    }
}

pub fn decide(facts: &Facts) -> Verdict {
    let t = facts.tests;
    let ran = t.passed + t.failed;
    let tally = format!("{}/{} tests pass", t.passed, ran);
    let verdict = |status, decided_by, headline: String| Verdict {
        status,
        decided_by,
        headline,
        note: None,
    };
    // Row 1: the build.
    if facts.build_failed {
        let headline = match (facts.compile_errors, facts.problem) {
            (0, Some(problem)) => format!("does not compile: {problem}"),
            (0, None) => "does not compile".to_string(),
            (1, _) => "does not compile: 1 error".to_string(),
            (n, _) => format!("does not compile: {n} errors"),
        };
        return verdict(Status::DoesNotCompile, DecidedBy::Build, headline);
    }
    // Row 2: the tests.
    if let Some(problem) = facts.problem {
        return verdict(
            Status::Failing,
            DecidedBy::Tests,
            format!("failing: the tests could not run: {problem}"),
        );
    }
    if ran == 0 {
        return verdict(
            Status::Failing,
            DecidedBy::Tests,
            "failing: no test ran".to_string(),
        );
    }
    if t.failed > 0 {
        let timed_out = match facts.timed_out.as_slice() {
            [] => String::new(),
            [one] => format!(" · `{one}` timed out"),
            [first, rest @ ..] => format!(" · `{first}` and {} more timed out", rest.len()),
        };
        return verdict(
            Status::Failing,
            DecidedBy::Tests,
            format!("failing: {tally}{timed_out}"),
        );
    }
    // Row 3: the kata's rules.
    if let Some(rule) = facts.rule_errors.first() {
        return verdict(
            Status::Failing,
            DecidedBy::Rule,
            format!("{tally} · failing: breaks the rule `{rule}`"),
        );
    }
    let over = exceeds(facts.complexity);
    let growth = facts.measurement.growth();
    let measured_verdict = growth.map(|g| g.verdict);
    // Row 4: measured growth that is too slow is never solved.
    if let Some(g) = growth.filter(|g| g.verdict == GrowthVerdict::TooSlow) {
        let grows_like = match (&g.grows_like, g.slope) {
            (Some(class), _) => class.clone(),
            (None, Some(s)) => format!("n^{s:.2}"),
            (None, None) => "n^?".to_string(),
        };
        return verdict(
            Status::TooSlow,
            DecidedBy::Measurement,
            format!(
                "{tally} · too slow: grows like {grows_like}, target {}",
                g.expected
            ),
        );
    }
    let measurement_passed = measured_verdict == Some(GrowthVerdict::Pass);
    // Row 5: a cost rule of the kata. Its warning tells the learner the
    // code is slower (or bigger) than the target, so the status says so
    // too; a probe that passed need not have exercised that code.
    if let Some(rule) = facts.cost_rules.first() {
        let mut v = verdict(
            Status::TooSlow,
            DecidedBy::Rule,
            format!(
                "{tally} · too slow: the rule `{}` finds a {} cost over the target",
                rule.id,
                rule.cost.as_str()
            ),
        );
        if measurement_passed {
            v.note = Some(format!(
                "the measured growth is within the target, but the probe may not exercise what the rule `{}` found",
                rule.id
            ));
        }
        return v;
    }
    // Row 6: extra space, which measurement does not see.
    if let Some(e) = over.iter().find(|e| e.space_certain && e.space) {
        return verdict(
            Status::TooSlow,
            DecidedBy::Estimate,
            format!("{tally} · too slow: {}", describe(e, false)),
        );
    }
    // Row 7: a log factor, which a fit over doubling sizes cannot tell.
    if let Some(e) = over.iter().find(|e| e.time_certain && e.time && e.log_only) {
        let mut v = verdict(
            Status::TooSlow,
            DecidedBy::Estimate,
            format!("{tally} · too slow: {}", describe(e, true)),
        );
        if measurement_passed {
            v.note = Some(format!(
                "the measurement passed, but it cannot tell a log factor apart; the static estimate decided: {}",
                describe(e, true)
            ));
        }
        return v;
    }
    // Row 8: a certain estimate over a time target. It is also the warning
    // the learner sees in the editor, so the verdict says the same; a
    // measurement that passed does not overrule it, since a probe need not
    // exercise the code the estimate points at (a lookup on a path the
    // probe's inputs rarely take, a queue the probe keeps short).
    if let Some(e) = over.iter().find(|e| e.time_certain && e.time) {
        let why = match facts.measurement {
            Measurement::Off => "growth was not measured",
            Measurement::NoProbe => "the kata has no probe",
            Measurement::NotRun => "growth was not measured",
            Measurement::Measured(_) if measurement_passed => {
                "the measured growth is within the target, but the probe may not exercise what the estimate found"
            }
            Measurement::Measured(_) => "the measurement was inconclusive",
        };
        let mut v = verdict(
            Status::TooSlow,
            DecidedBy::Estimate,
            format!("{tally} · too slow: {}", describe(e, true)),
        );
        v.note = Some(format!("{why}; the certain static estimate decided"));
        return v;
    }
    // Row 9: solved. Say so when the estimate thought otherwise.
    let mut v = verdict(
        Status::Solved,
        DecidedBy::AllChecks,
        format!("solved: {tally}, targets met"),
    );
    // When the measured growth passed, an upper bound over the target is
    // no news: the measurement saw the cost within it, and a note would
    // tell a learner with a right answer that something may be wrong. It
    // stays when the gap is a log factor (measuring cannot see one) or
    // when nothing was measured.
    if let Some(e) = over
        .iter()
        .filter(|e| !measurement_vouches(measurement_passed, e.time, e.log_only))
        .find(|e| e.time || e.space)
    {
        v.note = Some(format!(
            "the static estimate says {}, but it is not certain (it assumed something, or is only an upper bound), so it does not decide",
            describe(e, e.time)
        ));
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::outcome::MeasuredGrowth;
    use expect_test::expect;

    fn estimated(
        time: &str,
        time_ok: bool,
        space_ok: bool,
        log_only: bool,
        conf: &str,
    ) -> TargetCheck {
        TargetCheck {
            item: "pair_sum".into(),
            target_time: "O(n)".into(),
            target_space: Some("O(n)".into()),
            estimate: ItemEstimateState::Estimated {
                time: time.into(),
                space: if space_ok { "O(n)" } else { "O(n^2)" }.into(),
                confidence: conf.into(),
                time_ok,
                space_ok,
                time_gap_is_log_only: log_only,
                time_certain: conf == "high",
                space_certain: conf == "high",
                derivation: Vec::new(),
            },
            location: None,
        }
    }

    fn measured(verdict: GrowthVerdict, slope: f64) -> Measurement {
        Measurement::Measured(MeasuredGrowth {
            verdict,
            grows_like: None,
            slope: Some(slope),
            expected: "O(n)".into(),
            expected_exponent: Some(1.0),
            measure: "time".into(),
            sizes: vec![256, 8192],
            reason: None,
            summary: String::new(),
            points: Vec::new(),
        })
    }

    struct Row {
        name: &'static str,
        build_failed: bool,
        compile_errors: usize,
        problem: Option<&'static str>,
        tests: (usize, usize),
        timed_out: Vec<&'static str>,
        rule: Option<&'static str>,
        cost_rule: Option<CostRule<'static>>,
        complexity: Vec<TargetCheck>,
        measurement: Measurement,
    }

    fn row(name: &'static str) -> Row {
        Row {
            name,
            build_failed: false,
            compile_errors: 0,
            problem: None,
            tests: (10, 0),
            timed_out: Vec::new(),
            rule: None,
            cost_rule: None,
            complexity: vec![estimated("O(n)", true, true, false, "high")],
            measurement: measured(GrowthVerdict::Pass, 1.02),
        }
    }

    /// One line per row of the table in docs/complexity.md, in its order.
    #[test]
    fn every_row_of_the_table() {
        let rows = [
            Row {
                build_failed: true,
                compile_errors: 2,
                ..row("1 compile errors")
            },
            Row {
                build_failed: true,
                problem: Some("the build timed out after 600 s"),
                ..row("1 build could not run")
            },
            Row {
                tests: (7, 3),
                ..row("2 a test fails")
            },
            Row {
                tests: (9, 1),
                timed_out: vec!["large_input_is_fast"],
                ..row("2 a test times out")
            },
            Row {
                tests: (7, 3),
                timed_out: vec!["large_input", "many_queries"],
                ..row("2 tests time out")
            },
            Row {
                tests: (0, 0),
                ..row("2 no test ran")
            },
            Row {
                problem: Some("cargo was not found"),
                ..row("2 tests could not run")
            },
            Row {
                rule: Some("no-std-lru"),
                ..row("3 rule error")
            },
            Row {
                measurement: measured(GrowthVerdict::TooSlow, 1.98),
                complexity: vec![estimated("O(n)", true, true, false, "high")],
                ..row("4 measured too slow, estimate meets")
            },
            Row {
                cost_rule: Some(CostRule {
                    id: "no-shift-from-front",
                    cost: RuleCost::Time,
                }),
                ..row("5 cost rule, measurement passed")
            },
            Row {
                cost_rule: Some(CostRule {
                    id: "no-second-buffer",
                    cost: RuleCost::Space,
                }),
                measurement: Measurement::Off,
                ..row("5 space cost rule, not measured")
            },
            Row {
                complexity: vec![estimated("O(n)", true, false, false, "high")],
                ..row("6 certain space over target")
            },
            Row {
                complexity: vec![estimated("O(n log n)", false, true, true, "high")],
                ..row("7 certain log factor, measurement passed")
            },
            Row {
                complexity: vec![estimated("O(n^2)", false, true, false, "high")],
                measurement: Measurement::Off,
                ..row("8 certain estimate, not measured")
            },
            Row {
                complexity: vec![estimated("O(n^2)", false, true, false, "high")],
                measurement: measured(GrowthVerdict::Inconclusive, 1.5),
                ..row("8 certain estimate, inconclusive")
            },
            row("9 everything met"),
            Row {
                complexity: vec![estimated("O(n^2)", false, true, false, "high")],
                ..row("8 certain estimate, measurement passed")
            },
            Row {
                complexity: vec![estimated("O(n^2)", false, true, false, "medium")],
                ..row("9 uncertain estimate over, measurement passed")
            },
            Row {
                complexity: vec![estimated("O(n^2)", false, false, false, "medium")],
                measurement: Measurement::Off,
                ..row("9 uncertain estimate over, not measured")
            },
            Row {
                complexity: vec![estimated("O(n log n)", false, true, true, "low")],
                ..row("9 uncertain log factor")
            },
        ];
        let mut out = String::new();
        for r in &rows {
            let v = decide(&Facts {
                build_failed: r.build_failed,
                compile_errors: r.compile_errors,
                problem: r.problem,
                tests: TestCounts {
                    passed: r.tests.0,
                    failed: r.tests.1,
                    ignored: 0,
                },
                timed_out: r.timed_out.clone(),
                rule_errors: r.rule.into_iter().collect(),
                cost_rules: r.cost_rule.into_iter().collect(),
                complexity: &r.complexity,
                measurement: &r.measurement,
            });
            out.push_str(&format!(
                "{}: {} by {:?}: {}{}\n",
                r.name,
                v.status.label(),
                v.decided_by,
                v.headline,
                v.note.map_or(String::new(), |n| format!("\n    note: {n}"))
            ));
        }
        expect![[r#"
            1 compile errors: does not compile by Build: does not compile: 2 errors
            1 build could not run: does not compile by Build: does not compile: the build timed out after 600 s
            2 a test fails: failing by Tests: failing: 7/10 tests pass
            2 a test times out: failing by Tests: failing: 9/10 tests pass · `large_input_is_fast` timed out
            2 tests time out: failing by Tests: failing: 7/10 tests pass · `large_input` and 1 more timed out
            2 no test ran: failing by Tests: failing: no test ran
            2 tests could not run: failing by Tests: failing: the tests could not run: cargo was not found
            3 rule error: failing by Rule: 10/10 tests pass · failing: breaks the rule `no-std-lru`
            4 measured too slow, estimate meets: too slow by Measurement: 10/10 tests pass · too slow: grows like n^1.98, target O(n)
            5 cost rule, measurement passed: too slow by Rule: 10/10 tests pass · too slow: the rule `no-shift-from-front` finds a time cost over the target
                note: the measured growth is within the target, but the probe may not exercise what the rule `no-shift-from-front` found
            5 space cost rule, not measured: too slow by Rule: 10/10 tests pass · too slow: the rule `no-second-buffer` finds a space cost over the target
            6 certain space over target: too slow by Estimate: 10/10 tests pass · too slow: pair_sum uses O(n^2) extra space, target O(n)
            7 certain log factor, measurement passed: too slow by Estimate: 10/10 tests pass · too slow: pair_sum is O(n log n) time, target O(n)
                note: the measurement passed, but it cannot tell a log factor apart; the static estimate decided: pair_sum is O(n log n) time, target O(n)
            8 certain estimate, not measured: too slow by Estimate: 10/10 tests pass · too slow: pair_sum is O(n^2) time, target O(n)
                note: growth was not measured; the certain static estimate decided
            8 certain estimate, inconclusive: too slow by Estimate: 10/10 tests pass · too slow: pair_sum is O(n^2) time, target O(n)
                note: the measurement was inconclusive; the certain static estimate decided
            9 everything met: solved by AllChecks: solved: 10/10 tests pass, targets met
            8 certain estimate, measurement passed: too slow by Estimate: 10/10 tests pass · too slow: pair_sum is O(n^2) time, target O(n)
                note: the measured growth is within the target, but the probe may not exercise what the estimate found; the certain static estimate decided
            9 uncertain estimate over, measurement passed: solved by AllChecks: solved: 10/10 tests pass, targets met
            9 uncertain estimate over, not measured: solved by AllChecks: solved: 10/10 tests pass, targets met
                note: the static estimate says pair_sum is O(n^2) time, target O(n), but it is not certain (it assumed something, or is only an upper bound), so it does not decide
            9 uncertain log factor: solved by AllChecks: solved: 10/10 tests pass, targets met
                note: the static estimate says pair_sum is O(n log n) time, target O(n), but it is not certain (it assumed something, or is only an upper bound), so it does not decide
        "#]]
        .assert_eq(&out);
    }
}
