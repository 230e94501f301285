// learner: optimal
// idiom: Kotlin-dev style: BinaryHeap of (time, Reverse(feed), pos) tuples collected from heads, while-let pop with take-while-len guard
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

use std::cmp::Reverse;
use std::collections::BinaryHeap;

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut heap: BinaryHeap<(u64, Reverse<usize>, usize)> = feeds
        .iter()
        .enumerate()
        .filter_map(|(f, feed)| feed.first().map(|p| (p.time, Reverse(f), 0)))
        .collect();
    let mut timeline = Vec::with_capacity(n.min(16));
    while timeline.len() < n {
        let Some((_, Reverse(f), pos)) = heap.pop() else { break };
        timeline.push(feeds[f][pos]);
        if let Some(next) = feeds[f].get(pos + 1) {
            heap.push((next.time, Reverse(f), pos + 1));
        }
    }
    timeline
}
