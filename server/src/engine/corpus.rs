//! A learner corpus: solutions to the pack's katas that people other than
//! the kata's author wrote, each marked correct-and-optimal or
//! correct-but-slow, and what the static feedback says about each.
//! [`read`] reads the layout; [`judge`] is pure (the static feedback);
//! [`judge_checked`] builds, tests and measures the file as `kata check`
//! does and judges the verdict the learner would get.
//!
//! A corpus file is a whole `src/lib.rs` under `<corpus>/<kata-id>/`, with a
//! header:
//!
//! ```text
//! // learner: optimal
//! // idiom: iterator chain over a HashSet
//! ```
//!
//! or `// learner: slow` with a `// why: …` line. Precision is the share of
//! optimal solutions that get no finding at all (no warning and no hint: a
//! trainer that questions a right answer loses the learner); recall is the
//! share of slow ones that get at least one complexity or rule finding.

use super::check::{check, static_checks, CheckRequest, StaticChecks};
use super::outcome::{Finding, Standing, Status, TargetCheck};
use super::scratch::scratch_crate;
use crate::analysis::CompiledRules;
use crate::catalog::Kata;
use std::path::Path;
use tokio_util::sync::CancellationToken;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    Optimal,
    Slow,
}

/// What a file's header says it is.
pub fn expected(text: &str) -> Result<Expected, String> {
    let header = text
        .lines()
        .take_while(|l| l.trim_start().starts_with("//"))
        .find_map(|l| l.trim().strip_prefix("// learner:"));
    match header.map(str::trim) {
        Some("optimal") => Ok(Expected::Optimal),
        Some("slow") => Ok(Expected::Slow),
        Some(other) => Err(format!(
            "`// learner: {other}`: expected `optimal` or `slow`"
        )),
        None => Err("no `// learner: optimal|slow` header".into()),
    }
}

/// One file of a corpus: the kata it answers, its name (`kata/file.rs`)
/// and its text.
#[derive(Debug)]
pub struct CorpusFile {
    pub kata: String,
    pub name: String,
    pub text: String,
}

/// Every `DIR/<kata-id>/*.rs`, sorted by kata then file: the one reader of
/// the corpus layout, for `kata prove --corpus` and the corpus tests.
pub fn read(dir: &Path) -> std::io::Result<Vec<CorpusFile>> {
    let mut out = Vec::new();
    let mut katas: Vec<_> = std::fs::read_dir(dir)?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    katas.sort();
    for kata_dir in katas {
        let kata = kata_dir
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let mut files: Vec<_> = std::fs::read_dir(&kata_dir)?
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "rs"))
            .collect();
        files.sort();
        for file in files {
            let name = format!(
                "{kata}/{}",
                file.file_name().unwrap_or_default().to_string_lossy()
            );
            let text = std::fs::read_to_string(&file)?;
            out.push(CorpusFile {
                kata: kata.clone(),
                name,
                text,
            });
        }
    }
    Ok(out)
}

/// The feedback on one corpus file and whether it is right.
#[derive(Debug)]
pub struct Judged {
    pub expected: Expected,
    /// `code: message` of every finding the learner would see.
    pub findings: Vec<String>,
    /// The whole check's status and headline, when the file was built,
    /// tested and measured ([`judge_checked`]).
    pub verdict: Option<(Status, String)>,
    /// Items whose static estimate is over the target only as an upper
    /// bound: no finding, but the learner sees `~` and a note (the
    /// measurement decides). Few on optimal code is the aim.
    pub upper_bounds: Vec<String>,
}

impl Judged {
    /// Statically: optimal code with no finding, or slow code with at least
    /// one. Checked: optimal code solved, slow code too slow (by a finding
    /// or by its measured growth).
    pub fn is_right(&self) -> bool {
        match (&self.verdict, self.expected) {
            (None, Expected::Optimal) => self.findings.is_empty(),
            (None, Expected::Slow) => !self.findings.is_empty(),
            (Some((status, _)), Expected::Optimal) => *status == Status::Solved,
            (Some((status, _)), Expected::Slow) => *status == Status::TooSlow,
        }
    }
}

/// Judges `text` as the learner's `src/lib.rs` of `kata`, through the same
/// static checks `kata check` and the server run.
pub fn judge(kata: &Kata, text: &str) -> Result<Judged, String> {
    let expected = expected(text)?;
    let (rules, _) = CompiledRules::compile(&kata.spec);
    let StaticChecks {
        findings,
        complexity,
    } = static_checks(kata, &rules, text);
    Ok(Judged {
        expected,
        findings: lines(&findings),
        verdict: None,
        upper_bounds: upper_bounds(&complexity),
    })
}

/// Judges `text` by the verdict `kata check` gives it: written as the
/// kata's `src/lib.rs` in a scratch workspace under `scratch` (one per
/// kata, so files of a kata share their build), built, tested and
/// measured through the one check pipeline. `None` when cancelled.
pub async fn judge_checked(
    kata: &Kata,
    text: &str,
    scratch: &Path,
    cancel: &CancellationToken,
) -> Result<Option<Judged>, String> {
    let expected = expected(text)?;
    let krate = scratch_crate(scratch, "corpus", kata, text)
        .map_err(|e| format!("cannot write the scratch crate: {e}"))?;
    let request = CheckRequest {
        kata: kata.clone(),
        crate_dir: krate.crate_dir,
        cargo_root: krate.workspace,
        timeout: CheckRequest::timeout_for(kata, None),
        measure: true,
    };
    let Some(outcome) = check(&request, cancel, |_| {}).await else {
        return Ok(None);
    };
    Ok(Some(Judged {
        expected,
        findings: lines(&outcome.findings),
        verdict: Some((outcome.status, outcome.headline)),
        upper_bounds: upper_bounds(&outcome.complexity),
    }))
}

/// The items shown over their target only as an upper bound.
fn upper_bounds(checks: &[TargetCheck]) -> Vec<String> {
    checks
        .iter()
        .filter(|c| c.standing() == Standing::UpperBound)
        .map(|c| c.item.clone())
        .collect()
}

/// `severity code: message`, one line per finding the learner would see.
fn lines(findings: &[Finding]) -> Vec<String> {
    findings
        .iter()
        .map(|f| format!("{} {}: {}", f.severity.as_str(), f.code, f.message))
        .collect()
}

/// Per-kata (or total) counts.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    pub optimal: usize,
    /// Optimal files with no finding.
    pub clean: usize,
    pub slow: usize,
    /// Slow files with a finding.
    pub flagged: usize,
    /// Optimal files with no finding but an item shown only as an upper
    /// bound over its target.
    pub bounded: usize,
}

impl Tally {
    pub fn add(&mut self, judged: &Judged) {
        match judged.expected {
            Expected::Optimal => {
                self.optimal += 1;
                self.clean += usize::from(judged.is_right());
                self.bounded += usize::from(judged.is_right() && !judged.upper_bounds.is_empty());
            }
            Expected::Slow => {
                self.slow += 1;
                self.flagged += usize::from(judged.is_right());
            }
        }
    }

    pub fn merge(&mut self, other: Tally) {
        self.optimal += other.optimal;
        self.clean += other.clean;
        self.slow += other.slow;
        self.flagged += other.flagged;
        self.bounded += other.bounded;
    }

    pub fn precision(&self) -> f64 {
        ratio(self.clean, self.optimal)
    }

    pub fn recall(&self) -> f64 {
        ratio(self.flagged, self.slow)
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        1.0
    } else {
        part as f64 / whole as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Pack;

    const OPTIMAL: &str = "// learner: optimal
use std::collections::HashSet;
pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut seen = HashSet::new();
    let mut pairs = HashSet::new();
    for &x in nums {
        if let Some(want) = target.checked_sub(x) {
            if seen.contains(&want) {
                pairs.insert((want.min(x), want.max(x)));
            }
        }
        seen.insert(x);
    }
    pairs.into_iter().collect()
}
";

    fn check(text: &str) -> String {
        let pack = Pack::builtin();
        let kata = pack.get("pair-sum").unwrap();
        match judge(kata, text) {
            Ok(j) => format!(
                "{:?} right={} {}",
                j.expected,
                j.is_right(),
                j.findings.len()
            ),
            Err(e) => format!("error: {e}"),
        }
    }

    #[test]
    fn headers_and_judgements() {
        expect_test::expect!["Optimal right=true 0"].assert_eq(&check(OPTIMAL));
        let slow = OPTIMAL
            .replace(
                "// learner: optimal",
                "// learner: slow\n// why: a Vec scan",
            )
            .replace("HashSet::new()", "Vec::new()")
            .replace("seen.insert(x)", "seen.push(x)");
        expect_test::expect!["Slow right=true 1"].assert_eq(&check(&slow));
        let unmarked = OPTIMAL.replace("// learner: optimal\n", "");
        expect_test::expect!["error: no `// learner: optimal|slow` header"]
            .assert_eq(&check(&unmarked));
        let odd = OPTIMAL.replace("optimal", "fast");
        expect_test::expect!["error: `// learner: fast`: expected `optimal` or `slow`"]
            .assert_eq(&check(&odd));
    }

    #[test]
    fn tallies_give_precision_and_recall() {
        let mut t = Tally::default();
        let finding = || vec!["complexity/loop: x".to_string()];
        let bound = || vec!["f".to_string()];
        for (expected, findings, upper_bounds) in [
            (Expected::Optimal, vec![], vec![]),
            (Expected::Optimal, vec![], bound()),
            (Expected::Optimal, finding(), bound()),
            (Expected::Slow, finding(), vec![]),
        ] {
            t.add(&Judged {
                expected,
                findings,
                verdict: None,
                upper_bounds,
            });
        }
        assert_eq!((t.optimal, t.clean, t.slow, t.flagged), (3, 2, 1, 1));
        // Only clean optimal files count as bounded: a finding is worse.
        assert_eq!(t.bounded, 1);
        assert_eq!(t.precision(), 2.0 / 3.0);
        assert_eq!(t.recall(), 1.0);
    }

    #[test]
    fn a_checked_file_is_judged_by_its_status() {
        let judged = |expected, status| Judged {
            expected,
            findings: Vec::new(),
            verdict: Some((status, String::new())),
            upper_bounds: Vec::new(),
        };
        let right: Vec<bool> = [
            (Expected::Optimal, Status::Solved),
            (Expected::Optimal, Status::TooSlow),
            (Expected::Optimal, Status::Failing),
            (Expected::Slow, Status::TooSlow),
            (Expected::Slow, Status::Solved),
            (Expected::Slow, Status::DoesNotCompile),
        ]
        .into_iter()
        .map(|(e, s)| judged(e, s).is_right())
        .collect();
        assert_eq!(right, [true, false, false, true, false, false]);
    }
}
