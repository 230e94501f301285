// learner: optimal
// idiom: tail-recursive quickselect on shrinking subslices, three-way partition, xorshift seed threaded as an accumulator
//! Latency percentiles by selection.

use std::cmp::Ordering;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn rank_index(n: usize, p: u32) -> usize {
    (p as usize * n).div_ceil(100).max(1) - 1
}

fn next_seed(s: u64) -> u64 {
    let s = s ^ (s << 13);
    let s = s ^ (s >> 7);
    s ^ (s << 17)
}

/// Rearranges `s` into [< pivot | == pivot | > pivot]; returns the bounds of the middle block.
fn partition3<T: Ord + Copy>(s: &mut [T], pivot: T) -> (usize, usize) {
    let (mut lt, mut i, mut gt) = (0, 0, s.len());
    while i < gt {
        match s[i].cmp(&pivot) {
            Ordering::Less => {
                s.swap(lt, i);
                lt += 1;
                i += 1;
            }
            Ordering::Greater => {
                gt -= 1;
                s.swap(i, gt);
            }
            Ordering::Equal => i += 1,
        }
    }
    (lt, gt)
}

fn select<T: Ord + Copy>(s: &mut [T], k: usize, seed: u64) -> T {
    let seed = next_seed(seed);
    let pivot = s[(seed % s.len() as u64) as usize];
    let (lt, gt) = partition3(s, pivot);
    match (k < lt, k >= gt) {
        (true, _) => select(&mut s[..lt], k, seed),
        (_, true) => select(&mut s[gt..], k - gt, seed),
        _ => pivot,
    }
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    (!samples.is_empty() && p <= 100).then(|| {
        let k = rank_index(samples.len(), p);
        select(samples, k, 0x9e37_79b9_7f4a_7c15)
    })
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    if samples.is_empty() {
        return None;
    }
    let n = samples.len();
    let [k99, k95, k50] = [99, 95, 50].map(|p| rank_index(n, p));
    let p99 = select(samples, k99, 0x2545_f491_4f6c_dd1d);
    let p95 = select(&mut samples[..=k99], k95, 0x1234_5678_9abc_def1);
    let p50 = select(&mut samples[..=k95], k50, 0x0bad_cafe_dead_beef);
    Some(Summary { p50, p95, p99 })
}
