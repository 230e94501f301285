// learner: optimal
// idiom: Solidity-style: cursor array (feed => next position), BinaryHeap of (time, Reverse(feed)) tuples, require-style early returns, bounded while loop
//! Merge per-author feeds into one timeline.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    if n == 0 || feeds.is_empty() {
        return Vec::new();
    }
    let k = feeds.len();
    let mut cursor: Vec<usize> = vec![0; k];
    let mut heads: Vec<(u64, Reverse<usize>)> = Vec::with_capacity(k);
    for f in 0..k {
        if !feeds[f].is_empty() {
            heads.push((feeds[f][0].time, Reverse(f)));
        }
    }
    let mut heap = BinaryHeap::from(heads);

    let mut out: Vec<Post> = Vec::with_capacity(n.min(64));
    while out.len() < n {
        let (_, Reverse(f)) = match heap.pop() {
            Some(top) => top,
            None => break,
        };
        out.push(feeds[f][cursor[f]]);
        cursor[f] += 1;
        if cursor[f] < feeds[f].len() {
            heap.push((feeds[f][cursor[f]].time, Reverse(f)));
        }
    }
    out
}
