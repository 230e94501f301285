// learner: slow
// why: merge_feeds is O(N*k) time, target O(k + N log k): picks each output post by scanning the heads of all k feeds
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
    let mut next = vec![0usize; feeds.len()];
    let mut out = Vec::new();
    while out.len() < n {
        let mut best: Option<usize> = None;
        for f in 0..feeds.len() {
            if next[f] >= feeds[f].len() {
                continue;
            }
            match best {
                None => best = Some(f),
                Some(b) => {
                    if feeds[f][next[f]].time > feeds[b][next[b]].time {
                        best = Some(f);
                    }
                }
            }
        }
        match best {
            None => break,
            Some(f) => {
                out.push(feeds[f][next[f]]);
                next[f] += 1;
            }
        }
    }
    out
}
