// learner: optimal
// idiom: verilog: std BinaryHeap of (time, Reverse(feed), pos) tags heapified from the k heads; pop the winner, push its successor
// why: collect-into-heap is O(k), each returned post is one pop and at most one push, O(log k): O(k + N log k) time, heap of <= k entries
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

/// The `n` newest posts of all `feeds`, newest first.
pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut out = Vec::with_capacity(n.min(64));
    if n == 0 {
        return out;
    }
    let mut heap: BinaryHeap<(u64, Reverse<usize>, usize)> = feeds
        .iter()
        .enumerate()
        .filter(|(_, f)| !f.is_empty())
        .map(|(f, feed)| (feed[0].time, Reverse(f), 0))
        .collect();
    while out.len() < n {
        let (_, Reverse(f), i) = match heap.pop() {
            Some(top) => top,
            None => break,
        };
        out.push(feeds[f][i]);
        if let Some(nx) = feeds[f].get(i + 1) {
            heap.push((nx.time, Reverse(f), i + 1));
        }
    }
    out
}
