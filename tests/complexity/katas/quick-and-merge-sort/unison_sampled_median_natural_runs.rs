// learner: optimal
// idiom: Unison: pivot = median of three samples drawn from a seeded LCG handler, recurse-small/loop-large; merge sort as a fold over natural runs, merged pairwise round by round
//! Quicksort and merge sort, written by hand.

use std::cmp::Ordering;

/// A seeded linear congruential generator: my stand-in for a `Random` handler.
struct Lcg(u64);

impl Lcg {
    fn next_index(&mut self, bound: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % bound as u64) as usize
    }
}

fn median_index<T: Ord>(xs: &[T], a: usize, b: usize, c: usize) -> usize {
    // sort the three indices by their items, take the middle one
    let (a, b) = if xs[b] < xs[a] { (b, a) } else { (a, b) };
    let (b, _c) = if xs[c] < xs[b] { (c, b) } else { (b, c) };
    if xs[b] < xs[a] {
        a
    } else {
        b
    }
}

/// Three-way split; the pivot sits at the front of the equal block.
fn split3<T: Ord>(xs: &mut [T], pivot: usize) -> (usize, usize) {
    xs.swap(0, pivot);
    let mut lt = 0;
    let mut i = 1;
    let mut gt = xs.len();
    while i < gt {
        let ord = xs[i].cmp(&xs[lt]);
        if ord == Ordering::Less {
            xs.swap(lt, i);
            lt += 1;
            i += 1;
        } else if ord == Ordering::Greater {
            gt -= 1;
            xs.swap(i, gt);
        } else {
            i += 1;
        }
    }
    (lt, gt)
}

fn qsort_with<T: Ord>(xs: &mut [T], rng: &mut Lcg) {
    let mut rest = xs;
    while rest.len() > 1 {
        let n = rest.len();
        let p = median_index(rest, rng.next_index(n), rng.next_index(n), rng.next_index(n));
        let (lt, gt) = split3(rest, p);
        let whole = rest;
        let (below, tail) = whole.split_at_mut(lt);
        let above = &mut tail[gt - lt..];
        if below.len() < above.len() {
            qsort_with(below, rng);
            rest = above;
        } else {
            qsort_with(above, rng);
            rest = below;
        }
    }
}

/// Sorts `items` in place, ascending, by quicksort.
///
/// O(n log n) expected time (also on sorted input and on many equal items),
/// O(log n) extra space (the recursion). Not stable.
pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut rng = Lcg(0x9E37_79B9_7F4A_7C15);
    qsort_with(items, &mut rng);
}

/// Start offsets of the maximal non-decreasing runs, plus `n` at the end.
fn run_bounds<T: Ord>(xs: &[T]) -> Vec<usize> {
    let mut bounds = vec![0];
    for i in 1..xs.len() {
        if xs[i] < xs[i - 1] {
            bounds.push(i);
        }
    }
    bounds.push(xs.len());
    bounds
}

fn merge_two<T: Ord + Clone>(src: &[T], lo: usize, mid: usize, hi: usize, dst: &mut [T]) {
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

/// Sorts `items` ascending by merge sort. Stable: equal items keep their relative order.
///
/// O(n log n) time in every case, O(n) extra space.
pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    if items.len() < 2 {
        return;
    }
    let mut bounds = run_bounds(items);
    let mut other: Vec<T> = items.to_vec();
    let mut in_items = true;
    // each round halves the number of runs: at most log2(n) rounds of O(n)
    while bounds.len() > 2 {
        let mut next = Vec::with_capacity(bounds.len() / 2 + 2);
        let mut r = 0;
        while r + 1 < bounds.len() {
            let lo = bounds[r];
            next.push(lo);
            if r + 2 < bounds.len() {
                let (mid, hi) = (bounds[r + 1], bounds[r + 2]);
                if in_items {
                    merge_two(items, lo, mid, hi, &mut other);
                } else {
                    merge_two(&other, lo, mid, hi, items);
                }
                r += 2;
            } else {
                // odd run out: copied across unchanged
                let hi = bounds[r + 1];
                if in_items {
                    other[lo..hi].clone_from_slice(&items[lo..hi]);
                } else {
                    items[lo..hi].clone_from_slice(&other[lo..hi]);
                }
                r += 1;
            }
        }
        next.push(items.len());
        bounds = next;
        in_items = !in_items;
    }
    if !in_items {
        items.clone_from_slice(&other);
    }
}
