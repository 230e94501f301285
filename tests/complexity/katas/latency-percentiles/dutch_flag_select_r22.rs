// learner: optimal
// idiom: Erlang veteran: selection state record {lo, hi, seed}, three-way partition returning a Split message, recursion unrolled into a loop
//! Latency percentiles by selection: see README.md.

/// The usual latency report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

use std::cmp::Ordering;

/// Where the wanted index landed after one partition round.
enum Split {
    Left(usize),   // new hi (exclusive)
    Right(usize),  // new lo
    Found,
}

struct Sel {
    lo: usize,
    hi: usize,
    seed: u64,
}

impl Sel {
    fn rand(&mut self) -> u64 {
        self.seed ^= self.seed << 13;
        self.seed ^= self.seed >> 7;
        self.seed ^= self.seed << 17;
        self.seed
    }
}

/// Dutch-flag partition of v[lo..hi] around `pivot`: returns [lt, gt) of the equal block.
fn partition3<T: Ord + Copy>(v: &mut [T], lo: usize, hi: usize, pivot: T) -> (usize, usize) {
    let (mut lt, mut i, mut gt) = (lo, lo, hi);
    while i < gt {
        match v[i].cmp(&pivot) {
            Ordering::Less => {
                v.swap(lt, i);
                lt += 1;
                i += 1;
            }
            Ordering::Greater => {
                gt -= 1;
                v.swap(i, gt);
            }
            Ordering::Equal => i += 1,
        }
    }
    (lt, gt)
}

fn select<T: Ord + Copy>(v: &mut [T], k: usize) -> T {
    let mut st = Sel { lo: 0, hi: v.len(), seed: 0x2545_f491_4f6c_dd1d ^ v.len() as u64 };
    loop {
        if st.hi - st.lo == 1 {
            return v[st.lo];
        }
        let span = (st.hi - st.lo) as u64;
        let pivot = v[st.lo + (st.rand() % span) as usize];
        let (lt, gt) = partition3(v, st.lo, st.hi, pivot);
        let msg = if k < lt {
            Split::Left(lt)
        } else if k >= gt {
            Split::Right(gt)
        } else {
            Split::Found
        };
        match msg {
            Split::Found => return pivot,
            Split::Left(hi) => st.hi = hi,
            Split::Right(lo) => st.lo = lo,
        }
    }
}

fn rank_index(n: usize, p: u32) -> usize {
    ((p as usize * n).div_ceil(100)).max(1) - 1
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    match (samples.len(), p) {
        (0, _) => None,
        (_, p) if p > 100 => None,
        (n, p) => Some(select(samples, rank_index(n, p))),
    }
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    if n == 0 {
        return None;
    }
    let (k99, k95, k50) = (rank_index(n, 99), rank_index(n, 95), rank_index(n, 50));
    let p99 = select(samples, k99);
    let p95 = select(&mut samples[..=k99], k95);
    let p50 = select(&mut samples[..=k95], k50);
    Some(Summary { p50, p95, p99 })
}
