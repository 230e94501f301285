// learner: optimal
// idiom: Swift-style "protocol conformance": a Cursor struct implementing Ord, BinaryHeap of cursors, while-let pop with let-else guards
use std::cmp::Ordering;
use std::collections::BinaryHeap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

/// Where we are in one feed: the head post's time, which feed, which position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Cursor {
    time: u64,
    feed: usize,
    pos: usize,
}

impl Ord for Cursor {
    fn cmp(&self, other: &Self) -> Ordering {
        // newer first; on a tie the lower feed index is "greater" so it pops first
        self.time
            .cmp(&other.time)
            .then_with(|| other.feed.cmp(&self.feed))
    }
}

impl PartialOrd for Cursor {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    if n == 0 || feeds.is_empty() {
        return Vec::new();
    }
    let mut heap: BinaryHeap<Cursor> = feeds
        .iter()
        .enumerate()
        .filter_map(|(feed, posts)| {
            let first = posts.first()?;
            Some(Cursor { time: first.time, feed, pos: 0 })
        })
        .collect();

    let mut page = Vec::with_capacity(n.min(64));
    while page.len() < n {
        let Some(cursor) = heap.pop() else { break };
        let posts = &feeds[cursor.feed];
        page.push(posts[cursor.pos]);
        if let Some(next) = posts.get(cursor.pos + 1) {
            heap.push(Cursor { time: next.time, feed: cursor.feed, pos: cursor.pos + 1 });
        }
    }
    page
}
