// learner: optimal
// idiom: hand-rolled array binary heap with sift_up/sift_down and an explicit `beats` comparator, struct Head, for loop over 0..n
//! Merge per-author feeds into one timeline.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

#[derive(Clone, Copy)]
struct Head {
    time: u64,
    feed: usize,
    pos: usize,
}

/// does `a` come out before `b`? newer first, then lower feed index
fn beats(a: &Head, b: &Head) -> bool {
    a.time > b.time || (a.time == b.time && a.feed < b.feed)
}

struct Heap {
    items: Vec<Head>,
}

impl Heap {
    fn build(mut items: Vec<Head>) -> Heap {
        let len = items.len();
        let mut h = Heap { items: Vec::new() };
        std::mem::swap(&mut h.items, &mut items);
        for i in (0..len / 2).rev() {
            h.sift_down(i);
        }
        h
    }

    fn sift_down(&mut self, mut i: usize) {
        let len = self.items.len();
        loop {
            let l = 2 * i + 1;
            let r = l + 1;
            let mut top = i;
            if l < len && beats(&self.items[l], &self.items[top]) {
                top = l;
            }
            if r < len && beats(&self.items[r], &self.items[top]) {
                top = r;
            }
            if top == i {
                return;
            }
            self.items.swap(i, top);
            i = top;
        }
    }

    fn replace_top(&mut self, h: Head) {
        self.items[0] = h;
        self.sift_down(0);
    }

    fn pop_top(&mut self) {
        let last = self.items.len() - 1;
        self.items.swap(0, last);
        self.items.pop();
        if !self.items.is_empty() {
            self.sift_down(0);
        }
    }
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut heads = Vec::new();
    for (feed, posts) in feeds.iter().enumerate() {
        if let Some(p) = posts.first() {
            heads.push(Head { time: p.time, feed, pos: 0 });
        }
    }
    let mut heap = Heap::build(heads);
    let mut timeline = Vec::new();
    for _ in 0..n {
        if heap.items.is_empty() {
            break;
        }
        let top = heap.items[0];
        timeline.push(feeds[top.feed][top.pos]);
        match feeds[top.feed].get(top.pos + 1) {
            Some(next) => heap.replace_top(Head { time: next.time, feed: top.feed, pos: top.pos + 1 }),
            None => heap.pop_top(),
        }
    }
    timeline
}
