// learner: slow
// idiom: Mathematica / Wolfram Language user: the textbook functional quicksort qs[l] = Join[qs[Select[l, # < p &]], Select[l, # == p &], qs[Select[l, # > p &]]] into fresh Vecs, then Part[sorted, rank]
// why: misses O(n) time and O(1) space: it sorts everything, O(n log n) comparisons, and every level of the recursion allocates new lists, O(n) extra space

/// The usual latency report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn qs<T: Ord + Copy>(l: Vec<T>) -> Vec<T> {
    if l.len() <= 1 {
        return l;
    }
    let p = l[l.len() / 2];
    let less: Vec<T> = l.iter().copied().filter(|x| *x < p).collect();
    let same: Vec<T> = l.iter().copied().filter(|x| *x == p).collect();
    let more: Vec<T> = l.iter().copied().filter(|x| *x > p).collect();
    let mut joined = qs(less);
    joined.extend(same);
    joined.extend(qs(more));
    joined
}

fn part(p: u32, n: usize) -> usize {
    (p as usize * n).div_ceil(100).max(1) - 1
}

/// The `p`-th percentile of `samples` by the nearest-rank rule.
pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    let sorted = qs(samples.iter().copied().collect());
    Some(sorted[part(p, sorted.len())])
}

/// p50, p95 and p99 of `samples` (nearest rank), or `None` if `samples` is empty.
pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    if samples.is_empty() {
        return None;
    }
    let sorted = qs(samples.iter().copied().collect());
    let at = |p| sorted[part(p, sorted.len())];
    Some(Summary { p50: at(50), p95: at(95), p99: at(99) })
}
