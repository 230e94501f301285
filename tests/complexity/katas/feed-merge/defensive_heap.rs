// learner: optimal
// idiom: defensive beginner: early returns for edge cases, explicit matches, a named Head struct with manual Ord
//! Merge per-author feeds into one timeline.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Head {
    time: u64,
    feed: usize,
    index: usize,
}

impl Ord for Head {
    fn cmp(&self, other: &Self) -> Ordering {
        // newer first; on a tie the lower feed index must come out first
        match self.time.cmp(&other.time) {
            Ordering::Equal => other.feed.cmp(&self.feed),
            different => different,
        }
    }
}

impl PartialOrd for Head {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut result: Vec<Post> = Vec::new();
    if n == 0 {
        return result;
    }
    if feeds.is_empty() {
        return result;
    }
    let mut heads: Vec<Head> = Vec::with_capacity(feeds.len());
    for (feed, posts) in feeds.iter().enumerate() {
        match posts.first() {
            Some(first) => heads.push(Head { time: first.time, feed, index: 0 }),
            None => continue,
        }
    }
    let mut heap = BinaryHeap::from(heads);
    while result.len() < n {
        let head = match heap.pop() {
            Some(h) => h,
            None => break,
        };
        let posts = match feeds.get(head.feed) {
            Some(p) => p,
            None => break,
        };
        match posts.get(head.index) {
            Some(post) => result.push(*post),
            None => continue,
        }
        let next_index = head.index + 1;
        if next_index < posts.len() {
            heap.push(Head { time: posts[next_index].time, feed: head.feed, index: next_index });
        }
    }
    result
}
