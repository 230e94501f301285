// learner: optimal
// idiom: competitive: min-heap of Reverse((!time, feed, pos)) (bit-not turns newest into smallest), heap built by collect over filter_map, while-let with len guard
use std::cmp::Reverse;
use std::collections::BinaryHeap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut h: BinaryHeap<Reverse<(u64, usize, usize)>> = feeds
        .iter()
        .enumerate()
        .filter_map(|(i, f)| f.first().map(|p| Reverse((!p.time, i, 0))))
        .collect();
    let mut r = Vec::new();
    while r.len() < n {
        let Some(Reverse((_, i, j))) = h.pop() else { break };
        r.push(feeds[i][j]);
        if let Some(p) = feeds[i].get(j + 1) {
            h.push(Reverse((!p.time, i, j + 1)));
        }
    }
    r
}
