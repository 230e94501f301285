// learner: optimal
// idiom: MUMPS: a hand-kept heap in a flat array HP(1..CNT) of feed numbers with CUR(FEED) cursors, sift-down/sift-up written out, bottom-up build; after a take the root is replaced in place (no pop+push)
// why: bottom-up build is O(k); each output post does one sift-down of the root (or a pop when the feed runs dry): O(log k) each, O(k + N log k) total; HP and CUR are O(k)

//! Merge per-author feeds into one timeline: the newest `n` posts of `k`
//! feeds that are each sorted newest first.

/// A post in a feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    /// Larger is newer.
    pub time: u64,
}

/// true when feed A's head should come out before feed B's head
fn bfr(feeds: &[Vec<Post>], cur: &[usize], a: usize, b: usize) -> bool {
    let ta = feeds[a][cur[a]].time;
    let tb = feeds[b][cur[b]].time;
    ta > tb || (ta == tb && a < b)
}

fn dn(hp: &mut [usize], feeds: &[Vec<Post>], cur: &[usize], mut i: usize) {
    let cnt = hp.len();
    loop {
        let l = 2 * i + 1;
        if l >= cnt {
            return;
        }
        let mut c = l;
        if l + 1 < cnt && bfr(feeds, cur, hp[l + 1], hp[l]) {
            c = l + 1;
        }
        if !bfr(feeds, cur, hp[c], hp[i]) {
            return;
        }
        hp.swap(i, c);
        i = c;
    }
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    let mut cur = vec![0usize; feeds.len()]; // CUR(F): next unread position
    let mut hp: Vec<usize> = (0..feeds.len()).filter(|&f| !feeds[f].is_empty()).collect();
    let mut i = hp.len() / 2;
    while i > 0 {
        i -= 1;
        dn(&mut hp, feeds, &cur, i);
    }
    let mut out = Vec::new();
    while out.len() < n && !hp.is_empty() {
        let f = hp[0];
        out.push(feeds[f][cur[f]]);
        cur[f] += 1;
        if cur[f] == feeds[f].len() {
            // feed dry: last leaf up to the root
            let lst = hp.pop().unwrap();
            if hp.is_empty() {
                break;
            }
            hp[0] = lst;
        }
        dn(&mut hp, feeds, &cur, 0);
    }
    out
}
