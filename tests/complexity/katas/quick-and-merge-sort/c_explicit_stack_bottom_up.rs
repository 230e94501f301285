// learner: optimal
// idiom: C-style: quicksort with a fixed-size explicit range stack (push larger, loop smaller), index-based 3-way partition; bottom-up ping-pong merge sort
//! Quicksort and merge sort, written by hand: see README.md.

use std::cmp::Ordering;

fn med3<T: Ord>(a: &[T], i: usize, j: usize, k: usize) -> usize {
    if a[i] < a[j] {
        if a[j] < a[k] {
            j
        } else if a[i] < a[k] {
            k
        } else {
            i
        }
    } else if a[i] < a[k] {
        i
    } else if a[j] < a[k] {
        k
    } else {
        j
    }
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    // stack of half-open ranges; depth <= log2(n) + 1 since we always push the larger part
    let mut stk_lo = [0usize; 128];
    let mut stk_hi = [0usize; 128];
    let mut sp = 0usize;
    let mut lo = 0usize;
    let mut hi = items.len();
    loop {
        while hi - lo > 1 {
            let n = hi - lo;
            let p = med3(items, lo + n / 4, lo + n / 2, lo + 3 * n / 4);
            items.swap(lo, p);
            let mut lt = lo;
            let mut i = lo + 1;
            let mut gt = hi;
            while i < gt {
                let c = items[i].cmp(&items[lt]);
                if c == Ordering::Less {
                    items.swap(lt, i);
                    lt += 1;
                    i += 1;
                } else if c == Ordering::Greater {
                    gt -= 1;
                    items.swap(i, gt);
                } else {
                    i += 1;
                }
            }
            // [lo, lt) and [gt, hi) remain
            if lt - lo < hi - gt {
                stk_lo[sp] = gt;
                stk_hi[sp] = hi;
                sp += 1;
                hi = lt;
            } else {
                stk_lo[sp] = lo;
                stk_hi[sp] = lt;
                sp += 1;
                lo = gt;
            }
        }
        if sp == 0 {
            break;
        }
        sp -= 1;
        lo = stk_lo[sp];
        hi = stk_hi[sp];
    }
}

fn merge_runs<T: Ord + Clone>(src: &[T], dst: &mut [T], lo: usize, mid: usize, hi: usize) {
    let mut i = lo;
    let mut j = mid;
    let mut k = lo;
    while i < mid && j < hi {
        if src[j] < src[i] {
            dst[k] = src[j].clone();
            j += 1;
        } else {
            dst[k] = src[i].clone();
            i += 1;
        }
        k += 1;
    }
    while i < mid {
        dst[k] = src[i].clone();
        i += 1;
        k += 1;
    }
    while j < hi {
        dst[k] = src[j].clone();
        j += 1;
        k += 1;
    }
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let n = items.len();
    if n < 2 {
        return;
    }
    let mut buf: Vec<T> = items.to_vec();
    let mut in_buf = false; // where the current runs live
    let mut width = 1;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = if lo + width < n { lo + width } else { n };
            let hi = if lo + 2 * width < n { lo + 2 * width } else { n };
            if in_buf {
                merge_runs(&buf, items, lo, mid, hi);
            } else {
                merge_runs(items, &mut buf, lo, mid, hi);
            }
            lo += 2 * width;
        }
        in_buf = !in_buf;
        width *= 2;
    }
    if in_buf {
        items.clone_from_slice(&buf);
    }
}
