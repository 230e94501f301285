use crate::Rng;
use feed_merge::{merge_feeds, Post};

pub struct Input {
    feeds: Vec<Vec<Post>>,
    n: usize,
}

/// `n` feeds of 2 posts each with random times; ask for the newest `n`.
pub fn build(n: usize, rng: &mut Rng) -> Input {
    let feeds = (0..n)
        .map(|f| {
            let a = rng.below(1 << 40);
            let b = rng.below(1 << 40);
            vec![Post { id: 2 * f as u64, time: a.max(b) }, Post { id: 2 * f as u64 + 1, time: a.min(b) }]
        })
        .collect();
    Input { feeds, n }
}

/// One merge with k = n feeds and N = n results: O(n log n) with a heap of
/// feed heads, O(n^2) when every output scans all heads.
pub fn run(input: Input) -> u64 {
    merge_feeds(&input.feeds, input.n).iter().fold(0, |acc, p| acc ^ p.id.wrapping_mul(31))
}
