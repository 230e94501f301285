// learner: slow
// why: merge_feeds is O(T log T) time and O(T) space, target O(k + N log k) / O(k): Perl-ish, dumps every post of every feed into one heap, then pops n
use std::cmp::Reverse;
use std::collections::BinaryHeap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut h = BinaryHeap::new();
    for (f, feed) in feeds.iter().enumerate() {
        for (i, p) in feed.iter().enumerate() {
            h.push((p.time, Reverse(f), Reverse(i)));
        }
    }
    let mut out = Vec::new();
    while out.len() < n {
        let Some((_, Reverse(f), Reverse(i))) = h.pop() else { break };
        out.push(feeds[f][i]);
    }
    out
}
