// learner: optimal
// idiom: Pony actor-model programmer: each feed is a "producer" represented by its current head in a std BinaryHeap; popping the newest head is a delivered message, and the producer immediately offers its next post.
//! Merge per-author feeds into one timeline: the newest `n` posts of `k`
//! feeds that are each sorted newest first.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// A post in a feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    /// Larger is newer.
    pub time: u64,
}

/// A producer's current offer: newest time wins, then the lower feed index.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
struct Offer {
    time: u64,
    feed: Reverse<usize>,
    pos: usize,
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut offers: BinaryHeap<Offer> = feeds
        .iter()
        .enumerate()
        .filter_map(|(f, feed)| feed.first().map(|p| Offer { time: p.time, feed: Reverse(f), pos: 0 }))
        .collect();

    let mut timeline = Vec::with_capacity(n.min(feeds.iter().map(Vec::len).sum()));
    while timeline.len() < n {
        let Some(Offer { feed: Reverse(f), pos, .. }) = offers.pop() else {
            break;
        };
        timeline.push(feeds[f][pos]);
        if let Some(p) = feeds[f].get(pos + 1) {
            offers.push(Offer { time: p.time, feed: Reverse(f), pos: pos + 1 });
        }
    }
    timeline
}
