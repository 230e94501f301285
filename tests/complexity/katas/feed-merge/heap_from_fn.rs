// learner: optimal
// idiom: Scala-ish: heads heap built by filter_map/collect, output as iter::from_fn(...).take(n).collect()
//! Merge per-author feeds into one timeline.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut heap: BinaryHeap<(u64, Reverse<usize>, usize)> = feeds
        .iter()
        .enumerate()
        .filter_map(|(f, feed)| feed.first().map(|p| (p.time, Reverse(f), 0)))
        .collect();

    std::iter::from_fn(|| {
        let (_, Reverse(f), i) = heap.pop()?;
        if let Some(next) = feeds[f].get(i + 1) {
            heap.push((next.time, Reverse(f), i + 1));
        }
        Some(feeds[f][i])
    })
    .take(n)
    .collect()
}
