// learner: optimal
// idiom: competitive: the working slice is re-borrowed with mem::take and narrowed in place, two Lomuto sweeps (less, then equal) with swap, k rebased on every narrowing, summary folds over the three ranks
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

fn sel<T: Ord + Copy>(a: &mut [T], mut k: usize, r: &mut u64) -> T {
    let mut s = a;
    loop {
        if s.len() == 1 {
            return s[0];
        }
        *r = r.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let x = s[((*r >> 33) % s.len() as u64) as usize];
        let mut i = 0;
        for j in 0..s.len() {
            if s[j] < x {
                s.swap(i, j);
                i += 1;
            }
        }
        let mut e = i;
        for j in i..s.len() {
            if s[j] == x {
                s.swap(e, j);
                e += 1;
            }
        }
        if k < i {
            s = &mut std::mem::take(&mut s)[..i];
        } else if k < e {
            return x;
        } else {
            k -= e;
            s = &mut std::mem::take(&mut s)[e..];
        }
    }
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    let k = rank_index(samples.len(), p);
    Some(sel(samples, k, &mut 88172645463325252))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    if samples.is_empty() {
        return None;
    }
    let n = samples.len();
    let mut r = 0x1234_5678_9abc_def1u64;
    let [a, b, c] = [99u32, 95, 50].map(|p| rank_index(n, p));
    let (mut end, mut out) = (n, [samples[0]; 3]);
    for (slot, k) in [a, b, c].into_iter().enumerate() {
        out[slot] = sel(&mut samples[..end], k, &mut r);
        end = k + 1;
    }
    Some(Summary { p50: out[2], p95: out[1], p99: out[0] })
}
