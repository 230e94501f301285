// learner: slow
// why: merge_feeds is O(T log T) time and O(T) space, target O(k + N log k): inserts every post of every feed into one BTreeMap ordered by (newest, feed, position)
use std::cmp::Reverse;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut ordered = BTreeMap::new();
    for (f, feed) in feeds.iter().enumerate() {
        for (i, post) in feed.iter().enumerate() {
            ordered.insert((Reverse(post.time), f, i), *post);
        }
    }
    ordered.into_values().take(n).collect()
}
