// learner: optimal
// idiom: one Peekable slice iterator per feed as the cursor, BinaryHeap<(time, Reverse(feed))> built with from(Vec), loop + break with if-let
//! k-way merge of sorted feeds.

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::iter::Peekable;
use std::slice::Iter;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut cursors: Vec<Peekable<Iter<'_, Post>>> = feeds.iter().map(|f| f.iter().peekable()).collect();
    let mut initial = Vec::with_capacity(feeds.len());
    for (idx, cur) in cursors.iter_mut().enumerate() {
        if let Some(p) = cur.peek() {
            initial.push((p.time, Reverse(idx)));
        }
    }
    let mut heap = BinaryHeap::from(initial);
    let mut out = Vec::with_capacity(n.min(16));
    loop {
        if out.len() >= n {
            break;
        }
        let Some((_, Reverse(idx))) = heap.pop() else {
            break;
        };
        let cur = &mut cursors[idx];
        if let Some(post) = cur.next() {
            out.push(*post);
        }
        if let Some(next) = cur.peek() {
            heap.push((next.time, Reverse(idx)));
        }
    }
    out
}
