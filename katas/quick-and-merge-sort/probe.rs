use crate::Rng;
use quick_and_merge_sort::{merge_sort, quicksort};
use std::cell::Cell;
use std::cmp::Ordering;

thread_local! {
    /// Comparisons made since the last reset. A plain cell, not an atomic:
    /// the count should cost next to nothing beside what it does not count
    /// (the moves of a merge that shifts a Vec with `remove(0)`), which
    /// only the time kept beside it can show.
    static COMPARISONS: Cell<u64> = const { Cell::new(0) };
}

/// A key that counts how often it is compared: timing alone cannot tell
/// n log n from the n^1.4 of a pivot that is poor on what earlier
/// partitions left; the count can.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key(u64);

impl PartialOrd for Key {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Key {
    fn cmp(&self, other: &Self) -> Ordering {
        COMPARISONS.with(|c| c.set(c.get() + 1));
        self.0.cmp(&other.0)
    }
}

pub struct Input {
    sorted: Vec<Key>,
    few_keys: Vec<Key>,
    reversed: Vec<Key>,
}

/// Three arrays of n items, each a classic worst case:
/// - `sorted`: already in order (a first-item pivot splits off one item per level);
/// - `few_keys`: only four distinct values, shuffled (a two-way partition degrades on runs of
///   equal items);
/// - `reversed`: descending (every item travels the whole way in insertion sort).
pub fn build(n: usize, rng: &mut Rng) -> Input {
    let mut base: Vec<u64> = (0..n).map(|_| rng.next_u64() >> 1).collect();
    base.sort_unstable();
    let few_keys = (0..n).map(|_| Key(rng.below(4))).collect();
    let reversed = base.iter().rev().map(|&k| Key(k)).collect();
    let base = base.into_iter().map(Key).collect();
    Input {
        sorted: base,
        few_keys,
        reversed,
    }
}

/// quicksort on the sorted and the few-keys arrays, merge_sort on the
/// reversed one. Returns the number of comparisons.
pub fn run(mut input: Input) -> u64 {
    COMPARISONS.with(|c| c.set(0));
    quicksort(&mut input.sorted);
    quicksort(&mut input.few_keys);
    merge_sort(&mut input.reversed);
    std::hint::black_box((&input.sorted, &input.few_keys, &input.reversed));
    COMPARISONS.with(Cell::get)
}
