//! Merge per-author feeds into one timeline: the newest `n` posts of `k`
//! feeds that are each sorted newest first.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// A post in a feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    /// Larger is newer.
    pub time: u64,
}

/// The `n` newest posts of all `feeds`, newest first.
///
/// Every feed must be sorted newest first (non-increasing `time`). Posts
/// with equal times come in feed order (a lower feed index first), and
/// within one feed in their original order. Fewer than `n` posts in total
/// means all of them are returned.
pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    // One entry per non-empty feed: its current head. The max-heap orders by
    // time, then prefers the lower feed index.
    let mut heads: BinaryHeap<(u64, Reverse<usize>, Reverse<usize>)> = feeds
        .iter()
        .enumerate()
        .filter_map(|(f, feed)| feed.first().map(|p| (p.time, Reverse(f), Reverse(0))))
        .collect();
    let mut out = Vec::with_capacity(n.min(feeds.iter().map(Vec::len).sum()));
    while out.len() < n {
        let Some((_, Reverse(f), Reverse(i))) = heads.pop() else {
            break;
        };
        out.push(feeds[f][i]);
        if let Some(next) = feeds[f].get(i + 1) {
            heads.push((next.time, Reverse(f), Reverse(i + 1)));
        }
    }
    out
}
