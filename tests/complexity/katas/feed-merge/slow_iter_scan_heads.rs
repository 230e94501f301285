// learner: slow
// why: merge_feeds is O(N k) time, target O(k + N log k): every output post scans all k feed heads with max_by_key
//! Merge per-author feeds into one timeline.

use std::cmp::Reverse;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut cursor = vec![0usize; feeds.len()];
    std::iter::from_fn(|| {
        let (f, post) = feeds
            .iter()
            .zip(cursor.iter())
            .enumerate()
            .filter_map(|(f, (feed, &at))| feed.get(at).map(|p| (f, *p)))
            .max_by_key(|&(f, p)| (p.time, Reverse(f)))?;
        cursor[f] += 1;
        Some(post)
    })
    .take(n)
    .collect()
}
