// learner: optimal
// idiom: Unison: a `Random` "ability" handled by a fixed-seed xorshift, an explicit work stack instead of recursion, bottom-up merge sort with slice patterns like `a +: as`
//! Quicksort and merge sort, written by hand.
//!
//! In Unison I would write `quicksort : [a] ->{Random} [a]` and handle
//! `Random` with a seeded generator in the tests. Here the "handler" is a
//! tiny struct passed down by `&mut`.

/// The `Random` ability, handled deterministically.
struct XorShift {
    state: u64,
}

impl XorShift {
    fn seeded() -> Self {
        XorShift { state: 0x2545_F491_4F6C_DD1D }
    }

    /// A number in `0..bound` (`bound > 0`).
    fn below(&mut self, bound: usize) -> usize {
        let mut x = self.state;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.state = x;
        (x % bound as u64) as usize
    }
}

/// Fat partition in two Lomuto passes, pivot parked at the end and then at
/// the head of the equal block. Returns `(lt, gt)`: `[..lt] < p`,
/// `[lt..gt] == p`, `[gt..] > p`.
fn fat_partition<T: Ord>(xs: &mut [T], pivot: usize) -> (usize, usize) {
    let last = xs.len() - 1;
    xs.swap(pivot, last);
    // pass 1: everything strictly smaller goes to the front
    let mut store = 0;
    for i in 0..last {
        if xs[i] < xs[last] {
            xs.swap(i, store);
            store += 1;
        }
    }
    xs.swap(store, last);
    // pass 2: among the rest, pull the ones equal to the pivot (at `store`) forward
    let mut eq_end = store + 1;
    for j in store + 1..xs.len() {
        if !(xs[store] < xs[j]) {
            xs.swap(j, eq_end);
            eq_end += 1;
        }
    }
    (store, eq_end)
}

/// Sorts `items` in place, ascending, by quicksort.
///
/// O(n log n) expected time (also on sorted input and on many equal items),
/// O(log n) extra space (the recursion). Not stable.
pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut rng = XorShift::seeded();
    // pending ranges: the larger half is pushed, the smaller one is worked on
    // next, so the stack never holds more than log2(n) ranges.
    let mut pending: Vec<(usize, usize)> = Vec::new();
    let (mut lo, mut hi) = (0usize, items.len());
    loop {
        if hi - lo > 1 {
            let part = &mut items[lo..hi];
            let p = rng.below(part.len());
            let (lt, gt) = fat_partition(part, p);
            let left = (lo, lo + lt);
            let right = (lo + gt, hi);
            let (small, big) = if left.1 - left.0 <= right.1 - right.0 {
                (left, right)
            } else {
                (right, left)
            };
            pending.push(big);
            lo = small.0;
            hi = small.1;
        } else {
            match pending.pop() {
                Some((l, h)) => {
                    lo = l;
                    hi = h;
                }
                None => return,
            }
        }
    }
}

/// Merge two sorted runs, taking from the left run on ties (stable).
/// Written like a list pattern match: `(a +: as, b +: bs)`.
fn merge_runs<T: Ord + Clone>(left: &[T], right: &[T], out: &mut [T]) {
    let (mut l, mut r, mut k) = (left, right, 0usize);
    loop {
        match (l, r) {
            ([], rest) | (rest, []) => {
                out[k..].clone_from_slice(rest);
                return;
            }
            ([a, l_tail @ ..], [b, r_tail @ ..]) => {
                if a <= b {
                    out[k] = a.clone();
                    l = l_tail;
                } else {
                    out[k] = b.clone();
                    r = r_tail;
                }
                k += 1;
            }
        }
    }
}

/// One sweep of width `width`: pairs of neighbouring runs of `src` merged into `dst`.
fn merge_pass<T: Ord + Clone>(src: &[T], dst: &mut [T], width: usize) {
    let n = src.len();
    let mut start = 0;
    while start < n {
        let mid = (start + width).min(n);
        let end = (start + 2 * width).min(n);
        merge_runs(&src[start..mid], &src[mid..end], &mut dst[start..end]);
        start = end;
    }
}

/// Sorts `items` ascending by merge sort. Stable: equal items keep their relative order.
///
/// O(n log n) time in every case, O(n) extra space.
pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let n = items.len();
    if n < 2 {
        return;
    }
    let mut buffer: Vec<T> = items.to_vec();
    let mut width = 1;
    let mut data_in_items = true;
    while width < n {
        if data_in_items {
            merge_pass(items, &mut buffer, width);
        } else {
            merge_pass(&buffer, items, width);
        }
        data_in_items = !data_in_items;
        width *= 2;
    }
    if !data_in_items {
        items.clone_from_slice(&buffer);
    }
}
