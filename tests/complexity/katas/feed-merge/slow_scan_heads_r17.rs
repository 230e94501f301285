// learner: slow
// why: merge_feeds is O(N k) time, target O(k + N log k): each output post scans every feed head to find the newest
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut next = vec![0usize; feeds.len()];
    let mut out = Vec::new();
    while out.len() < n {
        let mut best: Option<usize> = None;
        for f in 0..feeds.len() {
            if let Some(p) = feeds[f].get(next[f]) {
                let better = match best {
                    None => true,
                    Some(b) => p.time > feeds[b][next[b]].time,
                };
                if better {
                    best = Some(f);
                }
            }
        }
        match best {
            Some(f) => {
                out.push(feeds[f][next[f]]);
                next[f] += 1;
            }
            None => break,
        }
    }
    out
}
