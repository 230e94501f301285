//! Merge per-author feeds into one timeline: the newest `n` posts of `k`
//! feeds that are each sorted newest first.

/// A post in a feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    /// Larger is newer.
    pub time: u64,
}

/// The `n` newest posts of all `feeds`, newest first.
///
/// Every feed must be sorted newest first (non-increasing `time`). Posts
/// with equal times come in feed order (a lower feed index first), and
/// within one feed in their original order. Fewer than `n` posts in total
/// means all of them are returned.
pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    todo!("the {n} newest of {} feeds", feeds.len())
}
