//! Latency percentiles by selection: see README.md.

/// The usual latency report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

/// The `p`-th percentile of `samples` by the nearest-rank rule: the value of rank
/// `max(1, ceil(p * n / 100))` in ascending order (rank 1 = the smallest).
///
/// Returns `None` if `samples` is empty or `p > 100`. May reorder `samples`.
/// O(n) average time, O(1) extra space; no sorting.
pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    todo!("percentile of {} samples, p = {p}", samples.len())
}

/// p50, p95 and p99 of `samples` (nearest rank), or `None` if `samples` is empty.
///
/// May reorder `samples`. O(n) average time, O(1) extra space; no sorting.
pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    todo!("summary of {} samples", samples.len())
}
