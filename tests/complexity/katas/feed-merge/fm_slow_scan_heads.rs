// learner: slow
// why: merge_feeds is O(N k) time, target O(k + N log k): scans every feed's head with an iterator chain for each post it outputs
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut next_idx = vec![0usize; feeds.len()];
    let mut result = Vec::new();
    while result.len() < n {
        let best = feeds
            .iter()
            .enumerate()
            .filter_map(|(f, feed)| feed.get(next_idx[f]).map(|p| (f, p)))
            .max_by(|(fa, a), (fb, b)| a.time.cmp(&b.time).then(fb.cmp(fa)));
        match best {
            Some((f, p)) => {
                result.push(*p);
                next_idx[f] += 1;
            }
            None => break,
        }
    }
    result
}
