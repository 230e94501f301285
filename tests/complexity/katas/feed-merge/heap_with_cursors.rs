// learner: optimal
// idiom: BinaryHeap<(time, Reverse(feed))> plus a separate cursor Vec per feed, while loop with let-else on pop, Option combinators for the successor
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
    let mut cursor = vec![0usize; k];
    let mut heap: BinaryHeap<(u64, Reverse<usize>)> = BinaryHeap::with_capacity(k);
    for f in 0..k {
        if let Some(first) = feeds[f].first() {
            heap.push((first.time, Reverse(f)));
        }
    }
    let mut out = Vec::with_capacity(n.min(64));
    while out.len() < n {
        let Some((_, Reverse(f))) = heap.pop() else { break };
        let at = cursor[f];
        out.push(feeds[f][at]);
        cursor[f] = at + 1;
        feeds[f].get(at + 1).map(|p| heap.push((p.time, Reverse(f))));
    }
    out
}
