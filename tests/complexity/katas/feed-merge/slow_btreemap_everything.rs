// learner: slow
// why: merge_feeds is O(T log T) time and O(T) space, target O(k + N log k) / O(k): it loads every post of every feed into a BTreeMap and takes the first n
use std::cmp::Reverse;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut timeline: BTreeMap<(Reverse<u64>, usize, usize), Post> = BTreeMap::new();
    for (f, feed) in feeds.iter().enumerate() {
        for (i, post) in feed.iter().enumerate() {
            timeline.insert((Reverse(post.time), f, i), *post);
        }
    }
    timeline.into_values().take(n).collect()
}
