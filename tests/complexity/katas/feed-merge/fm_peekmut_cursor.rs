// learner: optimal
// idiom: Dart-ish: Cursor struct with hand-written Ord, BinaryHeap::from(Vec), PeekMut advances the top in place
use std::cmp::Ordering;
use std::collections::binary_heap::{BinaryHeap, PeekMut};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

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
        .map(|(feed, f)| Cursor { feed, rest: f.as_slice() })
        .collect();
    let mut heap = BinaryHeap::from(cursors);
    let mut page = Vec::new();
    while page.len() < n {
        let Some(mut top) = heap.peek_mut() else { break };
        page.push(top.head());
        if top.rest.len() == 1 {
            PeekMut::pop(top);
        } else {
            top.rest = &top.rest[1..];
        }
    }
    page
}
