// learner: optimal
// idiom: elixir: no recursion at all — quicksort keeps a Vec of pending ranges like a work queue, pivot from a fixed-seed xorshift; merge sort bottom-up, ping-ponging runs of width 1, 2, 4, ...
// why: random pivot + 3-way partition give O(n log n) expected; always pushing the larger range and working on the smaller bounds the stack by log2 n; bottom-up merge is log n passes of O(n) with one O(n) buffer
//! Quicksort and merge sort, written by hand: see README.md.

struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Sorts `items` in place, ascending, by quicksort.
pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    let mut pending: Vec<(usize, usize)> = vec![(0, items.len())];

    while let Some((mut lo, mut hi)) = pending.pop() {
        while hi - lo > 1 {
            let p = lo + rng.below(hi - lo);
            items.swap(lo, p);
            // Dutch national flag over [lo, hi), pivot kept at items[lt]
            let (mut lt, mut i, mut gt) = (lo, lo + 1, hi);
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
            let left = (lo, lt);
            let right = (gt, hi);
            let (small, big) = if lt - lo < hi - gt { (left, right) } else { (right, left) };
            pending.push(big);
            lo = small.0;
            hi = small.1;
        }
    }
}

fn merge_runs<T: Ord + Clone>(src: &[T], dst: &mut [T], width: usize) {
    let n = src.len();
    let mut start = 0;
    while start < n {
        let mid = (start + width).min(n);
        let end = (start + 2 * width).min(n);
        let (mut i, mut j, mut k) = (start, mid, start);
        while k < end {
            let take_left = j >= end || (i < mid && src[i] <= src[j]);
            if take_left {
                dst[k] = src[i].clone();
                i += 1;
            } else {
                dst[k] = src[j].clone();
                j += 1;
            }
            k += 1;
        }
        start = end;
    }
}

/// Sorts `items` ascending by merge sort. Stable: equal items keep their relative order.
pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let n = items.len();
    if n < 2 {
        return;
    }
    let mut buffer = items.to_vec();
    let mut data_in_items = true;
    let mut width = 1;
    while width < n {
        if data_in_items {
            merge_runs(items, &mut buffer, width);
        } else {
            merge_runs(&buffer, items, width);
        }
        data_in_items = !data_in_items;
        width *= 2;
    }
    if !data_in_items {
        items.clone_from_slice(&buffer);
    }
}
