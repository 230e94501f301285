// learner: slow
// idiom: SAS statistician: a pointer array per feed and, for every output row, a full pass over all k feed heads to find the newest (like re-running PROC MEANS MAX each time)
// why: merge_feeds is O(N * k) (every output post rescans all k heads) vs the O(k + N log k) target
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
    let k = feeds.len();
    let mut ptr = vec![0usize; k];
    let mut out = Vec::new();
    while out.len() < n {
        let mut best: Option<usize> = None;
        for f in 0..k {
            if ptr[f] < feeds[f].len() {
                let t = feeds[f][ptr[f]].time;
                match best {
                    None => best = Some(f),
                    Some(b) => {
                        if t > feeds[b][ptr[b]].time {
                            best = Some(f);
                        }
                    }
                }
            }
        }
        match best {
            None => break,
            Some(b) => {
                out.push(feeds[b][ptr[b]]);
                ptr[b] += 1;
            }
        }
    }
    out
}
