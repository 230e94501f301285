// learner: optimal
// idiom: pipeline style, heap built with filter_map/collect (O(k) heapify), output as iter::from_fn(..).take(n).collect
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

use std::cmp::Reverse;
use std::collections::BinaryHeap;

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut heap: BinaryHeap<_> = feeds
        .iter()
        .enumerate()
        .filter_map(|(f, feed)| feed.first().map(|p| (p.time, Reverse(f), 0usize)))
        .collect();
    std::iter::from_fn(|| {
        heap.pop().map(|(_, Reverse(f), i)| {
            if let Some(next) = feeds[f].get(i + 1) {
                heap.push((next.time, Reverse(f), i + 1));
            }
            feeds[f][i]
        })
    })
    .take(n)
    .collect()
}
