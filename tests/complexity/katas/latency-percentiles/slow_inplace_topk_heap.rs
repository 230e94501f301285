// learner: slow
// why: percentile is O(n log k) = O(n log n) time for the median, target O(n): "top-k with a heap" done in place, a max-heap of the k smallest samples kept in the slice prefix and sifted for every smaller sample
//! Latency percentiles via an in-place bounded max-heap.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn sift_down<T: Ord + Copy>(heap: &mut [T], mut at: usize) {
    let len = heap.len();
    loop {
        let l = 2 * at + 1;
        let r = l + 1;
        let mut big = at;
        if l < len && heap[l] > heap[big] {
            big = l;
        }
        if r < len && heap[r] > heap[big] {
            big = r;
        }
        if big == at {
            return;
        }
        heap.swap(at, big);
        at = big;
    }
}

/// k-th smallest (1-based) by keeping the k smallest seen so far in a max-heap at the front.
fn kth_smallest<T: Ord + Copy>(a: &mut [T], k: usize) -> T {
    for i in (0..k / 2).rev() {
        sift_down(&mut a[..k], i);
    }
    for i in k..a.len() {
        if a[i] < a[0] {
            a.swap(0, i);
            sift_down(&mut a[..k], 0);
        }
    }
    a[0]
}

fn rank(n: usize, p: u32) -> usize {
    ((n * p as usize + 99) / 100).max(1)
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    let k = rank(samples.len(), p);
    Some(kth_smallest(samples, k))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    if samples.is_empty() {
        return None;
    }
    let n = samples.len();
    Some(Summary {
        p50: kth_smallest(samples, rank(n, 50)),
        p95: kth_smallest(samples, rank(n, 95)),
        p99: kth_smallest(samples, rank(n, 99)),
    })
}
