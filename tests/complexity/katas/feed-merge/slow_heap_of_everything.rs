// learner: slow
// why: merge_feeds is O(T + N log T) time and O(T) space, target O(k + N log k) / O(k): pushes every post of every feed into one BinaryHeap, then pops n
//! k-way merge of sorted feeds.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut heap = BinaryHeap::new();
    for (f, feed) in feeds.iter().enumerate() {
        for (i, p) in feed.iter().enumerate() {
            heap.push((p.time, Reverse(f), Reverse(i), p.id));
        }
    }
    let mut result = Vec::new();
    while result.len() < n {
        match heap.pop() {
            Some((time, _, _, id)) => result.push(Post { id, time }),
            None => break,
        }
    }
    result
}
