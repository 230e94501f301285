// learner: optimal
// idiom: textbook: BinaryHeap of (time, Reverse(feed), position) tuples built with collect, while-let pop loop
//! Merge per-author feeds into one timeline.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// A post in a feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    /// Larger is newer.
    pub time: u64,
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut heap: BinaryHeap<(u64, Reverse<usize>, usize)> = feeds
        .iter()
        .enumerate()
        .filter_map(|(f, feed)| feed.first().map(|p| (p.time, Reverse(f), 0)))
        .collect();
    let mut out = Vec::with_capacity(n.min(64));
    while out.len() < n {
        let Some((_, Reverse(f), i)) = heap.pop() else { break };
        out.push(feeds[f][i]);
        if let Some(next) = feeds[f].get(i + 1) {
            heap.push((next.time, Reverse(f), i + 1));
        }
    }
    out
}
