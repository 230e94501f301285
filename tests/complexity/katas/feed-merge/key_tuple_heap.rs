// learner: optimal
// idiom: SAS statistician: a heap of plain key tuples (time, -feed, position) like a sort key in a BY statement; index loop over the output count, the next row of the same feed pushed back after each output
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
    let k = feeds.len();
    let mut heads: Vec<(u64, Reverse<usize>, usize)> = Vec::with_capacity(k);
    for f in 0..k {
        if !feeds[f].is_empty() {
            heads.push((feeds[f][0].time, Reverse(f), 0));
        }
    }
    let mut heap = BinaryHeap::from(heads);
    let mut out: Vec<Post> = Vec::new();
    let mut count = 0;
    while count < n {
        let (_, Reverse(f), pos) = match heap.pop() {
            Some(top) => top,
            None => break,
        };
        out.push(feeds[f][pos]);
        count += 1;
        if pos + 1 < feeds[f].len() {
            heap.push((feeds[f][pos + 1].time, Reverse(f), pos + 1));
        }
    }
    out
}
