// learner: optimal
// idiom: explicit Vec stack of ranges (smaller range processed next, larger deferred), xorshift fixed-seed random pivot, top-down merge sort that ping-pongs between two buffers
use std::ops::Range;

/// A tiny fixed-seed xorshift generator for pivot indices.
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

    fn index_in(&mut self, r: &Range<usize>) -> usize {
        r.start + (self.next() % (r.end - r.start) as u64) as usize
    }
}

/// Three-way partition of `v[r]` around `v[p]`; returns (end of less, start of greater).
fn partition3<T: Ord>(v: &mut [T], r: Range<usize>, p: usize) -> (usize, usize) {
    v.swap(r.start, p);
    let mut lt = r.start;
    let mut i = r.start + 1;
    let mut gt = r.end;
    while i < gt {
        if v[i] < v[lt] {
            v.swap(i, lt);
            lt += 1;
            i += 1;
        } else if v[i] > v[lt] {
            gt -= 1;
            v.swap(i, gt);
        } else {
            i += 1;
        }
    }
    (lt, gt)
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    let mut pending: Vec<Range<usize>> = Vec::new();
    let mut current = 0..items.len();
    loop {
        if current.len() < 2 {
            match pending.pop() {
                Some(next) => {
                    current = next;
                    continue;
                }
                None => break,
            }
        }
        let p = rng.index_in(&current);
        let (lt, gt) = partition3(items, current.clone(), p);
        let left = current.start..lt;
        let right = gt..current.end;
        // Defer the larger part: each deferred range is at least twice the
        // size of everything processed before it returns, so the stack stays O(log n).
        if left.len() < right.len() {
            pending.push(right);
            current = left;
        } else {
            pending.push(left);
            current = right;
        }
    }
}

/// Sorts `src[lo..hi]` into `dst[lo..hi]`, using `src` as scratch.
/// On entry both slices hold the same items in that range.
fn sort_into<T: Ord + Clone>(src: &mut [T], dst: &mut [T], lo: usize, hi: usize) {
    if hi - lo < 2 {
        return;
    }
    let mid = lo + (hi - lo) / 2;
    // Sort both halves into `src`, then merge them into `dst`.
    sort_into(dst, src, lo, mid);
    sort_into(dst, src, mid, hi);
    let (mut i, mut j) = (lo, mid);
    for k in lo..hi {
        if j >= hi || (i < mid && src[i] <= src[j]) {
            dst[k] = src[i].clone();
            i += 1;
        } else {
            dst[k] = src[j].clone();
            j += 1;
        }
    }
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let mut scratch = items.to_vec();
    let n = items.len();
    sort_into(&mut scratch, items, 0, n);
}
