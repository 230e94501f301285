// learner: optimal
// idiom: Janet: heap of [time (reverse feed) id] tuples with per-feed iterators (like a fiber per feed yielding its posts); uses peek_mut to swap the winner for its successor without a pop+push
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
use std::collections::binary_heap::PeekMut;
use std::collections::BinaryHeap;

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut gens: Vec<std::slice::Iter<'_, Post>> = feeds.iter().map(|f| f.iter()).collect();
    let mut start: Vec<(u64, Reverse<usize>, u64)> = Vec::with_capacity(feeds.len());
    for (f, g) in gens.iter_mut().enumerate() {
        if let Some(p) = g.next() {
            start.push((p.time, Reverse(f), p.id));
        }
    }
    let mut heap: BinaryHeap<(u64, Reverse<usize>, u64)> = start.into_iter().collect();
    let mut out = Vec::new();

    while out.len() < n {
        let Some(mut top) = heap.peek_mut() else { break };
        let (time, Reverse(f), id) = *top;
        out.push(Post { id, time });
        match gens[f].next() {
            Some(nx) => *top = (nx.time, Reverse(f), nx.id), // sifts down when `top` drops
            None => {
                PeekMut::pop(top);
            }
        }
    }
    out
}
