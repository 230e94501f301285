// learner: optimal
// idiom: LabVIEW-style: no recursion, explicit range stack (smaller range processed first), while loops; bottom-up merge with ping-pong buffer
//! Quicksort and merge sort, written by hand: see README.md.

fn median_of_three_index<T: Ord>(a: &[T], i: usize, j: usize, k: usize) -> usize {
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

/// Sorts `items` in place, ascending, by quicksort.
pub fn quicksort<T: Ord>(items: &mut [T]) {
    // stack of (lo, hi) half-open ranges still to sort
    let mut stack: Vec<(usize, usize)> = Vec::new();
    let mut lo = 0usize;
    let mut hi = items.len();
    loop {
        while hi - lo > 1 {
            let n = hi - lo;
            let p = median_of_three_index(items, lo + n / 4, lo + n / 2, lo + 3 * n / 4);
            items.swap(lo, p);
            // Dutch flag: [lo, lt) less, [lt, i) equal, [gt, hi) greater
            let mut lt = lo;
            let mut i = lo + 1;
            let mut gt = hi;
            while i < gt {
                if items[i] < items[lt] {
                    items.swap(lt, i);
                    lt += 1;
                    i += 1;
                } else if items[i] > items[lt] {
                    gt -= 1;
                    items.swap(i, gt);
                } else {
                    i += 1;
                }
            }
            // keep the larger side for later, go on with the smaller one
            let left_len = lt - lo;
            let right_len = hi - gt;
            if left_len < right_len {
                stack.push((gt, hi));
                hi = lt;
            } else {
                stack.push((lo, lt));
                lo = gt;
            }
        }
        match stack.pop() {
            Some((l, h)) => {
                lo = l;
                hi = h;
            }
            None => break,
        }
    }
}

/// Sorts `items` ascending by merge sort. Stable.
pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let n = items.len();
    if n < 2 {
        return;
    }
    let mut buf: Vec<T> = items.to_vec();
    let mut width = 1usize;
    let mut data_in_items = true;
    while width < n {
        {
            let (src, dst): (&[T], &mut [T]) = if data_in_items {
                (&*items, &mut buf[..])
            } else {
                (&buf[..], &mut *items)
            };
            let mut start = 0usize;
            while start < n {
                let mid = (start + width).min(n);
                let end = (start + 2 * width).min(n);
                let mut i = start;
                let mut j = mid;
                let mut k = start;
                while i < mid && j < end {
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
                while j < end {
                    dst[k] = src[j].clone();
                    j += 1;
                    k += 1;
                }
                start = end;
            }
        }
        data_in_items = !data_in_items;
        width *= 2;
    }
    if !data_in_items {
        items.clone_from_slice(&buf);
    }
}
