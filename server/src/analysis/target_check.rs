//! Does a solution's static estimate meet a kata's targets? Shared by
//! `kata verify` (one line per kata) and `kata prove` (a table per kata).
//! Pure: the estimates in, one row per target out.

use super::complexity::{self, Class, ItemEstimate};
use crate::catalog::Target;

/// One target against the estimate of its item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TargetCheck {
    pub item: String,
    /// As written in kata.toml: `O(n) / O(1)` (space `-` when unset).
    pub target: String,
    /// `None` when the file defines no such item.
    pub estimate: Option<(Class, Class)>,
    pub time_ok: bool,
    pub space_ok: bool,
    /// The item still calls `todo!()`: nothing to judge yet.
    pub unwritten: bool,
}

impl TargetCheck {
    pub fn meets(&self) -> bool {
        self.estimate.is_some() && !self.unwritten && self.time_ok && self.space_ok
    }

    /// The estimate when it meets the target, else what exceeds it:
    /// `O(n) / O(1)` or `time O(n^2) > O(n)`.
    pub fn describe(&self, target: &Target) -> String {
        let Some((time, space)) = self.estimate else {
            return "not found".into();
        };
        if self.unwritten {
            return "not written yet (`todo!()`)".into();
        }
        let mut over = Vec::new();
        if !self.time_ok {
            over.push(format!("time {time} > {}", target.time));
            if time <= Class::parse(&target.time).unwrap_or(time) {
                // Within the bound read with n for the output size, but it
                // walks the whole input whatever the output.
                over.push("walks every element whatever the output".into());
            }
        }
        if !self.space_ok {
            over.push(format!(
                "space {space} > {}",
                target.space.as_deref().unwrap_or("")
            ));
        }
        if over.is_empty() {
            format!("{time} / {space}")
        } else {
            over.join(", ")
        }
    }
}

/// One row per target, in the order of kata.toml. A target whose class does
/// not parse is not held against the solution (`kata verify` reports it).
pub fn check_targets(estimates: &[ItemEstimate], targets: &[Target]) -> Vec<TargetCheck> {
    targets
        .iter()
        .map(|target| {
            let est = complexity::find(estimates, &target.item).map(|e| e.judged(&target.time));
            let est = est.as_deref();
            let time = Class::parse_bound(&target.time).ok();
            let space = target.space.as_deref().and_then(|s| Class::parse(s).ok());
            TargetCheck {
                item: target.item.clone(),
                target: format!(
                    "{} / {}",
                    target.time,
                    target.space.as_deref().unwrap_or("-")
                ),
                estimate: est.map(|e| (e.time, e.space)),
                time_ok: est.is_some_and(|e| {
                    time.is_none_or(|t| !t.exceeded_by(e.time, e.walks_input.is_some()))
                }),
                space_ok: est.is_some_and(|e| space.is_none_or(|s| e.space <= s)),
                unwritten: est.is_some_and(|e| e.unwritten),
            }
        })
        .collect()
}

/// How much worse `slower` is than `faster` in powers of n, at the target
/// where the gap is widest (infinite when only `slower` is exponential).
pub fn exponent_gap(targets: &[Target], faster: &[ItemEstimate], slower: &[ItemEstimate]) -> f64 {
    targets
        .iter()
        .filter_map(|t| {
            let f = complexity::find(faster, &t.item)?;
            let s = complexity::find(slower, &t.item)?;
            Some(if s.time.exp && !f.time.exp {
                f64::INFINITY
            } else {
                s.time.poly as f64 - f.time.poly as f64
            })
        })
        .fold(0.0, f64::max)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::parse;
    use expect_test::{expect, Expect};

    fn target(item: &str, time: &str, space: Option<&str>) -> Target {
        Target {
            item: item.into(),
            time: time.into(),
            space: space.map(Into::into),
        }
    }

    fn check(src: &str, targets: &[Target], expect: Expect) {
        let estimates = complexity::estimate(src, &parse(src));
        let rows: Vec<String> = check_targets(&estimates, targets)
            .iter()
            .zip(targets)
            .map(|(row, t)| {
                format!(
                    "{} [{}] {} {}",
                    row.item,
                    row.target,
                    if row.meets() { "meets" } else { "misses" },
                    row.describe(t)
                )
            })
            .collect();
        expect.assert_eq(&rows.join("\n"));
    }

    #[test]
    fn meets_and_misses() {
        check(
            "fn pair(v: &[i32]) -> bool {\n    for a in v { for b in v { if a + b == 0 { return true; } } }\n    false\n}\nfn sum(v: &[i32]) -> i32 { v.iter().sum() }\nfn later(v: &[i32]) -> i32 { let _ = v; todo!() }\n",
            &[
                target("pair", "O(n)", Some("O(1)")),
                target("sum", "O(n)", None),
                target("absent", "O(1)", None),
                target("later", "O(n)", None),
            ],
            expect![[r#"
                pair [O(n) / O(1)] misses time O(n^2) > O(n)
                sum [O(n) / -] meets O(n) / O(1)
                absent [O(1) / -] misses not found
                later [O(n) / -] misses not written yet (`todo!()`)"#]],
        );
    }

    #[test]
    fn space_over_target() {
        check(
            "fn copy(v: &[i32]) -> Vec<i32> {\n    let mut out = Vec::new();\n    for x in v { out.push(*x); }\n    out\n}\n",
            &[target("copy", "O(n)", Some("O(1)"))],
            expect![[r#"copy [O(n) / O(1)] misses space O(n) > O(1)"#]],
        );
    }

    #[test]
    fn gap_in_powers_of_n() {
        let fast = "fn f(v: &[i32]) -> i32 { v.iter().sum() }";
        let slow =
            "fn f(v: &[i32]) -> i32 { let mut s = 0; for a in v { for b in v { s += a * b; } } s }";
        let est = |s: &str| complexity::estimate(s, &parse(s));
        let targets = [target("f", "O(n)", None)];
        assert_eq!(exponent_gap(&targets, &est(fast), &est(slow)), 1.0);
        assert_eq!(exponent_gap(&targets, &est(fast), &est(fast)), 0.0);
    }
}
