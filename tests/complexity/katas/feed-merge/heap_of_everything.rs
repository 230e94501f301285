// learner: slow
// why: merge_feeds is O(T log T) time and O(T) space, target O(k + N log k) / O(k): pushes every post of every feed into one heap first
//! Merge per-author feeds into one timeline.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut all: BinaryHeap<(u64, Reverse<(usize, usize)>)> = feeds
        .iter()
        .enumerate()
        .flat_map(|(f, posts)| posts.iter().enumerate().map(move |(i, p)| (p.time, Reverse((f, i)))))
        .collect();
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        match all.pop() {
            Some((_, Reverse((f, i)))) => out.push(feeds[f][i]),
            None => break,
        }
    }
    out
}
