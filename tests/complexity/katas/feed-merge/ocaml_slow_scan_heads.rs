// learner: slow
// why: merge_feeds is O(N k) time, target O(k + N log k): every output post folds over all k feed heads to find the newest
//! Merge per-author feeds into one timeline.

/// A post in a feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    /// Larger is newer.
    pub time: u64,
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut cursor = vec![0usize; feeds.len()];
    let mut acc = Vec::new();
    while acc.len() < n {
        // fold over the heads, keeping the best (time, feed) so far
        let best = feeds.iter().enumerate().fold(None, |best: Option<(u64, usize)>, (f, feed)| {
            match (feed.get(cursor[f]), best) {
                (None, b) => b,
                (Some(p), None) => Some((p.time, f)),
                (Some(p), Some((t, _))) if p.time > t => Some((p.time, f)),
                (Some(_), b) => b,
            }
        });
        match best {
            None => break,
            Some((_, f)) => {
                acc.push(feeds[f][cursor[f]]);
                cursor[f] += 1;
            }
        }
    }
    acc
}
