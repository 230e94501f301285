// learner: optimal
// idiom: MATLAB-style: 1-based rank r converted to 0-based once, LCG "rand" pivot, three counters (less/equal) partition with while loops
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn nearest_rank(p: u32, n: usize) -> usize {
    // r = max(1, ceil(p*n/100)), 1-based
    let pn = (p as usize) * n;
    let mut r = pn / 100;
    if pn % 100 != 0 {
        r += 1;
    }
    if r < 1 {
        r = 1;
    }
    r
}

// select the element of 1-based rank r within a[first..last] (0-based, half-open)
fn kth<T: Ord + Copy>(a: &mut [T], r: usize) -> T {
    let mut first: usize = 0;
    let mut last: usize = a.len();
    let target: usize = r - 1; // 0-based
    let mut state: u64 = 12345;
    while last - first > 1 {
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let width = last - first;
        let pidx = first + ((state >> 33) as usize) % width;
        let pivot = a[pidx];
        // pass: a[first..lt] < pivot, a[lt..i] == pivot, a[gt..last] > pivot
        let mut lt = first;
        let mut i = first;
        let mut gt = last;
        while i < gt {
            if a[i] < pivot {
                a.swap(i, lt);
                lt += 1;
                i += 1;
            } else if a[i] > pivot {
                gt -= 1;
                a.swap(i, gt);
            } else {
                i += 1;
            }
        }
        if target < lt {
            last = lt;
        } else if target >= gt {
            first = gt;
        } else {
            return pivot;
        }
    }
    a[first]
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    let n = samples.len();
    if n == 0 || p > 100 {
        return None;
    }
    let r = nearest_rank(p, n);
    Some(kth(samples, r))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    if n == 0 {
        return None;
    }
    let r99 = nearest_rank(99, n);
    let r95 = nearest_rank(95, n);
    let r50 = nearest_rank(50, n);
    let p99 = kth(samples, r99);
    let p95 = kth(&mut samples[0..r99], r95);
    let p50 = kth(&mut samples[0..r95], r50);
    Some(Summary { p50, p95, p99 })
}
