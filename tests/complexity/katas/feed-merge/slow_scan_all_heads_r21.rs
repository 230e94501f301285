// learner: slow
// why: merge_feeds is O(k + N k) time, target O(k + N log k): every output post scans all k feed heads for the newest
//! Merge per-author feeds into one timeline.

/// A post in a feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    /// Larger is newer.
    pub time: u64,
}

/// The `n` newest posts of all `feeds`, newest first.
///
/// Keeps one cursor per feed; each round picks the feed whose current post
/// is newest (the first such feed on ties) and advances it.
pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut cursor = vec![0usize; feeds.len()];
    let mut timeline = Vec::new();
    while timeline.len() < n {
        let best = feeds
            .iter()
            .enumerate()
            .filter_map(|(f, feed)| feed.get(cursor[f]).map(|p| (f, p.time)))
            .fold(None, |best: Option<(usize, u64)>, (f, t)| match best {
                Some((_, bt)) if bt >= t => best,
                _ => Some((f, t)),
            });
        match best {
            Some((f, _)) => {
                timeline.push(feeds[f][cursor[f]]);
                cursor[f] += 1;
            }
            None => break,
        }
    }
    timeline
}
