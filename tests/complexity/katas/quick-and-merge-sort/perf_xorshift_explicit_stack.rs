// learner: optimal
// idiom: perf programmer; quicksort driven by an explicit Vec stack of (lo, hi) ranges (push the larger, keep working on the smaller) with a fixed-seed xorshift pivot; merge sort that copies only the left half out and merges back in place
//! Quicksort and merge sort, written by hand: see README.md.

struct XorShift(u64);

impl XorShift {
    #[inline]
    fn below(&mut self, n: usize) -> usize {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        (x % n as u64) as usize
    }
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut rng = XorShift(0x2545_F491_4F6C_DD1D);
    let mut pending: Vec<(usize, usize)> = Vec::new();
    let (mut lo, mut hi) = (0usize, items.len());
    loop {
        if hi - lo < 2 {
            match pending.pop() {
                Some((a, b)) => {
                    lo = a;
                    hi = b;
                    continue;
                }
                None => break,
            }
        }
        let p = lo + rng.below(hi - lo);
        items.swap(lo, p);
        // Dutch flag: [lo, lt) <, [lt, i) ==, [gt, hi) >
        let mut lt = lo;
        let mut i = lo + 1;
        let mut gt = hi;
        while i < gt {
            if items[i] < items[lt] {
                items.swap(i, lt);
                lt += 1;
                i += 1;
            } else if items[i] > items[lt] {
                gt -= 1;
                items.swap(i, gt);
            } else {
                i += 1;
            }
        }
        // Defer the larger part; continue on the smaller: the stack never exceeds log2 n.
        if lt - lo > hi - gt {
            pending.push((lo, lt));
            lo = gt;
        } else {
            pending.push((gt, hi));
            hi = lt;
        }
    }
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let n = items.len();
    if n <= 1 {
        return;
    }
    let mid = n / 2;
    merge_sort(&mut items[..mid]);
    merge_sort(&mut items[mid..]);
    if items[mid - 1] <= items[mid] {
        return; // already in order
    }
    let left: Vec<T> = items[..mid].to_vec();
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < left.len() {
        if j < n && items[j] < left[i] {
            items[k] = items[j].clone();
            j += 1;
        } else {
            items[k] = left[i].clone();
            i += 1;
        }
        k += 1;
    }
}
