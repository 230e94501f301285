// learner: optimal
// idiom: Julia-style Hoare partition with while loops and a middle pivot, one select! helper shared by both entry points via a tuple of ranks
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn kth(n: usize, p: usize) -> usize {
    let r = (p * n + 99) / 100;
    r.max(1) - 1
}

/// Hoare-style quickselect: after it returns, v[k] holds the k-th smallest and
/// everything in v[..k] is <= v[k].
fn select_inplace<T: Ord + Copy>(v: &mut [T], k: usize) -> T {
    let mut left = 0usize;
    let mut right = v.len() - 1;
    while left < right {
        let pivot = v[left + (right - left) / 2];
        let mut i = left;
        let mut j = right;
        loop {
            while v[i] < pivot {
                i += 1;
            }
            while v[j] > pivot {
                j -= 1;
            }
            if i >= j {
                break;
            }
            v.swap(i, j);
            i += 1;
            j -= 1;
        }
        // now v[left..=j] <= pivot <= v[j+1..=right]
        if k <= j {
            right = j;
        } else {
            left = j + 1;
        }
    }
    v[k]
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    let k = kth(samples.len(), p as usize);
    Some(select_inplace(samples, k))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    if n == 0 {
        return None;
    }
    let (a, b, c) = (kth(n, 99), kth(n, 95), kth(n, 50));
    let p99 = select_inplace(samples, a);
    let p95 = select_inplace(&mut samples[..=a], b);
    let p50 = select_inplace(&mut samples[..=b], c);
    Some(Summary { p50, p95, p99 })
}
