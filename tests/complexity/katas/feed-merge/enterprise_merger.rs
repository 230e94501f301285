// learner: optimal
// idiom: enterprise: Cursor newtype with hand-written Ord, FeedMerger builder struct with private helpers, BinaryHeap from a Vec (heapify)
//! Merge per-author feeds into one timeline: the newest `n` posts of `k`
//! feeds that are each sorted newest first.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

/// A post in a feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    /// Larger is newer.
    pub time: u64,
}

/// Index of a feed in the input slice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct FeedIndex(usize);

/// Position inside one feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Position(usize);

/// The current head of one feed, as stored in the heap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Cursor {
    time: u64,
    feed: FeedIndex,
    position: Position,
}

impl Ord for Cursor {
    /// "Greater" means "comes out first": newer, then the lower feed index.
    fn cmp(&self, other: &Self) -> Ordering {
        self.time
            .cmp(&other.time)
            .then_with(|| other.feed.0.cmp(&self.feed.0))
    }
}

impl PartialOrd for Cursor {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// A k-way merge over borrowed feeds.
struct FeedMerger<'a> {
    feeds: &'a [Vec<Post>],
    heads: BinaryHeap<Cursor>,
}

impl<'a> FeedMerger<'a> {
    /// Seeds the heap with the head of every non-empty feed in O(k).
    fn new(feeds: &'a [Vec<Post>]) -> Self {
        let seeds: Vec<Cursor> = feeds
            .iter()
            .enumerate()
            .filter_map(|(i, feed)| Self::cursor_at(feed, FeedIndex(i), Position(0)))
            .collect();
        FeedMerger { feeds, heads: BinaryHeap::from(seeds) }
    }

    fn cursor_at(feed: &[Post], feed_index: FeedIndex, position: Position) -> Option<Cursor> {
        feed.get(position.0).map(|post| Cursor { time: post.time, feed: feed_index, position })
    }

    fn post_at(&self, cursor: Cursor) -> Post {
        self.feeds[cursor.feed.0][cursor.position.0]
    }

    fn advance(&mut self, cursor: Cursor) {
        let next = Position(cursor.position.0 + 1);
        if let Some(successor) = Self::cursor_at(&self.feeds[cursor.feed.0], cursor.feed, next) {
            self.heads.push(successor);
        }
    }

    /// Pops the newest head and replaces it with its successor.
    fn next_post(&mut self) -> Option<Post> {
        let newest = self.heads.pop()?;
        let post = self.post_at(newest);
        self.advance(newest);
        Some(post)
    }

    fn take_newest(mut self, limit: usize) -> Vec<Post> {
        let mut page = Vec::new();
        while page.len() < limit {
            match self.next_post() {
                Some(post) => page.push(post),
                None => break,
            }
        }
        page
    }
}

/// The `n` newest posts of all `feeds`, newest first.
///
/// Every feed must be sorted newest first (non-increasing `time`). Posts
/// with equal times come in feed order (a lower feed index first), and
/// within one feed in their original order. Fewer than `n` posts in total
/// means all of them are returned.
pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    FeedMerger::new(feeds).take_newest(n)
}
