// learner: optimal
// idiom: Delphi/Object Pascal desktop developer: Niklaus Wirth's FIND from "Algorithms + Data Structures = Programs", transcribed with L/R/I/J index variables and a repeat..until-style inner loop; summary narrows R between calls
//! Latency percentiles by selection: see README.md.

/// The usual latency report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

/// Wirth's FIND: after the call, A[K] holds the K-th smallest, A[L..K] <= A[K] <= A[K..R].
fn Find<T: Ord + Copy>(A: &mut [T], K: usize, Right: usize) -> T {
    let mut L: usize = 0;
    let mut R: usize = Right;
    while L < R {
        let X = A[K];
        let mut I = L;
        let mut J = R;
        loop {
            while A[I] < X {
                I += 1;
            }
            while X < A[J] {
                J -= 1;
            }
            if I <= J {
                A.swap(I, J);
                I += 1;
                if J == 0 {
                    break;
                }
                J -= 1;
            }
            if I > J {
                break;
            }
        }
        if J < K {
            L = I;
        }
        if K < I {
            R = J;
        }
    }
    A[K]
}

fn RankIndex(Count: usize, Percent: u32) -> usize {
    let mut Rank = (Percent as usize * Count + 99) / 100;
    if Rank < 1 {
        Rank = 1;
    }
    Rank - 1
}

pub fn percentile<T: Ord + Copy>(samples: &mut [T], p: u32) -> Option<T> {
    if samples.is_empty() || p > 100 {
        return None;
    }
    let Count = samples.len();
    Some(Find(samples, RankIndex(Count, p), Count - 1))
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    if samples.is_empty() {
        return None;
    }
    let Count = samples.len();
    let K99 = RankIndex(Count, 99);
    let K95 = RankIndex(Count, 95);
    let K50 = RankIndex(Count, 50);
    // Each Find leaves everything up to K in the left part, so the next one only searches there.
    let P99 = Find(samples, K99, Count - 1);
    let P95 = Find(samples, K95, K99);
    let P50 = Find(samples, K50, K95);
    Some(Summary { p50: P50, p95: P95, p99: P99 })
}
