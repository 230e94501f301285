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
    Input { samples }
}

/// One summary (p50, p95, p99), then sixteen single percentiles, as a
/// dashboard would ask. The comparisons of one quickselect wander by tens of
/// percent with its pivots; summed over many selections they settle, so a
/// sort's extra log n factor stands out of the count per sample (the
/// runner looks for exactly that in an `ops` probe).
/// Returns the number of comparisons: O(n) for selection, O(n log n) for sorting.
pub fn run(mut input: Input) -> u64 {
    COMPARISONS.store(0, AtomicOrdering::Relaxed);
    let s = summary(&mut input.samples);
    let mut extra = 0u64;
    for p in [1, 5, 10, 17, 25, 33, 40, 50, 60, 67, 75, 83, 90, 95, 99, 100] {
        extra ^= percentile(&mut input.samples, p).map_or(0, |m| m.0);
    }
    std::hint::black_box((s, extra));
    COMPARISONS.load(AtomicOrdering::Relaxed)
}
