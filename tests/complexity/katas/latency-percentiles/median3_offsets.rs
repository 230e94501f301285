// learner: optimal
// idiom: generic select with offset bookkeeping, median-of-three-random pivot, if-heavy early returns, summary via iterator over percent list
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn mix(x: &mut u64) -> usize {
    *x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *x;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    (z ^ (z >> 31)) as usize
}

fn median3<T: Ord + Copy>(a: T, b: T, c: T) -> T {
    if a < b {
        if b < c { b } else if a < c { c } else { a }
    } else {
        if a < c { a } else if b < c { c } else { b }
    }
}

fn kth<T: Ord + Copy>(data: &mut [T], k: usize) -> T {
    let mut seed = 12345u64;
    let mut start = 0;
    let mut end = data.len();
    while end - start > 1 {
        let len = end - start;
        let pivot = median3(
            data[start + mix(&mut seed) % len],
            data[start + mix(&mut seed) % len],
            data[start + mix(&mut seed) % len],
        );
        let mut less = start;
        let mut more = end;
        let mut cur = start;
        while cur < more {
            let x = data[cur];
            if x < pivot {
                data.swap(cur, less);
                less += 1;
                cur += 1;
                continue;
            }
            if x > pivot {
                more -= 1;
                data.swap(cur, more);
                continue;
            }
            cur += 1;
        }
        if k < less {
            end = less;
            continue;
        }
        if k >= more {
            start = more;
            continue;
        }
        return pivot;
    }
    data[k]
}

fn idx(n: usize, p: u32) -> usize {
    std::cmp::max(1, (p as usize * n).div_ceil(100)) - 1
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if p > 100 {
        return None;
    }
    if samples.is_empty() {
        return None;
    }
    let k = idx(samples.len(), p);
    Some(kth(samples, k))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    if n == 0 {
        return None;
    }
    // Select from the largest rank down, shrinking the prefix each time.
    let mut out = [samples[0]; 3];
    let mut limit = n;
    for (slot, p) in [(2usize, 99u32), (1, 95), (0, 50)] {
        let k = idx(n, p);
        out[slot] = kth(&mut samples[..limit], k);
        limit = k + 1;
    }
    Some(Summary { p50: out[0], p95: out[1], p99: out[2] })
}
