use crate::Rng;
use pair_sum::pair_sum;

pub struct Input {
    nums: Vec<i64>,
    target: i64,
    pairs: Vec<i64>,
    pairs_target: i64,
}

/// Two inputs of n values each:
/// - `nums`, non-negative values and a negative target: no pair exists, so every element is
///   checked and nothing can stop early (the worst case for the search);
/// - `pairs`, the numbers 0..n shuffled with the target n - 1: every value has its partner,
///   so the answer holds n/2 distinct pairs. A solution that keeps its answer free of
///   duplicates by scanning it before each push (`out.contains(&pair)`,
///   `out.iter().any(..)`) then costs the answer's length per pair, O(n^2), where a set of
///   the pairs (or of the values already used) keeps it O(n).
pub fn build(n: usize, rng: &mut Rng) -> Input {
    let nums = (0..n).map(|_| rng.range_i64(0, 1_000_000_000)).collect();
    let mut pairs: Vec<i64> = (0..n as i64).collect();
    rng.shuffle(&mut pairs);
    Input {
        nums,
        target: -1,
        pairs,
        pairs_target: n as i64 - 1,
    }
}

pub fn run(input: Input) -> u64 {
    let none = pair_sum(&input.nums, input.target).len();
    let all = pair_sum(&input.pairs, input.pairs_target).len();
    (none + all) as u64
}
