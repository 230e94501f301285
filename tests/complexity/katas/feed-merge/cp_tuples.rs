// learner: optimal
// idiom: competitive-programmer: one function, tuple heap with negated feed index, short names
//! Merge per-author feeds into one timeline.

use std::collections::BinaryHeap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let k = feeds.len();
    let mut h = BinaryHeap::with_capacity(k);
    for i in 0..k {
        if !feeds[i].is_empty() {
            h.push((feeds[i][0].time, -(i as i64), 0usize));
        }
    }
    let mut r = vec![];
    while r.len() < n {
        if let Some((_, f, j)) = h.pop() {
            let f = (-f) as usize;
            r.push(feeds[f][j]);
            if j + 1 < feeds[f].len() {
                h.push((feeds[f][j + 1].time, -(f as i64), j + 1));
            }
        } else {
            break;
        }
    }
    r
}
