// learner: slow
// idiom: Pony actor-model programmer: every feed "sends" all its posts, tagged with (feed, position), into one collected Vec; the collector then sorts the whole batch by (newest, feed, position) and takes the first n.
// why: merge_feeds is O(T log T) time and O(T) space in the total number of posts T (everything is copied and sorted) vs the O(k + N log k) time / O(k) space target.
//! Merge per-author feeds into one timeline: the newest `n` posts of `k`
//! feeds that are each sorted newest first.

use std::cmp::Reverse;

/// A post in a feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    /// Larger is newer.
    pub time: u64,
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut inbox: Vec<(Reverse<u64>, usize, usize, Post)> = feeds
        .iter()
        .enumerate()
        .flat_map(|(f, feed)| feed.iter().enumerate().map(move |(i, &p)| (Reverse(p.time), f, i, p)))
        .collect();
    inbox.sort_unstable_by_key(|&(t, f, i, _)| (t, f, i));
    inbox.into_iter().take(n).map(|(_, _, _, p)| p).collect()
}
