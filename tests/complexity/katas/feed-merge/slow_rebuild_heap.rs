// learner: slow
// why: merge_feeds is O(N k log k) time, target O(k + N log k): rebuilds a BinaryHeap from all k current heads for every output post, then pops only the top
//! Merge per-author feeds into one timeline: the newest `n` posts of `k`
//! feeds that are each sorted newest first.

/// A post in a feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    /// Larger is newer.
    pub time: u64,
}

use std::cmp::Reverse;
use std::collections::BinaryHeap;

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut pos = vec![0usize; feeds.len()];
    let mut result = Vec::new();
    while result.len() < n {
        let heap: BinaryHeap<(u64, Reverse<usize>)> = feeds
            .iter()
            .enumerate()
            .filter_map(|(f, feed)| feed.get(pos[f]).map(|p| (p.time, Reverse(f))))
            .collect();
        match heap.peek() {
            Some(&(_, Reverse(f))) => {
                result.push(feeds[f][pos[f]]);
                pos[f] += 1;
            }
            None => break,
        }
    }
    result
}
