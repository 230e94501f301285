// learner: optimal
// idiom: fixed-seed xorshift pivot in a small Rng struct, recursion via split_at_mut with a while-let tail loop; merge sort copies only the left half into one reused scratch Vec
//! Quicksort and merge sort, written by hand: see README.md.

use std::cmp::Ordering;

struct XorShift(u64);

impl XorShift {
    fn below(&mut self, n: usize) -> usize {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        (x % n as u64) as usize
    }
}

fn three_way<T: Ord>(v: &mut [T]) -> (usize, usize) {
    let mut lt = 0;
    let mut i = 1;
    let mut gt = v.len();
    while i < gt {
        let ord = v[i].cmp(&v[lt]);
        if ord == Ordering::Less {
            v.swap(lt, i);
            lt += 1;
            i += 1;
        } else if ord == Ordering::Greater {
            gt -= 1;
            v.swap(i, gt);
        } else {
            i += 1;
        }
    }
    (lt, gt)
}

fn qs<T: Ord>(mut v: &mut [T], rng: &mut XorShift) {
    while v.len() > 1 {
        let p = rng.below(v.len());
        v.swap(0, p);
        let (lt, gt) = three_way(v);
        let (left, right) = v.split_at_mut(lt);
        let right = &mut right[gt - lt..];
        v = if left.len() <= right.len() {
            qs(left, rng);
            right
        } else {
            qs(right, rng);
            left
        };
    }
}

/// Sorts `items` in place, ascending, by quicksort.
pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut rng = XorShift(0x2545_F491_4F6C_DD1D);
    qs(items, &mut rng);
}

fn ms<T: Ord + Clone>(v: &mut [T], scratch: &mut Vec<T>) {
    let n = v.len();
    if n <= 1 {
        return;
    }
    let mid = n / 2;
    ms(&mut v[..mid], scratch);
    ms(&mut v[mid..], scratch);
    if v[mid - 1] <= v[mid] {
        return; // already in order
    }
    scratch.clear();
    scratch.extend_from_slice(&v[..mid]);
    let (mut a, mut b, mut out) = (0, mid, 0);
    while a < scratch.len() {
        if b < n && v[b] < scratch[a] {
            v[out] = v[b].clone();
            b += 1;
        } else {
            v[out] = scratch[a].clone();
            a += 1;
        }
        out += 1;
    }
}

/// Sorts `items` ascending by merge sort. Stable.
pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let mut scratch = Vec::with_capacity(items.len() / 2 + 1);
    ms(items, &mut scratch);
}
