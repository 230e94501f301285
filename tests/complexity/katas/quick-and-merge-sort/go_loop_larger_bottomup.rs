// learner: optimal
// idiom: Go-style index loops: quarter-marks median pivot, Dutch-flag partition, recurse smaller/loop larger; bottom-up ping-pong merge sort
//! Quicksort and merge sort, written by hand: see README.md.

fn median_index<T: Ord>(items: &[T], a: usize, b: usize, c: usize) -> usize {
    if items[a] <= items[b] {
        if items[b] <= items[c] {
            b
        } else if items[a] <= items[c] {
            c
        } else {
            a
        }
    } else if items[a] <= items[c] {
        a
    } else if items[b] <= items[c] {
        c
    } else {
        b
    }
}

fn insertion<T: Ord>(items: &mut [T]) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && items[j - 1] > items[j] {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut rest = items;
    loop {
        let n = rest.len();
        if n <= 12 {
            insertion(rest);
            return;
        }
        let p = median_index(rest, n / 4, n / 2, 3 * n / 4);
        rest.swap(0, p);
        // rest[lt..i] == pivot, rest[..lt] < pivot, rest[gt..] > pivot
        let mut lt = 0;
        let mut i = 1;
        let mut gt = n;
        while i < gt {
            match rest[i].cmp(&rest[lt]) {
                std::cmp::Ordering::Less => {
                    rest.swap(lt, i);
                    lt += 1;
                    i += 1;
                }
                std::cmp::Ordering::Greater => {
                    gt -= 1;
                    rest.swap(i, gt);
                }
                std::cmp::Ordering::Equal => {
                    i += 1;
                }
            }
        }
        let (left, tail) = rest.split_at_mut(lt);
        let (_, right) = tail.split_at_mut(gt - lt);
        if left.len() < right.len() {
            quicksort(left);
            rest = right;
        } else {
            quicksort(right);
            rest = left;
        }
    }
}

fn merge_runs<T: Ord + Clone>(src: &[T], dst: &mut [T], lo: usize, mid: usize, hi: usize) {
    let mut i = lo;
    let mut j = mid;
    let mut k = lo;
    while i < mid && j < hi {
        if src[i] <= src[j] {
            dst[k] = src[i].clone();
            i += 1;
        } else {
            dst[k] = src[j].clone();
            j += 1;
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
    let mut in_items = true; // where the current runs live
    let mut width = 1;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            if in_items {
                merge_runs(items, &mut buf, lo, mid, hi);
            } else {
                merge_runs(&buf, items, lo, mid, hi);
            }
            lo += 2 * width;
        }
        in_items = !in_items;
        width *= 2;
    }
    if !in_items {
        items.clone_from_slice(&buf);
    }
}
