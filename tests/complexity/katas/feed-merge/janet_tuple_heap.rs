// learner: optimal
// idiom: Janet: heap of [time (reverse feed) pos] tuples built in one go from the feed heads, then pop/push in a `while` like draining a queue
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
use std::collections::BinaryHeap;

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut out = Vec::with_capacity(n.min(feeds.iter().map(|f| f.len()).sum()));
    if n == 0 {
        return out;
    }
    // heads: [time (Reverse feed) pos]; max-heap, so lower feed index wins ties
    let heads: Vec<(u64, Reverse<usize>, usize)> = feeds
        .iter()
        .enumerate()
        .filter_map(|(f, feed)| feed.first().map(|p| (p.time, Reverse(f), 0)))
        .collect();
    let mut heap = BinaryHeap::from(heads); // O(k) heapify

    while out.len() < n {
        let Some((_, Reverse(f), i)) = heap.pop() else { break };
        out.push(feeds[f][i]);
        if let Some(p) = feeds[f].get(i + 1) {
            heap.push((p.time, Reverse(f), i + 1));
        }
    }
    out
}
