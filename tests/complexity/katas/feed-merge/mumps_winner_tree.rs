// learner: optimal
// idiom: MUMPS: a winner (tournament) tree over the k feeds kept in a flat array TR(1..2K-1) of feed numbers; after a take only the path from that feed's leaf to the root is replayed
// why: the tree is built bottom-up in O(k); each output post replays one leaf-to-root path of log k matches: O(k + N log k) time, O(k) space for TR and the cursors

//! Merge per-author feeds into one timeline: the newest `n` posts of `k`
//! feeds that are each sorted newest first.

/// A post in a feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    /// Larger is newer.
    pub time: u64,
}

const DRY: usize = usize::MAX;

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let k = feeds.len();
    let mut out = Vec::new();
    if k == 0 || n == 0 {
        return out;
    }
    let mut ps = vec![0usize; k];
    // leaf of feed F sits at TR(K+F); internal node I holds the winner of 2I / 2I+1
    let mut tr = vec![DRY; 2 * k];
    let win = |a: usize, b: usize, ps: &[usize]| -> usize {
        let ha = if a == DRY { None } else { feeds[a].get(ps[a]) };
        let hb = if b == DRY { None } else { feeds[b].get(ps[b]) };
        match (ha, hb) {
            (None, None) => DRY,
            (Some(_), None) => a,
            (None, Some(_)) => b,
            (Some(x), Some(y)) => {
                if x.time > y.time || (x.time == y.time && a < b) {
                    a
                } else {
                    b
                }
            }
        }
    };
    for f in 0..k {
        tr[k + f] = if feeds[f].is_empty() { DRY } else { f };
    }
    for i in (1..k).rev() {
        tr[i] = win(tr[2 * i], tr[2 * i + 1], &ps);
    }
    let root = 1; // with K=1 the single leaf TR(1) is the root itself
    while out.len() < n {
        let f = tr[root];
        if f == DRY {
            break;
        }
        out.push(feeds[f][ps[f]]);
        ps[f] += 1;
        let mut i = k + f;
        if ps[f] >= feeds[f].len() {
            tr[i] = DRY;
        }
        while i > 1 {
            i /= 2;
            tr[i] = win(tr[2 * i], tr[2 * i + 1], &ps);
        }
    }
    out
}
