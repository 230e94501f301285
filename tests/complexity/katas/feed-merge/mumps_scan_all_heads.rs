// learner: slow
// idiom: MUMPS: for every output line, $ORDER through all k feeds comparing their current heads to pick the newest (first feed wins ties), then advance that feed's cursor
// why: every output post scans all k feed heads: O(N k) time instead of O(k + N log k), quadratic when N ~ k

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
        let mut bst: Option<usize> = None;
        for f in 0..feeds.len() {
            if cur[f] >= feeds[f].len() {
                continue;
            }
            match bst {
                None => bst = Some(f),
                Some(b) => {
                    if feeds[f][cur[f]].time > feeds[b][cur[b]].time {
                        bst = Some(f);
                    }
                }
            }
        }
        let Some(b) = bst else { break };
        out.push(feeds[b][cur[b]]);
        cur[b] += 1;
    }
    out
}
