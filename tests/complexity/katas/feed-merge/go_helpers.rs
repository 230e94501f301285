// learner: optimal
// idiom: Go-style: BinaryHeap of (time, Reverse(feed)) plus a positions slice, push_head helper taking heap/feeds/positions/feed, for loop with early return
use std::cmp::Reverse;
use std::collections::BinaryHeap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

fn push_head(heap: &mut BinaryHeap<(u64, Reverse<usize>)>, feeds: &[Vec<Post>], positions: &[usize], feed: usize) {
    let pos = positions[feed];
    if pos < feeds[feed].len() {
        heap.push((feeds[feed][pos].time, Reverse(feed)));
    }
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut out = Vec::new();
    if n == 0 {
        return out;
    }
    let mut positions = vec![0usize; feeds.len()];
    let mut heads = Vec::with_capacity(feeds.len());
    for f in 0..feeds.len() {
        if !feeds[f].is_empty() {
            heads.push((feeds[f][0].time, Reverse(f)));
        }
    }
    let mut heap = BinaryHeap::from(heads);
    for _ in 0..n {
        let (_, Reverse(f)) = match heap.pop() {
            Some(top) => top,
            None => return out,
        };
        out.push(feeds[f][positions[f]]);
        positions[f] += 1;
        push_head(&mut heap, feeds, &positions, f);
    }
    out
}
