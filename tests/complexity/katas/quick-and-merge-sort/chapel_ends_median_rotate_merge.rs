// learner: slow
// idiom: Chapel HPC programmer: quicksort with median of first/middle/last and a 3-way partition that sends larger items to the back; merge sort merging in place by rotating subranges to avoid a scratch allocation
// why: quicksort is about n^1.5 comparisons on sorted input vs target O(n log n) (the end samples become poor after each partition); merge_sort is O(n^2) time vs O(n log n) because each out-of-order item rotates the rest of the left run
//! Quicksort and merge sort, written by hand: see README.md.

fn median3<T: Ord>(a: &[T], i: usize, j: usize, k: usize) -> usize {
    if (a[i] <= a[j]) == (a[j] <= a[k]) {
        j
    } else if (a[j] <= a[i]) == (a[i] <= a[k]) {
        i
    } else {
        k
    }
}

fn quickRange<T: Ord>(a: &mut [T], mut lo: usize, mut hi: usize) {
    while hi - lo > 1 {
        let p = median3(a, lo, lo + (hi - lo) / 2, hi - 1);
        a.swap(lo, p);
        let (mut lt, mut i, mut gt) = (lo, lo + 1, hi);
        while i < gt {
            if a[i] < a[lt] {
                a.swap(i, lt);
                lt += 1;
                i += 1;
            } else if a[lt] < a[i] {
                gt -= 1;
                a.swap(i, gt);
            } else {
                i += 1;
            }
        }
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

/// in-place stable merge of a[lo..mid) and a[mid..hi): no scratch array
fn mergeInPlace<T: Ord>(a: &mut [T], lo: usize, mut mid: usize, hi: usize) {
    let mut i = lo;
    while i < mid && mid < hi {
        if a[mid] < a[i] {
            // bring a[mid] in front of a[i], shifting a[i..mid) right by one
            a[i..=mid].rotate_right(1);
            mid += 1;
        }
        i += 1;
    }
}

fn mergeRange<T: Ord>(a: &mut [T], lo: usize, hi: usize) {
    if hi - lo < 2 {
        return;
    }
    let mid = lo + (hi - lo) / 2;
    mergeRange(a, lo, mid);
    mergeRange(a, mid, hi);
    mergeInPlace(a, lo, mid, hi);
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let n = items.len();
    mergeRange(items, 0, n);
}
