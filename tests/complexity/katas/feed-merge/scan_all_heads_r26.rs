// learner: slow
// idiom: Visual FoxPro database developer: one record pointer per feed in an array; for every post to output, a full SCAN over all feeds finds the newest current record (first feed wins ties), then that feed's pointer is SKIPped.
// why: merge_feeds is O(N * k) time (every output post rescans all k feed heads) vs the O(k + N log k) target.
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
    let mut la_recno: Vec<usize> = vec![0; feeds.len()];
    let mut la_result: Vec<Post> = Vec::new();

    while la_result.len() < n {
        let mut ln_best_feed: Option<usize> = None;
        let mut ln_best_time: u64 = 0;
        for ln_feed in 0..feeds.len() {
            if la_recno[ln_feed] >= feeds[ln_feed].len() {
                continue; // EOF() for this feed
            }
            let ln_time = feeds[ln_feed][la_recno[ln_feed]].time;
            if ln_best_feed.is_none() || ln_time > ln_best_time {
                ln_best_feed = Some(ln_feed);
                ln_best_time = ln_time;
            }
        }
        match ln_best_feed {
            Some(ln_feed) => {
                la_result.push(feeds[ln_feed][la_recno[ln_feed]]);
                la_recno[ln_feed] += 1;
            }
            None => break,
        }
    }
    la_result
}
