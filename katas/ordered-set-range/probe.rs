use crate::Rng;
use ordered_set_range::OrderedSet;

pub struct Input {
    keys: Vec<i64>,
    queries: Vec<(i64, i64)>,
}

/// n random keys in [0, 4n), then n narrow ranges (width 8, so about 2 keys
/// each): the answer is tiny, so a query that scans all keys is pure waste.
pub fn build(n: usize, rng: &mut Rng) -> Input {
    let span = 4 * n.max(1) as i64;
    let keys = (0..n).map(|_| rng.range_i64(0, span - 1)).collect();
    let queries = (0..n)
        .map(|_| {
            let lo = rng.range_i64(0, span - 1);
            (lo, lo + 7)
        })
        .collect();
    Input { keys, queries }
}

/// n inserts, then n range queries (count and list alternately), each with
/// a membership test, then n/2 removals: every graded operation runs ~n
/// times on a set of ~n keys.
pub fn run(input: Input) -> u64 {
    let mut set = OrderedSet::new();
    for &k in &input.keys {
        set.insert(k);
    }
    let mut total = 0u64;
    for (i, &(lo, hi)) in input.queries.iter().enumerate() {
        total += if i % 2 == 0 {
            set.range_count(lo, hi) as u64
        } else {
            set.range_keys(lo, hi).len() as u64
        };
        total += set.contains(lo) as u64;
    }
    for &k in input.keys.iter().step_by(2) {
        total += set.remove(k) as u64;
    }
    total
}
