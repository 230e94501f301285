// learner: slow
// why: merge_feeds is O(N k) time, target O(k + N log k): every output post scans all k feed heads for the newest
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut at = vec![0usize; feeds.len()];
    let mut out = Vec::new();
    while out.len() < n {
        let mut best: Option<usize> = None;
        for f in 0..feeds.len() {
            if at[f] >= feeds[f].len() {
                continue;
            }
            match best {
                Some(b) if feeds[b][at[b]].time >= feeds[f][at[f]].time => {}
                _ => best = Some(f),
            }
        }
        let Some(b) = best else { break };
        out.push(feeds[b][at[b]]);
        at[b] += 1;
    }
    out
}
