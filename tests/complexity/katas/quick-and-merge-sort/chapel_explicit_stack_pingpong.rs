// learner: optimal
// idiom: Chapel HPC programmer: quicksort driven by an explicit task stack of (lo, hi) subdomains, larger pushed and smaller processed next (stack stays log n), Bentley-style median of quarter marks; merge sort top-down ping-pong between the array and one scratch copy allocated once
//! Quicksort and merge sort, written by hand: see README.md.

fn medianOfQuarters<T: Ord>(a: &[T], lo: usize, hi: usize) -> usize {
    let n = hi - lo;
    let (x, y, z) = (lo + n / 4, lo + n / 2, lo + (3 * n) / 4);
    let (ax, ay, az) = (&a[x], &a[y], &a[z]);
    if (ax <= ay && ay <= az) || (az <= ay && ay <= ax) {
        y
    } else if (ay <= ax && ax <= az) || (az <= ax && ax <= ay) {
        x
    } else {
        z
    }
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut taskStack: Vec<(usize, usize)> = Vec::new();
    let (mut lo, mut hi) = (0usize, items.len());
    loop {
        while hi - lo > 1 {
            let p = medianOfQuarters(items, lo, hi);
            items.swap(lo, p);
            let (mut lt, mut i, mut gt) = (lo, lo + 1, hi);
            while i < gt {
                if items[i] < items[lt] {
                    items.swap(i, lt);
                    lt += 1;
                    i += 1;
                } else if items[lt] < items[i] {
                    gt -= 1;
                    items.swap(i, gt);
                } else {
                    i += 1;
                }
            }
            // push the larger subdomain, continue with the smaller
            if lt - lo > hi - gt {
                taskStack.push((lo, lt));
                lo = gt;
            } else {
                taskStack.push((gt, hi));
                hi = lt;
            }
        }
        match taskStack.pop() {
            Some((l, h)) => {
                lo = l;
                hi = h;
            }
            None => break,
        }
    }
}

/// sort src[lo..hi) into dst[lo..hi), using dst/src as alternating buffers
fn mergeInto<T: Ord + Clone>(src: &mut [T], dst: &mut [T], lo: usize, hi: usize) {
    if hi - lo < 2 {
        return;
    }
    let mid = lo + (hi - lo) / 2;
    // sort both halves of dst into src, then merge src halves into dst
    mergeInto(dst, src, lo, mid);
    mergeInto(dst, src, mid, hi);
    let (mut i, mut j) = (lo, mid);
    for k in lo..hi {
        if i < mid && (j >= hi || src[i] <= src[j]) {
            dst[k] = src[i].clone();
            i += 1;
        } else {
            dst[k] = src[j].clone();
            j += 1;
        }
    }
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let n = items.len();
    let mut copyD: Vec<T> = items.to_vec();
    mergeInto(&mut copyD, items, 0, n);
}
