// learner: optimal
// idiom: teacher model answer: a FeedCursor struct with a hand-written Ord (newest first, then lower feed), BinaryHeap of cursors
use std::cmp::Ordering;
use std::collections::BinaryHeap;

/// A post in a feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    /// Larger is newer.
    pub time: u64,
}

/// Points at the next unread post of one feed.
#[derive(Debug, PartialEq, Eq)]
struct FeedCursor {
    /// Time of the post under the cursor (the heap key).
    time: u64,
    /// Which feed this cursor reads.
    feed: usize,
    /// Position of the post in its feed.
    position: usize,
}

impl Ord for FeedCursor {
    /// "Greater" means "comes out first": newer posts, then lower feed indices.
    fn cmp(&self, other: &Self) -> Ordering {
        self.time
            .cmp(&other.time)
            .then_with(|| other.feed.cmp(&self.feed))
    }
}

impl PartialOrd for FeedCursor {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl FeedCursor {
    /// A cursor on `position` of `feeds[feed]`, if that post exists.
    fn at(feeds: &[Vec<Post>], feed: usize, position: usize) -> Option<Self> {
        feeds[feed].get(position).map(|post| FeedCursor { time: post.time, feed, position })
    }

    /// The cursor one post further along the same feed.
    fn advanced(&self, feeds: &[Vec<Post>]) -> Option<Self> {
        Self::at(feeds, self.feed, self.position + 1)
    }
}

/// The `n` newest posts of all `feeds`, newest first.
pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    // Heapify the k heads at once: O(k).
    let mut heads: BinaryHeap<FeedCursor> =
        (0..feeds.len()).filter_map(|f| FeedCursor::at(feeds, f, 0)).collect();
    let mut timeline = Vec::new();
    while timeline.len() < n {
        let Some(cursor) = heads.pop() else { break };
        timeline.push(feeds[cursor.feed][cursor.position]);
        if let Some(next) = cursor.advanced(feeds) {
            heads.push(next);
        }
    }
    timeline
}
