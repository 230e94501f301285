// learner: optimal
// idiom: competitive programmer: tuple heap with Reverse, one-letter names, dense loop
use std::cmp::Reverse;
use std::collections::BinaryHeap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

pub fn merge_feeds(f: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut h: BinaryHeap<(u64, Reverse<usize>, usize)> =
        f.iter().enumerate().filter(|(_, v)| !v.is_empty()).map(|(i, v)| (v[0].time, Reverse(i), 0)).collect();
    let mut r = vec![];
    while r.len() < n {
        let Some((_, Reverse(i), j)) = h.pop() else { break };
        r.push(f[i][j]);
        if j + 1 < f[i].len() { h.push((f[i][j + 1].time, Reverse(i), j + 1)); }
    }
    r
}
