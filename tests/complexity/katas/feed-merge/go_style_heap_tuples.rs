// learner: optimal
// idiom: Go-style: BinaryHeap of (time, Reverse(feed), pos) tuples, explicit index loop to seed, early return for n == 0
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
    let mut out: Vec<Post> = Vec::new();
    if n == 0 {
        return out;
    }
    let mut heads: Vec<(u64, Reverse<usize>, usize)> = Vec::with_capacity(feeds.len());
    for f in 0..feeds.len() {
        if feeds[f].len() > 0 {
            heads.push((feeds[f][0].time, Reverse(f), 0));
        }
    }
    let mut heap = BinaryHeap::from(heads);
    while out.len() < n {
        let top = heap.pop();
        if top.is_none() {
            break;
        }
        let (_, Reverse(f), i) = top.unwrap();
        out.push(feeds[f][i]);
        if i + 1 < feeds[f].len() {
            heap.push((feeds[f][i + 1].time, Reverse(f), i + 1));
        }
    }
    out
}
