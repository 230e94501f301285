// learner: optimal
// idiom: Mathematica / Wolfram Language user: "Select the smaller ones, then Select the equal ones" done in place as two Lomuto passes, narrowing a &mut slice (like Take/Drop) instead of index bounds
// why: each round is O(len) and continues in one part only, expected O(n) total; the slice re-borrow and a counter are all the state, O(1) extra space

/// The usual latency report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

/// Moves every element satisfying `keep` to the front; returns how many there are.
fn gather<T: Copy>(s: &mut [T], keep: impl Fn(&T) -> bool) -> usize {
    let mut front = 0;
    for i in 0..s.len() {
        if keep(&s[i]) {
            s.swap(front, i);
            front += 1;
        }
    }
    front
}

/// The value of 0-based rank k, with the slice partitioned around it.
fn nth<T: Ord + Copy>(samples: &mut [T], k: usize) -> T {
    let mut state: u32 = 2_463_534_242;
    let mut s: &mut [T] = samples;
    let mut k = k;
    loop {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        let pivot = s[state as usize % s.len()];
        let below = gather(s, |x| *x < pivot);
        let equal = gather(&mut s[below..], |x| *x == pivot);
        s = match k {
            k if k < below => &mut s[..below],
            k if k < below + equal => return pivot,
            _ => {
                k -= below + equal;
                &mut s[below + equal..]
            }
        };
    }
}

fn nearest_rank(p: u32, n: usize) -> usize {
    let r = (p as usize * n).div_ceil(100);
    if r == 0 { 0 } else { r - 1 }
}

/// The `p`-th percentile of `samples` by the nearest-rank rule.
pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    let k = nearest_rank(p, samples.len());
    Some(nth(samples, k))
}

/// p50, p95 and p99 of `samples` (nearest rank), or `None` if `samples` is empty.
pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    let ks = [99, 95, 50].map(|p| nearest_rank(p, n));
    match n {
        0 => None,
        _ => {
            // Fold from the largest rank down: each prefix holds the smaller ranks.
            let [a, b, c] = ks;
            let p99 = nth(samples, a);
            let p95 = nth(&mut samples[..=a], b);
            let p50 = nth(&mut samples[..=b], c);
            Some(Summary { p50, p95, p99 })
        }
    }
}
