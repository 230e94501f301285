// learner: optimal
// idiom: Julia-style: iterative quickselect on index ranges lo..hi with median-of-three pivot, Lomuto partition!, 0-based rank helper
fn rank_index(n: usize, p: u32) -> usize {
    // nearest rank r = max(1, ceil(p*n/100)); return r-1
    let num = p as u128 * n as u128;
    let r = ((num + 99) / 100) as usize;
    if r == 0 { 0 } else { r - 1 }
}

fn median3_bang<T: Ord + Copy>(v: &mut [T], lo: usize, hi: usize) {
    // puts the median of v[lo], v[mid], v[hi] at v[hi]
    let mid = lo + (hi - lo) / 2;
    if v[mid] < v[lo] {
        v.swap(mid, lo);
    }
    if v[hi] < v[lo] {
        v.swap(hi, lo);
    }
    if v[mid] < v[hi] {
        v.swap(mid, hi);
    }
}

fn partition_bang<T: Ord + Copy>(v: &mut [T], lo: usize, hi: usize) -> (usize, usize) {
    // three-way partition of v[lo..=hi] around pivot: returns [lt, gt] of the equal block
    median3_bang(v, lo, hi);
    let pivot = v[hi];
    let mut lt = lo;
    let mut i = lo;
    let mut gt = hi;
    while i <= gt {
        if v[i] < pivot {
            v.swap(lt, i);
            lt += 1;
            i += 1;
        } else if v[i] > pivot {
            v.swap(i, gt);
            if gt == 0 {
                break;
            }
            gt -= 1;
        } else {
            i += 1;
        }
    }
    (lt, gt)
}

fn select_bang<T: Ord + Copy>(v: &mut [T], mut lo: usize, mut hi: usize, k: usize) -> T {
    loop {
        if lo >= hi {
            return v[k];
        }
        let (lt, gt) = partition_bang(v, lo, hi);
        if k < lt {
            hi = lt - 1;
        } else if k > gt {
            lo = gt + 1;
        } else {
            return v[k];
        }
    }
}

pub use self::types::Summary;
mod types {
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Summary<T> {
        pub p50: T,
        pub p95: T,
        pub p99: T,
    }
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    let n = samples.len();
    if n == 0 || p > 100 {
        return None;
    }
    let k = rank_index(n, p);
    Some(select_bang(samples, 0, n - 1, k))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    if n == 0 {
        return None;
    }
    let k99 = rank_index(n, 99);
    let k95 = rank_index(n, 95);
    let k50 = rank_index(n, 50);
    let p99 = select_bang(samples, 0, n - 1, k99);
    let p95 = select_bang(samples, 0, k99, k95);
    let p50 = select_bang(samples, 0, k95, k50);
    Some(Summary { p50, p95, p99 })
}
