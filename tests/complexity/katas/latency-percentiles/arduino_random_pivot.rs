// learner: optimal
// idiom: Arduino hobbyist: random() pivot from a little xorshift register, two Lomuto-style sweeps (smaller to the front, then equal right after), window narrowed in a for(;;) loop
// why:
//! Latency percentiles by selection: see README.md.

/// The usual latency report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

struct Rng(u32);

impl Rng {
    fn next(&mut self) -> u32 {
        // xorshift32, like the old randomSeed()/random() trick
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        self.0 = x;
        x
    }
}

fn pick<T: Ord + Copy>(buf: &mut [T], k: usize, rng: &mut Rng) -> T {
    let mut start = 0;
    let mut end = buf.len(); // window is buf[start..end]
    loop {
        let width = end - start;
        if width == 1 {
            return buf[start];
        }
        let pivot = buf[start + (rng.next() as usize % width)];
        // sweep 1: everything smaller than pivot to the front
        let mut small = start;
        for i in start..end {
            if buf[i] < pivot {
                buf.swap(i, small);
                small += 1;
            }
        }
        // sweep 2: everything equal to pivot right after
        let mut same = small;
        for i in small..end {
            if buf[i] == pivot {
                buf.swap(i, same);
                same += 1;
            }
        }
        if k < small {
            end = small;
        } else if k < same {
            return pivot;
        } else {
            start = same;
        }
    }
}

fn where_is(n: usize, p: u32) -> usize {
    let r = (p as usize * n + 99) / 100;
    if r == 0 { 0 } else { r - 1 }
}

/// The `p`-th percentile of `samples` by the nearest-rank rule.
pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    let mut rng = Rng(0x2545_F491 ^ samples.len() as u32 | 1);
    let k = where_is(samples.len(), p);
    Some(pick(samples, k, &mut rng))
}

/// p50, p95 and p99 of `samples` (nearest rank), or `None` if `samples` is empty.
pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    if n == 0 {
        return None;
    }
    let mut rng = Rng(0x2545_F491 ^ n as u32 | 1);
    let k99 = where_is(n, 99);
    let k95 = where_is(n, 95);
    let k50 = where_is(n, 50);
    let p99 = pick(samples, k99, &mut rng);
    let p95 = pick(&mut samples[..k99 + 1], k95, &mut rng);
    let p50 = pick(&mut samples[..k95 + 1], k50, &mut rng);
    Some(Summary { p50, p95, p99 })
}
