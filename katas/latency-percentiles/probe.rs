use crate::Rng;
use latency_percentiles::{percentile, summary};
use std::cmp::Ordering;
use std::sync::atomic::{AtomicU64, Ordering as AtomicOrdering};

/// Comparisons made since the last reset.
static COMPARISONS: AtomicU64 = AtomicU64::new(0);

/// A latency in microseconds that counts how often it is compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Micros(u64);

impl PartialOrd for Micros {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Micros {
    fn cmp(&self, other: &Self) -> Ordering {
        COMPARISONS.fetch_add(1, AtomicOrdering::Relaxed);
        self.0.cmp(&other.0)
    }
}

pub struct Input {
    samples: Vec<Micros>,
    /// The same number of samples in whole milliseconds from a narrow
    /// band: sixteen distinct values, so long runs of equal items.
    coarse: Vec<Micros>,
}

/// n latencies, all distinct in practice (random microsecond values with a heavy tail), so
/// sorting costs its full n log n comparisons.
pub fn build(n: usize, rng: &mut Rng) -> Input {
    let samples = (0..n)
        .map(|_| {
            let base = 5_000 + rng.below(50_000);
            let tail = if rng.below(50) == 0 {
                rng.below(2_000_000)
            } else {
                0
            };
            Micros(base * 1_000 + tail * 1_000 + rng.below(1_000))
        })
        .collect();
    // The README promises many equal samples: a selection whose partition
    // sends every item equal to the pivot to one side shrinks a run of
    // equal items by one per round, O(run^2). A three-way partition (or
    // stopping once the rank falls among the pivot's equals) stays O(n).
    let coarse = (0..n).map(|_| Micros((5 + rng.below(16)) * 1_000)).collect();
    Input { samples, coarse }
}

/// One summary (p50, p95, p99), then sixteen single percentiles, as a
/// dashboard would ask; then a summary of the coarse samples. The comparisons of one quickselect wander by tens of
/// percent with its pivots; summed over many selections they settle, so a
/// sort's extra log n factor stands out of the count per sample (the
/// runner looks for exactly that in an `ops` probe).
/// Returns the number of comparisons: O(n) for selection, O(n log n) for sorting.
pub fn run(mut input: Input) -> u64 {
    COMPARISONS.store(0, AtomicOrdering::Relaxed);
    let s = summary(&mut input.samples);
    let mut extra = 0u64;
    // Each selection leaves the samples partitioned around its rank; a
    // deterministic pivot (median of first, middle and last) can then
    // degrade to n log n on what the previous call left. The README
    // promises O(n) for samples as they come, so every call gets them
    // shuffled again (no comparisons: the count is unchanged).
    let mut state = 0x9E37_79B9_7F4A_7C15u64 ^ input.samples.len() as u64;
    for p in [1, 5, 10, 17, 25, 33, 40, 50, 60, 67, 75, 83, 90, 95, 99, 100] {
        shuffle(&mut input.samples, &mut state);
        extra ^= percentile(&mut input.samples, p).map_or(0, |m| m.0);
    }
    // One summary of the coarse samples is enough to expose a partition
    // that piles equals on one side; more calls would lower the size the
    // calibration reaches, and the log-factor test needs its sizes.
    let c = summary(&mut input.coarse);
    std::hint::black_box((s, c, extra));
    COMPARISONS.load(AtomicOrdering::Relaxed)
}

/// Fisher-Yates with xorshift64: moves only, no comparisons.
fn shuffle(v: &mut [Micros], state: &mut u64) {
    for i in (1..v.len()).rev() {
        *state ^= *state << 13;
        *state ^= *state >> 7;
        *state ^= *state << 17;
        v.swap(i, (*state % (i as u64 + 1)) as usize);
    }
}
