// learner: slow
// why: merge_feeds is O(N k) time, target O(k + N log k): folds the feeds together with a two-way merge (truncated to n) one feed at a time
//! Merge per-author feeds into one timeline.

/// A post in a feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    /// Larger is newer.
    pub time: u64,
}

/// Classic two-way merge of two newest-first lists, keeping at most `limit`;
/// on equal times the left list (earlier feeds) goes first.
fn merge_two(left: &[Post], right: &[Post], limit: usize) -> Vec<Post> {
    let mut merged = Vec::with_capacity(limit.min(left.len() + right.len()));
    let (mut i, mut j) = (0, 0);
    while merged.len() < limit && (i < left.len() || j < right.len()) {
        let take_left = j >= right.len() || (i < left.len() && left[i].time >= right[j].time);
        if take_left {
            merged.push(left[i]);
            i += 1;
        } else {
            merged.push(right[j]);
            j += 1;
        }
    }
    merged
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut timeline: Vec<Post> = Vec::new();
    for feed in feeds {
        timeline = merge_two(&timeline, feed, n);
    }
    timeline
}
