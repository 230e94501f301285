// learner: optimal
// idiom: SRE hand-rolled Vec max-heap of (feed, pos) with sift_down helper, heapify bottom-up, replace-top instead of pop+push
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Post {
    pub id: u64,
    pub time: u64,
}

pub fn merge_feeds(feeds: &[Vec<Post>], n: usize) -> Vec<Post> {
    // heap entries: (feed index, position in that feed)
    let mut h: Vec<(usize, usize)> = Vec::new();
    for f in 0..feeds.len() {
        if !feeds[f].is_empty() {
            h.push((f, 0));
        }
    }
    // a before b?
    let before = |a: (usize, usize), b: (usize, usize)| -> bool {
        let (ta, tb) = (feeds[a.0][a.1].time, feeds[b.0][b.1].time);
        ta > tb || (ta == tb && a.0 < b.0)
    };
    let sift_down = |h: &mut Vec<(usize, usize)>, mut i: usize| {
        let len = h.len();
        loop {
            let l = 2 * i + 1;
            if l >= len {
                return;
            }
            let mut best = l;
            if l + 1 < len && before(h[l + 1], h[l]) {
                best = l + 1;
            }
            if !before(h[best], h[i]) {
                return;
            }
            h.swap(i, best);
            i = best;
        }
    };
    let mut i = h.len() / 2;
    while i > 0 {
        i -= 1;
        sift_down(&mut h, i);
    }
    let mut out = Vec::new();
    while out.len() < n && !h.is_empty() {
        let (f, p) = h[0];
        out.push(feeds[f][p]);
        if p + 1 < feeds[f].len() {
            h[0] = (f, p + 1);
        } else {
            let last = h.pop().unwrap();
            if h.is_empty() {
                continue;
            }
            h[0] = last;
        }
        sift_down(&mut h, 0);
    }
    out
}
