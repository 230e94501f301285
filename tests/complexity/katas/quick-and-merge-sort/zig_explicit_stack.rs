// learner: optimal
// idiom: quicksort over (lo, hi) index pairs on a hand-managed stack (smaller range first), merge sort over index ranges sharing one scratch Vec
use std::cmp::Ordering;

pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut stack: Vec<(usize, usize)> = Vec::with_capacity(64);
    let mut lo: usize = 0;
    let mut hi: usize = items.len();
    loop {
        if hi - lo <= 1 {
            match stack.pop() {
                Some((a, b)) => {
                    lo = a;
                    hi = b;
                    continue;
                }
                None => break,
            }
        }
        let len = hi - lo;
        let a = lo + len / 4;
        let b = lo + len / 2;
        let c = lo + (3 * len) / 4;
        let mut m = b;
        if (items[a] <= items[b]) == (items[b] <= items[c]) {
            m = b;
        } else if (items[b] <= items[a]) == (items[a] <= items[c]) {
            m = a;
        } else {
            m = c;
        }
        items.swap(lo, m);
        let mut lt = lo;
        let mut i = lo + 1;
        let mut gt = hi;
        while i < gt {
            let ord = items[i].cmp(&items[lt]);
            if ord == Ordering::Less {
                items.swap(i, lt);
                lt += 1;
                i += 1;
            } else if ord == Ordering::Greater {
                gt -= 1;
                items.swap(i, gt);
            } else {
                i += 1;
            }
        }
        // [lo, lt) < pivot, [lt, gt) == pivot, [gt, hi) > pivot
        if lt - lo < hi - gt {
            stack.push((gt, hi));
            hi = lt;
        } else {
            stack.push((lo, lt));
            lo = gt;
        }
    }
}

fn sort_range<T: Ord + Clone>(v: &mut [T], scratch: &mut Vec<T>, lo: usize, hi: usize) {
    if hi - lo < 2 {
        return;
    }
    let mid = lo + (hi - lo) / 2;
    sort_range(v, scratch, lo, mid);
    sort_range(v, scratch, mid, hi);
    if v[mid - 1] <= v[mid] {
        return;
    }
    scratch.clear();
    let mut i = lo;
    let mut j = mid;
    while i < mid && j < hi {
        if v[j] < v[i] {
            scratch.push(v[j].clone());
            j += 1;
        } else {
            scratch.push(v[i].clone());
            i += 1;
        }
    }
    while i < mid {
        scratch.push(v[i].clone());
        i += 1;
    }
    // the tail of the right run is already in place
    let mut k: usize = 0;
    while k < scratch.len() {
        v[lo + k] = scratch[k].clone();
        k += 1;
    }
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let n = items.len();
    let mut scratch: Vec<T> = Vec::with_capacity(n);
    sort_range(items, &mut scratch, 0, n);
}
