// learner: optimal
// idiom: Dart-ish: immutable Head value with derived Ord, BinaryHeap collected from an iterator chain, take-while-style loop
use std::cmp::Reverse;
use std::collections::BinaryHeap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Head {
    time: u64,
    feed: Reverse<usize>,
    pos: Reverse<usize>,
}

impl Head {
    fn of(feeds: &[Vec<Post>], feed: usize, pos: usize) -> Option<Head> {
        feeds[feed].get(pos).map(|p| Head { time: p.time, feed: Reverse(feed), pos: Reverse(pos) })
    }
    fn successor(self, feeds: &[Vec<Post>]) -> Option<Head> {
        Head::of(feeds, self.feed.0, self.pos.0 + 1)
    }
    fn post(self, feeds: &[Vec<Post>]) -> Post {
        feeds[self.feed.0][self.pos.0]
    }
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut heads: BinaryHeap<Head> = (0..feeds.len()).filter_map(|f| Head::of(feeds, f, 0)).collect();
    let mut timeline = Vec::with_capacity(n.min(feeds.iter().map(Vec::len).sum()));
    while timeline.len() < n {
        let Some(top) = heads.pop() else { break };
        timeline.push(top.post(feeds));
        if let Some(next) = top.successor(feeds) {
            heads.push(next);
        }
    }
    timeline
}
