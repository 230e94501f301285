use crate::Rng;
use feed_merge::{merge_feeds, Post};

/// `Input::long` holds `LONG_FEEDS` feeds of `8n / LONG_FEEDS` posts each.
const LONG_FEEDS: usize = 8;

pub struct Input {
    /// `n` feeds of 2 posts each: many followees, one page as long as all.
    wide: Vec<Vec<Post>>,
    /// `LONG_FEEDS` feeds holding `8n` posts in all: few followees, long
    /// histories.
    long: Vec<Vec<Post>>,
    n: usize,
}

/// Random post times, each feed sorted newest first. The target,
/// O(k + N log k), has two variables besides the total number of posts T,
/// and a slow merge pays in one of them: scanning every head for every post
/// costs O(N k), taking in every post of every feed (a BTreeMap or a heap of
/// all posts) O(T). So the input has a part for each: `wide` makes k and N
/// both n, `long` makes T grow (8n) while k stays at `LONG_FEEDS`.
pub fn build(n: usize, rng: &mut Rng) -> Input {
    let mut next_id = 0;
    let mut feed = |len: usize, rng: &mut Rng| {
        let mut times: Vec<u64> = (0..len).map(|_| rng.below(1 << 40)).collect();
        times.sort_unstable_by(|a, b| b.cmp(a));
        times
            .into_iter()
            .map(|time| {
                next_id += 1;
                Post { id: next_id, time }
            })
            .collect::<Vec<_>>()
    };
    let wide = (0..n).map(|_| feed(2, rng)).collect();
    let long = (0..LONG_FEEDS)
        .map(|_| feed(8 * n / LONG_FEEDS, rng))
        .collect();
    Input { wide, long, n }
}

/// One merge of `wide` asking for n posts (k = N = n: O(n log n) with a
/// heap of feed heads, O(n^2) when every output scans all heads), then n/2
/// merges of `long` asking for a page of 1 to 8 posts each (O(1) apiece
/// with a heap of the 8 heads, so O(n) in all; O(n^2) for a merge that
/// takes in all 8n posts every time). Half as many merges as n, of 8n posts:
/// the linear cost per merge (a heap and a page) is what the O(N k) merges
/// of `wide` must outgrow, while it lowers a correct merge's slope (the
/// n-sized heap of `wide` misses the cache more as n grows).
pub fn run(input: Input) -> u64 {
    let fold = |posts: Vec<Post>| posts.iter().fold(0, |acc, p| acc ^ p.id.wrapping_mul(31));
    let mut acc = fold(merge_feeds(&input.wide, input.n));
    for page in 0..input.n / 2 {
        acc = acc.rotate_left(1) ^ fold(merge_feeds(&input.long, 1 + page % 8));
    }
    acc
}
