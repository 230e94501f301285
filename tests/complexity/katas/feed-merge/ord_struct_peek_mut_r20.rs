// learner: optimal
// idiom: Haskell-convert: custom Ord struct for feed heads, BinaryHeap::from(Vec) heapify, PeekMut to advance the top in place, early returns
use std::cmp::Ordering;
use std::collections::binary_heap::{BinaryHeap, PeekMut};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

#[derive(PartialEq, Eq)]
struct FeedCursor {
    head_time: u64,
    feed_index: usize,
    position_in_feed: usize,
}

impl Ord for FeedCursor {
    fn cmp(&self, other: &Self) -> Ordering {
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

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut merged_timeline = Vec::new();
    if n == 0 {
        return merged_timeline;
    }
    let mut initial_cursors = Vec::with_capacity(feeds.len());
    for (feed_index, feed) in feeds.iter().enumerate() {
        if let Some(first_post) = feed.first() {
            initial_cursors.push(FeedCursor { head_time: first_post.time, feed_index, position_in_feed: 0 });
        }
    }
    let mut cursor_heap = BinaryHeap::from(initial_cursors);

    while let Some(mut newest_cursor) = cursor_heap.peek_mut() {
        let current_feed = &feeds[newest_cursor.feed_index];
        merged_timeline.push(current_feed[newest_cursor.position_in_feed]);
        let following_position = newest_cursor.position_in_feed + 1;
        match current_feed.get(following_position) {
            Some(following_post) => {
                newest_cursor.head_time = following_post.time;
                newest_cursor.position_in_feed = following_position;
            }
            None => {
                PeekMut::pop(newest_cursor);
            }
        }
        if merged_timeline.len() == n {
            return merged_timeline;
        }
    }
    merged_timeline
}
