// learner: optimal
// idiom: Clojure developer: loop/recur written as a loop over (lo, hi) rebinding, three-way (Dutch flag) partition returning a tuple, pivot picked by a tiny xorshift "rand-nth", summary as a reduce over the ranks from largest to smallest
//! Latency percentiles by selection: see README.md.

/// The usual latency report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn rank(n: usize, p: u32) -> usize {
    (p as usize * n).div_ceil(100).max(1) - 1
}

/// Splits `s` around `pivot`: returns (lt, gt) with s[..lt] < pivot, s[lt..gt] == pivot, s[gt..] > pivot.
fn partition3<T: Ord + Copy>(s: &mut [T], pivot: T) -> (usize, usize) {
    let (mut lt, mut i, mut gt) = (0, 0, s.len());
    while i < gt {
        match s[i].cmp(&pivot) {
            std::cmp::Ordering::Less => {
                s.swap(lt, i);
                lt += 1;
                i += 1;
            }
            std::cmp::Ordering::Greater => {
                gt -= 1;
                s.swap(i, gt);
            }
            std::cmp::Ordering::Equal => i += 1,
        }
    }
    (lt, gt)
}

fn select<T: Ord + Copy>(s: &mut [T], k: usize) -> T {
    let mut seed = (s.len() as u64) ^ 0x9E37_79B9_7F4A_7C15;
    let mut rand_nth = |len: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % len as u64) as usize
    };
    let (mut lo, mut hi) = (0, s.len());
    loop {
        let window = &mut s[lo..hi];
        let pivot = window[rand_nth(window.len())];
        let (lt, gt) = partition3(window, pivot);
        (lo, hi) = match k - lo {
            r if r < lt => (lo, lo + lt),
            r if r < gt => return pivot,
            _ => (lo + gt, hi),
        };
    }
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    (!samples.is_empty() && p <= 100).then(|| {
        let k = rank(samples.len(), p);
        select(samples, k)
    })
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    if n == 0 {
        return None;
    }
    // Each selection leaves the smaller ranks in front, so the next one only looks there.
    let [p99, p95, p50] = [99, 95, 50].map({
        let mut end = n;
        move |p| {
            let k = rank(n, p);
            let v = select(&mut samples[..end], k);
            end = k + 1;
            v
        }
    });
    Some(Summary { p50, p95, p99 })
}
