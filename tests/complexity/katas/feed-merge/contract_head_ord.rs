// learner: optimal
// idiom: Eiffel design-by-contract developer: a FeedHead class with an explicit Ord implementation (the comparison contract spelled out), BinaryHeap::from a Vec (heapify), precondition that every feed is sorted newest first
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
struct FeedHead {
    time: u64,
    feed: usize,
    position: usize,
}

impl Ord for FeedHead {
    /// Greater = should come out first: newer, then lower feed, then earlier position.
    fn cmp(&self, other: &Self) -> Ordering {
        self.time
            .cmp(&other.time)
            .then_with(|| other.feed.cmp(&self.feed))
            .then_with(|| other.position.cmp(&self.position))
    }
}

impl PartialOrd for FeedHead {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn is_newest_first(feed: &[Post]) -> bool {
    feed.windows(2).all(|w| w[0].time >= w[1].time)
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    debug_assert!(feeds.iter().all(|f| is_newest_first(f)), "require feeds_sorted");

    let mut heads = Vec::with_capacity(feeds.len());
    for (feed, posts) in feeds.iter().enumerate() {
        if let Some(first) = posts.first() {
            heads.push(FeedHead { time: first.time, feed, position: 0 });
        }
    }
    let mut heap = BinaryHeap::from(heads);

    let mut result = Vec::new();
    while result.len() < n {
        let head = match heap.pop() {
            Some(h) => h,
            None => break,
        };
        result.push(feeds[head.feed][head.position]);
        let following = head.position + 1;
        if following < feeds[head.feed].len() {
            heap.push(FeedHead { time: feeds[head.feed][following].time, feed: head.feed, position: following });
        }
    }
    // ensure at_most_n
    debug_assert!(result.len() <= n);
    result
}
