// learner: optimal
// idiom: hand-rolled Vec-backed max-heap with bottom-up heapify (O(k)) and sift_down, impl block with private helpers, for loops
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

struct HeadHeap<'a> {
    feeds: &'a [Vec<Post>],
    // (feed index, position in that feed)
    slots: Vec<(usize, usize)>,
}

impl<'a> HeadHeap<'a> {
    fn new(feeds: &'a [Vec<Post>]) -> Self {
        let mut slots = Vec::with_capacity(feeds.len());
        for (f, feed) in feeds.iter().enumerate() {
            if !feed.is_empty() {
                slots.push((f, 0));
            }
        }
        let mut heap = HeadHeap { feeds, slots };
        for i in (0..heap.slots.len() / 2).rev() {
            heap.sift_down(i);
        }
        heap
    }

    /// true when slot a should come out before slot b
    fn before(&self, a: usize, b: usize) -> bool {
        let (fa, pa) = self.slots[a];
        let (fb, pb) = self.slots[b];
        let ta = self.feeds[fa][pa].time;
        let tb = self.feeds[fb][pb].time;
        ta > tb || (ta == tb && fa < fb)
    }

    fn sift_down(&mut self, mut i: usize) {
        let len = self.slots.len();
        loop {
            let left = 2 * i + 1;
            if left >= len {
                return;
            }
            let mut best = left;
            let right = left + 1;
            if right < len && self.before(right, left) {
                best = right;
            }
            if !self.before(best, i) {
                return;
            }
            self.slots.swap(i, best);
            i = best;
        }
    }

    /// Takes the top post and advances its feed in place (or drops the feed when exhausted).
    fn take_top(&mut self) -> Option<Post> {
        let &(f, p) = self.slots.first()?;
        let post = self.feeds[f][p];
        if p + 1 < self.feeds[f].len() {
            self.slots[0] = (f, p + 1);
        } else {
            let last = self.slots.pop().unwrap();
            if self.slots.is_empty() {
                return Some(post);
            }
            self.slots[0] = last;
        }
        self.sift_down(0);
        Some(post)
    }
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut heap = HeadHeap::new(feeds);
    let mut result = Vec::new();
    for _ in 0..n {
        match heap.take_top() {
            Some(post) => result.push(post),
            None => break,
        }
    }
    result
}
