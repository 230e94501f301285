// learner: slow
// why: merge_feeds is O(N k) time, target O(k + N log k): for every output post it scans all k feed heads to find the newest
//! Merge per-author feeds into one timeline.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut pos = vec![0usize; feeds.len()];
    let mut out = Vec::new();
    for _ in 0..n {
        // find the feed whose current head is the newest (first feed wins ties)
        let mut best: Option<usize> = None;
        for (f, feed) in feeds.iter().enumerate() {
            if let Some(p) = feed.get(pos[f]) {
                match best {
                    Some(b) if feeds[b][pos[b]].time >= p.time => {}
                    _ => best = Some(f),
                }
            }
        }
        match best {
            Some(b) => {
                out.push(feeds[b][pos[b]]);
                pos[b] += 1;
            }
            None => break,
        }
    }
    out
}
