//! Measured growth: the kata's `probe.rs` is compiled into a small harness
//! (`probe_harness.rs`) that depends on the learner's crate, built with an
//! optimised incremental profile, and run at doubling sizes under the
//! runner's limits, timeout and cancellation. The log–log slope of the cost
//! (thread CPU time, or the operation count the probe returns) against `n`
//! is compared with the exponent the kata expects.
//!
//! The probe's crate and its build (one kata's, or every kata's at once)
//! are in `probe_build.rs`.

use super::contain::Sandbox;
pub use super::probe_build::{build_probe, build_probes, probe_dir};
use super::process::{run_in_group, Containment, Limits};
use super::CrateRef;
use crate::analysis::complexity::Class;
use crate::catalog::{Kata, ProbeMeasure};
use serde::Serialize;
use std::path::Path;
use std::time::{Duration, Instant};
use tokio_util::sync::CancellationToken;

pub const HARNESS: &str = include_str!("probe_harness.rs");

/// What a measurement is judged against: the class of the measured cost
/// and, for operation counts, the class the CPU time kept beside them may
/// grow by.
#[derive(Debug, Clone, Copy)]
pub struct Expect {
    pub class: Class,
    pub measure: ProbeMeasure,
    /// `None`: the probe's time is not about the learner's cost (it is
    /// dominated by something else), so only the count is judged.
    pub time: Option<Class>,
}

impl Expect {
    pub fn of(spec: &crate::catalog::ProbeSpec) -> Result<Expect, String> {
        let class = Class::parse(&spec.expect).map_err(|e| format!("[probe] expect: {e}"))?;
        let time = match spec.time_expect.as_deref().map(str::trim) {
            Some("none") => None,
            Some(t) => Some(Class::parse(t).map_err(|e| format!("[probe] time_expect: {e}"))?),
            None => Some(class),
        };
        Ok(Expect {
            class,
            measure: spec.measure,
            time,
        })
    }
}

/// How a measurement is run. The defaults follow docs/complexity.md.
#[derive(Debug, Clone)]
pub struct ProbeOptions {
    /// Grow `n` until one call costs at least this much CPU time.
    pub target_call: Duration,
    /// Doubling sizes measured (the top one is the calibrated size):
    /// 6 sizes span 2^5 = 32×, i.e. 1.5 decades.
    pub sizes: usize,
    /// Repetitions per size; the minimum is kept.
    pub reps: usize,
    pub seed: u64,
    /// Wall-clock limit for calibration, and for the measurement run.
    pub deadline: Duration,
    /// Largest `n` tried.
    pub max_n: u64,
}

impl ProbeOptions {
    /// The defaults, with the kata's own cap on `n` (`[probe] max_n`).
    pub fn for_probe(spec: &crate::catalog::ProbeSpec) -> ProbeOptions {
        let defaults = ProbeOptions::default();
        ProbeOptions {
            max_n: spec
                .max_n
                .map_or(defaults.max_n, |cap| cap.clamp(64, defaults.max_n)),
            ..defaults
        }
    }
}

impl Default for ProbeOptions {
    fn default() -> Self {
        ProbeOptions {
            target_call: Duration::from_millis(5),
            sizes: 6,
            reps: 3,
            seed: 42,
            deadline: Duration::from_secs(10),
            max_n: 1 << 24,
        }
    }
}

/// What one more `log n` adds to a slope fitted over the probe's sizes
/// (n = 256..131072: about 0.15); a count whose slope exceeds the expected
/// exponent by more than this grows by more than a log factor.
const LOG_FACTOR_SLOPE: f64 = 0.25;

/// One size: the minimum over the repetitions.
#[derive(Debug, Clone, Copy, Serialize, PartialEq)]
pub struct Point {
    pub n: u64,
    pub cpu_ns: u64,
    pub ops: u64,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(tag = "verdict", rename_all = "kebab-case")]
pub enum Verdict {
    /// Grows no faster than expected.
    Pass,
    /// "grows like n^k, expected n^e". `log_factor`: an operation count
    /// whose count per unit of the expected class grew this many times
    /// over the sizes, as one more `log n` factor would (the slope alone
    /// cannot tell `n log n` from `n`).
    TooSlow {
        slope: f64,
        expected: f64,
        #[serde(skip_serializing_if = "Option::is_none")]
        log_factor: Option<f64>,
    },
    /// Could not tell: noise, a crash, a timeout, too few points.
    Inconclusive { reason: String },
}

impl Verdict {
    pub fn is_pass(&self) -> bool {
        matches!(self, Verdict::Pass)
    }
    pub fn is_flagged(&self) -> bool {
        matches!(self, Verdict::TooSlow { .. })
    }
}

/// The fitted slopes of log(cost) against log(n).
#[derive(Debug, Clone, Copy, Serialize, PartialEq)]
pub struct Fits {
    /// Least squares over the top four points.
    pub top: f64,
    /// Least squares over all points.
    pub all: f64,
    /// Theil–Sen over the top five points: the median of their pairwise
    /// slopes.
    pub theil_sen: f64,
    /// The median of the three: the slope we judge by.
    pub slope: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Measurement {
    pub verdict: Verdict,
    /// The expected class (`[probe] expect`) and its exponent.
    pub expected: String,
    pub expected_exponent: f64,
    /// `time` or `ops`.
    pub measure: &'static str,
    pub fits: Option<Fits>,
    pub sizes: Vec<u64>,
    pub points: Vec<Point>,
    /// Wall-clock time of calibration plus measurement (after the build).
    pub elapsed_ms: u64,
    /// Wall-clock time of the build.
    pub build_ms: u64,
}

impl Measurement {
    /// `n^1.02 (expected n^1): pass`, for hovers, lenses and reports.
    pub fn summary(&self) -> String {
        let slope = self
            .fits
            .map_or("?".to_string(), |f| format!("n^{:.2}", f.slope));
        let sizes = match (self.sizes.first(), self.sizes.last()) {
            (Some(lo), Some(hi)) => format!(", n = {lo}..{hi}"),
            _ => String::new(),
        };
        match &self.verdict {
            Verdict::Pass => format!(
                "measured {slope} ({} {}{sizes}): pass",
                self.expected, self.measure
            ),
            Verdict::TooSlow {
                log_factor: Some(growth),
                ..
            } if self.names_log_factor() => format!(
                "grows like {} log n: the {} per {} grew {growth:.2}x ({}{sizes})",
                self.expected_term(),
                self.measure,
                self.expected_term(),
                self.expected
            ),
            Verdict::TooSlow {
                slope, expected, ..
            } => format!(
                "grows like n^{slope:.2}, expected n^{expected} ({}{sizes})",
                self.expected
            ),
            Verdict::Inconclusive { reason } => {
                format!("inconclusive: {reason} (measured {slope}{sizes})")
            }
        }
    }

    /// The count per expected unit grew (`log_factor`) while the slope
    /// stayed near the expected exponent: one more `log n`. A count that
    /// grows faster than that (`n^1.4` of a poor pivot against `n log n`)
    /// is named by its slope instead.
    fn names_log_factor(&self) -> bool {
        let Verdict::TooSlow {
            log_factor: Some(_),
            slope,
            expected,
        } = self.verdict
        else {
            return false;
        };
        let slope = self.fits.map_or(slope, |f| f.slope);
        slope < expected + LOG_FACTOR_SLOPE
    }

    /// `n` for `O(n)`: the unit the expected class counts in.
    fn expected_term(&self) -> String {
        Class::parse(&self.expected).map_or_else(|_| self.expected.clone(), Class::term)
    }

    /// The class the cost grows like, when the measurement can name it
    /// better than a slope: `n log n` for a count with an extra log factor.
    pub fn grows_like(&self) -> Option<String> {
        if !self.names_log_factor() {
            return None;
        }
        let term = self.expected_term();
        Some(if term == "1" {
            "log n".to_string()
        } else {
            format!("{term} log n")
        })
    }

    fn failed(expected: Class, measure: ProbeMeasure, reason: String) -> Measurement {
        Measurement {
            verdict: Verdict::Inconclusive { reason },
            expected: expected.to_string(),
            expected_exponent: expected.exponent(),
            measure: measure_name(measure),
            fits: None,
            sizes: Vec::new(),
            points: Vec::new(),
            elapsed_ms: 0,
            build_ms: 0,
        }
    }
}

fn measure_name(m: ProbeMeasure) -> &'static str {
    match m {
        ProbeMeasure::Time => "time",
        ProbeMeasure::Ops => "ops",
    }
}

#[derive(Debug)]
pub enum ProbeError {
    /// The kata has no probe (`probe.rs` or `[probe]`).
    NoProbe,
    Cancelled,
    /// The probe crate did not build: the compiler's messages.
    Build(String),
    Io(String),
}

impl std::fmt::Display for ProbeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ProbeError::NoProbe => write!(f, "the kata has no probe"),
            ProbeError::Cancelled => write!(f, "cancelled"),
            ProbeError::Build(m) => write!(f, "the probe did not build: {m}"),
            ProbeError::Io(m) => write!(f, "{m}"),
        }
    }
}

/// Builds the kata's probe against the crate and measures it. Call it only
/// when no other build of the workspace runs (the runner actor serialises).
pub async fn run_probe(
    krate: &CrateRef,
    kata: &Kata,
    options: &ProbeOptions,
    cancel: &CancellationToken,
) -> Result<Measurement, ProbeError> {
    let target = krate.workspace.join("target");
    run_probe_in(krate, &target, kata, options, cancel).await
}

/// As [`run_probe`], with an explicit target directory.
pub async fn run_probe_in(
    krate: &CrateRef,
    target_dir: &Path,
    kata: &Kata,
    options: &ProbeOptions,
    cancel: &CancellationToken,
) -> Result<Measurement, ProbeError> {
    let (Some(spec), Some(probe_src)) = (&kata.spec.probe, kata.file("probe.rs")) else {
        return Err(ProbeError::NoProbe);
    };
    let expect = Expect::of(spec).map_err(ProbeError::Io)?;
    let started = Instant::now();
    let exe = build_probe(krate, target_dir, probe_src, cancel).await?;
    let build_ms = started.elapsed().as_millis() as u64;
    let mut m = measure(&exe, &krate.crate_dir, expect, options, cancel).await?;
    m.build_ms = build_ms;
    Ok(m)
}

/// Parses the harness's `n cpu_ns ops` lines.
pub fn parse_line(line: &str) -> Option<Point> {
    let mut it = line.split_whitespace();
    let n = it.next()?.parse().ok()?;
    let cpu_ns = it.next()?.parse().ok()?;
    let ops = it.next()?.parse().ok()?;
    Some(Point { n, cpu_ns, ops })
}

enum Run {
    Points(Vec<Point>),
    Failed(String),
}

async fn run_harness(
    exe: &Path,
    cwd: &Path,
    sizes: &[u64],
    reps: usize,
    options: &ProbeOptions,
    cancel: &CancellationToken,
    stop_at: Option<Duration>,
) -> Result<Run, ProbeError> {
    let mut command = tokio::process::Command::new(exe);
    let list: Vec<String> = sizes.iter().map(u64::to_string).collect();
    command
        .current_dir(cwd)
        .arg(list.join(","))
        .arg(reps.to_string())
        .arg(options.seed.to_string());
    // Calibration: the harness stops by itself once a call costs this
    // much. (Stopping it from here would kill a PID namespace's init, which
    // takes the group's grace period: about 0.2 s per kata.)
    if let Some(stop_at) = stop_at {
        command.arg(stop_at.as_nanos().to_string());
    }
    let mut points = Vec::new();
    let limits = Limits::for_timeout(options.deadline);
    // The probe runs learner code: the tests' sandbox, writable only in
    // `tmp/` beside the probe's executable.
    let writable = exe.parent().unwrap_or(cwd).join("tmp");
    let sandbox = Sandbox::new(&writable)
        .map_err(|e| ProbeError::Io(format!("could not set up the probe's sandbox: {e}")))?;
    let finished = run_in_group(
        command,
        Containment::learner(limits, Some(std::sync::Arc::new(sandbox))),
        Some(options.deadline),
        cancel,
        |line| {
            if let Some(p) = parse_line(line) {
                points.push(p);
            }
        },
    )
    .await
    .map_err(|e| ProbeError::Io(format!("could not run the probe: {e}")))?;
    if cancel.is_cancelled() {
        return Err(ProbeError::Cancelled);
    }
    if finished.timed_out {
        return Ok(Run::Failed(format!(
            "the probe ran past {} s",
            options.deadline.as_secs()
        )));
    }
    if !finished.success() {
        let tail = finished
            .stderr
            .lines()
            .find(|l| l.contains("panicked") || l.contains("error"))
            .or_else(|| finished.stderr.lines().last())
            .unwrap_or("")
            .trim()
            .to_string();
        let how = match finished.signal() {
            Some(sig) => format!("the probe was killed by signal {sig}"),
            None => "the probe failed".to_string(),
        };
        return Ok(Run::Failed(if tail.is_empty() {
            how
        } else {
            format!("{how}: {tail}")
        }));
    }
    Ok(Run::Points(points))
}

/// The largest size the log-factor test of a count needs (see
/// `log_factor`: six doubling sizes from 256).
const COUNT_LADDER_TOP: u64 = 8192;

/// Calibrates the largest size, measures the doubling sizes below it,
/// fits the slope and judges it.
pub async fn measure(
    exe: &Path,
    cwd: &Path,
    expect: Expect,
    options: &ProbeOptions,
    cancel: &CancellationToken,
) -> Result<Measurement, ProbeError> {
    let (expected, measure) = (expect.class, expect.measure);
    let started = Instant::now();
    // Operation counts are exact at any size, but the time kept beside
    // them (for work the probe does not count) needs calls as long as a
    // timed probe's; a count judged alone needs only a tenth.
    let target_call = match (measure, expect.time) {
        (ProbeMeasure::Ops, None) => options.target_call / 10,
        // The time kept beside a count is there for work the count misses
        // (a merge that takes its items with `remove(0)`): such work is a
        // lower-order term at small sizes, n^2 memory moves against n log n
        // comparisons, and shows its slope only where it dominates. Calls
        // eight times longer put the ladder two or three doublings higher.
        (ProbeMeasure::Ops, Some(_)) => options.target_call * 8,
        _ => options.target_call,
    };
    // Calibration: doubling sizes, one repetition, until one call costs
    // the target time.
    let mut ladder = Vec::new();
    let mut n = 8u64;
    while n <= options.max_n {
        ladder.push(n);
        n *= 2;
    }
    let calibration =
        match run_harness(exe, cwd, &ladder, 1, options, cancel, Some(target_call)).await? {
            Run::Points(p) => p,
            Run::Failed(reason) => return Ok(Measurement::failed(expected, measure, reason)),
        };
    let top = calibration
        .iter()
        .find(|p| p.cpu_ns as u128 >= target_call.as_nanos())
        .or(calibration.last())
        .map(|p| p.n)
        .unwrap_or(8);
    // A count's log-factor test needs the sizes from 256 up to
    // `COUNT_LADDER_TOP` (six of them): a probe whose calls reach the
    // target time sooner stopped calibrating below it. Counts are exact at
    // one repetition; only a near miss is extended, so a slow solution
    // stopped far below does not run for long.
    let mut calibration = calibration;
    if measure == ProbeMeasure::Ops && (COUNT_LADDER_TOP / 4..COUNT_LADDER_TOP).contains(&top) {
        let missing: Vec<u64> = ladder
            .iter()
            .copied()
            .filter(|&n| n > top && n <= COUNT_LADDER_TOP)
            .collect();
        if let Run::Points(more) = run_harness(exe, cwd, &missing, 1, options, cancel, None).await?
        {
            calibration.extend(more);
        }
    }
    let mut result = measure_at(exe, cwd, top, &calibration, expect, options, cancel).await?;
    // Lower-order terms blur small inputs: when the slope falls between two
    // classes, measure once more at twice the size.
    if let Ok(Measured {
        verdict: Verdict::Inconclusive { .. },
        ..
    }) = &result
    {
        if top < options.max_n {
            let again =
                measure_at(exe, cwd, top * 2, &calibration, expect, options, cancel).await?;
            if again.is_ok() {
                result = again;
            }
        }
    }
    let m = match result {
        Ok(m) => m,
        Err(reason) => return Ok(Measurement::failed(expected, measure, reason)),
    };
    Ok(Measurement {
        verdict: m.verdict,
        expected: m.expected.to_string(),
        expected_exponent: m.expected.exponent(),
        measure: measure_name(m.measure),
        fits: m.fits,
        sizes: m.sizes,
        points: m.points,
        elapsed_ms: started.elapsed().as_millis() as u64,
        build_ms: 0,
    })
}

/// One measurement up to a calibrated size.
struct Measured {
    verdict: Verdict,
    /// The fits the verdict was judged by.
    fits: Option<Fits>,
    sizes: Vec<u64>,
    /// The minimum per size.
    points: Vec<Point>,
    /// The class and measure the verdict was judged against: the time's
    /// when the time kept beside a count decided.
    expected: Class,
    measure: ProbeMeasure,
}

/// Measures the doubling sizes up to `top` and judges the fitted slope.
/// The calibration's points at these sizes count as the first repetition.
#[allow(clippy::too_many_arguments)]
async fn measure_at(
    exe: &Path,
    cwd: &Path,
    top: u64,
    calibration: &[Point],
    expect: Expect,
    options: &ProbeOptions,
    cancel: &CancellationToken,
) -> Result<Result<Measured, String>, ProbeError> {
    let (expected, measure) = (expect.class, expect.measure);
    let mut sizes: Vec<u64> = (0..options.sizes as u32)
        .rev()
        .map(|k| (top >> k).max(1))
        .collect();
    sizes.dedup();
    let earlier: Vec<Point> = calibration
        .iter()
        .filter(|p| sizes.contains(&p.n))
        .copied()
        .collect();
    let reps = if earlier.len() == sizes.len() {
        options.reps.saturating_sub(1).max(1)
    } else {
        options.reps
    };
    let mut points = match run_harness(exe, cwd, &sizes, reps, options, cancel, None).await? {
        Run::Points(p) => p,
        Run::Failed(reason) => return Ok(Err(reason)),
    };
    if earlier.len() == sizes.len() {
        points.extend(earlier);
    }
    let mins: Vec<Point> = sizes
        .iter()
        .filter_map(|&n| {
            let mine: Vec<&Point> = points.iter().filter(|p| p.n == n).collect();
            Some(Point {
                n,
                cpu_ns: mine.iter().map(|p| p.cpu_ns).min()?,
                ops: mine.iter().map(|p| p.ops).min()?,
            })
        })
        .collect();
    let xy: Vec<(f64, f64)> = mins
        .iter()
        .map(|p| {
            let y = match measure {
                ProbeMeasure::Time => p.cpu_ns,
                ProbeMeasure::Ops => p.ops,
            };
            ((p.n as f64).ln(), (y.max(1) as f64).ln())
        })
        .collect();
    let fits = fit(&xy);
    let mut verdict = judge(fits, expected, &mins, options);
    let mut fits = fits;
    let mut judged_against = (expected, measure);
    if measure == ProbeMeasure::Ops && !verdict.is_flagged() {
        // A count is exact: a log factor the slope cannot show, it can.
        // The calibration's counts are exact too, and reach much smaller
        // sizes: ln n itself doubles over them, so the factor shows.
        // Beyond `top` only the sizes added for this test (see `measure`).
        let ladder: Vec<Point> = calibration.to_vec();
        if let Some(growth) = log_factor::extra_log_factor(&ladder, expected) {
            verdict = Verdict::TooSlow {
                slope: fits.map_or(f64::NAN, |f| (f.slope * 100.0).round() / 100.0),
                expected: expected.exponent(),
                log_factor: Some(growth),
            };
        }
    }
    if let (ProbeMeasure::Ops, Some(time_expected), false) =
        (measure, expect.time, verdict.is_flagged())
    {
        // Counting operations sees only what the probe counts: an O(n)
        // scan of something else (a timestamp list beside the map) would
        // hide. Time is kept too, and a clearly too-slow time decides.
        let by_time: Vec<(f64, f64)> = mins
            .iter()
            .map(|p| ((p.n as f64).ln(), (p.cpu_ns.max(1) as f64).ln()))
            .collect();
        let time_fits = fit(&by_time);
        if let too_slow @ Verdict::TooSlow { .. } = judge(time_fits, time_expected, &mins, options)
        {
            verdict = too_slow;
            fits = time_fits;
            judged_against = (time_expected, ProbeMeasure::Time);
        }
    }
    Ok(Ok(Measured {
        verdict,
        fits,
        sizes,
        points: mins,
        expected: judged_against.0,
        measure: judged_against.1,
    }))
}

mod fit;
mod log_factor;
use fit::least_squares;
pub use fit::{fit, judge};
#[cfg(test)]
mod tests;
