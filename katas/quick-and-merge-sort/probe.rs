use crate::Rng;
use quick_and_merge_sort::{merge_sort, quicksort};

pub struct Input {
    sorted: Vec<u64>,
    few_keys: Vec<u64>,
    reversed: Vec<u64>,
}

/// Three arrays of n items, each a classic worst case:
/// - `sorted`: already in order (a first-item pivot splits off one item per level);
/// - `few_keys`: only four distinct values, shuffled (a two-way partition degrades on runs of
///   equal items);
/// - `reversed`: descending (every item travels the whole way in insertion sort).
pub fn build(n: usize, rng: &mut Rng) -> Input {
    let mut base: Vec<u64> = (0..n).map(|_| rng.next_u64() >> 1).collect();
    base.sort_unstable();
    let few_keys = (0..n).map(|_| rng.below(4)).collect();
    let reversed = base.iter().rev().copied().collect();
    Input {
        sorted: base,
        few_keys,
        reversed,
    }
}

/// quicksort on the sorted and the few-keys arrays, merge_sort on the reversed one.
pub fn run(mut input: Input) -> u64 {
    quicksort(&mut input.sorted);
    quicksort(&mut input.few_keys);
    merge_sort(&mut input.reversed);
    let n = input.sorted.len();
    if n == 0 {
        return 0;
    }
    input.sorted[n / 2] ^ input.few_keys[n / 3] ^ input.reversed[n - 1]
}
