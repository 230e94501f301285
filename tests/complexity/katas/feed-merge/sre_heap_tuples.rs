// learner: optimal
// idiom: SRE: BinaryHeap of (time, Reverse(feed), pos) tuples collected from the heads, while-let pop loop with early break
use std::cmp::Reverse;
use std::collections::BinaryHeap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut out = Vec::new();
    if n == 0 {
        return out;
    }
    let mut heap: BinaryHeap<(u64, Reverse<usize>, usize)> = feeds
        .iter()
        .enumerate()
        .filter_map(|(f, feed)| feed.first().map(|p| (p.time, Reverse(f), 0)))
        .collect();
    while let Some((_, Reverse(f), i)) = heap.pop() {
        out.push(feeds[f][i]);
        if out.len() == n {
            break;
        }
        if let Some(next) = feeds[f].get(i + 1) {
            heap.push((next.time, Reverse(f), i + 1));
        }
    }
    out
}
