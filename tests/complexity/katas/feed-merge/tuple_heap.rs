// learner: optimal
// idiom: BinaryHeap of (time, Reverse(feed), Reverse(pos)) tuples built with BinaryHeap::from, pop/push loop
use std::cmp::Reverse;
use std::collections::BinaryHeap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let heads: Vec<(u64, Reverse<usize>, Reverse<usize>)> = feeds
        .iter()
        .enumerate()
        .filter_map(|(f, feed)| feed.first().map(|p| (p.time, Reverse(f), Reverse(0))))
        .collect();
    let mut heap = BinaryHeap::from(heads);
    let mut out = Vec::with_capacity(n.min(64));
    while out.len() < n {
        let Some((_, Reverse(f), Reverse(i))) = heap.pop() else { break };
        out.push(feeds[f][i]);
        if let Some(next) = feeds[f].get(i + 1) {
            heap.push((next.time, Reverse(f), Reverse(i + 1)));
        }
    }
    out
}
