// learner: optimal
// idiom: Rust enthusiast: Cursor struct with a hand-written Ord, heap built with filter_map+collect, iter::from_fn(..).take(n).collect()
//! Merge per-author feeds into one timeline: the newest `n` posts of `k`
//! feeds that are each sorted newest first.

/// A post in a feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    /// Larger is newer.
    pub time: u64,
}

use std::cmp::Ordering;
use std::collections::BinaryHeap;
use std::iter;

/// Where one feed currently stands.
#[derive(Debug, PartialEq, Eq)]
struct Cursor<'a> {
    feed: usize,
    rest: &'a [Post],
}

impl Cursor<'_> {
    fn head(&self) -> &Post {
        &self.rest[0]
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

impl PartialOrd for Cursor<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut heap: BinaryHeap<Cursor<'_>> = feeds
        .iter()
        .enumerate()
        .filter(|(_, f)| !f.is_empty())
        .map(|(feed, f)| Cursor { feed, rest: f.as_slice() })
        .collect();
    iter::from_fn(|| {
        let cur = heap.pop()?;
        let (&post, rest) = cur.rest.split_first()?;
        if !rest.is_empty() {
            heap.push(Cursor { feed: cur.feed, rest });
        }
        Some(post)
    })
    .take(n)
    .collect()
}
