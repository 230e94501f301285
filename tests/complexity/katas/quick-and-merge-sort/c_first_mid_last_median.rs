// learner: slow
// why: quicksort is ~O(n^1.5) time, target O(n log n): median of first/middle/last after a 3-way partition that throws larger items to the back samples badly on sorted input
//! Quicksort and merge sort, written by hand: see README.md.

fn median_of_three<T: Ord>(a: &[T], lo: usize, hi: usize) -> usize {
    // classic textbook: first, middle, last
    let mid = lo + (hi - lo) / 2;
    let last = hi - 1;
    let (x, y, z) = (&a[lo], &a[mid], &a[last]);
    if (x <= y && y <= z) || (z <= y && y <= x) {
        mid
    } else if (y <= x && x <= z) || (z <= x && x <= y) {
        lo
    } else {
        last
    }
}

fn qsort_range<T: Ord>(a: &mut [T], mut lo: usize, mut hi: usize) {
    while hi - lo > 1 {
        let p = median_of_three(a, lo, hi);
        a.swap(lo, p);
        let mut lt = lo;
        let mut i = lo + 1;
        let mut gt = hi;
        while i < gt {
            if a[i] < a[lt] {
                a.swap(lt, i);
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
            qsort_range(a, lo, lt);
            lo = gt;
        } else {
            qsort_range(a, gt, hi);
            hi = lt;
        }
    }
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    let n = items.len();
    if n > 1 {
        qsort_range(items, 0, n);
    }
}

fn merge<T: Ord + Clone>(a: &mut [T], tmp: &mut [T], lo: usize, mid: usize, hi: usize) {
    let mut i = lo;
    let mut j = mid;
    let mut k = lo;
    while k < hi {
        if i < mid && (j >= hi || a[i] <= a[j]) {
            tmp[k] = a[i].clone();
            i += 1;
        } else {
            tmp[k] = a[j].clone();
            j += 1;
        }
        k += 1;
    }
    a[lo..hi].clone_from_slice(&tmp[lo..hi]);
}

fn msort_range<T: Ord + Clone>(a: &mut [T], tmp: &mut [T], lo: usize, hi: usize) {
    if hi - lo < 2 {
        return;
    }
    let mid = lo + (hi - lo) / 2;
    msort_range(a, tmp, lo, mid);
    msort_range(a, tmp, mid, hi);
    merge(a, tmp, lo, mid, hi);
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let n = items.len();
    let mut tmp = items.to_vec();
    msort_range(items, &mut tmp, 0, n);
}
