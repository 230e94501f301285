// learner: optimal
// idiom: Hoare partition with median-of-three of pseudo-random picks, shrinking slice re-borrowing (`v = &mut v[..]`) instead of indices
//! Latency percentiles by selection: see README.md.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(0x5851_F42D_4C95_7F2D).wrapping_add(0x14057B7EF767814F);
        ((self.0 >> 33) as usize) % n
    }
}

fn median3<T: Ord + Copy>(a: T, b: T, c: T) -> T {
    if a < b {
        if b < c { b } else if a < c { c } else { a }
    } else if a < c {
        a
    } else if b < c {
        c
    } else {
        b
    }
}

fn nth<T: Ord + Copy>(mut v: &mut [T], mut k: usize) -> T {
    let mut rng = Rng(0xDEAD_BEEF_u64 ^ v.len() as u64);
    while v.len() > 1 {
        let n = v.len();
        let pivot = median3(v[rng.below(n)], v[rng.below(n)], v[rng.below(n)]);
        // Hoare: i scans up for >= pivot, j scans down for <= pivot
        let mut i = 0usize;
        let mut j = n - 1;
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
        // now v[..=j] <= pivot <= v[j+1..]
        // j may equal i (meeting on a pivot-valued slot), which is then in its final place
        if i == j {
            if k == j {
                return v[j];
            }
            if k < j {
                v = &mut v[..j];
            } else {
                k -= j + 1;
                v = &mut v[j + 1..];
            }
        } else if k <= j {
            v = &mut v[..=j];
        } else {
            k -= j + 1;
            v = &mut v[j + 1..];
        }
    }
    v[0]
}

fn index_for(n: usize, p: u32) -> usize {
    ((p as usize * n + 99) / 100).saturating_sub(1)
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if p > 100 || samples.is_empty() {
        None
    } else {
        let k = index_for(samples.len(), p);
        Some(nth(samples, k))
    }
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    if samples.is_empty() {
        return None;
    }
    let n = samples.len();
    let (i99, i95, i50) = (index_for(n, 99), index_for(n, 95), index_for(n, 50));
    let p99 = nth(samples, i99);
    let p95 = nth(&mut samples[..=i99], i95);
    let p50 = nth(&mut samples[..=i95], i50);
    Some(Summary { p50, p95, p99 })
}
