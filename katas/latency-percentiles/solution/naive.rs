//! Latency percentiles by sorting a copy of the whole sample for every percentile asked.

/// The usual latency report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

/// The `p`-th percentile of `samples` by the nearest-rank rule.
pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    let mut sorted = samples.to_vec();
    sorted.sort();
    let rank = (p as usize * sorted.len()).div_ceil(100).max(1);
    Some(sorted[rank - 1])
}

/// p50, p95 and p99 of `samples` (nearest rank), or `None` if `samples` is empty.
pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    Some(Summary {
        p50: percentile(samples, 50)?,
        p95: percentile(samples, 95)?,
        p99: percentile(samples, 99)?,
    })
}
