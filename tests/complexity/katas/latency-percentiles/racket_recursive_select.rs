// learner: optimal
// idiom: Racket-style: quickselect as a named-let loop rebinding (slice, k, seed) over a shrinking sub-slice, three-way Dutch-flag partition, xorshift pivot threaded as an argument
//! Latency percentiles by selection: see README.md.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn xorshift(s: u64) -> u64 {
    let s = s ^ (s << 13);
    let s = s ^ (s >> 7);
    s ^ (s << 17)
}

/// Dutch national flag: returns (lt, gt) with v[..lt] < pivot, v[lt..gt] == pivot, v[gt..] > pivot.
fn partition3<T: Ord + Copy>(v: &mut [T], pivot: T) -> (usize, usize) {
    let (mut lt, mut i, mut gt) = (0, 0, v.len());
    while i < gt {
        match v[i].cmp(&pivot) {
            std::cmp::Ordering::Less => {
                v.swap(lt, i);
                lt += 1;
                i += 1;
            }
            std::cmp::Ordering::Greater => {
                gt -= 1;
                v.swap(i, gt);
            }
            std::cmp::Ordering::Equal => i += 1,
        }
    }
    (lt, gt)
}

/// (define (select v k seed) ...): the value of rank k (0-based) in v.
/// Written as a named let: the "recursive call" rebinds (v, k, seed) and goes round again,
/// since Rust does not promise tail calls.
fn select<T: Ord + Copy>(v: &mut [T], k: usize, seed: u64) -> T {
    let (mut v, mut k, mut seed) = (v, k, seed);
    loop {
        seed = xorshift(seed);
        let pivot = v[(seed % v.len() as u64) as usize];
        let (lt, gt) = partition3(v, pivot);
        if k < lt {
            v = &mut v[..lt];
        } else if k < gt {
            return pivot;
        } else {
            v = &mut v[gt..];
            k -= gt;
        }
    }
}

fn rank_index(n: usize, p: u32) -> usize {
    (p as usize * n).div_ceil(100).max(1) - 1
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    let k = rank_index(samples.len(), p);
    Some(select(samples, k, 0x2545_F491_4F6C_DD1D))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    if n == 0 {
        return None;
    }
    let (k50, k95, k99) = (rank_index(n, 50), rank_index(n, 95), rank_index(n, 99));
    let p99 = select(samples, k99, 0x9E37_79B9_7F4A_7C15);
    let p95 = select(&mut samples[..=k99], k95, 0xD1B5_4A32_D192_ED03);
    let p50 = select(&mut samples[..=k95], k50, 0x8CB9_2BA7_2F3D_8DD7);
    Some(Summary { p50, p95, p99 })
}
