// learner: optimal
// idiom: C++20-ranges fan: generic nth_element-like select over a subrange with a Dutch-flag partition, xorshift pivot, rank helper composed with Option combinators
use std::cmp::Ordering;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn rank_index(n: usize, p: u32) -> Option<usize> {
    (n > 0 && p <= 100).then(|| ((p as usize * n).div_ceil(100)).max(1) - 1)
}

/// nth_element: afterwards v[k] holds the value of rank k+1 and v[..k] <= v[k].
fn nth_element<T: Ord + Copy>(v: &mut [T], k: usize) -> T {
    let (mut lo, mut hi) = (0usize, v.len());
    let mut seed = 0x9E37_79B9_7F4A_7C15u64 ^ v.len() as u64;
    loop {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let pivot = v[lo + (seed % (hi - lo) as u64) as usize];
        // [lo, lt) < pivot, [lt, i) == pivot, [gt, hi) > pivot
        let (mut lt, mut i, mut gt) = (lo, lo, hi);
        while i < gt {
            match v[i].cmp(&pivot) {
                Ordering::Less => {
                    v.swap(lt, i);
                    lt += 1;
                    i += 1;
                }
                Ordering::Equal => i += 1,
                Ordering::Greater => {
                    gt -= 1;
                    v.swap(i, gt);
                }
            }
        }
        match k {
            k if k < lt => hi = lt,
            k if k >= gt => lo = gt,
            _ => return pivot,
        }
    }
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    rank_index(samples.len(), p).map(|k| nth_element(samples, k))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    let [k50, k95, k99] = [50, 95, 99].map(|p| rank_index(n, p));
    let (k50, k95, k99) = (k50?, k95?, k99?);
    let p99 = nth_element(samples, k99);
    let p95 = nth_element(&mut samples[..=k99], k95);
    let p50 = nth_element(&mut samples[..=k95], k50);
    Some(Summary { p50, p95, p99 })
}
