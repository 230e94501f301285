// learner: optimal
// idiom: min-heap habit from Java's PriorityQueue: BinaryHeap<Reverse<(Reverse<u64>, usize, usize)>>, heap pushed head by head, for loop with break
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

type HeapKey = Reverse<(Reverse<u64>, usize, usize)>;

fn key_for(feeds: &[Vec<Post>], feed_index: usize, post_index: usize) -> Option<HeapKey> {
    feeds[feed_index]
        .get(post_index)
        .map(|post| Reverse((Reverse(post.time), feed_index, post_index)))
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut queue: BinaryHeap<HeapKey> = BinaryHeap::with_capacity(feeds.len());
    for feed_index in 0..feeds.len() {
        if let Some(key) = key_for(feeds, feed_index, 0) {
            queue.push(key);
        }
    }
    let mut newest_posts = Vec::new();
    for _ in 0..n {
        let Reverse((_, feed_index, post_index)) = match queue.pop() {
            Some(key) => key,
            None => break,
        };
        newest_posts.push(feeds[feed_index][post_index]);
        if let Some(key) = key_for(feeds, feed_index, post_index + 1) {
            queue.push(key);
        }
    }
    newest_posts
}
