// learner: slow
// why: merge_feeds is O(T log T) time and O(T) space, target O(k + N log k) / O(k): pushes every post of every feed into one big heap, then into_sorted_vec
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
    // (time, earlier feed first, earlier position first, post)
    let all: BinaryHeap<(u64, Reverse<usize>, Reverse<usize>, u64)> = feeds
        .iter()
        .enumerate()
        .flat_map(|(f, feed)| feed.iter().enumerate().map(move |(i, p)| (p.time, Reverse(f), Reverse(i), p.id)))
        .collect();
    all.into_sorted_vec()
        .into_iter()
        .rev()
        .take(n)
        .map(|(time, _, _, id)| Post { id, time })
        .collect()
}
