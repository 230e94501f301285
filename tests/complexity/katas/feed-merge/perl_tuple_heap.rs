// learner: optimal
// idiom: Perl-ish terse: heap of plain tuples (time, Reverse(feed), pos), manual counter in a while loop, no helper types
use std::cmp::Reverse;
use std::collections::BinaryHeap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut h = BinaryHeap::new();
    let mut f = 0;
    while f < feeds.len() {
        if !feeds[f].is_empty() { h.push((feeds[f][0].time, Reverse(f), 0usize)); }
        f += 1;
    }
    let mut out = Vec::new();
    let mut got = 0;
    while got < n {
        let (_, Reverse(f), i) = match h.pop() { Some(x) => x, None => break };
        out.push(feeds[f][i]);
        got += 1;
        if i + 1 < feeds[f].len() { h.push((feeds[f][i + 1].time, Reverse(f), i + 1)); }
    }
    out
}
