// learner: slow
// why: merge_feeds is O(N k) time, target O(k + N log k): every output post scans the heads of all k feeds for the newest
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut pos = vec![0usize; feeds.len()];
    let mut out = Vec::new();
    while out.len() < n {
        let mut best: Option<usize> = None;
        for f in 0..feeds.len() {
            if let Some(p) = feeds[f].get(pos[f]) {
                match best {
                    Some(b) if feeds[b][pos[b]].time >= p.time => {}
                    _ => best = Some(f),
                }
            }
        }
        match best {
            Some(f) => {
                out.push(feeds[f][pos[f]]);
                pos[f] += 1;
            }
            None => break,
        }
    }
    out
}
