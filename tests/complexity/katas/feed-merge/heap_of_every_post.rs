// learner: slow
// why: merge_feeds is O(T + N log T) time and O(T) space, target O(k + N log k) / O(k): every post of every feed goes into one big heap
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

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    // key: newest first, then lower feed, then earlier position
    let everything: Vec<(u64, Reverse<usize>, Reverse<usize>)> = feeds
        .iter()
        .enumerate()
        .flat_map(|(f, feed)| feed.iter().enumerate().map(move |(i, p)| (p.time, Reverse(f), Reverse(i))))
        .collect();
    let mut heap = BinaryHeap::from(everything);
    let mut page = Vec::new();
    while page.len() < n {
        match heap.pop() {
            Some((_, Reverse(f), Reverse(i))) => page.push(feeds[f][i]),
            None => break,
        }
    }
    page
}
