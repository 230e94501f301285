// learner: optimal
// idiom: Dart/Flutter-turned-Rust: a FeedCursor class with a hand-written Ord (like implementing Comparable.compareTo) inside std's BinaryHeap, heap built from an iterator of cursors, the output taken with std::iter::from_fn
use std::cmp::Ordering;
use std::collections::BinaryHeap;

/// A post in a feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    /// Larger is newer.
    pub time: u64,
}

/// Points at the next unread post of one feed.
#[allow(non_snake_case)]
struct FeedCursor<'a> {
    feedIndex: usize,
    posts: &'a [Post],
}

#[allow(non_snake_case)]
impl<'a> FeedCursor<'a> {
    fn head(&self) -> Post {
        self.posts[0]
    }

    /// The same feed without its first post, or null when the feed runs dry.
    fn advanced(self) -> Option<FeedCursor<'a>> {
        let rest = &self.posts[1..];
        (!rest.is_empty()).then_some(FeedCursor { feedIndex: self.feedIndex, posts: rest })
    }
}

impl Ord for FeedCursor<'_> {
    /// "Greater" means "comes out first": newer, then the lower feed index.
    fn cmp(&self, other: &Self) -> Ordering {
        self.head()
            .time
            .cmp(&other.head().time)
            .then_with(|| other.feedIndex.cmp(&self.feedIndex))
    }
}

impl PartialOrd for FeedCursor<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for FeedCursor<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for FeedCursor<'_> {}

#[allow(non_snake_case)]
pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut heap: BinaryHeap<FeedCursor> = feeds
        .iter()
        .enumerate()
        .filter(|(_, feed)| !feed.is_empty())
        .map(|(feedIndex, feed)| FeedCursor { feedIndex, posts: feed })
        .collect();

    std::iter::from_fn(|| {
        let top = heap.pop()?;
        let post = top.head();
        if let Some(rest) = top.advanced() {
            heap.push(rest);
        }
        Some(post)
    })
    .take(n)
    .collect()
}
