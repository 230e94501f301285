// learner: slow
// idiom: verilog: dump every post of every feed into a BTreeMap keyed (Reverse(time), feed, pos) and read the first n back out
// why: misses O(k + N log k): it inserts all T posts, O(T log T) time and O(T) space, even when only N << T are returned
//! Merge per-author feeds into one timeline: the newest `n` posts of `k`
//! feeds that are each sorted newest first.

/// A post in a feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    /// Larger is newer.
    pub time: u64,
}

use std::cmp::Reverse;
use std::collections::BTreeMap;

/// The `n` newest posts of all `feeds`, newest first.
pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut all: BTreeMap<(Reverse<u64>, usize, usize), Post> = BTreeMap::new();
    for (f, feed) in feeds.iter().enumerate() {
        for (i, post) in feed.iter().enumerate() {
            all.insert((Reverse(post.time), f, i), *post);
        }
    }
    all.into_values().take(n).collect()
}
