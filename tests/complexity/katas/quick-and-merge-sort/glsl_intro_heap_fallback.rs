// learner: optimal
// idiom: GLSL: introsort-style: quarter-mark median pivot, 3-way partition, depth budget 2*log2(n) then a hand-written sift-down heapsort; merge sort on 8-wide insertion-sorted tiles then bottom-up tile merges
//! Quicksort and merge sort, written by hand: see README.md.

use std::cmp::Ordering;

fn sift_down<T: Ord>(v: &mut [T], mut root: usize, end: usize) {
    loop {
        let l = 2 * root + 1;
        if l >= end {
            return;
        }
        let r = l + 1;
        let child = if r < end && v[l] < v[r] { r } else { l };
        if v[root] >= v[child] {
            return;
        }
        v.swap(root, child);
        root = child;
    }
}

fn heap_fallback<T: Ord>(v: &mut [T]) {
    let n = v.len();
    for i in (0..n / 2).rev() {
        sift_down(v, i, n);
    }
    for end in (1..n).rev() {
        v.swap(0, end);
        sift_down(v, 0, end);
    }
}

fn med3<T: Ord>(v: &[T], a: usize, b: usize, c: usize) -> usize {
    // sorting network on 3 indices
    let (mut x, mut y, mut z) = (a, b, c);
    if v[y] < v[x] { std::mem::swap(&mut x, &mut y); }
    if v[z] < v[y] { std::mem::swap(&mut y, &mut z); }
    if v[y] < v[x] { std::mem::swap(&mut x, &mut y); }
    let _ = (x, z);
    y
}

fn intro<T: Ord>(mut v: &mut [T], mut budget: u32) {
    while v.len() > 1 {
        let n = v.len();
        if budget == 0 {
            heap_fallback(v);
            return;
        }
        budget -= 1;
        let q = n / 4;
        let p = med3(v, q, n / 2, n - 1 - q);
        v.swap(0, p);
        let (mut lt, mut idx, mut gt) = (0usize, 1usize, n);
        while idx < gt {
            match v[idx].cmp(&v[lt]) {
                Ordering::Less => { v.swap(lt, idx); lt += 1; idx += 1; }
                Ordering::Greater => { gt -= 1; v.swap(idx, gt); }
                Ordering::Equal => idx += 1,
            }
        }
        let (left, rest) = v.split_at_mut(lt);
        let right = &mut rest[gt - lt..];
        if left.len() < right.len() {
            intro(left, budget);
            v = right;
        } else {
            intro(right, budget);
            v = left;
        }
    }
}

/// Sorts `items` in place, ascending, by quicksort.
pub fn quicksort<T: Ord>(items: &mut [T]) {
    let n = items.len();
    if n < 2 {
        return;
    }
    let log2 = usize::BITS - n.leading_zeros();
    intro(items, 2 * log2);
}

const TILE: usize = 8;

/// Sorts `items` ascending by merge sort. Stable.
pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let n = items.len();
    if n <= 1 {
        return;
    }
    // 1) tiles of 8 via stable insertion sort (strict `<`, so equal items never cross)
    let mut base = 0;
    while base < n {
        let end = (base + TILE).min(n);
        for i in base + 1..end {
            let mut j = i;
            while j > base && items[j] < items[j - 1] {
                items.swap(j, j - 1);
                j -= 1;
            }
        }
        base = end;
    }
    // 2) merge tile pairs bottom-up through a scratch copy
    let mut scratch: Vec<T> = items.to_vec();
    let mut width = TILE;
    while width < n {
        scratch.clone_from_slice(items);
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j, mut k) = (lo, mid, lo);
            while i < mid && j < hi {
                if scratch[i] <= scratch[j] {
                    items[k] = scratch[i].clone();
                    i += 1;
                } else {
                    items[k] = scratch[j].clone();
                    j += 1;
                }
                k += 1;
            }
            while i < mid { items[k] = scratch[i].clone(); i += 1; k += 1; }
            while j < hi { items[k] = scratch[j].clone(); j += 1; k += 1; }
            lo = hi;
        }
        width <<= 1;
    }
}
