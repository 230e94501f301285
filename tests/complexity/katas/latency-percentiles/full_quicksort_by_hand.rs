// learner: slow
// why: percentile is O(n log n) time, target O(n): sort() is banned so the learner hand-writes a full quicksort (recursing into both sides) and reads off the rank
//! Latency percentiles by selection: see README.md.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn quicksort<T: Ord + Copy>(xs: &mut [T], seed: &mut u64) {
    if xs.len() < 2 {
        return;
    }
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    let pivot = xs[(*seed % xs.len() as u64) as usize];
    let (mut lt, mut i, mut gt) = (0, 0, xs.len());
    while i < gt {
        if xs[i] < pivot {
            xs.swap(lt, i);
            lt += 1;
            i += 1;
        } else if xs[i] > pivot {
            gt -= 1;
            xs.swap(i, gt);
        } else {
            i += 1;
        }
    }
    let (left, rest) = xs.split_at_mut(lt);
    quicksort(left, seed);
    quicksort(&mut rest[gt - lt..], seed);
}

fn rank(n: usize, p: u32) -> usize {
    ((p as usize * n + 99) / 100).max(1) - 1
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    quicksort(samples, &mut 0x1234_5678_9abc_def1);
    Some(samples[rank(samples.len(), p)])
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    if samples.is_empty() {
        return None;
    }
    quicksort(samples, &mut 0x0fed_cba9_8765_4321);
    let n = samples.len();
    Some(Summary {
        p50: samples[rank(n, 50)],
        p95: samples[rank(n, 95)],
        p99: samples[rank(n, 99)],
    })
}
