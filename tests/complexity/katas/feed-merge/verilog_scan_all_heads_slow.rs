// learner: slow
// idiom: verilog: a read pointer per feed and a combinational-style "max of all k heads" scan for every output post
// why: misses O(k + N log k): each output compares all k heads, O(N * k) time (quadratic when N ~ k)
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
pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let k = feeds.len();
    let mut rd = vec![0usize; k];
    let mut out = Vec::new();
    while out.len() < n {
        let mut best: Option<usize> = None;
        for f in 0..k {
            if rd[f] >= feeds[f].len() {
                continue;
            }
            match best {
                None => best = Some(f),
                Some(b) => {
                    // strictly newer wins; equal keeps the lower feed
                    if feeds[f][rd[f]].time > feeds[b][rd[b]].time {
                        best = Some(f);
                    }
                }
            }
        }
        match best {
            Some(b) => {
                out.push(feeds[b][rd[b]]);
                rd[b] += 1;
            }
            None => break,
        }
    }
    out
}
