//! The `kata.toml` schema. Unknown keys are errors so that a typo in a pack
//! is reported rather than silently ignored.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct KataSpec {
    pub id: String,
    pub title: String,
    pub difficulty: Difficulty,
    #[serde(default)]
    pub topics: Vec<String>,
    /// Where in the interview guide the kata comes from.
    #[serde(default)]
    pub seed: String,
    /// Per-kata test timeout; `--timeout` overrides it.
    #[serde(default)]
    pub timeout_secs: Option<u64>,
    #[serde(default, rename = "target")]
    pub targets: Vec<Target>,
    #[serde(default, rename = "rule")]
    pub rules: Vec<Rule>,
    #[serde(default, rename = "hint")]
    pub hints: Vec<Hint>,
    #[serde(default)]
    pub probe: Option<ProbeSpec>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Difficulty {
    Easy,
    Medium,
    Hard,
}

impl Difficulty {
    pub fn as_str(self) -> &'static str {
        match self {
            Difficulty::Easy => "easy",
            Difficulty::Medium => "medium",
            Difficulty::Hard => "hard",
        }
    }
}

impl std::str::FromStr for Difficulty {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "easy" => Ok(Difficulty::Easy),
            "medium" => Ok(Difficulty::Medium),
            "hard" => Ok(Difficulty::Hard),
            other => Err(format!(
                "unknown difficulty `{other}` (expected easy, medium or hard)"
            )),
        }
    }
}

/// A graded item and the complexity it must meet.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Target {
    /// `fn` name, or `Type::method`.
    pub item: String,
    pub time: String,
    #[serde(default)]
    pub space: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub id: String,
    pub query: String,
    pub message: String,
    /// Why the rule exists: shown on hover and in reports.
    #[serde(default)]
    pub why: Option<String>,
    #[serde(default)]
    pub severity: Severity,
    /// The rule finds a cost over the kata's time or space target (a scan
    /// per element, a second buffer): a warning rule with a cost makes the
    /// verdict `too slow`, so the status never contradicts a warning that
    /// says "O(n^2)". Rules about style or robustness have none.
    #[serde(default)]
    pub cost: Option<RuleCost>,
    /// Receiver types on which the call the rule names costs nothing to
    /// worry about (`remove(0)` on a `VecDeque`): a violation called on one
    /// is not reported. Fixed-size arrays are exempt from every rule.
    #[serde(default)]
    pub unless_receiver: Vec<String>,
}

/// What a cost rule says exceeds its target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RuleCost {
    Time,
    Space,
}

impl RuleCost {
    pub fn as_str(self) -> &'static str {
        match self {
            RuleCost::Time => "time",
            RuleCost::Space => "space",
        }
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    #[default]
    Error,
    Warning,
    Info,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Hint {
    pub text: String,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ProbeSpec {
    /// Expected growth of one probe run, e.g. `O(n)`.
    pub expect: String,
    #[serde(default)]
    pub measure: ProbeMeasure,
    /// With `measure = "ops"`: how the run's CPU time, kept beside the
    /// count, may grow (default: as `expect`). Time catches work the probe
    /// does not count; set this when the run also does uncounted work of a
    /// known class, or `"none"` when its time is dominated by something the
    /// target is not about (dropping a large input, say).
    #[serde(default)]
    pub time_expect: Option<String>,
    /// The largest `n` calibration may try. A run whose data outgrows the
    /// caches at large n (a map of n string keys, read in random order)
    /// slows per element on a loaded machine, and an O(n) solution then
    /// measures n^1.6; below the cap it measures its class.
    #[serde(default)]
    pub max_n: Option<u64>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ProbeMeasure {
    /// Thread CPU time.
    #[default]
    Time,
    /// The operation count returned by the probe's `run`.
    Ops,
}
