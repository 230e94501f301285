// learner: optimal
// idiom: fixed-seed xorshift pivot threaded through as a value, pure partition helper returning the equal block, top-down merge sort that builds each merged run with a peekable fold
//! Quicksort and merge sort, written by hand: see README.md.

use std::cmp::Ordering;
use std::iter::Peekable;

/// The next state of a xorshift64 generator (pure: state in, state out).
fn next_seed(s: u64) -> u64 {
    let s = s ^ (s << 13);
    let s = s ^ (s >> 7);
    s ^ (s << 17)
}

/// Three-way partition around the item at `pivot`; returns the bounds of the equal block.
fn partition3<T: Ord>(xs: &mut [T], pivot: usize) -> (usize, usize) {
    xs.swap(0, pivot);
    let (mut lt, mut i, mut gt) = (0, 1, xs.len());
    while i < gt {
        match xs[i].cmp(&xs[lt]) {
            Ordering::Less => {
                xs.swap(i, lt);
                lt += 1;
                i += 1;
            }
            Ordering::Greater => {
                gt -= 1;
                xs.swap(i, gt);
            }
            Ordering::Equal => i += 1,
        }
    }
    (lt, gt)
}

fn sort_seeded<T: Ord>(xs: &mut [T], seed: u64) -> u64 {
    let mut rest = xs;
    let mut seed = seed;
    while rest.len() > 1 {
        seed = next_seed(seed);
        let (lt, gt) = partition3(rest, (seed % rest.len() as u64) as usize);
        let (left, right) = std::mem::take(&mut rest).split_at_mut(gt);
        let left = &mut left[..lt];
        let (small, large) = if left.len() <= right.len() { (left, right) } else { (right, left) };
        seed = sort_seeded(small, seed);
        rest = large;
    }
    seed
}

/// Sorts `items` in place, ascending, by quicksort.
///
/// O(n log n) expected time (also on sorted input and on many equal items),
/// O(log n) extra space (the recursion). Not stable.
pub fn quicksort<T: Ord>(items: &mut [T]) {
    sort_seeded(items, 0x2545_F491_4F6C_DD1D);
}

/// Takes from the left run while its head is <= the right head (that `<=` keeps it stable).
fn take_smaller<T: Ord + Clone, L, R>(l: &mut Peekable<L>, r: &mut Peekable<R>) -> Option<T>
where
    L: Iterator<Item = T>,
    R: Iterator<Item = T>,
{
    match (l.peek(), r.peek()) {
        (Some(a), Some(b)) if b < a => r.next(),
        (Some(_), _) => l.next(),
        (None, _) => r.next(),
    }
}

fn merged<T: Ord + Clone>(left: &[T], right: &[T]) -> Vec<T> {
    let mut l = left.iter().cloned().peekable();
    let mut r = right.iter().cloned().peekable();
    std::iter::from_fn(|| take_smaller(&mut l, &mut r)).collect()
}

/// Sorts `items` ascending by merge sort. Stable: equal items keep their relative order.
///
/// O(n log n) time in every case, O(n) extra space.
pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    if items.len() < 2 {
        return;
    }
    let mid = items.len() / 2;
    merge_sort(&mut items[..mid]);
    merge_sort(&mut items[mid..]);
    let run = merged(&items[..mid], &items[mid..]);
    items.clone_from_slice(&run);
}
