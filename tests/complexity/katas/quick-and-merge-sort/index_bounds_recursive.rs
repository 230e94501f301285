// learner: optimal
// idiom: classic textbook: lo/hi index bounds, while-loop tail elimination on the bigger side, Vec<Option<T>>-free merge via temp Vec per merge
//! Quicksort and merge sort, written by hand: see README.md.

fn median_of_three<T: Ord>(a: &[T], i: usize, j: usize, k: usize) -> usize {
    let ij = a[i] < a[j];
    let jk = a[j] < a[k];
    let ik = a[i] < a[k];
    if ij == jk {
        j
    } else if ij == ik {
        k
    } else {
        i
    }
}

fn quick_range<T: Ord>(a: &mut [T], mut lo: usize, mut hi: usize) {
    // sorts a[lo..hi]
    while hi - lo > 1 {
        let len = hi - lo;
        let m = median_of_three(a, lo + len / 4, lo + len / 2, lo + 3 * len / 4);
        a.swap(lo, m);
        let mut lt = lo;
        let mut i = lo + 1;
        let mut gt = hi;
        while i < gt {
            if a[i] < a[lt] {
                a.swap(lt, i);
                lt += 1;
                i += 1;
            } else if a[i] > a[lt] {
                gt -= 1;
                a.swap(i, gt);
            } else {
                i += 1;
            }
        }
        if lt - lo < hi - gt {
            quick_range(a, lo, lt);
            lo = gt;
        } else {
            quick_range(a, gt, hi);
            hi = lt;
        }
    }
}

/// Sorts `items` in place, ascending, by quicksort.
pub fn quicksort<T: Ord>(items: &mut [T]) {
    let n = items.len();
    if n > 1 {
        quick_range(items, 0, n);
    }
}

fn merge_range<T: Ord + Clone>(a: &mut [T], tmp: &mut Vec<T>, lo: usize, mid: usize, hi: usize) {
    tmp.clear();
    let mut i = lo;
    let mut j = mid;
    while i < mid && j < hi {
        if a[j] < a[i] {
            tmp.push(a[j].clone());
            j += 1;
        } else {
            tmp.push(a[i].clone());
            i += 1;
        }
    }
    while i < mid {
        tmp.push(a[i].clone());
        i += 1;
    }
    while j < hi {
        tmp.push(a[j].clone());
        j += 1;
    }
    for k in 0..tmp.len() {
        a[lo + k] = tmp[k].clone();
    }
}

fn sort_range<T: Ord + Clone>(a: &mut [T], tmp: &mut Vec<T>, lo: usize, hi: usize) {
    if hi - lo < 2 {
        return;
    }
    let mid = lo + (hi - lo) / 2;
    sort_range(a, tmp, lo, mid);
    sort_range(a, tmp, mid, hi);
    merge_range(a, tmp, lo, mid, hi);
}

/// Sorts `items` ascending by merge sort. Stable.
pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let mut tmp = Vec::with_capacity(items.len());
    let n = items.len();
    sort_range(items, &mut tmp, 0, n);
}
