// learner: slow
// why: merge_feeds is O(N*k) time, target O(k + N log k): scans every feed head for each output post
use std::cmp::Reverse;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut pos = vec![0usize; feeds.len()];
    let mut out = Vec::new();
    while out.len() < n {
        let best = (0..feeds.len())
            .filter(|&f| pos[f] < feeds[f].len())
            .min_by_key(|&f| Reverse(feeds[f][pos[f]].time));
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
