// learner: optimal
// idiom: MUMPS: the "current head of each feed" table as a std BinaryHeap of (TIME, Reverse(FEED), POS) subscripts, built from the k heads in one collect; pop one, push that feed's next
// why: heap built in O(k), each of the N output posts costs one pop and at most one push: O(k + N log k) time, O(k) heap space

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
    let mut out = Vec::with_capacity(n.min(feeds.iter().map(Vec::len).sum()));
    if n == 0 {
        return out;
    }
    // HD(TIME,-FEED)=POS
    let mut hd: BinaryHeap<(u64, Reverse<usize>, usize)> = feeds
        .iter()
        .enumerate()
        .filter(|(_, f)| !f.is_empty())
        .map(|(fi, f)| (f[0].time, Reverse(fi), 0))
        .collect();
    while out.len() < n {
        let Some((_, Reverse(fi), ps)) = hd.pop() else {
            break;
        };
        out.push(feeds[fi][ps]);
        if let Some(nx) = feeds[fi].get(ps + 1) {
            hd.push((nx.time, Reverse(fi), ps + 1));
        }
    }
    out
}
