// learner: optimal
// idiom: hand-rolled binary max-heap in a Vec of cursors with sift_down/sift_up in an impl block, replace-top instead of pop+push
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

#[derive(Clone, Copy)]
struct Cursor {
    feed: usize,
    pos: usize,
}

struct Tournament<'a> {
    feeds: &'a [Vec<Post>],
    slots: Vec<Cursor>,
}

impl<'a> Tournament<'a> {
    fn key(&self, c: Cursor) -> (u64, std::cmp::Reverse<usize>) {
        (self.feeds[c.feed][c.pos].time, std::cmp::Reverse(c.feed))
    }

    fn better(&self, i: usize, j: usize) -> bool {
        self.key(self.slots[i]) > self.key(self.slots[j])
    }

    fn sift_down(&mut self, mut i: usize) {
        let len = self.slots.len();
        loop {
            let l = 2 * i + 1;
            let r = l + 1;
            let mut best = i;
            if l < len && self.better(l, best) {
                best = l;
            }
            if r < len && self.better(r, best) {
                best = r;
            }
            if best == i {
                return;
            }
            self.slots.swap(i, best);
            i = best;
        }
    }

    fn build(feeds: &'a [Vec<Post>]) -> Self {
        let slots = (0..feeds.len())
            .filter(|&f| !feeds[f].is_empty())
            .map(|feed| Cursor { feed, pos: 0 })
            .collect::<Vec<_>>();
        let mut t = Tournament { feeds, slots };
        for i in (0..t.slots.len() / 2).rev() {
            t.sift_down(i);
        }
        t
    }

    fn take_top(&mut self) -> Option<Post> {
        let top = *self.slots.first()?;
        let post = self.feeds[top.feed][top.pos];
        if top.pos + 1 < self.feeds[top.feed].len() {
            self.slots[0].pos += 1;
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
    let mut t = Tournament::build(feeds);
    let mut out = Vec::new();
    while out.len() < n {
        match t.take_top() {
            Some(p) => out.push(p),
            None => break,
        }
    }
    out
}
