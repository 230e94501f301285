// learner: optimal
// idiom: Groovy-style: heap collected from a filter_map closure chain, min-heap via Reverse((Reverse(time), feed, pos)), iter::from_fn(...).take(n)
//! Merge per-author feeds into one timeline.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

type Key = Reverse<(Reverse<u64>, usize, usize)>;

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let key = |feed: usize, pos: usize| -> Option<Key> {
        feeds[feed].get(pos).map(|p| Reverse((Reverse(p.time), feed, pos)))
    };
    let mut heap: BinaryHeap<Key> = (0..feeds.len()).filter_map(|f| key(f, 0)).collect();
    std::iter::from_fn(|| {
        heap.pop().map(|Reverse((_, f, pos))| {
            if let Some(next) = key(f, pos + 1) {
                heap.push(next);
            }
            feeds[f][pos]
        })
    })
    .take(n)
    .collect()
}
