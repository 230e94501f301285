// learner: slow
// idiom: Eiffel design-by-contract developer: cursors per feed and, for each output post, a full linear scan of all k heads to pick the newest (strict > keeps the lowest feed on ties), with pre/postconditions
// why: merge_feeds is O(N * k) time (each of the N returned posts scans every feed head) vs the O(k + N log k) target
//! Merge per-author feeds into one timeline.

/// A post in a feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    /// Larger is newer.
    pub time: u64,
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut positions: Vec<usize> = vec![0; feeds.len()];
    let mut result: Vec<Post> = Vec::new();
    while result.len() < n {
        let mut chosen: Option<usize> = None;
        for feed in 0..feeds.len() {
            if positions[feed] < feeds[feed].len() {
                let candidate = feeds[feed][positions[feed]];
                chosen = match chosen {
                    Some(best) if feeds[best][positions[best]].time >= candidate.time => Some(best),
                    _ => Some(feed),
                };
            }
        }
        match chosen {
            Some(feed) => {
                result.push(feeds[feed][positions[feed]]);
                positions[feed] += 1;
            }
            None => break,
        }
    }
    debug_assert!(result.windows(2).all(|w| w[0].time >= w[1].time), "ensure newest_first");
    result
}
