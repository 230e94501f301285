// learner: optimal
// idiom: winner (tournament) tree over feed indices in a flat array, bottom-up build, replay one leaf-to-root path per output
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

const NONE: usize = usize::MAX;

struct Tournament<'a> {
    feeds: &'a [Vec<Post>],
    next: Vec<usize>,
    tree: Vec<usize>,
    leaves: usize,
}

impl<'a> Tournament<'a> {
    fn new(feeds: &'a [Vec<Post>]) -> Self {
        let leaves = feeds.len().next_power_of_two();
        let mut t = Tournament { feeds, next: vec![0; feeds.len()], tree: vec![NONE; 2 * leaves], leaves };
        for f in 0..feeds.len() {
            if !feeds[f].is_empty() {
                t.tree[leaves + f] = f;
            }
        }
        for node in (1..leaves).rev() {
            t.tree[node] = t.winner(t.tree[2 * node], t.tree[2 * node + 1]);
        }
        t
    }

    fn winner(&self, a: usize, b: usize) -> usize {
        if a == NONE {
            return b;
        }
        if b == NONE {
            return a;
        }
        let ta = self.feeds[a][self.next[a]].time;
        let tb = self.feeds[b][self.next[b]].time;
        if tb > ta || (tb == ta && b < a) { b } else { a }
    }

    fn pop(&mut self) -> Option<Post> {
        let f = self.tree[1];
        if f == NONE {
            return None;
        }
        let post = self.feeds[f][self.next[f]];
        self.next[f] += 1;
        let mut node = self.leaves + f;
        if self.next[f] == self.feeds[f].len() {
            self.tree[node] = NONE;
        }
        while node > 1 {
            node /= 2;
            self.tree[node] = self.winner(self.tree[2 * node], self.tree[2 * node + 1]);
        }
        Some(post)
    }
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    if feeds.is_empty() || n == 0 {
        return Vec::new();
    }
    let mut t = Tournament::new(feeds);
    std::iter::from_fn(|| t.pop()).take(n).collect()
}
