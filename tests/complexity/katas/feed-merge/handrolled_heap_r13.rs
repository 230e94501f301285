// learner: optimal
// idiom: hand-rolled Vec-backed binary max-heap with sift_down/heapify and replace-top instead of pop+push
//! Merge per-author feeds into one timeline.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

struct Heap<'a> {
    feeds: &'a [Vec<Post>],
    /// (feed index, position in that feed)
    slots: Vec<(usize, usize)>,
}

impl<'a> Heap<'a> {
    fn time(&self, k: usize) -> u64 {
        let (f, p) = self.slots[k];
        self.feeds[f][p].time
    }

    /// does slot a come before slot b in the output?
    fn before(&self, a: usize, b: usize) -> bool {
        let (ta, tb) = (self.time(a), self.time(b));
        ta > tb || (ta == tb && self.slots[a].0 < self.slots[b].0)
    }

    fn sift_down(&mut self, mut k: usize) {
        let len = self.slots.len();
        loop {
            let l = 2 * k + 1;
            let r = l + 1;
            let mut best = k;
            if l < len && self.before(l, best) {
                best = l;
            }
            if r < len && self.before(r, best) {
                best = r;
            }
            if best == k {
                return;
            }
            self.slots.swap(k, best);
            k = best;
        }
    }

    fn heapify(&mut self) {
        let len = self.slots.len();
        for k in (0..len / 2).rev() {
            self.sift_down(k);
        }
    }
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut slots = Vec::new();
    for (f, feed) in feeds.iter().enumerate() {
        if !feed.is_empty() {
            slots.push((f, 0usize));
        }
    }
    let mut heap = Heap { feeds, slots };
    heap.heapify();

    let mut out = Vec::new();
    while out.len() < n && !heap.slots.is_empty() {
        let (f, p) = heap.slots[0];
        out.push(feeds[f][p]);
        if p + 1 < feeds[f].len() {
            heap.slots[0] = (f, p + 1);
        } else {
            let last = heap.slots.pop().unwrap();
            if !heap.slots.is_empty() {
                heap.slots[0] = last;
            }
        }
        if !heap.slots.is_empty() {
            heap.sift_down(0);
        }
    }
    out
}
