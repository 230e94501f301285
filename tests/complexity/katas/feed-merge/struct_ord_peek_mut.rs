// learner: optimal
// idiom: custom Head struct with hand-written Ord, BinaryHeap::peek_mut to replace the top in place, for loop over 0..n
use std::cmp::Ordering;
use std::collections::binary_heap::PeekMut;
use std::collections::BinaryHeap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
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
        // newer first; on equal times the lower feed index wins
        self.time.cmp(&other.time).then_with(|| other.feed.cmp(&self.feed))
    }
}

impl PartialOrd for Head {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut heap = BinaryHeap::with_capacity(feeds.len());
    for (feed, posts) in feeds.iter().enumerate() {
        if let Some(first) = posts.first() {
            heap.push(Head { time: first.time, feed, pos: 0 });
        }
    }
    let mut result = Vec::new();
    for _ in 0..n {
        let mut top = match heap.peek_mut() {
            Some(t) => t,
            None => break,
        };
        let posts = &feeds[top.feed];
        result.push(posts[top.pos]);
        if top.pos + 1 < posts.len() {
            top.pos += 1;
            top.time = posts[top.pos].time;
        } else {
            PeekMut::pop(top);
        }
    }
    result
}
