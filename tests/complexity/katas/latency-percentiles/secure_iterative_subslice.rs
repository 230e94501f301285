// learner: optimal
// idiom: security-minded: checked rank arithmetic with an explicit error enum, iterative quickselect narrowing a &mut subslice via mem::take, xorshift pivot choice
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RankError {
    Empty,
    PercentOutOfRange,
    Overflow,
}

fn nearest_rank_index(n: usize, p: u32) -> Result<usize, RankError> {
    if n == 0 {
        return Err(RankError::Empty);
    }
    if p > 100 {
        return Err(RankError::PercentOutOfRange);
    }
    let n64 = u64::try_from(n).map_err(|_| RankError::Overflow)?;
    let scaled = n64.checked_mul(u64::from(p)).ok_or(RankError::Overflow)?;
    let rank = scaled.checked_add(99).ok_or(RankError::Overflow)? / 100;
    let rank = rank.max(1);
    let idx = usize::try_from(rank - 1).map_err(|_| RankError::Overflow)?;
    if idx >= n {
        return Err(RankError::Overflow);
    }
    Ok(idx)
}

fn next_rand(state: &mut u64) -> u64 {
    let mut x = *state;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    *state = x;
    x
}

/// Returns the element that would be at index `k` of `v` if sorted, reordering `v`.
/// Iterative: narrows the slice in place, so no stack growth.
fn select<T: Ord + Copy>(v: &mut [T], k: usize, seed: &mut u64) -> Option<T> {
    let mut v = v;
    let mut k = k;
    loop {
        let n = v.len();
        if k >= n {
            return None;
        }
        if n == 1 {
            return v.first().copied();
        }
        let len64 = u64::try_from(n).ok()?;
        let pick = usize::try_from(next_rand(seed) % len64).ok()?;
        v.swap(pick, n - 1);
        let pivot = v[n - 1];
        // three-way: [< pivot][== pivot][> pivot]
        let mut lt = 0usize;
        let mut i = 0usize;
        let mut gt = n;
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
        if k < lt {
            v = &mut std::mem::take(&mut v)[..lt];
        } else if k >= gt {
            v = &mut std::mem::take(&mut v)[gt..];
            k -= gt;
        } else {
            return Some(pivot);
        }
    }
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    let k = nearest_rank_index(samples.len(), p).ok()?;
    let mut seed = 0x9E37_79B9_7F4A_7C15u64;
    select(samples, k, &mut seed)
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    let n = samples.len();
    let k99 = nearest_rank_index(n, 99).ok()?;
    let k95 = nearest_rank_index(n, 95).ok()?;
    let k50 = nearest_rank_index(n, 50).ok()?;
    let mut seed = 0x2545_F491_4F6C_DD1Du64;
    let p99 = select(samples, k99, &mut seed)?;
    let p95 = select(samples.get_mut(..=k99)?, k95, &mut seed)?;
    let p50 = select(samples.get_mut(..=k95)?, k50, &mut seed)?;
    Some(Summary { p50, p95, p99 })
}
