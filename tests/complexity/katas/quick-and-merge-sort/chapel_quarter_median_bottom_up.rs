// learner: optimal
// idiom: Chapel HPC programmer: index-range kernels; quicksort = median of the quarter marks + Dijkstra 3-way partition, recurse on the smaller subdomain and loop on the larger; merge sort bottom-up with a scratch array and doubling run width (no recursion)
//! Quicksort and merge sort, written by hand: see README.md.

fn median3Idx<T: Ord>(a: &[T], i: usize, j: usize, k: usize) -> usize {
    if a[i] <= a[j] {
        if a[j] <= a[k] { j } else if a[i] <= a[k] { k } else { i }
    } else {
        if a[i] <= a[k] { i } else if a[j] <= a[k] { k } else { j }
    }
}

/// 3-way partition of a[lo..hi) around the pivot; returns (lt, gt) with
/// a[lo..lt) < p, a[lt..gt) == p, a[gt..hi) > p
fn partition3<T: Ord>(a: &mut [T], lo: usize, hi: usize, pivotIdx: usize) -> (usize, usize) {
    a.swap(lo, pivotIdx);
    let mut lt = lo;
    let mut i = lo + 1;
    let mut gt = hi;
    while i < gt {
        // the pivot always lives at a[lt]
        if a[i] < a[lt] {
            a.swap(i, lt);
            lt += 1;
            i += 1;
        } else if a[i] > a[lt] {
            gt -= 1;
            a.swap(i, gt);
        } else {
            i += 1;
        }
    }
    (lt, gt)
}

fn quickRange<T: Ord>(a: &mut [T], mut lo: usize, mut hi: usize) {
    while hi - lo > 1 {
        let n = hi - lo;
        let p = median3Idx(a, lo + n / 4, lo + n / 2, lo + 3 * n / 4);
        let (lt, gt) = partition3(a, lo, hi, p);
        if lt - lo < hi - gt {
            quickRange(a, lo, lt);
            lo = gt;
        } else {
            quickRange(a, gt, hi);
            hi = lt;
        }
    }
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    let n = items.len();
    quickRange(items, 0, n);
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let n = items.len();
    if n < 2 {
        return;
    }
    let mut scratch: Vec<T> = items.to_vec();
    let mut width = 1;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            // merge items[lo..mid) and items[mid..hi) into scratch[lo..hi)
            let (mut i, mut j, mut k) = (lo, mid, lo);
            while i < mid && j < hi {
                if items[j] < items[i] {
                    scratch[k] = items[j].clone();
                    j += 1;
                } else {
                    scratch[k] = items[i].clone();
                    i += 1;
                }
                k += 1;
            }
            while i < mid {
                scratch[k] = items[i].clone();
                i += 1;
                k += 1;
            }
            while j < hi {
                scratch[k] = items[j].clone();
                j += 1;
                k += 1;
            }
            lo = hi;
        }
        items.clone_from_slice(&scratch);
        width *= 2;
    }
}
