// learner: optimal
// idiom: Smalltalk developer: a FeedCursor object that knows its current post and how to compare itself (newer first, then lower feed), kept in a BinaryHeap; each pop answers the next post and re-enters the advanced cursor
//! Merge per-author feeds into one timeline: the newest `n` posts of `k`
//! feeds that are each sorted newest first.

/// A post in a feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    /// Larger is newer.
    pub time: u64,
}

use std::cmp::Ordering;
use std::collections::BinaryHeap;

#[derive(PartialEq, Eq)]
struct FeedCursor<'a> {
    feed: usize,
    posts: &'a [Post],
}

impl<'a> FeedCursor<'a> {
    fn on(feed: usize, posts: &'a [Post]) -> Option<Self> {
        (!posts.is_empty()).then_some(FeedCursor { feed, posts })
    }

    fn current(&self) -> Post {
        self.posts[0]
    }

    fn advanced(self) -> Option<Self> {
        FeedCursor::on(self.feed, &self.posts[1..])
    }
}

impl Ord for FeedCursor<'_> {
    fn cmp(&self, other: &Self) -> Ordering {
        self.current()
            .time
            .cmp(&other.current().time)
            .then_with(|| other.feed.cmp(&self.feed))
    }
}

impl PartialOrd for FeedCursor<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut cursors: BinaryHeap<FeedCursor> = feeds
        .iter()
        .enumerate()
        .filter_map(|(feed, posts)| FeedCursor::on(feed, posts))
        .collect();
    let mut timeline = Vec::with_capacity(n.min(feeds.iter().map(Vec::len).sum()));
    while timeline.len() < n {
        let Some(cursor) = cursors.pop() else { break };
        timeline.push(cursor.current());
        if let Some(rest) = cursor.advanced() {
            cursors.push(rest);
        }
    }
    timeline
}
