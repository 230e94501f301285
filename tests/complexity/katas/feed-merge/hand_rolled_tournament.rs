// learner: optimal
// idiom: Smalltalk developer: a hand-rolled Tournament object (an array-backed heap of feed numbers) with beats / siftDown / replaceWinner messages, replacing the winner in place instead of pop + push
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
    feeds: &'a [Vec<Post>],
    next_of: Vec<usize>,
    players: Vec<usize>,
}

impl<'a> Tournament<'a> {
    fn of(feeds: &'a [Vec<Post>]) -> Self {
        let players: Vec<usize> = (0..feeds.len()).filter(|&f| !feeds[f].is_empty()).collect();
        let mut t = Tournament { feeds, next_of: vec![0; feeds.len()], players };
        for slot in (0..t.players.len() / 2).rev() {
            t.sift_down(slot);
        }
        t
    }

    fn head(&self, feed: usize) -> Post {
        self.feeds[feed][self.next_of[feed]]
    }

    fn beats(&self, a: usize, b: usize) -> bool {
        let (pa, pb) = (self.head(a), self.head(b));
        pa.time > pb.time || (pa.time == pb.time && a < b)
    }

    fn sift_down(&mut self, mut slot: usize) {
        loop {
            let mut best = slot;
            for child in [2 * slot + 1, 2 * slot + 2] {
                if child < self.players.len() && self.beats(self.players[child], self.players[best]) {
                    best = child;
                }
            }
            if best == slot {
                return;
            }
            self.players.swap(slot, best);
            slot = best;
        }
    }

    fn take_winner(&mut self) -> Option<Post> {
        let winner = *self.players.first()?;
        let post = self.head(winner);
        self.next_of[winner] += 1;
        if self.next_of[winner] == self.feeds[winner].len() {
            self.players.swap_remove(0);
        }
        self.sift_down(0);
        Some(post)
    }
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut tournament = Tournament::of(feeds);
    std::iter::from_fn(|| tournament.take_winner()).take(n).collect()
}
