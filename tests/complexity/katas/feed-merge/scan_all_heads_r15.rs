// learner: slow
// why: merge_feeds is O(N k) time, target O(k + N log k): each output post scans every feed head for the newest one
//! Merge per-author feeds into one timeline.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut next_idx: Vec<usize> = vec![0; feeds.len()];
    let mut out = Vec::new();
    while out.len() < n {
        // find the newest head; strict > keeps the lowest feed index on ties
        let mut winner: Option<usize> = None;
        for f in 0..feeds.len() {
            if next_idx[f] >= feeds[f].len() {
                continue;
            }
            let t = feeds[f][next_idx[f]].time;
            match winner {
                Some(w) if feeds[w][next_idx[w]].time >= t => {}
                _ => winner = Some(f),
            }
        }
        let w = match winner {
            Some(w) => w,
            None => break,
        };
        out.push(feeds[w][next_idx[w]]);
        next_idx[w] += 1;
    }
    out
}
