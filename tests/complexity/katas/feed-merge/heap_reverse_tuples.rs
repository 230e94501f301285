// learner: optimal
// idiom: std BinaryHeap of (time, Reverse(feed), index) tuples built by collect (O(k) heapify), pop/push loop with an output-length guard
//! Merge per-author feeds into one timeline.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut heads: BinaryHeap<(u64, Reverse<usize>, usize)> = feeds
        .iter()
        .enumerate()
        .filter_map(|(f, feed)| feed.first().map(|p| (p.time, Reverse(f), 0)))
        .collect();
    let mut out = Vec::with_capacity(n.min(64));
    while out.len() < n {
        let Some((_, Reverse(f), i)) = heads.pop() else { break };
        out.push(feeds[f][i]);
        if let Some(next) = feeds[f].get(i + 1) {
            heads.push((next.time, Reverse(f), i + 1));
        }
    }
    out
}
