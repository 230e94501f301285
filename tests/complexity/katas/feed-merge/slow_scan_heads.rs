// learner: slow
// why: merge_feeds is O(N k) time, target O(k + N log k): for every output post it scans all k feed heads for the newest
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut idx = vec![0usize; feeds.len()];
    let mut out = Vec::new();
    while out.len() < n {
        let mut best: Option<usize> = None;
        for f in 0..feeds.len() {
            if idx[f] < feeds[f].len() {
                match best {
                    None => best = Some(f),
                    Some(b) => {
                        if feeds[f][idx[f]].time > feeds[b][idx[b]].time {
                            best = Some(f);
                        }
                    }
                }
            }
        }
        match best {
            Some(b) => {
                out.push(feeds[b][idx[b]]);
                idx[b] += 1;
            }
            None => break,
        }
    }
    out
}
