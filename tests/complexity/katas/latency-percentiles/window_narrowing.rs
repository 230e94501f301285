// learner: optimal
// idiom: loop narrowing a &mut [T] window with mem::take + split_at_mut, pivot picker closure, Option combinators
//! Latency percentiles by selection.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

struct Select {
    state: u64,
}

impl Select {
    fn new() -> Self {
        Select { state: 0x853c_49e6_748f_ea9b }
    }

    fn pick(&mut self, len: usize) -> usize {
        self.state = self.state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        ((self.state >> 33) % len as u64) as usize
    }

    /// The value that would sit at `k` if `data` were sorted; reorders `data` so that holds.
    fn nth<T: Ord + Copy>(&mut self, data: &mut [T], mut k: usize) -> T {
        let mut window = data;
        loop {
            if window.len() == 1 {
                return window[0];
            }
            let pivot = window[self.pick(window.len())];
            // Dijkstra's three-way partition.
            let (mut lt, mut eq, mut gt) = (0, 0, window.len());
            while eq < gt {
                if window[eq] < pivot {
                    window.swap(lt, eq);
                    lt += 1;
                    eq += 1;
                } else if window[eq] > pivot {
                    gt -= 1;
                    window.swap(eq, gt);
                } else {
                    eq += 1;
                }
            }
            let whole = std::mem::take(&mut window);
            if k < lt {
                window = whole.split_at_mut(lt).0;
            } else if k >= gt {
                window = whole.split_at_mut(gt).1;
                k -= gt;
            } else {
                return pivot;
            }
        }
    }
}

fn nearest_rank(n: usize, p: u32) -> usize {
    ((p as usize * n).div_ceil(100)).saturating_sub(1)
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    Some(samples)
        .filter(|s| !s.is_empty() && p <= 100)
        .map(|s| {
            let k = nearest_rank(s.len(), p);
            Select::new().nth(s, k)
        })
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    if n == 0 {
        return None;
    }
    let mut sel = Select::new();
    let k99 = nearest_rank(n, 99);
    let k95 = nearest_rank(n, 95);
    let k50 = nearest_rank(n, 50);
    let p99 = sel.nth(samples, k99);
    let p95 = sel.nth(&mut samples[..=k99], k95);
    let p50 = sel.nth(&mut samples[..=k95], k50);
    Some(Summary { p50, p95, p99 })
}
