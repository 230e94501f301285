// learner: optimal
// idiom: a Merge struct implementing Iterator, BTreeMap<(Reverse(time), feed), pos> as the k-head priority queue with pop_first, take(n).collect()
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

struct Merge<'a> {
    feeds: &'a [Vec<Post>],
    heads: BTreeMap<(Reverse<u64>, usize), usize>,
}

impl<'a> Merge<'a> {
    fn new(feeds: &'a [Vec<Post>]) -> Self {
        let mut heads = BTreeMap::new();
        for (f, feed) in feeds.iter().enumerate() {
            if let Some(p) = feed.first() {
                heads.insert((Reverse(p.time), f), 0);
            }
        }
        Merge { feeds, heads }
    }
}

impl Iterator for Merge<'_> {
    type Item = Post;

    fn next(&mut self) -> Option<Post> {
        let ((_, f), pos) = self.heads.pop_first()?;
        let post = self.feeds[f][pos];
        if let Some(nxt) = self.feeds[f].get(pos + 1) {
            self.heads.insert((Reverse(nxt.time), f), pos + 1);
        }
        Some(post)
    }
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    if n == 0 {
        return Vec::new();
    }
    Merge::new(feeds).take(n).collect()
}
