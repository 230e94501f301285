// learner: optimal
// idiom: Kotlin style: BinaryHeap of (time, Reverse(feed), pos) tuples, heap.peek()/PeekMut replace-top, iterator `from_fn` producing the timeline with take(n)
//! Merge per-author feeds into one timeline.

use std::cmp::Reverse;
use std::collections::binary_heap::PeekMut;
use std::collections::BinaryHeap;

/// A post in a feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    /// Larger is newer.
    pub time: u64,
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut heap = BinaryHeap::from(
        feeds
            .iter()
            .enumerate()
            .filter(|(_, f)| !f.is_empty())
            .map(|(i, f)| (f[0].time, Reverse(i), 0usize))
            .collect::<Vec<_>>(),
    );
    std::iter::from_fn(|| {
        let mut top = heap.peek_mut()?;
        let (_, Reverse(feed), pos) = *top;
        let post = feeds[feed][pos];
        match feeds[feed].get(pos + 1) {
            Some(next) => *top = (next.time, Reverse(feed), pos + 1),
            None => {
                PeekMut::pop(top);
            }
        }
        Some(post)
    })
    .take(n)
    .collect()
}
