// learner: optimal
// idiom: VBA-style: explicit range stack (push larger, work on smaller), Dutch-flag with index counters, bottom-up merge with Do-While loops
//! Quicksort and merge sort, written by hand: see README.md.

/// Sorts `items` in place, ascending, by quicksort.
pub fn quicksort<T: Ord>(items: &mut [T]) {
    let item_count: usize = items.len();
    if item_count < 2 {
        return;
    }
    // pending ranges [lo, hi) still to be sorted; the larger half is parked here,
    // the smaller is worked on right away, so at most log2(n) ranges wait.
    let mut pending: Vec<(usize, usize)> = Vec::new();
    let mut lo: usize = 0;
    let mut hi: usize = item_count;
    let mut keep_going: bool = true;

    while keep_going {
        let range_len: usize = hi - lo;
        if range_len < 2 {
            match pending.pop() {
                Some((next_lo, next_hi)) => {
                    lo = next_lo;
                    hi = next_hi;
                }
                None => keep_going = false,
            }
            continue;
        }

        // pivot: median of the items at the quarter, half and three-quarter marks
        let q1: usize = lo + range_len / 4;
        let mid: usize = lo + range_len / 2;
        let q3: usize = lo + (range_len * 3) / 4;
        let mut pivot_pos: usize = mid;
        if items[q1] <= items[mid] {
            if items[mid] <= items[q3] {
                pivot_pos = mid;
            } else if items[q1] <= items[q3] {
                pivot_pos = q3;
            } else {
                pivot_pos = q1;
            }
        } else {
            if items[q1] <= items[q3] {
                pivot_pos = q1;
            } else if items[mid] <= items[q3] {
                pivot_pos = q3;
            } else {
                pivot_pos = mid;
            }
        }
        items.swap(lo, pivot_pos);

        // Dutch national flag: [lo, less_end) < p, [less_end, scan) == p, (great_start, hi) > p
        let mut less_end: usize = lo;
        let mut scan: usize = lo + 1;
        let mut great_start: usize = hi; // exclusive boundary of the "greater" block
        while scan < great_start {
            let order = items[scan].cmp(&items[less_end]);
            if order == std::cmp::Ordering::Less {
                items.swap(less_end, scan);
                less_end = less_end + 1;
                scan = scan + 1;
            } else if order == std::cmp::Ordering::Greater {
                great_start = great_start - 1;
                items.swap(scan, great_start);
            } else {
                scan = scan + 1;
            }
        }

        let left_lo: usize = lo;
        let left_hi: usize = less_end;
        let right_lo: usize = great_start;
        let right_hi: usize = hi;
        let left_size: usize = left_hi - left_lo;
        let right_size: usize = right_hi - right_lo;
        if left_size < right_size {
            pending.push((right_lo, right_hi));
            lo = left_lo;
            hi = left_hi;
        } else {
            pending.push((left_lo, left_hi));
            lo = right_lo;
            hi = right_hi;
        }
    }
}

/// Sorts `items` ascending by merge sort. Stable.
pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let item_count: usize = items.len();
    if item_count < 2 {
        return;
    }
    let mut scratch: Vec<T> = items.to_vec();
    let mut width: usize = 1;
    let mut data_in_items: bool = true;

    while width < item_count {
        let mut run_start: usize = 0;
        while run_start < item_count {
            let mid: usize = (run_start + width).min(item_count);
            let run_end: usize = (run_start + 2 * width).min(item_count);
            let mut left_idx: usize = run_start;
            let mut right_idx: usize = mid;
            let mut out_idx: usize = run_start;
            while out_idx < run_end {
                let take_left: bool;
                if left_idx >= mid {
                    take_left = false;
                } else if right_idx >= run_end {
                    take_left = true;
                } else if data_in_items {
                    take_left = items[left_idx] <= items[right_idx];
                } else {
                    take_left = scratch[left_idx] <= scratch[right_idx];
                }
                let source_idx: usize = if take_left { left_idx } else { right_idx };
                if data_in_items {
                    scratch[out_idx] = items[source_idx].clone();
                } else {
                    items[out_idx] = scratch[source_idx].clone();
                }
                if take_left {
                    left_idx = left_idx + 1;
                } else {
                    right_idx = right_idx + 1;
                }
                out_idx = out_idx + 1;
            }
            run_start = run_end;
        }
        data_in_items = !data_in_items;
        width = width * 2;
    }

    if !data_in_items {
        items.clone_from_slice(&scratch);
    }
}
