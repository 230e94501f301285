// learner: optimal
// idiom: hand-rolled array max-heap of (feed, pos) with a nested sift-down while loop; bottom-up heapify of the k heads is O(k), each output does one O(log k) sift
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

struct Heads<'a> {
    feeds: &'a [Vec<Post>],
    heap: Vec<(usize, usize)>, // (feed index, position in that feed)
}

impl<'a> Heads<'a> {
    /// true if a should come out before b
    fn before(&self, a: (usize, usize), b: (usize, usize)) -> bool {
        let ta = self.feeds[a.0][a.1].time;
        let tb = self.feeds[b.0][b.1].time;
        ta > tb || (ta == tb && a.0 < b.0)
    }

    fn sift_down(&mut self, mut i: usize) {
        let len = self.heap.len();
        loop {
            let (l, r) = (2 * i + 1, 2 * i + 2);
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
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let heap: Vec<(usize, usize)> = (0..feeds.len()).filter(|&f| !feeds[f].is_empty()).map(|f| (f, 0)).collect();
    let mut h = Heads { feeds, heap };
    for i in (0..h.heap.len() / 2).rev() {
        h.sift_down(i);
    }
    let mut out = Vec::new();
    while out.len() < n && !h.heap.is_empty() {
        let (f, p) = h.heap[0];
        out.push(feeds[f][p]);
        if p + 1 < feeds[f].len() {
            h.heap[0] = (f, p + 1);
        } else {
            let last = h.heap.pop().unwrap();
            if !h.heap.is_empty() {
                h.heap[0] = last;
            }
        }
        h.sift_down(0);
    }
    out
}
