// learner: optimal
// idiom: Kotlin style: a Head data class with a hand-written compareTo (Ord), BinaryHeap built from filter_map heads, `?.let`-style get().map re-push, take-while loop
//! Merge per-author feeds into one timeline.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

/// A post in a feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    /// Larger is newer.
    pub time: u64,
}

#[derive(PartialEq, Eq)]
struct Head {
    time: u64,
    feed: usize,
    pos: usize,
}

impl Ord for Head {
    fn cmp(&self, other: &Self) -> Ordering {
        // newer first, then the lower feed index
        self.time.cmp(&other.time).then_with(|| other.feed.cmp(&self.feed))
    }
}

impl PartialOrd for Head {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut heads: BinaryHeap<Head> = feeds
        .iter()
        .enumerate()
        .filter_map(|(feed, posts)| posts.first().map(|p| Head { time: p.time, feed, pos: 0 }))
        .collect();
    let mut timeline = Vec::with_capacity(n.min(feeds.iter().map(Vec::len).sum()));
    while timeline.len() < n {
        let Some(Head { feed, pos, .. }) = heads.pop() else { break };
        timeline.push(feeds[feed][pos]);
        feeds[feed]
            .get(pos + 1)
            .map(|next| heads.push(Head { time: next.time, feed, pos: pos + 1 }));
    }
    timeline
}
