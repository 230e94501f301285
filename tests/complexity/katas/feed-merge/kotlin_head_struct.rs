// learner: optimal
// idiom: Kotlin-ish: Head data class with hand-written Ord (compareBy-like chain), while loop with when-style match on pop
//! Merge per-author feeds into one timeline.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Head {
    time: u64,
    feed: usize,
    pos: usize,
}

impl Ord for Head {
    fn cmp(&self, other: &Self) -> Ordering {
        // newer first, then lower feed index first (max-heap => reverse feed)
        self.time
            .cmp(&other.time)
            .then_with(|| other.feed.cmp(&self.feed))
    }
}

impl PartialOrd for Head {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn head_of(feeds: &[Vec<Post>], feed: usize, pos: usize) -> Option<Head> {
    feeds[feed].get(pos).map(|p| Head { time: p.time, feed, pos })
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    if n == 0 {
        return Vec::new();
    }
    let mut candidates = Vec::with_capacity(feeds.len());
    for f in 0..feeds.len() {
        if let Some(h) = head_of(feeds, f, 0) {
            candidates.push(h);
        }
    }
    let mut heap = BinaryHeap::from(candidates);
    let mut timeline = Vec::new();
    while timeline.len() < n {
        match heap.pop() {
            None => break,
            Some(Head { feed, pos, .. }) => {
                timeline.push(feeds[feed][pos]);
                if let Some(next) = head_of(feeds, feed, pos + 1) {
                    heap.push(next);
                }
            }
        }
    }
    timeline
}
