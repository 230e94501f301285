// learner: slow
// idiom: Janet: an array of cursors and, for each post to emit, a `loop` over all feeds to find the newest head, like (reduce ...) over the heads
// why: every output post scans all k feed heads: O(N k) instead of O(k + N log k)
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
    let mut cur = vec![0usize; feeds.len()];
    let mut out = Vec::new();
    while out.len() < n {
        let mut best: Option<usize> = None;
        for f in 0..feeds.len() {
            if cur[f] >= feeds[f].len() {
                continue;
            }
            let t = feeds[f][cur[f]].time;
            best = match best {
                Some(b) if feeds[b][cur[b]].time >= t => Some(b),
                _ => Some(f),
            };
        }
        match best {
            Some(f) => {
                out.push(feeds[f][cur[f]]);
                cur[f] += 1;
            }
            None => break,
        }
    }
    out
}
