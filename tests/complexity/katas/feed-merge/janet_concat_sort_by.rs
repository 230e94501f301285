// learner: slow
// idiom: Janet: (array/concat ...) everything, (sort-by ...) newest first, (slice arr 0 n), the REPL way
// why: sorts all T posts of all feeds, O(T log T), however small n is; the target is O(k + N log k)
//! Merge per-author feeds into one timeline: the newest `n` posts of `k`
//! feeds that are each sorted newest first.

/// A post in a feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    /// Larger is newer.
    pub time: u64,
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut all: Vec<(usize, usize, Post)> = Vec::new();
    for (f, feed) in feeds.iter().enumerate() {
        for (i, p) in feed.iter().enumerate() {
            all.push((f, i, *p));
        }
    }
    all.sort_by(|a, b| b.2.time.cmp(&a.2.time).then(a.0.cmp(&b.0)).then(a.1.cmp(&b.1)));
    all.into_iter().take(n).map(|(_, _, p)| p).collect()
}
