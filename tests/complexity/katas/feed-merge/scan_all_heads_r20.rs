// learner: slow
// why: merge_feeds is O(N k) time, target O(k + N log k): every output post rescans all k feed heads for the newest
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut cur = vec![0usize; feeds.len()];
    let mut out = Vec::new();
    while out.len() < n {
        let mut best: Option<usize> = None;
        for f in 0..feeds.len() {
            if cur[f] >= feeds[f].len() {
                continue;
            }
            let t = feeds[f][cur[f]].time;
            match best {
                Some(b) if feeds[b][cur[b]].time >= t => {}
                _ => best = Some(f),
            }
        }
        match best {
            Some(b) => {
                out.push(feeds[b][cur[b]]);
                cur[b] += 1;
            }
            None => break,
        }
    }
    out
}
