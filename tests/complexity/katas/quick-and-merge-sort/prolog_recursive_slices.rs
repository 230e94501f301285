// learner: optimal
// idiom: logic-programmer style: recursion on split slices (smaller side recursive, larger side loops), merge by head/tail slice patterns
use std::cmp::Ordering::{Equal, Greater, Less};

/// index of the median of three positions
fn median_of(xs: &[impl Ord], a: usize, b: usize, c: usize) -> usize {
    match (xs[a] <= xs[b], xs[b] <= xs[c], xs[a] <= xs[c]) {
        (true, true, _) | (false, false, _) => b,
        (true, false, true) | (false, true, false) => c,
        _ => a,
    }
}

/// Three-way partition with the pivot at xs[0]; returns (less, equal) lengths.
fn partition<T: Ord>(xs: &mut [T]) -> (usize, usize) {
    let (mut lt, mut i, mut gt) = (0, 1, xs.len());
    while i < gt {
        match xs[i].cmp(&xs[lt]) {
            Less => {
                xs.swap(lt, i);
                lt += 1;
                i += 1;
            }
            Greater => {
                gt -= 1;
                xs.swap(i, gt);
            }
            Equal => i += 1,
        }
    }
    (lt, gt - lt)
}

fn qsort<T: Ord>(mut xs: &mut [T]) {
    loop {
        let n = xs.len();
        if n < 2 {
            return;
        }
        let p = median_of(xs, n / 4, n / 2, 3 * n / 4);
        xs.swap(0, p);
        let (less, equal) = partition(xs);
        let (low, rest) = xs.split_at_mut(less);
        let (_, high) = rest.split_at_mut(equal);
        // recurse into the smaller part, continue with the larger one
        if low.len() <= high.len() {
            qsort(low);
            xs = high;
        } else {
            qsort(high);
            xs = low;
        }
    }
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    qsort(items);
}

/// merge(L, R, Out): take the head of L unless R's head is strictly smaller.
fn merge_into<T: Ord + Clone>(mut left: &[T], mut right: &[T], out: &mut [T]) {
    let mut k = 0;
    loop {
        match (left, right) {
            ([l, ls @ ..], [r, rs @ ..]) => {
                if r < l {
                    out[k] = r.clone();
                    right = rs;
                } else {
                    out[k] = l.clone();
                    left = ls;
                }
            }
            ([l, ls @ ..], []) => {
                out[k] = l.clone();
                left = ls;
            }
            ([], [r, rs @ ..]) => {
                out[k] = r.clone();
                right = rs;
            }
            ([], []) => return,
        }
        k += 1;
    }
}

/// Sorts `xs`, using `buf` (same length) as scratch.
fn msort<T: Ord + Clone>(xs: &mut [T], buf: &mut [T]) {
    match xs {
        [] | [_] => {}
        _ => {
            let mid = xs.len() / 2;
            {
                let (l, r) = xs.split_at_mut(mid);
                let (bl, br) = buf.split_at_mut(mid);
                msort(l, bl);
                msort(r, br);
            }
            let (l, r) = xs.split_at(mid);
            merge_into(l, r, buf);
            xs.clone_from_slice(buf);
        }
    }
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let mut buf = items.to_vec();
    msort(items, &mut buf);
}
