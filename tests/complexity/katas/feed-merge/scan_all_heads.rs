// learner: slow
// why: merge_feeds is O(N k) time, target O(k + N log k): for every output post it scans the heads of all k feeds to find the newest
//! Merge per-author feeds into one timeline.

/// A post in a feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    /// Larger is newer.
    pub time: u64,
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut next_index = vec![0usize; feeds.len()];
    let mut merged = Vec::new();
    while merged.len() < n {
        let mut best_feed: Option<usize> = None;
        for (f, feed) in feeds.iter().enumerate() {
            if let Some(candidate) = feed.get(next_index[f]) {
                match best_feed {
                    Some(b) if feeds[b][next_index[b]].time >= candidate.time => {}
                    _ => best_feed = Some(f),
                }
            }
        }
        match best_feed {
            Some(f) => {
                merged.push(feeds[f][next_index[f]]);
                next_index[f] += 1;
            }
            None => break,
        }
    }
    merged
}
