// learner: optimal
// idiom: index-based Dutch-flag partition with quarter-mark median, loop on the larger side; bottom-up ping-pong merge with one buffer
use std::cmp::Ordering;

fn median_of_three<T: Ord>(v: &[T], a: usize, b: usize, c: usize) -> usize {
    if v[a] < v[b] {
        if v[b] < v[c] {
            b
        } else if v[a] < v[c] {
            c
        } else {
            a
        }
    } else if v[a] < v[c] {
        a
    } else if v[b] < v[c] {
        c
    } else {
        b
    }
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut v: &mut [T] = items;
    while v.len() > 1 {
        let n = v.len();
        let p = median_of_three(v, n / 4, n / 2, (3 * n) / 4);
        v.swap(0, p);
        let mut lt: usize = 0;
        let mut i: usize = 1;
        let mut gt: usize = n;
        while i < gt {
            match v[i].cmp(&v[lt]) {
                Ordering::Less => {
                    v.swap(i, lt);
                    lt += 1;
                    i += 1;
                }
                Ordering::Greater => {
                    gt -= 1;
                    v.swap(i, gt);
                }
                Ordering::Equal => i += 1,
            }
        }
        let (low, rest) = v.split_at_mut(lt);
        let (_, high) = rest.split_at_mut(gt - lt);
        if low.len() < high.len() {
            quicksort(low);
            v = high;
        } else {
            quicksort(high);
            v = low;
        }
    }
}

fn merge_runs<T: Ord + Clone>(src: &[T], dst: &mut [T], lo: usize, mid: usize, hi: usize) {
    let mut i = lo;
    let mut j = mid;
    let mut k = lo;
    while k < hi {
        let take_left = i < mid && (j >= hi || src[i] <= src[j]);
        if take_left {
            dst[k] = src[i].clone();
            i += 1;
        } else {
            dst[k] = src[j].clone();
            j += 1;
        }
        k += 1;
    }
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let n = items.len();
    if n < 2 {
        return;
    }
    let mut buf: Vec<T> = items.to_vec();
    let mut in_items = true;
    let mut width: usize = 1;
    while width < n {
        let mut lo: usize = 0;
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
