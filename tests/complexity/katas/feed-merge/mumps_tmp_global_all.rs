// learner: slow
// idiom: MUMPS: load every post of every feed into a sorted scratch global ^TMP($J,-TIME,FEED,POS)=post (BTreeMap), then $ORDER off the first N subscripts
// why: every one of the T posts in all feeds is inserted in O(log T) before anything is returned: O(T log T) time and O(T) space, however small N is

//! Merge per-author feeds into one timeline: the newest `n` posts of `k`
//! feeds that are each sorted newest first.

/// A post in a feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    /// Larger is newer.
    pub time: u64,
}

use std::cmp::Reverse;
use std::collections::BTreeMap;

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut tmp: BTreeMap<(Reverse<u64>, usize, usize), Post> = BTreeMap::new();
    for (f, fd) in feeds.iter().enumerate() {
        for (p, post) in fd.iter().enumerate() {
            tmp.insert((Reverse(post.time), f, p), *post);
        }
    }
    tmp.into_values().take(n).collect()
}
