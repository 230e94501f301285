// learner: optimal
// idiom: hand-rolled Vec-backed binary heap of (feed, pos) with sift_down/sift_up and bottom-up heapify; replace-top instead of pop+push
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

struct Heads<'a> {
    feeds: &'a [Vec<Post>],
    slots: Vec<(usize, usize)>, // (feed index, position in feed)
}

impl<'a> Heads<'a> {
    /// true when slot a must come out before slot b
    fn before(&self, a: (usize, usize), b: (usize, usize)) -> bool {
        let ta = self.feeds[a.0][a.1].time;
        let tb = self.feeds[b.0][b.1].time;
        ta > tb || (ta == tb && a.0 < b.0)
    }

    fn sift_down(&mut self, mut i: usize) {
        let len = self.slots.len();
        loop {
            let l = 2 * i + 1;
            if l >= len {
                return;
            }
            let r = l + 1;
            let mut best = l;
            if r < len && self.before(self.slots[r], self.slots[l]) {
                best = r;
            }
            if !self.before(self.slots[best], self.slots[i]) {
                return;
            }
            self.slots.swap(i, best);
            i = best;
        }
    }

    fn heapify(&mut self) {
        for i in (0..self.slots.len() / 2).rev() {
            self.sift_down(i);
        }
    }
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut h = Heads {
        feeds,
        slots: feeds.iter().enumerate().filter(|(_, f)| !f.is_empty()).map(|(i, _)| (i, 0)).collect(),
    };
    h.heapify();
    let mut out = Vec::new();
    while out.len() < n && !h.slots.is_empty() {
        let (f, p) = h.slots[0];
        out.push(feeds[f][p]);
        if p + 1 < feeds[f].len() {
            h.slots[0] = (f, p + 1);
        } else {
            let last = h.slots.pop().unwrap();
            if h.slots.is_empty() {
                break;
            }
            h.slots[0] = last;
        }
        h.sift_down(0);
    }
    out
}
