// learner: optimal
// idiom: TA textbook style: std BinaryHeap of (time, Reverse(feed), position) built with collect, loop with early break, doc comments and an ordering assert
//! Merge per-author feeds into one timeline: the newest `n` posts of `k`
//! feeds that are each sorted newest first.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// A post in a feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    /// Larger is newer.
    pub time: u64,
}

/// A heap entry: the current head of one feed.
///
/// The tuple order makes the newest post the maximum, and among equal times
/// the lowest feed index (hence `Reverse`). Within one feed only one entry is
/// in the heap at a time, so positions never tie.
type Head = (u64, Reverse<usize>, usize);

/// The `n` newest posts of all `feeds`, newest first.
pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    // O(k): heapify the first post of every non-empty feed.
    let mut heap: BinaryHeap<Head> = feeds
        .iter()
        .enumerate()
        .filter_map(|(f, feed)| feed.first().map(|post| (post.time, Reverse(f), 0)))
        .collect();

    let mut timeline = Vec::with_capacity(n.min(heap.len().max(1) * 4));
    while timeline.len() < n {
        let Some((_, Reverse(f), i)) = heap.pop() else {
            break; // every feed is exhausted
        };
        let post = feeds[f][i];
        debug_assert!(
            timeline.last().map_or(true, |prev: &Post| prev.time >= post.time),
            "the timeline is newest first"
        );
        timeline.push(post);
        if let Some(next) = feeds[f].get(i + 1) {
            heap.push((next.time, Reverse(f), i + 1));
        }
    }
    timeline
}
