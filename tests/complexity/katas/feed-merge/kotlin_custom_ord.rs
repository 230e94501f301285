// learner: optimal
// idiom: Kotlin-dev style: custom Head struct with hand-written Ord impl, BinaryHeap::from(vec), for loop over 0..n with early return
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

use std::cmp::Ordering;
use std::collections::BinaryHeap;

#[derive(PartialEq, Eq)]
struct Head {
    time: u64,
    feed: usize,
    index: usize,
}

impl Ord for Head {
    fn cmp(&self, other: &Self) -> Ordering {
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

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut heads = Vec::with_capacity(feeds.len());
    for (feed, posts) in feeds.iter().enumerate() {
        if let Some(first) = posts.first() {
            heads.push(Head { time: first.time, feed, index: 0 });
        }
    }
    let mut heap = BinaryHeap::from(heads);
    let mut result = Vec::new();
    for _ in 0..n {
        let top = match heap.pop() {
            Some(h) => h,
            None => return result,
        };
        let posts = &feeds[top.feed];
        result.push(posts[top.index]);
        if top.index + 1 < posts.len() {
            heap.push(Head { time: posts[top.index + 1].time, feed: top.feed, index: top.index + 1 });
        }
    }
    result
}
