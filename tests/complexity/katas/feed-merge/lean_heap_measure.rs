// learner: optimal
// idiom: Lean-style: max-heap of (time, Reverse(feed), pos) keys, a total `key` lemma, loop bounded by the measure `n - out.len()`
use std::cmp::Reverse;
use std::collections::BinaryHeap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

/// Heap key of post `i` of feed `f`, if it exists. Larger key = comes first:
/// newer time, then lower feed index; positions within a feed are popped in order
/// because only one position per feed is ever in the heap.
fn key(feeds: &[Vec<Post>], f: usize, i: usize) -> Option<(u64, Reverse<usize>, usize)> {
    feeds[f].get(i).map(|p| (p.time, Reverse(f), i))
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    // Invariant: the heap holds exactly the current head of every non-exhausted feed.
    let mut heap: BinaryHeap<_> = (0..feeds.len()).filter_map(|f| key(feeds, f, 0)).collect();
    let mut out = Vec::new();
    // Measure: n - out.len(), strictly decreasing; the loop also stops when the heap empties.
    while out.len() < n {
        let Some((_, Reverse(f), i)) = heap.pop() else { break };
        out.push(feeds[f][i]);
        if let Some(k) = key(feeds, f, i + 1) {
            heap.push(k);
        }
    }
    debug_assert!(out.len() <= n);
    out
}
