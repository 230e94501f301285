// learner: slow
// why: merge_feeds is O(T log T) time and O(T) space, target O(k + N log k) / O(k): pours every post of every feed into a BTreeMap, then takes n
use std::cmp::Reverse;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut ordered: BTreeMap<(Reverse<u64>, usize, usize), Post> = BTreeMap::new();
    for (f, feed) in feeds.iter().enumerate() {
        for (pos, post) in feed.iter().enumerate() {
            ordered.insert((Reverse(post.time), f, pos), *post);
        }
    }
    ordered.into_values().take(n).collect()
}
