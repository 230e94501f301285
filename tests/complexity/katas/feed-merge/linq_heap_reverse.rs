// learner: optimal
// idiom: C#-style LINQ: heads built with enumerate().filter_map().collect() into BinaryHeap<(time, Reverse(feed), pos)>, std::iter::from_fn to pull N
use std::cmp::Reverse;
use std::collections::BinaryHeap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut heads: BinaryHeap<(u64, Reverse<usize>, usize)> = feeds
        .iter()
        .enumerate()
        .filter_map(|(feed, posts)| posts.first().map(|p| (p.time, Reverse(feed), 0)))
        .collect();
    std::iter::from_fn(|| {
        let (_, Reverse(feed), pos) = heads.pop()?;
        if let Some(next) = feeds[feed].get(pos + 1) {
            heads.push((next.time, Reverse(feed), pos + 1));
        }
        Some(feeds[feed][pos])
    })
    .take(n)
    .collect()
}
