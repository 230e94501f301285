// learner: slow
// why: merge_feeds is O(T log T) time and O(T) space, target O(k + N log k) / O(k): loads every post of every feed into a BTreeMap
//! Merge per-author feeds into one timeline.

use std::cmp::Reverse;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    // key orders newest first, then by feed, then by position: exactly the output order
    let timeline: BTreeMap<(Reverse<u64>, usize, usize), Post> = feeds
        .iter()
        .enumerate()
        .flat_map(|(f, feed)| feed.iter().enumerate().map(move |(i, p)| ((Reverse(p.time), f, i), *p)))
        .collect();
    timeline.into_values().take(n).collect()
}
