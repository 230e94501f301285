// learner: optimal
// idiom: custom Ord struct (cmp with then_with on the feed index) in a BinaryHeap, advancing the top in place with peek_mut (one sift, O(log k)) and PeekMut::pop when a feed runs out
use std::cmp::Ordering;
use std::collections::binary_heap::{BinaryHeap, PeekMut};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

#[derive(PartialEq, Eq)]
struct Cursor<'a> {
    feed: usize,
    pos: usize,
    posts: &'a [Post],
}

impl Cursor<'_> {
    fn time(&self) -> u64 {
        self.posts[self.pos].time
    }
}

impl Ord for Cursor<'_> {
    fn cmp(&self, other: &Self) -> Ordering {
        // newest first; on equal times the lower feed index wins
        self.time().cmp(&other.time()).then_with(|| other.feed.cmp(&self.feed))
    }
}

impl PartialOrd for Cursor<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut heap = BinaryHeap::with_capacity(feeds.len());
    for (feed, posts) in feeds.iter().enumerate() {
        if !posts.is_empty() {
            heap.push(Cursor { feed, pos: 0, posts });
        }
    }
    let mut out = Vec::new();
    for _ in 0..n {
        let Some(mut top) = heap.peek_mut() else { break };
        out.push(top.posts[top.pos]);
        if top.pos + 1 < top.posts.len() {
            top.pos += 1;
        } else {
            PeekMut::pop(top);
        }
    }
    out
}
