// learner: slow
// idiom: Delphi/Object Pascal desktop developer: the classic recursive QuickSort(L, R) procedure from Classes.pas (TList.Sort) written by hand because sort() is not allowed, then the nearest ranks are read off the sorted array
// why: percentile and summary are O(n log n) comparisons instead of O(n) average: they fully sort the samples when only one to three ranks are needed.
//! Latency percentiles by selection: see README.md.

/// The usual latency report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary<T> {
    pub p50: T,
    pub p95: T,
    pub p99: T,
}

fn QuickSort<T: Ord + Copy>(A: &mut [T], L: usize, R: usize) {
    let mut L = L;
    loop {
        let mut I = L;
        let mut J = R;
        let P = A[(L + R) / 2];
        loop {
            while A[I] < P {
                I += 1;
            }
            while P < A[J] {
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
        if L < J {
            QuickSort(A, L, J);
        }
        L = I;
        if I >= R {
            break;
        }
    }
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
    QuickSort(samples, 0, Count - 1);
    Some(samples[RankIndex(Count, p)])
}

pub fn summary<T: Ord + Copy>(samples: &mut [T]) -> Option<Summary<T>> {
    if samples.is_empty() {
        return None;
    }
    let Count = samples.len();
    QuickSort(samples, 0, Count - 1);
    Some(Summary {
        p50: samples[RankIndex(Count, 50)],
        p95: samples[RankIndex(Count, 95)],
        p99: samples[RankIndex(Count, 99)],
    })
}
