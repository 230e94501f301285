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
    // next[f] is the position of the head of feed f.
    let mut next = vec![0; feeds.len()];
    let mut out = Vec::new();
    while out.len() < n {
        // Look at every feed's head and take the newest.
        let mut best: Option<usize> = None;
        for f in 0..feeds.len() {
            if let Some(post) = feeds[f].get(next[f]) {
                match best {
                    Some(b) if feeds[b][next[b]].time >= post.time => {}
                    _ => best = Some(f),
                }
            }
        }
        let Some(f) = best else { break };
        out.push(feeds[f][next[f]]);
        next[f] += 1;
    }
    out
}
