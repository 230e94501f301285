// learner: optimal
// idiom: hand-rolled array binary max-heap of feed indices with sift_down/sift_up helpers and a positions array; explicit while loops
//! Merge per-author feeds into one timeline: the newest `n` posts of `k`
//! feeds that are each sorted newest first.

/// A post in a feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    /// Larger is newer.
    pub time: u64,
}

struct FeedHeap<'a> {
    feeds: &'a [Vec<Post>],
    pos: Vec<usize>,   // next unread index of every feed
    heap: Vec<usize>,  // feed indices, max-heap by current head
}

impl<'a> FeedHeap<'a> {
    fn new(feeds: &'a [Vec<Post>]) -> Self {
        let mut heap = Vec::new();
        let mut f = 0;
        while f < feeds.len() {
            if !feeds[f].is_empty() {
                heap.push(f);
            }
            f += 1;
        }
        let mut h = FeedHeap { feeds, pos: vec![0; feeds.len()], heap };
        // Floyd heapify: O(k)
        let mut i = h.heap.len() / 2;
        while i > 0 {
            i -= 1;
            h.sift_down(i);
        }
        h
    }

    /// true when feed a's head should come out before feed b's head
    fn before(&self, a: usize, b: usize) -> bool {
        let ta = self.feeds[a][self.pos[a]].time;
        let tb = self.feeds[b][self.pos[b]].time;
        ta > tb || (ta == tb && a < b)
    }

    fn sift_down(&mut self, mut i: usize) {
        let len = self.heap.len();
        loop {
            let l = 2 * i + 1;
            let r = l + 1;
            let mut best = i;
            if l < len && self.before(self.heap[l], self.heap[best]) {
                best = l;
            }
            if r < len && self.before(self.heap[r], self.heap[best]) {
                best = r;
            }
            if best == i {
                return;
            }
            self.heap.swap(i, best);
            i = best;
        }
    }

    fn next_post(&mut self) -> Option<Post> {
        if self.heap.is_empty() {
            return None;
        }
        let f = self.heap[0];
        let post = self.feeds[f][self.pos[f]];
        self.pos[f] += 1;
        if self.pos[f] == self.feeds[f].len() {
            let last = self.heap.pop().unwrap();
            if !self.heap.is_empty() {
                self.heap[0] = last;
            }
        }
        // the root's key only got older (or was replaced by a leaf): push it down
        self.sift_down(0);
        Some(post)
    }
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut result = Vec::with_capacity(n.min(1024));
    let mut heap = FeedHeap::new(feeds);
    while result.len() < n {
        match heap.next_post() {
            Some(p) => result.push(p),
            None => break,
        }
    }
    result
}
