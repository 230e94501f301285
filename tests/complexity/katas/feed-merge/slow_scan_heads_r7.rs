// learner: slow
// why: merge_feeds is O(N k) time, target O(k + N log k): every output post rescans all k feed heads for the newest
//! Merge per-author feeds by repeatedly picking the newest head.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

/// Read positions, one per feed.
struct Cursors<'a> {
    feeds: &'a [Vec<Post>],
    next: Vec<usize>,
}

impl<'a> Cursors<'a> {
    fn new(feeds: &'a [Vec<Post>]) -> Self {
        Cursors { feeds, next: vec![0; feeds.len()] }
    }

    fn head(&self, feed: usize) -> Option<&Post> {
        self.feeds[feed].get(self.next[feed])
    }

    /// The feed whose head is newest; the first such feed on ties.
    fn newest_feed(&self) -> Option<usize> {
        let mut best: Option<usize> = None;
        for feed in 0..self.feeds.len() {
            if let Some(candidate) = self.head(feed) {
                let better = match best {
                    None => true,
                    Some(b) => candidate.time > self.head(b).unwrap().time,
                };
                if better {
                    best = Some(feed);
                }
            }
        }
        best
    }
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut cursors = Cursors::new(feeds);
    let mut out = Vec::new();
    while out.len() < n {
        let Some(feed) = cursors.newest_feed() else { break };
        out.push(*cursors.head(feed).unwrap());
        cursors.next[feed] += 1;
    }
    out
}
