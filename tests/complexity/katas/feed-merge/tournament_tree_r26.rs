// learner: optimal
// idiom: Pony actor-model programmer: a winner (tournament) tree where every internal node holds the feed that won its match; after a feed delivers its post, only the matches on its path to the root are replayed.
//! Merge per-author feeds into one timeline: the newest `n` posts of `k`
//! feeds that are each sorted newest first.

/// A post in a feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    /// Larger is newer.
    pub time: u64,
}

struct Tournament<'a> {
    _feeds: &'a [Vec<Post>],
    _cursor: Vec<usize>,
    _winner: Vec<usize>, // internal nodes 1.._leaves, leaves at _leaves..2*_leaves
    _leaves: usize,
}

impl<'a> Tournament<'a> {
    fn create(feeds: &'a [Vec<Post>]) -> Self {
        let leaves = feeds.len().next_power_of_two();
        let mut t = Tournament {
            _feeds: feeds,
            _cursor: vec![0; feeds.len()],
            _winner: vec![usize::MAX; 2 * leaves],
            _leaves: leaves,
        };
        for f in 0..feeds.len() {
            t._winner[leaves + f] = f;
        }
        for node in (1..leaves).rev() {
            t._winner[node] = t._play(t._winner[2 * node], t._winner[2 * node + 1]);
        }
        t
    }

    fn _head(&self, feed: usize) -> Option<&Post> {
        if feed == usize::MAX {
            return None;
        }
        self._feeds[feed].get(self._cursor[feed])
    }

    /// The feed whose head comes first: newer, or equally new from a lower feed.
    fn _play(&self, a: usize, b: usize) -> usize {
        match (self._head(a), self._head(b)) {
            (None, _) => b,
            (_, None) => a,
            (Some(pa), Some(pb)) => {
                if pa.time > pb.time || (pa.time == pb.time && a < b) {
                    a
                } else {
                    b
                }
            }
        }
    }

    /// Behaviour: hand out the overall winner's post and replay its path.
    fn deliver(&mut self) -> Option<Post> {
        let champ = *self._winner.get(1.min(self._winner.len() - 1))?;
        let post = *self._head(champ)?;
        self._cursor[champ] += 1;
        let mut node = (self._leaves + champ) / 2;
        while node >= 1 {
            self._winner[node] = self._play(self._winner[2 * node], self._winner[2 * node + 1]);
            node /= 2;
        }
        Some(post)
    }
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    if feeds.is_empty() {
        return Vec::new();
    }
    let mut tournament = Tournament::create(feeds);
    let mut timeline = Vec::new();
    while timeline.len() < n {
        match tournament.deliver() {
            Some(post) => timeline.push(post),
            None => break,
        }
    }
    timeline
}
