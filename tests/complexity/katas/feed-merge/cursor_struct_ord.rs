// learner: optimal
// idiom: Java-style: FeedCursor struct with a hand-written Ord (compareTo), a FeedMerger with helper methods, BinaryHeap::from a Vec (O(k) heapify)
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

/// Points at the current head of one feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct FeedCursor {
    head_time: u64,
    feed_index: usize,
    position_in_feed: usize,
}

impl Ord for FeedCursor {
    fn cmp(&self, other: &Self) -> Ordering {
        // newer first; on a tie the lower feed index wins (so it must compare greater)
        self.head_time
            .cmp(&other.head_time)
            .then_with(|| other.feed_index.cmp(&self.feed_index))
    }
}

impl PartialOrd for FeedCursor {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

struct FeedMerger<'a> {
    feeds: &'a [Vec<Post>],
    heads: BinaryHeap<FeedCursor>,
}

impl<'a> FeedMerger<'a> {
    fn new(feeds: &'a [Vec<Post>]) -> Self {
        let mut initial_cursors = Vec::with_capacity(feeds.len());
        for (feed_index, feed) in feeds.iter().enumerate() {
            if let Some(first_post) = feed.first() {
                initial_cursors.push(FeedCursor { head_time: first_post.time, feed_index, position_in_feed: 0 });
            }
        }
        FeedMerger { feeds, heads: BinaryHeap::from(initial_cursors) }
    }

    fn advance(&mut self, cursor: FeedCursor) {
        let next_position = cursor.position_in_feed + 1;
        if let Some(next_post) = self.feeds[cursor.feed_index].get(next_position) {
            self.heads.push(FeedCursor {
                head_time: next_post.time,
                feed_index: cursor.feed_index,
                position_in_feed: next_position,
            });
        }
    }

    fn next_newest(&mut self) -> Option<Post> {
        let cursor = self.heads.pop()?;
        let post = self.feeds[cursor.feed_index][cursor.position_in_feed];
        self.advance(cursor);
        Some(post)
    }
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut merger = FeedMerger::new(feeds);
    let mut timeline = Vec::new();
    for _ in 0..n {
        match merger.next_newest() {
            Some(post) => timeline.push(post),
            None => break,
        }
    }
    timeline
}
