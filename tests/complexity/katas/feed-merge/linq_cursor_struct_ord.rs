// learner: optimal
// idiom: C#-style IComparable: a FeedCursor struct with a hand-written Ord (time desc, feed asc), BinaryHeap of cursors, for-loop over 0..n with early break
use std::cmp::Ordering;
use std::collections::BinaryHeap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

#[derive(PartialEq, Eq)]
struct FeedCursor<'a> {
    feed_index: usize,
    position: usize,
    posts: &'a [Post],
}

impl<'a> FeedCursor<'a> {
    fn current(&self) -> Post {
        self.posts[self.position]
    }
}

impl Ord for FeedCursor<'_> {
    fn cmp(&self, other: &Self) -> Ordering {
        self.current()
            .time
            .cmp(&other.current().time)
            .then_with(|| other.feed_index.cmp(&self.feed_index))
    }
}

impl PartialOrd for FeedCursor<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let cursors: Vec<FeedCursor> = feeds
        .iter()
        .enumerate()
        .filter(|(_, posts)| !posts.is_empty())
        .map(|(feed_index, posts)| FeedCursor { feed_index, position: 0, posts })
        .collect();
    let mut heap = BinaryHeap::from(cursors);
    let mut timeline = Vec::new();
    for _ in 0..n {
        let Some(mut cursor) = heap.pop() else {
            break;
        };
        timeline.push(cursor.current());
        cursor.position += 1;
        if cursor.position < cursor.posts.len() {
            heap.push(cursor);
        }
    }
    timeline
}
