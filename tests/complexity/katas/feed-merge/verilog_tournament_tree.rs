// learner: optimal
// idiom: verilog: tournament (winner) tree over a power-of-two number of leaves, like a comparator tree; replay one leaf-to-root path per output
// why: building the tree is O(k) comparisons; each output advances one feed and replays log k matches: O(k + N log k) time, 2 * next_pow2(k) slots
//! Merge per-author feeds into one timeline: the newest `n` posts of `k`
//! feeds that are each sorted newest first.

/// A post in a feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    /// Larger is newer.
    pub time: u64,
}

const EMPTY: usize = usize::MAX;

/// Head of feed `f` at cursor `c`, or None when that feed is exhausted / padding.
#[inline]
fn head(feeds: &[Vec<Post>], cur: &[usize], f: usize) -> Option<u64> {
    if f == EMPTY || f >= feeds.len() {
        return None;
    }
    feeds[f].get(cur[f]).map(|p| p.time)
}

/// The comparator cell: which of two feeds wins (newer, ties to lower index).
#[inline]
fn cmp_cell(feeds: &[Vec<Post>], cur: &[usize], a: usize, b: usize) -> usize {
    match (head(feeds, cur, a), head(feeds, cur, b)) {
        (None, None) => EMPTY,
        (Some(_), None) => a,
        (None, Some(_)) => b,
        (Some(ta), Some(tb)) => {
            if ta > tb || (ta == tb && a < b) {
                a
            } else {
                b
            }
        }
    }
}

/// The `n` newest posts of all `feeds`, newest first.
pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let k = feeds.len();
    let mut out = Vec::new();
    if k == 0 || n == 0 {
        return out;
    }
    let leaves = k.next_power_of_two();
    let mut cur = vec![0usize; k]; // read pointer per feed
    // tree[1] is the root, leaves at tree[leaves .. 2 * leaves]
    let mut tree = vec![EMPTY; 2 * leaves];
    for f in 0..k {
        tree[leaves + f] = f;
    }
    let mut node = leaves - 1;
    while node >= 1 {
        tree[node] = cmp_cell(feeds, &cur, tree[2 * node], tree[2 * node + 1]);
        node -= 1;
    }
    while out.len() < n {
        let w = tree[1];
        // with a single leaf the root is that leaf and was never through a cell
        if head(feeds, &cur, w).is_none() {
            break;
        }
        out.push(feeds[w][cur[w]]);
        cur[w] += 1;
        // replay the matches on the winner's path
        let mut at = (leaves + w) >> 1;
        while at >= 1 {
            tree[at] = cmp_cell(feeds, &cur, tree[2 * at], tree[2 * at + 1]);
            at >>= 1;
        }
    }
    out
}
