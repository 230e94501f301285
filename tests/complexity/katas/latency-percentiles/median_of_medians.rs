// learner: optimal
// idiom: Ada/SPARK safety engineer: deterministic worst-case linear selection (median of medians, groups of five ordered by a small insertion routine, medians gathered at the front), three-way partition so duplicate-heavy samples stay linear
//! Latency percentiles by selection: see README.md.

/// The usual latency report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

const GROUP: usize = 5;

fn nearest_rank_index(n: usize, p: u32) -> usize {
    let r = (p as usize * n).div_ceil(100);
    r.max(1) - 1
}

/// Orders a group of at most GROUP elements by straight insertion.
fn order_group<T: Ord + Copy>(g: &mut [T]) {
    debug_assert!(g.len() <= GROUP);
    for i in 1..g.len() {
        let mut j = i;
        while j > 0 && g[j] < g[j - 1] {
            g.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// Returns (lt, gt): s[..lt] < pivot, s[lt..gt] == pivot, s[gt..] > pivot.
fn partition_three_way<T: Ord + Copy>(s: &mut [T], pivot: T) -> (usize, usize) {
    let mut lt = 0;
    let mut scan = 0;
    let mut gt = s.len();
    while scan < gt {
        if s[scan] < pivot {
            s.swap(lt, scan);
            lt += 1;
            scan += 1;
        } else if pivot < s[scan] {
            gt -= 1;
            s.swap(scan, gt);
        } else {
            scan += 1;
        }
    }
    (lt, gt)
}

/// A pivot guaranteed to have at least ~30% of the elements on each side.
fn median_of_medians<T: Ord + Copy>(s: &mut [T]) -> T {
    let n = s.len();
    let groups = n.div_ceil(GROUP);
    for g in 0..groups {
        let start = g * GROUP;
        let end = (start + GROUP).min(n);
        order_group(&mut s[start..end]);
        let median = start + (end - start - 1) / 2;
        // Position g lies in an already processed group, so overwriting it is harmless.
        s.swap(g, median);
    }
    select(&mut s[..groups], groups / 2)
}

/// The element of 0-based rank k; afterwards s[..k] <= s[k] <= s[k+1..]. Precondition: k < s.len().
fn select<T: Ord + Copy>(s: &mut [T], k: usize) -> T {
    let mut lo = 0;
    let mut hi = s.len();
    loop {
        let len = hi - lo;
        if len <= GROUP {
            order_group(&mut s[lo..hi]);
            return s[k];
        }
        let pivot = median_of_medians(&mut s[lo..hi]);
        let (lt, gt) = partition_three_way(&mut s[lo..hi], pivot);
        if k < lo + lt {
            hi = lo + lt;
        } else if k < lo + gt {
            return pivot;
        } else {
            lo += gt;
        }
    }
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        None
    } else {
        let k = nearest_rank_index(samples.len(), p);
        Some(select(samples, k))
    }
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    if n == 0 {
        return None;
    }
    let i99 = nearest_rank_index(n, 99);
    let p99 = select(samples, i99);
    let i95 = nearest_rank_index(n, 95);
    let p95 = select(&mut samples[..=i99], i95);
    let i50 = nearest_rank_index(n, 50);
    let p50 = select(&mut samples[..=i95], i50);
    Some(Summary { p50, p95, p99 })
}
