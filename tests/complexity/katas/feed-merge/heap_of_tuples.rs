// learner: optimal
// idiom: JavaScript bootcamp graduate: std BinaryHeap of plain tuples (time, Reverse(feed), Reverse(pos)) so the max-heap pops newest then lowest feed, heap built with collect from the feed heads
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
    let mut heap: BinaryHeap<(u64, Reverse<usize>, Reverse<usize>)> = feeds
        .iter()
        .enumerate()
        .filter(|(_, f)| !f.is_empty())
        .map(|(i, f)| (f[0].time, Reverse(i), Reverse(0)))
        .collect();

    let mut timeline = Vec::with_capacity(n.min(feeds.iter().map(|f| f.len()).sum()));
    while timeline.len() < n {
        let Some((_, Reverse(feed), Reverse(pos))) = heap.pop() else { break };
        timeline.push(feeds[feed][pos]);
        if let Some(nextPost) = feeds[feed].get(pos + 1) {
            heap.push((nextPost.time, Reverse(feed), Reverse(pos + 1)));
        }
    }
    timeline
}
