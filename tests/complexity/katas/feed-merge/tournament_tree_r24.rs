// learner: optimal
// idiom: MATLAB signal-processing engineer: a tournament (winner) tree stored flat in one array of 2*L slots, leaves = feeds, each internal slot holds the winning feed index; after each output only the path leaf->root is replayed
/// A post in a feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    /// Larger is newer.
    pub time: u64,
}

const NONE: usize = usize::MAX;

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let k = feeds.len();
    if k == 0 || n == 0 {
        return Vec::new();
    }
    let mut nleaf = 2; // at least one real match above the leaves
    while nleaf < k {
        nleaf *= 2;
    }
    let mut pos = vec![0usize; k]; // read pointer per feed

    // winner of two feed indices (NONE = exhausted / padding)
    let play = |a: usize, b: usize, pos: &[usize]| -> usize {
        let ta = if a != NONE && pos[a] < feeds[a].len() { Some(feeds[a][pos[a]].time) } else { None };
        let tb = if b != NONE && pos[b] < feeds[b].len() { Some(feeds[b][pos[b]].time) } else { None };
        match (ta, tb) {
            (None, None) => NONE,
            (Some(_), None) => a,
            (None, Some(_)) => b,
            (Some(x), Some(y)) => {
                if x > y || (x == y && a < b) {
                    a
                } else {
                    b
                }
            }
        }
    };

    let mut tree = vec![NONE; 2 * nleaf];
    for f in 0..k {
        tree[nleaf + f] = f;
    }
    for i in (1..nleaf).rev() {
        tree[i] = play(tree[2 * i], tree[2 * i + 1], &pos);
    }

    let mut out = Vec::new();
    while out.len() < n {
        let w = tree[1];
        if w == NONE {
            break;
        }
        out.push(feeds[w][pos[w]]);
        pos[w] += 1;
        // replay the matches on w's path
        let mut i = (nleaf + w) / 2;
        while i >= 1 {
            tree[i] = play(tree[2 * i], tree[2 * i + 1], &pos);
            i /= 2;
        }
    }
    out
}
