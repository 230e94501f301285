// learner: optimal
// idiom: a Cursor struct over a feed slice with a hand-written Ord; BinaryHeap::from(vec) then PeekMut to advance the top in place; iterator-producing closure
//! Merge per-author feeds into one timeline.

use std::cmp::Ordering;
use std::collections::binary_heap::{BinaryHeap, PeekMut};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

/// The unread rest of one feed; `rest` is never empty while in the heap.
struct Cursor<'a> {
    feed: usize,
    rest: &'a [Post],
}

impl Cursor<'_> {
    fn head(&self) -> Post {
        self.rest[0]
    }
}

impl PartialEq for Cursor<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Cursor<'_> {}
impl PartialOrd for Cursor<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Cursor<'_> {
    // "greater" = comes out first: newer time, then lower feed index
    fn cmp(&self, other: &Self) -> Ordering {
        self.head()
            .time
            .cmp(&other.head().time)
            .then_with(|| other.feed.cmp(&self.feed))
    }
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let cursors: Vec<Cursor> = feeds
        .iter()
        .enumerate()
        .filter(|(_, f)| !f.is_empty())
        .map(|(feed, f)| Cursor { feed, rest: f })
        .collect();
    let mut heap = BinaryHeap::from(cursors);
    let mut taken = 0;
    let next = std::iter::from_fn(|| {
        if taken == n {
            return None;
        }
        let mut top = heap.peek_mut()?;
        let post = top.head();
        taken += 1;
        if top.rest.len() > 1 {
            top.rest = &top.rest[1..];
        } else {
            PeekMut::pop(top);
        }
        Some(post)
    });
    next.collect()
}
