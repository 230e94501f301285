use crate::Rng;
use min_heap::MinHeap;

pub struct Input {
    items: Vec<u64>,
}

/// n random keys.
pub fn build(n: usize, rng: &mut Rng) -> Input {
    Input {
        items: (0..n).map(|_| rng.next_u64()).collect(),
    }
}

/// Heapify the n keys, then pop them all: O(n) + n * O(log n).
pub fn run(input: Input) -> u64 {
    let mut heap = MinHeap::from_vec(input.items);
    let mut checksum = 0u64;
    while let Some(x) = heap.pop() {
        checksum = checksum.wrapping_mul(31).wrapping_add(x);
    }
    checksum
}
