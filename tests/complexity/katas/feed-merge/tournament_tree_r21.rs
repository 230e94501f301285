// learner: optimal
// idiom: quant-style: winner (tournament) tree over k leaves in a flat array, O(k) bottom-up build, O(log k) replay along one leaf-to-root path, cursor array per feed
//! Merge per-author feeds into one timeline (tournament tree).

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

const NONE: usize = usize::MAX;

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let k = feeds.len();
    if k == 0 || n == 0 {
        return Vec::new();
    }
    let mut size = 1usize;
    while size < k {
        size <<= 1;
    }
    let mut pos: Vec<usize> = vec![0; k];
    // tree[size + f] = f if feed f has a head, else NONE; internal = winner feed
    let mut tree: Vec<usize> = vec![NONE; 2 * size];
    for f in 0..k {
        if !feeds[f].is_empty() {
            tree[size + f] = f;
        }
    }
    let win = |pos: &[usize], a: usize, b: usize| -> usize {
        if a == NONE {
            return b;
        }
        if b == NONE {
            return a;
        }
        let ta = feeds[a][pos[a]].time;
        let tb = feeds[b][pos[b]].time;
        if tb > ta || (tb == ta && b < a) { b } else { a }
    };
    let mut i = size - 1;
    while i >= 1 {
        tree[i] = win(&pos, tree[2 * i], tree[2 * i + 1]);
        i -= 1;
    }
    let mut out = Vec::with_capacity(n.min(1024));
    while out.len() < n {
        let f = tree[1];
        if f == NONE {
            break;
        }
        out.push(feeds[f][pos[f]]);
        pos[f] += 1;
        let mut node = size + f;
        if pos[f] == feeds[f].len() {
            tree[node] = NONE;
        }
        node >>= 1;
        while node >= 1 {
            tree[node] = win(&pos, tree[2 * node], tree[2 * node + 1]);
            node >>= 1;
        }
    }
    out
}
