// learner: optimal
// idiom: Go-style: partition3(s, lo, hi, pivot) returning (lt, gt) via a Dutch-flag loop, rng state passed as &mut u64, select(s, k, &mut seed) loop over lo/hi with early returns
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn rank_index(n: usize, p: u32) -> usize {
    let r = ((p as u64 * n as u64) + 99) / 100;
    (r.max(1) - 1) as usize
}

fn next_rand(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

fn partition3<T: Ord + Copy>(s: &mut [T], lo: usize, hi: usize, pivot: T) -> (usize, usize) {
    let mut lt = lo;
    let mut i = lo;
    let mut gt = hi;
    while i < gt {
        if s[i] < pivot {
            s.swap(i, lt);
            lt += 1;
            i += 1;
        } else if s[i] > pivot {
            gt -= 1;
            s.swap(i, gt);
        } else {
            i += 1;
        }
    }
    (lt, gt)
}

fn select<T: Ord + Copy>(s: &mut [T], k: usize, seed: &mut u64) -> T {
    let mut lo = 0;
    let mut hi = s.len();
    loop {
        if hi - lo == 1 {
            return s[lo];
        }
        let pick = lo + (next_rand(seed) % (hi - lo) as u64) as usize;
        let pivot = s[pick];
        let (lt, gt) = partition3(s, lo, hi, pivot);
        if k < lt {
            hi = lt;
        } else if k >= gt {
            lo = gt;
        } else {
            return pivot;
        }
    }
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    let mut seed = 0x9E37_79B9_7F4A_7C15u64;
    let k = rank_index(samples.len(), p);
    Some(select(samples, k, &mut seed))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    if samples.is_empty() {
        return None;
    }
    let n = samples.len();
    let mut seed = 0x2545_F491_4F6C_DD1Du64;
    let k99 = rank_index(n, 99);
    let k95 = rank_index(n, 95);
    let k50 = rank_index(n, 50);
    let p99 = select(samples, k99, &mut seed);
    let p95 = select(&mut samples[..=k99], k95, &mut seed);
    let p50 = select(&mut samples[..=k95], k50, &mut seed);
    Some(Summary { p50, p95, p99 })
}
